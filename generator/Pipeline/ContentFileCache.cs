using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Pipeline;

/// <summary>The items of the content folder after an update, and whether anything beyond bodies changed.</summary>
/// <param name="StructureChanged">
/// A file appeared, disappeared or was renamed, a file other than Markdown changed, or some item's front matter
/// changed: anything that decides lists, addresses or links. False when only bodies were edited.
/// </param>
public sealed record ContentReading(IReadOnlyList<ContentItem> Items, bool StructureChanged);

/// <summary>A content file as the content stage last read it: what the pipeline store keeps of it.</summary>
/// <param name="Item">The item without its Markdown; null when the file could not be read into one.</param>
/// <param name="Problems">What was wrong with the file, reported again until it is fixed.</param>
public sealed record RememberedFile(ContentFile File, long Length, long WriteTicks, byte[] Hash, ContentItem? Item, IReadOnlyList<Diagnostic> Problems, int DecomposedLetters);

/// <summary>
/// The Content stage of the pipeline: every content file read into an item once, and again only when
/// its bytes change. With a complete list of changed files from the watcher only those are looked at; otherwise
/// (the first build, lost events) every file whose size or modification time differ from last time. A file
/// looked at is hashed, and only new bytes are decoded and parsed. The problems a file had are kept with it and
/// reported again on every update until the file is fixed.
/// </summary>
public sealed class ContentFileCache(PipelineStatistics statistics)
{
    // Each file as last read, by path relative to the content folder, its item without its Markdown; the Markdown is
    // kept apart as UTF-8 (half the memory of a string): the Markdown stage alone reads it, and when it is not held
    // (let go, or the file came from the pipeline store) reads the file again.
    private readonly ConcurrentDictionary<string, RememberedFile> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _markdown = new(StringComparer.Ordinal);
    private SiteConfig? _config;
    private IReadOnlyList<ContentFile>? _files;
    private IReadOnlyList<Diagnostic> _discoveryProblems = [];
    private HashSet<string> _known = new(StringComparer.Ordinal);
    private Task<IReadOnlyList<RememberedFile>?>? _remembering;

    /// <summary>Forgets every file, for a change that alters how all of them are read (site.yml).</summary>
    public void Clear()
    {
        _entries.Clear();
        _markdown.Clear();
        _files = null;
    }

    /// <summary>
    /// The Markdown body of an item as last read, by path relative to the content folder (the items themselves are
    /// kept without it); null when the file no longer holds the bytes its item was read from.
    /// </summary>
    public string? MarkdownOf(string relativePath)
    {
        if (!_entries.TryGetValue(relativePath, out var entry))
        {
            return null;
        }

        return _markdown.TryGetValue(relativePath, out var markdown) ? Encoding.UTF8.GetString(markdown) : ReadMarkdownAgain(entry);
    }

    /// <summary>The Markdown body of an item as last read, which is then let go: for a pipeline that runs once.</summary>
    public string? TakeMarkdown(string relativePath)
    {
        if (!_entries.ContainsKey(relativePath))
        {
            throw new InvalidOperationException(relativePath + " was never read");
        }

        var markdown = MarkdownOf(relativePath);
        _markdown.TryRemove(relativePath, out _);
        return markdown;
    }

    /// <summary>
    /// The Markdown of a file whose entry does not hold it, from the file as it is now; null when its bytes are no
    /// longer those its item was read from (saved again since), or cannot be read.
    /// </summary>
    private string? ReadMarkdownAgain(RememberedFile entry)
    {
        try
        {
            var bytes = File.ReadAllBytes(entry.File.AbsolutePath);
            if (_config is null || !SHA256.HashData(bytes).AsSpan().SequenceEqual(entry.Hash))
            {
                return null;
            }

            return ItemOf(entry.File, bytes, _config, new DiagnosticBag())?.Body;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Every file as last read, for the pipeline store.</summary>
    public IReadOnlyList<RememberedFile> Remembered() => _entries.Values.ToList();

    /// <summary>Takes files read by an earlier run (the pipeline store's) as read: only those whose size or time differ are read again.</summary>
    private void Remember(IEnumerable<RememberedFile> files)
    {
        foreach (var file in files)
        {
            _entries[file.File.RelativePath] = file;
            _markdown.TryRemove(file.File.RelativePath, out _);
        }
    }

    /// <summary>
    /// Takes the files of an earlier run as read once <paramref name="files"/> is done: the next <see cref="ReadAll"/>
    /// lists the content folder while they are still being loaded, and waits for them only then.
    /// </summary>
    public void RememberWhenLoaded(Task<IReadOnlyList<RememberedFile>?> files) => _remembering = files;

    /// <summary>The hash of a file's bytes as last read, by path relative to the content folder.</summary>
    public byte[]? HashOf(string relativePath) => _entries.TryGetValue(relativePath, out var entry) ? entry.Hash : null;

    /// <summary>The items of every Markdown file, in the order <see cref="ContentReader.Discover"/> finds them.</summary>
    public ContentReading ReadAll(string contentDirectory, SiteConfig config, ChangeSet changes, DiagnosticBag diagnostics)
    {
        _config = config;
        var structureChanged = !changes.Complete || _files is null || changes.ContentFiles.Any(path => Reshapes(contentDirectory, path));
        if (structureChanged)
        {
            var found = new DiagnosticBag();
            _files = ContentReader.Discover(contentDirectory, config, found);
            _discoveryProblems = found.All;
            _known = KnownPaths(_files);
        }

        if (_remembering is { } remembering)
        {
            _remembering = null;
            Remember(remembering.GetAwaiter().GetResult() ?? []);
        }

        var files = _files!;
        var lookAtAll = structureChanged;
        var bodiesOnly = true;
        var entries = new RememberedFile?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var named = changes.ContentFiles.Contains(files[i].RelativePath);
            var known = _entries.GetValueOrDefault(files[i].RelativePath);
            entries[i] = lookAtAll || named ? Refresh(files[i], config, known, named) : known;
            if (!ReferenceEquals(entries[i], known) && !BodyOnlyEdit.Between(known?.Item, entries[i]?.Item))
            {
                bodiesOnly = false;
            }
        });

        if (structureChanged)
        {
            var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _entries.Keys.Where(path => !present.Contains(path)))
            {
                Forget(gone);
            }
        }

