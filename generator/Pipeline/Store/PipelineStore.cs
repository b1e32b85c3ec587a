using System.Security.Cryptography;
using System.Text;
using InfoSiteGen.Bodies;
using InfoSiteGen.Content;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Pipeline.Store;

/// <summary>What the pipeline read from the store: the content files and rendered bodies of the last run, and what those bodies' links resolved against.</summary>
public sealed record StoredPipeline(IReadOnlyList<RememberedFile> Files, IReadOnlyList<RememberedBody> Bodies, string LinkContext);

/// <summary>
/// What a build's pipeline remembers on disk from one build to the next, so that the next build reads and renders
/// only the files that changed, as the preview server's pipeline does in memory: every content file as read (its
/// item, its problems), and every published body as rendered. Kept in the cache folder, one store per content
/// folder: an index (<c>.pipeline</c>) and a data file holding the bodies' HTML, which the pages read from it
/// directly. The index names the generator that wrote it and what the whole store depends on besides the files
/// themselves (the folders, the date, preview, base address, site.yml); when any of it differs, or the store cannot
/// be read in full, the build starts from nothing. A store that cannot be written costs the next build time, nothing more.
/// </summary>
public sealed class PipelineStore : IDisposable
{
    // Changed whenever the format changes, though the generator's identity already tells builds apart.
    private const string Magic = "InfoSiteGen pipeline store 1";
    private const string IndexExtension = ".pipeline";

    private readonly string _directory;
    private readonly string _index;
    private readonly string _key;
    private HtmlSpill? _data;
    private string? _dataPath;

    private PipelineStore(string directory, string key)
    {
        _directory = directory;
        _key = key;
        _index = Path.Combine(directory, key + IndexExtension);
    }

