using InfoSiteGen.Configuration;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Cli;

/// <summary><c>build</c>: builds the site into the output folder and prints every problem and a summary.</summary>
public static class BuildCommand
{
    /// <param name="fallback">The terminal language when <c>--lang</c> is not given.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, ToolLanguage fallback = ToolLanguage.Vietnamese)
    {
        var parsed = Commands.Build.Parse(args);
        var language = TerminalLanguage.Choose(parsed, fallback);
        var options = ParseOptions(parsed, workingDirectory);
        if (!Directory.Exists(options.ContentDirectory))
        {
            throw new UsageException(CommonOptions.NoContent.Fill(options.ContentDirectory));
        }

        if (!Directory.Exists(options.ThemeDirectory))
        {
            throw new UsageException(CommonOptions.NoTheme.Fill(options.ThemeDirectory));
        }

        var result = await BuildProgressDisplay.RunAsync(stdout, language, progress => SiteBuild.RunAsync(options, progress));
        foreach (var diagnostic in result.Diagnostics)
        {
            await stderr.WriteLineAsync(diagnostic.Format(language));
        }

        await stdout.WriteLineAsync(BuildSummary.Describe(result, options, workingDirectory, language));
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    internal static BuildOptions ParseOptions(ParsedArguments parsed, string workingDirectory)
    {
        var now = CommonOptions.Now(parsed);
        Uri? baseUrl = null;
        if (parsed.Value("base-url") is { } baseText && !BaseUrl.TryParse(baseText, out baseUrl))
        {
            throw new UsageException(new Wording(
                $"--base-url '{baseText}' không phải địa chỉ http(s) đầy đủ, ví dụ https://portal.example.gov.vn/nhan-quyen/",
                $"--base-url '{baseText}' is not an absolute http(s) address, for example https://portal.example.gov.vn/nhan-quyen/"));
        }

        var output = CommonOptions.Folder(parsed, "output", "output", workingDirectory);
        var zipText = parsed.Value("zip");
        var zip = zipText is null ? null : Path.GetFullPath(Path.Combine(workingDirectory, zipText));
        if (zip is not null && zip.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new UsageException(new Wording(
                $"--zip '{zipText}' nằm trong thư mục output, thư mục này được thay mới sau mỗi lần dựng trang; hãy ghi tệp zip ra chỗ khác",
                $"--zip '{zipText}' is inside the output folder, which each build replaces; write the zip somewhere else"));
        }

        return new BuildOptions(
            CommonOptions.Folder(parsed, "content", "content", workingDirectory),
            CommonOptions.ThemeFolder(parsed, workingDirectory),
            output,
            now,
            parsed.Flag("preview"),
            baseUrl,
            zip);
    }
}