        foreach (var problem in _discoveryProblems)
        {
            diagnostics.Add(problem);
        }

        var items = new List<ContentItem>(files.Count);
        foreach (var entry in entries)
        {
            foreach (var problem in entry?.Problems ?? [])
            {
                diagnostics.Add(problem);
            }

            if (entry?.DecomposedLetters > 0)
            {
                diagnostics.CountDecomposed(entry.DecomposedLetters);
            }

            if (entry?.Item is { } item)
            {
                items.Add(item);
            }
        }

        return new ContentReading(items, structureChanged || !bodiesOnly);
    }

    /// <summary>
    /// True when a changed path may add, remove or rename a file, or is not Markdown (an attachment or image,
    /// whose presence and size links depend on). A known Markdown file saved in place reshapes nothing.
    /// </summary>
    private bool Reshapes(string contentDirectory, string relativePath)
    {
        var full = Path.Combine(contentDirectory, relativePath);
        if (Directory.Exists(full))
        {
            // A folder is reported when files change inside it; a new or renamed folder is unknown.
            return !_known.Contains(relativePath + "/");
        }

        return !relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || !_known.Contains(relativePath)
            || !File.Exists(full)
            || SymbolicLinks.LeadOutside(full, contentDirectory);
    }

    /// <summary>The discovered files and every folder above them (as <c>folder/</c>).</summary>
    private static HashSet<string> KnownPaths(IReadOnlyList<ContentFile> files)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            known.Add(file.RelativePath);
            for (var slash = file.RelativePath.IndexOf('/'); slash > 0; slash = file.RelativePath.IndexOf('/', slash + 1))
            {
                known.Add(file.RelativePath[..(slash + 1)]);
            }
        }

        return known;
    }

    private RememberedFile? Refresh(ContentFile file, SiteConfig config, RememberedFile? known, bool named)
    {
        var info = new FileInfo(file.AbsolutePath);
        if (!info.Exists)
        {
            // Deleted since the folder was listed: the watcher reports it, and the next update no longer lists it.
            Forget(file.RelativePath);
            return null;
        }

        var ticks = info.LastWriteTimeUtc.Ticks;
        if (known is not null && !named && known.Length == info.Length && known.WriteTicks == ticks)
        {
            return known;
        }

        var problems = new DiagnosticBag();
        if (info.Length > SourceText.MaxBytes)
        {
            // SourceText refuses the file by its size before reading it; keep that message.
            SourceText.Read(file.AbsolutePath, file.RelativePath, problems);
            return Store(new RememberedFile(file, info.Length, ticks, [], null, problems.All, 0), markdown: null);
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
            // The same bytes: the Markdown held, if any, is still theirs.
            var same = known with { File = file, Length = info.Length, WriteTicks = ticks };
            _entries[file.RelativePath] = same;
            return same;
        }

        statistics.FileParsed();
        var item = ItemOf(file, bytes, config, problems);
        // The hash of the bytes the page is made of, for the manifest.
        item = item is null ? null : item with { SourceSha256 = Convert.ToHexStringLower(hash) };
        return Store(new RememberedFile(file, info.Length, ticks, hash, item?.WithoutBody(), problems.All, problems.DecomposedLetters), item is null ? null : Encoding.UTF8.GetBytes(item.Body));
    }

    /// <summary>A file's bytes read into an item, Markdown included; null when they cannot be (the problems say why).</summary>
    private static ContentItem? ItemOf(ContentFile file, byte[] bytes, SiteConfig config, DiagnosticBag problems) =>
        SourceText.Decode(bytes, file.RelativePath, problems) is { } text ? new ItemReader(config, problems).Read(file, text) : null;

    private RememberedFile Store(RememberedFile entry, byte[]? markdown)
    {
        _entries[entry.File.RelativePath] = entry;
        if (markdown is null)
        {
            _markdown.TryRemove(entry.File.RelativePath, out _);
        }
        else
        {
            _markdown[entry.File.RelativePath] = markdown;
        }

        return entry;
    }

    private void Forget(string relativePath)
    {
        _entries.TryRemove(relativePath, out _);
        _markdown.TryRemove(relativePath, out _);
    }
}