    /// <summary>The store of a content folder, kept in <paramref name="directory"/>.</summary>
    /// <param name="variant">
    /// What else names a store of its own: builds of one content folder that alternate (a preview and the site to
    /// publish) would otherwise throw each other's store away every time.
    /// </param>
    public static PipelineStore For(string directory, string contentDirectory, string variant = "")
    {
        var content = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory));
        return new PipelineStore(directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content + "\n" + variant)))[..32]);
    }

    /// <summary>
    /// A file changed this long before the files were checked may have been changed again within its time's
    /// precision (1 or 2 s on some file systems) without its size or time showing it: it is hashed again.
    /// </summary>
    private static readonly TimeSpan TimePrecision = TimeSpan.FromSeconds(2);

    /// <summary>What the last run left, when it was made with <paramref name="fingerprint"/> and can be read in full; otherwise null.</summary>
    /// <param name="terms">The session's search terms, which the bodies read back must share.</param>
    public StoredPipeline? Load(string fingerprint, SearchTermCollector terms)
    {
        HtmlSpill? data = null;
        try
        {
            if (!File.Exists(_index))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(_index);
            using var stream = new MemoryStream(bytes, writable: false);
            using var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (header.ReadString() != Magic || header.ReadString() != fingerprint)
            {
                return null;
            }

            var checkedAt = header.ReadInt64();
            var dataPath = Path.Combine(_directory, header.ReadString());
            var dataLength = new FileInfo(dataPath).Length;
            data = HtmlSpill.OpenExisting(dataPath);
            var reader = new StoreReader(bytes, (int)stream.Position, terms, data);
            var linkContext = reader.Text();
            var files = reader.Required(() => new RememberedFile(
                new ContentFile(reader.Text(), reader.Text(), reader.Enum<ContentSection>(), reader.Text(), reader.Text()),
                reader.Long(),
                reader.Long() is var ticks && ticks < checkedAt - TimePrecision.Ticks ? ticks : -1,
                reader.Bytes(),
                reader.Optional(reader.Item),
                reader.Diagnostics(),
                reader.Int()));
            var items = files.Where(f => f.Item is not null).ToDictionary(f => f.File.RelativePath, f => f.Item!, StringComparer.Ordinal);
            var bodies = reader.Required(() =>
            {
                var path = reader.Text();
                var hash = reader.Bytes();
                var item = reader.Bool() ? items.GetValueOrDefault(path) ?? throw new InvalidDataException("a body's item is missing") : reader.Item();
                return new RememberedBody(path, hash, reader.Rendered(item), reader.Diagnostics());
            });
            if (bodies.Any(b => b.Rendered.Body.HtmlPlace is { } place && place.Offset > dataLength - place.Length))
            {
                return null;
            }

            (_data, _dataPath, data) = (data, dataPath, null);
            return new StoredPipeline(files, bodies, linkContext);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever is wrong with it, the build starts from nothing.
            return null;
        }
        finally
        {
            data?.Dispose();
        }
    }

    /// <summary>
    /// Replaces the store with what the pipeline holds now; the bodies' HTML is copied into a new data file. Files and
    /// bodies with errors are left out: they are read again next time, so an error that came from outside the file
    /// (a picture that could not be opened, a library missing) is not kept once its cause is gone.
    /// </summary>
    /// <param name="checkedAt">When the files were checked (UTC ticks): the ones changed shortly before are hashed again next time.</param>
    public void Save(string fingerprint, long checkedAt, IReadOnlyList<RememberedFile> files, IReadOnlyList<RememberedBody> bodies, string linkContext)
    {
        files = files.Where(f => !f.Problems.Any(p => p.IsError)).ToList();
        bodies = bodies.Where(b => !b.Problems.Any(p => p.IsError)).ToList();
        var dataName = $"{_key}.{Guid.NewGuid():N}.html";
        var dataPath = Path.Combine(_directory, dataName);
        var temporary = $"{_index}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(_directory);
            var places = new (long Offset, int Length)[bodies.Count];
            using (var data = new FileStream(dataPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                for (var i = 0; i < bodies.Count; i++)
                {
                    var html = bodies[i].Rendered.Body.HtmlUtf8();
                    places[i] = (data.Position, html.Length);
                    data.Write(html);
                }
            }

            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
                {
                    header.Write(Magic);
                    header.Write(fingerprint);
                    header.Write(checkedAt);
                    header.Write(dataName);
                }

                using var writer = new StoreWriter(stream);
                writer.String(linkContext);
                writer.List(files, file =>
                {
                    writer.String(file.File.AbsolutePath);
                    writer.String(file.File.RelativePath);
                    writer.Int((int)file.File.Section);
                    writer.String(file.File.Language);
                    writer.String(file.File.Stem);
                    writer.Long(file.Length);
                    writer.Long(file.WriteTicks);
                    writer.Bytes(file.Hash);
                    writer.Optional(file.Item, writer.Item);
                    writer.Diagnostics(file.Problems);
                    writer.Int(file.DecomposedLetters);
                });
                var items = files.Where(f => f.Item is not null).ToDictionary(f => f.File.RelativePath, f => f.Item!, StringComparer.Ordinal);
                writer.Int(bodies.Count);
                for (var i = 0; i < bodies.Count; i++)
                {
                    var body = bodies[i];
                    writer.String(body.SourcePath);
                    writer.Bytes(body.FileHash);
                    // The item is the content file's, as a rule: written once.
                    var sameItem = ReferenceEquals(items.GetValueOrDefault(body.SourcePath), body.Rendered.Item);
                    writer.Bool(sameItem);
                    if (!sameItem)
                    {
                        writer.Item(body.Rendered.Item);
                    }

                    writer.Rendered(body.Rendered, places[i]);
                    writer.Diagnostics(body.Problems);
                }
            }

            File.Move(temporary, _index, overwrite: true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A store not written costs the next build time, nothing more.
            TryDelete(temporary);
            TryDelete(dataPath);
            return;
        }

        RemoveOld(keep: dataName);
    }

    /// <summary>Removes this store's earlier data files (one being read stays readable until closed), and stores not used for a month.</summary>
    private void RemoveOld(string keep)
    {
        var now = DateTime.UtcNow;
        try
        {
            foreach (var file in new DirectoryInfo(_directory).EnumerateFiles())
            {
                var earlierData = file.Name.StartsWith(_key + ".", StringComparison.Ordinal) && file.Name.EndsWith(".html", StringComparison.Ordinal) && file.Name != keep;
                if (earlierData || now - file.LastWriteTimeUtc > Media.ImageCache.KeepUnused)
                {
                    TryDelete(file.FullName);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed by the next save.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next save to remove.
        }
    }

    public void Dispose() => _data?.Dispose();
}
