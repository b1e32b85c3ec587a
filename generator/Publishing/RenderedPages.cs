using System.Collections.Concurrent;
using System.Text;

namespace InfoSiteGen.Publishing;

/// <summary>A page as a build wrote it: the fingerprint of its inputs, and the links its template wrote.</summary>
public sealed record RenderedPage(byte[] Fingerprint, IReadOnlyList<string> Links);

/// <summary>
/// The pages the last build into an output folder wrote, by output file, and the pages this build writes: a page
/// whose inputs have the fingerprint they had then is kept as it is in the output rather than rendered again.
/// Kept beside the build record, and trusted only when the record says the output is, file by file, as that build
/// left it. A file that cannot be read means rendering every page, nothing worse.
/// </summary>
public sealed class RenderedPages
{
    private const string Magic = "InfoSiteGen rendered pages 1";

    private readonly IReadOnlyDictionary<string, RenderedPage> _previous;
    private readonly ConcurrentDictionary<string, RenderedPage> _now = new(StringComparer.Ordinal);

    private RenderedPages(IReadOnlyDictionary<string, RenderedPage> previous) => _previous = previous;

    /// <summary>No pages written before: every page is rendered.</summary>
    public static RenderedPages None => new(new Dictionary<string, RenderedPage>());

    /// <summary>How many pages this build kept instead of rendering.</summary>
    public int Kept => _kept;

    private int _kept;

    /// <summary>The pages the last build recorded in <paramref name="path"/>; none when it is missing or cannot be read.</summary>
    public static RenderedPages Load(string path)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return None;
            }

            var strings = new List<string>();
            string ReadShared()
            {
                var number = reader.Read7BitEncodedInt();
                if (number > 0)
                {
                    return strings[number - 1];
                }

                strings.Add(reader.ReadString());
                return strings[^1];
            }

            var pages = new Dictionary<string, RenderedPage>(StringComparer.Ordinal);
            for (var count = reader.Read7BitEncodedInt(); count > 0; count--)
            {
                var file = reader.ReadString();
                var fingerprint = reader.ReadBytes(reader.Read7BitEncodedInt());
                var links = new string[reader.Read7BitEncodedInt()];
                for (var i = 0; i < links.Length; i++)
                {
                    links[i] = ReadShared();
                }

                pages[file] = new RenderedPage(fingerprint, links);
            }

            return new RenderedPages(pages);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return None;
        }
    }

    /// <summary>The links of the page written to <paramref name="file"/> last time, when its inputs had <paramref name="fingerprint"/> then.</summary>
    public IReadOnlyList<string>? LinksIfUnchanged(string file, byte[]? fingerprint) =>
        fingerprint is not null && _previous.TryGetValue(file, out var page) && page.Fingerprint.AsSpan().SequenceEqual(fingerprint) ? page.Links : null;

    /// <summary>Notes a page this build wrote, or kept (<paramref name="kept"/>).</summary>
    public void Note(string file, byte[]? fingerprint, IReadOnlyList<string> links, bool kept)
    {
        if (fingerprint is not null)
        {
            _now[file] = new RenderedPage(fingerprint, links);
        }

        if (kept)
        {
            Interlocked.Increment(ref _kept);
        }
    }

    /// <summary>Writes the pages of this build to <paramref name="path"/>; a file that cannot be written costs the next build time only.</summary>
    public void Save(string path)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                writer.Write(Magic);
                var strings = new Dictionary<string, int>(StringComparer.Ordinal);
                writer.Write7BitEncodedInt(_now.Count);
                foreach (var (file, page) in _now.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.Write(file);
                    writer.Write7BitEncodedInt(page.Fingerprint.Length);
                    writer.Write(page.Fingerprint);
                    writer.Write7BitEncodedInt(page.Links.Count);
                    foreach (var link in page.Links)
                    {
                        if (strings.TryGetValue(link, out var number))
                        {
                            writer.Write7BitEncodedInt(number);
                            continue;
                        }

                        strings[link] = strings.Count + 1;
                        writer.Write7BitEncodedInt(0);
                        writer.Write(link);
                    }
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
        }
    }
}
