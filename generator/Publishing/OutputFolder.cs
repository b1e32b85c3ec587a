namespace InfoSiteGen.Publishing;

/// <summary>
/// Writes a build into a staging folder beside the output folder and swaps it in only when the whole
/// build succeeded, so a failed build leaves the previous output exactly as it was. Both folders share
/// a parent, so the swap is two renames on one file system.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private readonly string _output;
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _committed;

    private OutputFolder(string output, string staging)
    {
        _output = output;
        StagingDirectory = staging;
    }

    /// <summary>Where files are written until <see cref="Commit"/>.</summary>
    public string StagingDirectory { get; }

    /// <summary>Every file written so far, as paths relative to the output root with '/'.</summary>
    public IReadOnlyCollection<string> Files
    {
        get
        {
            lock (_gate)
            {
                return _files.ToList();
            }
        }
    }

    public static OutputFolder Begin(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output) ?? throw new ArgumentException("the output folder cannot be the file-system root");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new OutputFolder(output, staging);
    }

    public void WriteText(string relativePath, string text) =>
        Write(relativePath, path => File.WriteAllText(path, text, Utf8NoBom));

    public void WriteBytes(string relativePath, byte[] bytes) => Write(relativePath, path => File.WriteAllBytes(path, bytes));

    public void CopyFrom(string sourceFile, string relativePath) => Write(relativePath, path => File.Copy(sourceFile, path, overwrite: true));

    public bool Contains(string relativePath)
    {
        lock (_gate)
        {
            return _files.Contains(relativePath);
        }
    }

    /// <summary>
    /// Replaces the output folder with the staging folder. Dot-files of the old output (.gitignore) are kept,
    /// and a file whose bytes did not change keeps its old modification time, so an incremental upload
    /// (rsync) sends only what changed.
    /// </summary>
    public void Commit()
    {
        if (Directory.Exists(_output))
        {
            KeepTimesOfUnchangedFiles();
            foreach (var dotFile in Directory.EnumerateFiles(_output, ".*"))
            {
                var target = Path.Combine(StagingDirectory, Path.GetFileName(dotFile));
                if (!File.Exists(target))
                {
                    File.Copy(dotFile, target);
                }
            }

            var previous = StagingDirectory.Replace(".staging-", ".previous-", StringComparison.Ordinal);
            Directory.Move(_output, previous);
            Directory.Move(StagingDirectory, _output);
            Directory.Delete(previous, recursive: true);
        }
        else
        {
            Directory.Move(StagingDirectory, _output);
        }

        _committed = true;
    }

    /// <summary>Removes the staging folder of a build that did not commit.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingDirectory))
        {
            Directory.Delete(StagingDirectory, recursive: true);
        }
    }

    private void KeepTimesOfUnchangedFiles()
    {
        foreach (var file in Files)
        {
            var fresh = Path.Combine(StagingDirectory, file);
            var old = Path.Combine(_output, file);
            if (File.Exists(old) && new FileInfo(old).Length == new FileInfo(fresh).Length && SameBytes(old, fresh))
            {
                File.SetLastWriteTimeUtc(fresh, File.GetLastWriteTimeUtc(old));
            }
        }
    }

    private static bool SameBytes(string a, string b)
    {
        // Files here are pages and small assets: reading both whole is simpler than streaming and fast enough.
        return File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }

    private void Write(string relativePath, Action<string> write)
    {
        var full = Path.GetFullPath(Path.Combine(StagingDirectory, relativePath));
        if (!full.StartsWith(StagingDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        write(full);
        lock (_gate)
        {
            _files.Add(relativePath);
        }
    }

    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
}
