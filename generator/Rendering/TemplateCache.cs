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
    public static string Directory { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("INFOSITEGEN_CACHE")
            ?? Path.Combine(
                Environment.GetEnvironmentVariable("XDG_CACHE_HOME") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
                "infositegen"),
        "templates",
        typeof(TemplateCache).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
}
