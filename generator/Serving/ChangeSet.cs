namespace InfoSiteGen.Serving;

/// <summary>What the watcher saw change since the last update.</summary>
/// <param name="ContentFiles">Changed, created, deleted or renamed files, relative to the content folder with '/'.</param>
/// <param name="TemplatesChanged">A Razor template of the theme changed, so templates must be loaded again.</param>
public sealed record ChangeSet(IReadOnlySet<string> ContentFiles, bool TemplatesChanged)
{
    /// <summary>Nothing known to have changed: the first build, or a look at every file's size and date.</summary>
    public static readonly ChangeSet None = new(new HashSet<string>(StringComparer.Ordinal), false);
}
