namespace InfoSiteGen.Configuration;

/// <summary>
/// Where the build keeps what it can reuse between runs (compiled templates, processed pictures): never inside
/// the output folder, which is uploaded. <c>INFOSITEGEN_CACHE</c> moves it, else the user's cache folder.
/// </summary>
public static class CacheFolders
{
    public static string Root =>
        Environment.GetEnvironmentVariable("INFOSITEGEN_CACHE")
        ?? Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "infositegen");
}
