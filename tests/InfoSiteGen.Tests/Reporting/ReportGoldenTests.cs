using InfoSiteGen.Reporting;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Reporting;

/// <summary>The three forms of the report of the fixed small site, compared with golden files.</summary>
public sealed class ReportGoldenTests : IDisposable
{
    private readonly TestSite _site = ReportSite.Create();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Markdown_matches_its_golden_file(string language) =>
        GoldenFile.AssertTextMatches($"report.{language}.md", MarkdownReportWriter.Write(ReportSite.Compute(_site), language));

    [Fact]
    public void Csv_matches_its_golden_file() =>
        GoldenFile.AssertTextMatches("report.vi.csv", CsvReportWriter.Write(ReportSite.Compute(_site), "vi"));

    [Fact]
    public void Html_matches_its_golden_file() =>
        GoldenFile.AssertMatches("report.vi.html", HtmlReportWriter.Write(ReportSite.Compute(_site), "vi"));

    [Fact]
    public void The_same_content_gives_the_same_bytes()
    {
        var first = ReportSite.Compute(_site);
        var second = ReportSite.Compute(_site);

        Assert.Equal(MarkdownReportWriter.Write(first, "vi"), MarkdownReportWriter.Write(second, "vi"));
        Assert.Equal(CsvReportWriter.Write(first, "en"), CsvReportWriter.Write(second, "en"));
        Assert.Equal(HtmlReportWriter.Write(first, "vi"), HtmlReportWriter.Write(second, "vi"));
    }
}
