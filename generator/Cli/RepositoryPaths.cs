namespace InfoSiteGen.Cli;

/// <summary>
/// Default folders: <c>content/</c>, <c>theme/</c> and <c>output/</c> of the repository the command runs in,
/// found by walking up from the working folder to the one holding <c>InfoSiteGen.sln</c>, so the
/// commands work from any sub-folder. Outside a checkout, the checkout the generator was built in is
/// used (so its theme is found), and failing that the working folder.
/// </summary>
public static class RepositoryPaths
{
    public const string SolutionFile = "InfoSiteGen.sln";

    public static string Root(string workingDirectory) =>
        FindUpwards(workingDirectory) ?? FindUpwards(AppContext.BaseDirectory) ?? workingDirectory;

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
