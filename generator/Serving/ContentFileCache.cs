using System.Collections.Concurrent;
using System.Security.Cryptography;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Serving;

/// <summary>
/// The Content stage of the preview server: every content file read into an item once, and again only
/// when its bytes change. A file is looked at again when the watcher names it or its size or modification
/// time differ from last time; its bytes are then hashed, and only new bytes are decoded and parsed. The
/// problems a file had are kept with it and reported again on every update until the file is fixed.
/// </summary>
public sealed class ContentFileCache(ServeStatistics statistics)
{
    private sealed record Entry(long Length, long WriteTicks, byte[] Hash, ContentItem? Item, IReadOnlyList<Diagnostic> Problems);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Forgets every file, for a change that alters how all of them are read (site.yml).</summary>
    public void Clear() => _entries.Clear();

    /// <summary>The content hash of each file read, by path relative to the content folder.</summary>
    public byte[]? HashOf(string relativePath) => _entries.TryGetValue(relativePath, out var entry) ? entry.Hash : null;

    /// <summary>The items of every Markdown file in the order <see cref="ContentReader.Discover"/> finds them.</summary>
    /// <param name="named">Files the watcher reported, looked at whatever their size and date say.</param>
    public IReadOnlyList<ContentItem> ReadAll(string contentDirectory, SiteConfig config, IReadOnlySet<string> named, DiagnosticBag diagnostics)
    {
        var files = ContentReader.Discover(contentDirectory, config, diagnostics);
        var entries = new Entry?[files.Count];
        Parallel.For(0, files.Count, i => entries[i] = Refresh(files[i], config, named));

        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _entries.Keys.Where(path => !present.Contains(path)))
        {
            _entries.TryRemove(gone, out _);
        }

        var items = new List<ContentItem>(files.Count);
        foreach (var entry in entries)
        {
            if (entry is null)
            {
                continue;
            }

            foreach (var problem in entry.Problems)
            {
                diagnostics.Add(problem);
            }

            if (entry.Item is not null)
            {
                items.Add(entry.Item);
            }
        }

        return items;
    }

    private Entry? Refresh(ContentFile file, SiteConfig config, IReadOnlySet<string> named)
    {
        var info = new FileInfo(file.AbsolutePath);
        if (!info.Exists)
        {
            // Deleted between the folder listing and now: the next update will not list it.
            _entries.TryRemove(file.RelativePath, out _);
            return null;
        }

        var known = _entries.GetValueOrDefault(file.RelativePath);
        var ticks = info.LastWriteTimeUtc.Ticks;
        if (known is not null && !named.Contains(file.RelativePath) && known.Length == info.Length && known.WriteTicks == ticks)
        {
            return known;
        }

        var problems = new DiagnosticBag();
        if (info.Length > SourceText.MaxBytes)
        {
            // SourceText refuses the file by its size before reading it; keep that message.
            SourceText.Read(file.AbsolutePath, file.RelativePath, problems);
            return Store(file, new Entry(info.Length, ticks, [], null, problems.All));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.AbsolutePath);
        }
        catch (IOException)
        {
            // Still being written or already gone: the watcher reports the next change to it.
            return known;
        }

        var hash = SHA256.HashData(bytes);
        if (known is not null && known.Hash.AsSpan().SequenceEqual(hash))
        {
            return Store(file, known with { Length = info.Length, WriteTicks = ticks });
        }

        statistics.FileParsed();
        var text = SourceText.Decode(bytes, file.RelativePath, problems);
        var item = text is null ? null : new ItemReader(config, problems).Read(file, text);
        return Store(file, new Entry(bytes.Length, ticks, hash, item, problems.All));
    }

    private Entry Store(ContentFile file, Entry entry)
    {
        _entries[file.RelativePath] = entry;
        return entry;
    }
}
