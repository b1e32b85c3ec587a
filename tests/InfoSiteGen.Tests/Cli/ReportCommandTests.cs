using InfoSiteGen.Cli;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Reporting;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Cli;

/// <summary>
/// The report command: the report on stdout or in a file, content problems on stderr with exit code 1.
/// Usage mistakes throw <see cref="UsageException"/>, which the command line prints with the usage and
/// turns into exit code 2 (see <see cref="CommandLineTests"/>).
/// </summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TestSite _site = ReportSite.Create();

    public void Dispose() => _site.Dispose();

    private async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // The terminal speaks English, as if INFOSITEGEN_LANG=en; the report keeps its own --lang.
        var exit = await ReportCommand.RunAsync(["--content", _site.ContentDirectory, .. args], stdout, stderr, _site.Root, ToolLanguage.English);
        return (exit, stdout.ToString(), stderr.ToString().ReplaceLineEndings("\n"));
    }

    private Task<UsageException> Mistake(params string[] args) =>
        Assert.ThrowsAsync<UsageException>(() => Run(args));

    [Fact]
    public async Task A_report_exits_0_and_prints_Markdown_in_Vietnamese_by_default()
    {
        var (exit, stdout, stderr) = await Run("--now", "2023-12-10");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(MarkdownReportWriter.Write(ReportSite.Compute(_site), "vi"), stdout);
    }

    [Theory]
    [InlineData("md", "en")]
    [InlineData("csv", "vi")]
    [InlineData("html", "en")]
    public async Task Format_and_language_choose_the_writer_and_its_labels(string format, string language)
    {
        var (exit, stdout, _) = await Run("--now", "2023-12-10", "--format", format, "--lang", language);

        var report = ReportSite.Compute(_site);
        var expected = format switch
        {
            "csv" => CsvReportWriter.Write(report, language),
            "html" => HtmlReportWriter.Write(report, language),
            _ => MarkdownReportWriter.Write(report, language),
        };
        Assert.Equal(0, exit);
        Assert.Equal(expected, stdout);
    }

    [Fact]
    public async Task Output_writes_the_same_report_to_a_file_and_says_where()
    {
        var (exit, stdout, _) = await Run("--now", "2023-12-10", "--format", "csv", "--output", "bao-cao.csv");

        Assert.Equal(0, exit);
        Assert.Equal("report written to bao-cao.csv\n", stdout.ReplaceLineEndings("\n"));
        var written = new System.Text.UTF8Encoding(false).GetString(File.ReadAllBytes(Path.Combine(_site.Root, "bao-cao.csv")));
        Assert.Equal(CsvReportWriter.Write(ReportSite.Compute(_site), "vi"), written);
        Assert.Equal(["bao-cao.csv", "content"], Directory.EnumerateFileSystemEntries(_site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Warnings_are_printed_like_the_build_s_and_the_report_is_still_written()
    {
        _site.Item("articles/b.md", "title: B\nstatus: approved");

        var (exit, stdout, stderr) = await Run("--now", "2023-12-10");

        Assert.Equal(0, exit);
        Assert.Equal("articles/b.md:3:1: warning: the item is approved but does not say by whom; add 'approved_by:' and 'approved_on:' [ISG0112]\n", stderr);
        Assert.StartsWith("# Báo cáo nội dung theo đơn vị\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_errors_exit_1_are_printed_as_path_line_column_and_no_report_is_written()
    {
        _site.Item("articles/a.md", "title: A\nstatus: ok");
        _site.Item("articles/b.md", "title: B\nstatus: approved");
        File.WriteAllText(Path.Combine(_site.Root, "old.md"), "previous report");

        var (exit, stdout, stderr) = await Run("--output", "old.md");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(
            "articles/a.md:3:1: error: unknown status 'ok'; use draft, review or approved [ISG0103]\n" +
            "articles/b.md:3:1: warning: the item is approved but does not say by whom; add 'approved_by:' and 'approved_on:' [ISG0112]\n" +
            "report not written: 1 error, 1 warning\n",
            stderr);
        Assert.Equal("previous report", File.ReadAllText(Path.Combine(_site.Root, "old.md")));
    }

    [Fact]
    public async Task Translations_that_disagree_are_an_error_as_in_the_build()
    {
        _site.Item("articles/hoi-nghi.en.md", "title: Awareness conference\nstatus: approved\napproved_by: X\ndate: 2023-12-05\ndepartment: so-noi-vu\nslug: conference");

        var (exit, _, stderr) = await Run();

        Assert.Equal(1, exit);
        Assert.Equal(
            "articles/hoi-nghi.vi.md:7:1: error: 'department' is 'so-tu-phap' here but 'so-noi-vu' in the translation articles/hoi-nghi.en.md; translations must agree on it [ISG0009]\n" +
            "report not written: 1 error, 0 warnings\n",
            stderr);
    }

    [Fact]
    public async Task A_content_folder_without_site_yml_exits_1()
    {
        File.Delete(Path.Combine(_site.ContentDirectory, "site.yml"));

        var (exit, _, stderr) = await Run();

        Assert.Equal(1, exit);
        Assert.Equal(
            "site.yml:1:1: error: the content folder has no site.yml; create it with at least 'title', 'languages', 'departments' and 'topics' [ISG0001]\n" +
            "report not written: 1 error, 0 warnings\n",
            stderr);
    }

    [Theory]
    [InlineData("--format 'pdf' is not one of md, csv, html", "--format", "pdf")]
    [InlineData("--lang 'fr' is not one of vi, en", "--lang", "fr")]
    [InlineData("--now '10/12/2023' is not a date; write it as YYYY-MM-DD, for example --now 2023-12-10", "--now", "10/12/2023")]
    [InlineData("unknown option '--formt'; did you mean '--format'?", "--formt", "csv")]
    [InlineData("unknown option '--preview'; the options are --content, --now, --format, --lang, --output", "--preview")]
    [InlineData("--output needs a value", "--output")]
    [InlineData("--output 'content' is a folder; name a file, for example --output bao-cao.html", "--output", "content")]
    [InlineData("unexpected argument 'csv'", "csv")]
    public async Task Usage_mistakes_are_refused_with_a_plain_message(string message, params string[] args)
    {
        var mistake = await Mistake(args);

        Assert.Equal(message, mistake.Message);
    }

    [Fact]
    public async Task An_output_file_in_a_missing_folder_is_refused()
    {
        var mistake = await Mistake("--output", "nowhere/bao-cao.md");

        Assert.Equal($"--output 'nowhere/bao-cao.md': the folder '{Path.Combine(_site.Root, "nowhere")}' does not exist", mistake.Message);
    }

    [Fact]
    public async Task A_missing_content_folder_is_refused()
    {
        var mistake = await Assert.ThrowsAsync<UsageException>(() =>
            ReportCommand.RunAsync(["--content", "nowhere"], TextWriter.Null, TextWriter.Null, _site.Root));

        Assert.Equal($"the content folder '{Path.Combine(_site.Root, "nowhere")}' does not exist", mistake.Message);
    }

    [Fact]
    public void Defaults_are_the_repository_s_content_today_in_Viet_Nam_Markdown_Vietnamese_and_standard_output()
    {
        var parsed = new ParsedArguments([], ["content", "now", "format", "lang", "output"], []);
        var options = ReportCommand.ParseOptions(parsed, Path.Combine(Repository.Root, "generator", "Reporting"));

        Assert.Equal(Path.Combine(Repository.Root, "content"), options.ContentDirectory);
        Assert.Equal(InfoSiteGen.Writing.ProvincialClock.Today(), options.Now);
        Assert.Equal(ReportFormat.Markdown, options.Format);
        Assert.Equal("vi", options.Language);
        Assert.Null(options.OutputFile);
    }

    [Fact]
    public async Task The_repository_s_content_reports_without_problems()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await ReportCommand.RunAsync(["--now", "2023-12-10", "--format", "html"], stdout, stderr, Repository.Root);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr.ToString());
        Assert.Contains("<h1>Báo cáo nội dung theo đơn vị</h1>", stdout.ToString(), StringComparison.Ordinal);
    }
}
