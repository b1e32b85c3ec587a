using System.Globalization;

namespace InfoSiteGen.Cli;

/// <summary>The closing lines of a build: pages per language, problems, time taken.</summary>
public static class BuildSummary
{
    public static string Describe(BuildResult result, BuildOptions options, string workingDirectory)
    {
        var seconds = result.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var output = Path.GetRelativePath(workingDirectory, options.OutputDirectory);
        var warnings = Plural(result.WarningCount, "warning");
        if (!result.Succeeded)
        {
            return $"build failed: {Plural(result.ErrorCount, "error")}, {warnings}; {output} was left unchanged ({seconds} s)";
        }

        var perLanguage = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var pages = result.PagesPerLanguage.Values.Sum();
        var mode = options.Preview ? " (preview: drafts included, not for publication)" : string.Empty;
        var next = result.NextChange is { } change
            ? $"next scheduled change: {change.Describe()}; rebuild on that day"
            : "next scheduled change: none (no publication window opens or closes after this date)";
        return $"built {Plural(pages, "page")} ({perLanguage}) and {Plural(result.FilesWritten, "file")} in all into {output} as of {options.Now:yyyy-MM-dd}{mode}; {warnings}; {seconds} s\n{next}";
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
