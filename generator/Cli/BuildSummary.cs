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
        var search = result.SearchIndexBytes is { Count: > 0 } sizes
            ? "search index: " + string.Join(", ", sizes.Select(s => $"{s.Key} {Kilobytes(s.Value)}"))
            : "search index: none";
        return $"built {Plural(pages, "page")} ({perLanguage}) and {Plural(result.FilesWritten, "file")} in all into {output} as of {options.Now:yyyy-MM-dd}{mode}; {warnings}; {seconds} s\n{search}\n{next}";
    }

    private static string Kilobytes(long bytes) =>
        (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
