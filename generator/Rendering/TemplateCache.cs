using InfoSiteGen.Configuration;
namespace InfoSiteGen.Rendering;

/// <summary>
/// Where compiled templates are kept between runs: compiling the theme takes seconds, loading it from
/// disk a fraction of one. Cached assemblies are named by a hash of their template's text (RazorLight's
/// file-hash strategy), so an edited template is recompiled whatever its file date says, and the folder
/// is keyed by the generator build (its module version id changes with every compilation), so a changed
/// view model never meets a template compiled against the old one. Set INFOSITEGEN_CACHE to move it.
/// </summary>
public static class TemplateCache
{
    /// <summary>Folders of other generator builds not used for this long are deleted.</summary>
    public static readonly TimeSpan KeepUnused = TimeSpan.FromDays(30);

    public static string Directory { get; } = Path.Combine(
        CacheFolders.Root,
        "templates",
        typeof(TemplateCache).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    private static readonly Lazy<int> Tidied = new(() => Prune(Path.GetDirectoryName(Directory)!, Directory, DateTime.UtcNow));

    /// <summary>
    /// Once per process: marks this build's folder as used now and deletes the folders of builds unused for
    /// <see cref="KeepUnused"/>. Without it every update of the generator would leave its templates behind.
    /// </summary>
    public static void Tidy() => _ = Tidied.Value;

    /// <summary>Touches <paramref name="current"/> and deletes the other folders of <paramref name="root"/> unused since 30 days before <paramref name="now"/>; returns how many.</summary>
    internal static int Prune(string root, string current, DateTime now)
    {
        var deleted = 0;
        try
        {
            System.IO.Directory.CreateDirectory(current);
            System.IO.Directory.SetLastWriteTimeUtc(current, now);
            foreach (var folder in System.IO.Directory.EnumerateDirectories(root))
            {
                if (!string.Equals(Path.GetFullPath(folder), Path.GetFullPath(current), StringComparison.Ordinal)
                    && System.IO.Directory.GetLastWriteTimeUtc(folder) < now - KeepUnused)
                {
                    System.IO.Directory.Delete(folder, recursive: true);
                    deleted++;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be tidied (read-only, in use) costs disk space, never a build.
        }

        return deleted;
    }
}
