namespace InfoSiteGen.BrowserTests.Support;

/// <summary>Paths of the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>Where the tests keep what a person may want to look at afterwards (ignored by git).</summary>
    public static string TestResults => Path.Combine(Root, "tests", "InfoSiteGen.BrowserTests", "TestResults");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InfoSiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the tests must run inside the repository");
    }
}
