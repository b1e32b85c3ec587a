namespace InfoSiteGen.Pipeline;

/// <summary>What the watcher saw change since the last update.</summary>
/// <param name="ContentFiles">Changed, created, deleted or renamed files and folders, relative to the content folder with '/'.</param>
/// <param name="TemplatesChanged">A Razor template of the theme changed, so templates must be loaded again.</param>
/// <param name="Complete">
/// True when <paramref name="ContentFiles"/> names every content file that changed. False for the first build and
/// when the watcher lost events: then every file's size and date are looked at.
/// </param>
public sealed record ChangeSet(IReadOnlySet<string> ContentFiles, bool TemplatesChanged, bool Complete = true)
{
    /// <summary>Nothing is known: the first build.</summary>
    public static readonly ChangeSet Unknown = new(new HashSet<string>(StringComparer.Ordinal), true, Complete: false);
}
