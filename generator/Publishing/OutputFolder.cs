using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace InfoSiteGen.Publishing;

/// <summary>A file the build produced: its path relative to the output root, size, SHA-256, and whether its bytes changed.</summary>
public sealed record OutputFile(string Path, long Size, string Sha256, bool Changed);

/// <summary>
/// The output folder of a build. Nothing in it is touched until the whole build has succeeded: new and
/// changed files are written to a staging folder beside it, and files whose bytes are the same as in the
/// previous output are not written at all. <see cref="Commit"/> then moves the changed files in and
/// deletes the files of the previous build that this one no longer produces — only those the previous
/// manifest lists, so files the build did not create are never deleted. A failed build leaves the output
/// exactly as it was; an unchanged file keeps its modification time, so an incremental upload (rsync)
/// sends only what changed; and a small edit costs a few renames instead of rewriting the whole site.
/// </summary>
public sealed class OutputFolder : IFileSink, IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _output;
    private readonly bool _outputExists;
    // The previous build's files, from its manifest, with their size and SHA-256 where it gives them.
    private readonly IReadOnlyDictionary<string, (long Size, string Sha256)?> _previousFiles;
    private readonly bool _previousAsRecorded;
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<string>> _stagingFolders = new(StringComparer.Ordinal);
    private bool _committed;

    private OutputFolder(string output, string staging, bool previousAsRecorded)
    {
        _output = output;
        StagingDirectory = staging;
        _outputExists = Directory.Exists(output);
        _previousFiles = _outputExists ? PreviousManifestFiles(output) : new Dictionary<string, (long, string)?>();
        _previousAsRecorded = previousAsRecorded;
    }

    /// <summary>Where new and changed files wait until <see cref="Commit"/>.</summary>
    public string StagingDirectory { get; }

    /// <summary>Every file produced so far, as paths relative to the output root with '/'.</summary>
    public IReadOnlyCollection<string> Files => _files.Keys.ToList();

    /// <summary>Every file produced so far, in ordinal path order.</summary>
    public IReadOnlyList<OutputFile> Produced => _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    /// <param name="previousAsRecorded">
    /// The output is, file by file, as the previous build left it (its build record says so from sizes and times):
    /// its manifest's hashes then stand for the files' bytes, which need not be read to tell an unchanged file.
    /// </param>
    public static OutputFolder Begin(string outputDirectory, bool previousAsRecorded = false)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = ParentOf(outputDirectory);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new OutputFolder(output, staging, previousAsRecorded);
    }

    /// <summary>The folder the output folder is in, where its staging folder goes (the same disk), however the path is written.</summary>
    public static string ParentOf(string outputDirectory) =>
        Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)))
        ?? throw new ArgumentException("the output folder cannot be the file-system root");

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8NoBom.GetBytes(text));

    /// <summary>Produces a file from text being built, encoding it through a pooled buffer.</summary>
    public void WriteText(string relativePath, StringBuilder text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8NoBom.GetMaxByteCount(text.Length));
        try
        {
            var encoder = Utf8NoBom.GetEncoder();
            var length = 0;
            foreach (var chunk in text.GetChunks())
            {
                length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
            }

            length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
            WriteBytes(relativePath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void CopyFrom(string sourceFile, string relativePath) => WriteBytes(relativePath, File.ReadAllBytes(sourceFile));

    /// <summary>Produces a file; it is staged only when the previous output does not already hold these bytes.</summary>
    public void WriteBytes(string relativePath, byte[] bytes) => WriteBytes(relativePath, bytes.AsSpan());

    /// <summary>Produces a file; it is staged only when the previous output does not already hold these bytes.</summary>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var staged = FullPath(StagingDirectory, relativePath);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var changed = !SameAsPrevious(relativePath, bytes, sha256);
        if (changed)
        {
            EnsureStagingFolder(Path.GetDirectoryName(staged)!);
            File.WriteAllBytes(staged, bytes);
        }

        _files[relativePath] = new OutputFile(relativePath, bytes.Length, sha256, changed);
    }

    /// <summary>
    /// Starts creating the staging folders of the files about to be written, in the order given, on a thread
    /// of its own, while the pages render. On a clean build of thousands of pages, creating their folders takes
    /// as long as rendering them on one core (the file system's time, not ours); done one after the other before
    /// rendering, it would leave the other cores idle, and done by the rendering threads as they go, they would
    /// contend for the same parent folders. A page whose folder is not made yet makes it itself.
    /// Over an existing output only the files that changed are staged, so their folders are made as they are written.
    /// </summary>
    public void StartCreatingFolders(IEnumerable<string> relativePaths)
    {
        if (_outputExists)
        {
            return;
        }

        var folders = relativePaths.Select(p => Path.GetDirectoryName(FullPath(StagingDirectory, p))!).Distinct().ToList();
        FolderCreation = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    folders.ForEach(EnsureStagingFolder);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // The folder keeps its error (Lazy), and the file that was to go in it meets it when written.
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    /// <summary>The making of the folders <see cref="StartCreatingFolders"/> started; <see cref="Commit"/> and <see cref="Dispose"/> wait for it.</summary>
    internal Task FolderCreation { get; private set; } = Task.CompletedTask;

    public bool Contains(string relativePath) => _files.ContainsKey(relativePath);

    /// <summary>Moves the changed files into the output folder and removes what the previous build made and this one did not.</summary>
    public void Commit()
    {
        FolderCreation.Wait();
        if (!_outputExists)
        {
            Directory.Move(StagingDirectory, _output);
            _committed = true;
            return;
        }

        foreach (var file in _files.Values.Where(f => f.Changed))
        {
            var target = FullPath(_output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(FullPath(StagingDirectory, file.Path), target, overwrite: true);
        }

        foreach (var stale in _previousFiles.Keys.Where(f => !_files.ContainsKey(f)))
        {
            var path = FullPath(_output, stale);
            if (File.Exists(path))
            {
                File.Delete(path);
                RemoveEmptyFolders(Path.GetDirectoryName(path)!);
            }
        }

        Directory.Delete(StagingDirectory, recursive: true);
        _committed = true;
    }

    /// <summary>Removes the staging folder of a build that did not commit.</summary>
    public void Dispose()
    {
        FolderCreation.Wait();
        if (!_committed && Directory.Exists(StagingDirectory))
        {
            Directory.Delete(StagingDirectory, recursive: true);
        }
    }

    // Each folder is created once; a thread that asks for a folder another thread is creating waits for it.
    private void EnsureStagingFolder(string folder) =>
        _ = _stagingFolders.GetOrAdd(folder, f => new Lazy<string>(() => Directory.CreateDirectory(f).FullName)).Value;

    private bool SameAsPrevious(string relativePath, ReadOnlySpan<byte> bytes, string sha256)
    {
        if (!_outputExists)
        {
            return false;
        }

        if (_previousAsRecorded && _previousFiles.GetValueOrDefault(relativePath) is { } recorded)
        {
            return recorded.Size == bytes.Length && recorded.Sha256 == sha256;
        }

        var previous = new FileInfo(FullPath(_output, relativePath));
        return previous.Exists && previous.Length == bytes.Length && File.ReadAllBytes(previous.FullName).AsSpan().SequenceEqual(bytes);
    }

    private void RemoveEmptyFolders(string folder)
    {
        while (folder.Length > _output.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    /// <summary>The files the previous build wrote, from its manifest, with their size and hash, and the manifest itself (without).</summary>
    private static Dictionary<string, (long Size, string Sha256)?> PreviousManifestFiles(string output)
    {
        var files = new Dictionary<string, (long Size, string Sha256)?>(StringComparer.Ordinal);
        var manifest = Path.Combine(output, Manifest.FileName);
        if (!File.Exists(manifest))
        {
            return files;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifest));
            foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
            {
                if (file.GetProperty("path").GetString() is { } path)
                {
                    files[path] = (file.GetProperty("size").GetInt64(), file.GetProperty("sha256").GetString() ?? string.Empty);
                }
            }

            files[Manifest.FileName] = null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // An unreadable manifest names nothing, so nothing of the previous output is deleted.
            files.Clear();
        }

        return files;
    }

    private static string FullPath(string root, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        }

        return full;
    }
}
