using System.Threading.Channels;

using InfoSiteGen.Pipeline;

namespace InfoSiteGen.Serving;

/// <summary>
/// Watches the content and theme folders and hands over their changes in batches. Saving a file shows up as
/// several events (an editor writes a temporary file, renames it, changes the date), so a batch is closed only
/// once the folders have been quiet for <see cref="Quiet"/>, or after <see cref="Longest"/> of steady changes.
/// Hidden files and editors' backup files are not content and are ignored.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    /// <summary>Short enough that the reload still feels instant, long enough to gather the events of one save.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    public static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(500);

    private readonly string _content;
    private readonly string _theme;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<(string? ContentFile, bool Template, bool Lost)> _events =
        Channel.CreateUnbounded<(string?, bool, bool)>(new UnboundedChannelOptions { SingleReader = true });

    public ChangeWatcher(string contentDirectory, string themeDirectory)
    {
        _content = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory));
        _theme = Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeDirectory));
        Watch(_content);
        Watch(_theme);
    }

    /// <summary>Waits for the next batch of changes.</summary>
    public async Task<ChangeSet> NextAsync(CancellationToken cancellation)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        var templates = false;
        var complete = true;
        void Take((string? ContentFile, bool Template, bool Lost) change)
        {
            templates |= change.Template;
            complete &= !change.Lost;
            if (change.ContentFile is not null)
            {
                files.Add(change.ContentFile);
            }
        }

        Take(await _events.Reader.ReadAsync(cancellation));
        var deadline = DateTime.UtcNow + Longest;
        while (DateTime.UtcNow < deadline)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            quiet.CancelAfter(Quiet);
            try
            {
                Take(await _events.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                break;
            }
        }

        return new ChangeSet(files, templates, complete);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _events.Writer.TryComplete();
    }

    private void Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Note(e.FullPath);
        watcher.Created += (_, e) => Note(e.FullPath);
        watcher.Deleted += (_, e) => Note(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Note(e.OldFullPath);
            Note(e.FullPath);
        };

        // Events were lost (too many at once): report a change without names, so every file's size and date are looked at.
        watcher.Error += (_, _) => _events.Writer.TryWrite((null, true, true));
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Note(string fullPath)
    {
        if (IsBelow(fullPath, _content))
        {
            var relative = Path.GetRelativePath(_content, fullPath).Replace('\\', '/');
            if (!IsIgnored(relative))
            {
                _events.Writer.TryWrite((relative, false, false));
            }
        }
        else if (IsBelow(fullPath, _theme))
        {
            var relative = Path.GetRelativePath(_theme, fullPath).Replace('\\', '/');
            if (!IsIgnored(relative))
            {
                _events.Writer.TryWrite((null, relative.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase), false));
            }
        }
    }

    private static bool IsBelow(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Hidden files and folders (.git, swap files) and backups (<c>a.md~</c>, <c>#a.md#</c>) are not the site's.</summary>
    private static bool IsIgnored(string relative) =>
        relative.Split('/').Any(part => part.StartsWith('.') || part.StartsWith('#') || part.EndsWith('~'));
}
