namespace InfoSiteGen.BrowserTests.Support;

/// <summary>
/// The programs the browser tests need from the machine. A missing one fails the tests with a message
/// saying how to install it: these tests are never skipped.
/// </summary>
public static class Requirements
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private const string InstallHint = "install it with 'apt-get update && apt-get install -y chromium nginx' (tests/run.sh does this)";

    public static string Chromium() =>
        File.Exists(ChromiumPath)
            ? ChromiumPath
            : throw new InvalidOperationException($"Chromium is missing: the browser tests need Debian's Chromium at {ChromiumPath}; {InstallHint}");

    public static string Nginx()
    {
        // nginx lives in /usr/sbin, which is not on every user's PATH.
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/usr/local/sbin", "/usr/bin"]);
        return folders.Select(folder => Path.Combine(folder, "nginx")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"nginx is missing: the browser tests serve the site with it; {InstallHint}");
    }
}
