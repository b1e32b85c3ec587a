using InfoSiteGen.Configuration;

namespace InfoSiteGen.Cli;

/// <summary><c>build</c>: builds the site into the output folder and prints every problem and a summary.</summary>
public static class BuildCommand
{
    private static readonly string[] ValueOptions = ["content", "theme", "output", "now", "base-url", "zip"];
    private static readonly string[] Flags = ["preview"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var options = ParseOptions(new ParsedArguments(args, ValueOptions, Flags), workingDirectory);
        if (!Directory.Exists(options.ContentDirectory))
        {
            throw new UsageException($"the content folder '{options.ContentDirectory}' does not exist");
        }

        if (!Directory.Exists(options.ThemeDirectory))
        {
            throw new UsageException($"the theme folder '{options.ThemeDirectory}' does not exist");
        }

        var result = await BuildProgressDisplay.RunAsync(stdout, progress => SiteBuild.RunAsync(options, progress));
        foreach (var diagnostic in result.Diagnostics)
        {
            await stderr.WriteLineAsync(diagnostic.ToString());
        }

        await stdout.WriteLineAsync(BuildSummary.Describe(result, options, workingDirectory));
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    internal static BuildOptions ParseOptions(ParsedArguments parsed, string workingDirectory)
    {
        var now = CommonOptions.Now(parsed);
        Uri? baseUrl = null;
        if (parsed.Value("base-url") is { } baseText && !BaseUrl.TryParse(baseText, out baseUrl))
        {
            throw new UsageException($"--base-url '{baseText}' is not an absolute http(s) address, for example https://portal.example.gov.vn/nhan-quyen/");
        }

        var output = CommonOptions.Folder(parsed, "output", "output", workingDirectory);
        var zipText = parsed.Value("zip");
        var zip = zipText is null ? null : Path.GetFullPath(Path.Combine(workingDirectory, zipText));
        if (zip is not null && zip.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new UsageException($"--zip '{zipText}' is inside the output folder, which each build replaces; write the zip somewhere else");
        }

        return new BuildOptions(
            CommonOptions.Folder(parsed, "content", "content", workingDirectory),
            CommonOptions.Folder(parsed, "theme", "theme", workingDirectory),
            output,
            now,
            parsed.Flag("preview"),
            baseUrl,
            zip);
    }
}
