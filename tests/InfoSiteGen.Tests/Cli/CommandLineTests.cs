using InfoSiteGen.Cli;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Cli;

/// <summary>The command line as the office uses it: exit codes, messages on stderr, the summary on stdout.</summary>
public class CommandLineTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(args, stdout, stderr, workingDirectory);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] Options(TestSite site, params string[] more) =>
        ["build", "--content", site.ContentDirectory, "--theme", site.ThemeDirectory, "--output", site.OutputDirectory, "--lang", "en", .. more];

    [Fact]
    public async Task A_successful_build_exits_0_and_prints_pages_per_language_warnings_and_time()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: approved\napproved_by: X");
        site.Item("articles/b.md", "title: B\nstatus: approved");

        var (exit, stdout, stderr) = await Run(site.Root, Options(site, "--now", "2023-12-10"));

        Assert.Equal(0, exit);
        Assert.Equal(
            "articles/b.md:3:1: warning: the item is approved but does not say by whom; add 'approved_by:' and 'approved_on:' [ISG0112]\n",
            stderr.ReplaceLineEndings("\n"));
        var summary = stdout.ReplaceLineEndings("\n").Trim().Split('\n').TakeLast(4).ToArray();
        Assert.Matches(@"^search index: vi \d+\.\d KB, en \d+\.\d KB$", summary[1]);
        Assert.Matches(@"^pictures: 0 published, re-encoded without metadata; \d+ pictures and share cards made, the rest from the cache$", summary[2]);
        Assert.Equal("next scheduled change: none (no publication window opens or closes after this date)", summary[3]);
        Assert.Matches(@"^built 17 pages \(vi 10, en 7\) and (\d+) files in all into output as of 2023-12-10; 1 warning; \d+\.\d\d s$", summary[0]);
        var files = int.Parse(System.Text.RegularExpressions.Regex.Match(summary[0], @"and (\d+) files").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(site.Root, "output"), "*", SearchOption.AllDirectories).Count(), files);
    }

    [Fact]
    public async Task Content_errors_exit_1_and_are_printed_as_path_line_column()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: ok");

        var (exit, stdout, stderr) = await Run(site.Root, Options(site));

        Assert.Equal(1, exit);
        Assert.Equal("articles/a.md:3:1: error: unknown status 'ok'; use draft, review or approved [ISG0103]\n", stderr.ReplaceLineEndings("\n"));
        Assert.Matches(@"build failed: 1 error, 0 warnings; output was left unchanged \(\d+\.\d\d s\)", stdout);
    }

    [Theory]
    [InlineData("error: unknown option '--ouput'; did you mean '--output'?", "build", "--lang", "en", "--ouput", "x")]
    [InlineData("error: --now '10/12/2023' is not a date; write it as YYYY-MM-DD, for example --now 2023-12-10", "build", "--lang", "en", "--now", "10/12/2023")]
    [InlineData("error: --base-url 'portal/nhan-quyen' is not an absolute http(s) address, for example https://portal.example.gov.vn/nhan-quyen/", "build", "--lang", "en", "--base-url", "portal/nhan-quyen")]
    [InlineData("error: --content needs a value", "build", "--lang", "en", "--content")]
    [InlineData("error: unknown command 'buidl'; did you mean 'build'?", "buidl", "--lang", "en")]
    [InlineData("error: unknown command 'publish'; the commands are build, serve, report, new, import, check, deploy, fix-encoding, completion, help", "publish", "--lang", "en")]
    [InlineData("error: --format 'pdf' is not one of md, csv, html", "report", "--lang", "en", "--format", "pdf")]
    public async Task Usage_mistakes_exit_2_with_the_help_of_the_command(string message, params string[] args)
    {
        using var site = new TestSite();

        var (exit, _, stderr) = await Run(site.Root, args);
        var (_, help, _) = await Run(site.Root, Commands.Named(args[0]) is null ? ["--help", "--lang", "en"] : [args[0], "--help", "--lang", "en"]);

        Assert.Equal(2, exit);
        Assert.Equal(message + "\n\n" + help, stderr.ReplaceLineEndings("\n"));
        Assert.Contains("Usage:\n  infositegen " + (Commands.Named(args[0]) is null ? "COMMAND" : args[0]), help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_content_folder_is_a_usage_error()
    {
        using var site = new TestSite();

        var (exit, _, stderr) = await Run(site.Root, "build", "--lang", "en", "--content", "nowhere");

        Assert.Equal(2, exit);
        Assert.StartsWith($"error: the content folder '{Path.Combine(site.Root, "nowhere")}' does not exist", stderr);
    }

    [Fact]
    public void Default_folders_are_those_of_the_repository_found_from_any_sub_folder()
    {
        var parsed = new ParsedArguments([], ["content", "theme", "output", "now", "base-url"], ["preview"]);
        var options = BuildCommand.ParseOptions(parsed, Path.Combine(Repository.Root, "generator", "Content"));

        Assert.Equal(Path.Combine(Repository.Root, "content"), options.ContentDirectory);
        Assert.Equal(Path.Combine(Repository.Root, "theme"), options.ThemeDirectory);
        Assert.Equal(Path.Combine(Repository.Root, "output"), options.OutputDirectory);
    }
}
