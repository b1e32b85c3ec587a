using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using InfoSiteGen.Reporting;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Reporting;

/// <summary>The HTML form: self-contained, printable, and readable without the charts.</summary>
public sealed class HtmlReportWriterTests : IDisposable
{
    private readonly TestSite _site = ReportSite.Create();

    public void Dispose() => _site.Dispose();

    private (string Html, IHtmlDocument Document) Write(string language = "vi")
    {
        var html = HtmlReportWriter.Write(ReportSite.Compute(_site), language);
        return (html, new HtmlParser().ParseDocument(html));
    }

    [Fact]
    public void It_loads_nothing_from_anywhere_and_runs_no_script()
    {
        var (html, document) = Write();

        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, img, link[rel=stylesheet]"));
        Assert.DoesNotContain(document.All, e => e.HasAttribute("src"));
        Assert.All(document.All.Where(e => e.HasAttribute("href")).Select(e => e.GetAttribute("href")!),
            href => Assert.True(href.StartsWith('#') || href == "data:,", $"unexpected reference {href}"));
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"url\(\s*['""]?[^#'""\s]", html);
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public void It_has_print_styles_and_is_in_the_report_language()
    {
        var (_, document) = Write("en");

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("@media print", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Content report by department — 10 December 2023", document.Title);
    }

    [Fact]
    public void Each_chart_is_an_image_with_a_name_and_text_labels_followed_by_a_table_of_its_figures()
    {
        var (_, document) = Write();

        var charts = document.QuerySelectorAll("figure svg");
        Assert.Equal(2, charts.Length);
        foreach (var svg in charts)
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            var title = svg.QuerySelector("title")!.TextContent;
            Assert.Equal($"{title} — số liệu trong bảng bên dưới", svg.GetAttribute("aria-label"));
            Assert.Equal("TABLE", svg.ParentElement!.NextElementSibling!.TagName);
        }

        var texts = charts[0].QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.Equal(["Sở Tư pháp", "Tiếng Việt", "3", "Tiếng Anh", "2"], texts.Take(5));
        Assert.Contains("(không có đơn vị)", texts);

        var coverage = charts[1].QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.Equal(["Sở Tư pháp", "2/3 (66%)", "Sở Nội vụ", "1/3 (33%)", "UBND các huyện, thành phố", "—", "(không có đơn vị)", "1/1 (100%)"], coverage);
    }

    [Fact]
    public void The_items_chart_table_has_the_same_figures_as_the_chart()
    {
        var (_, document) = Write();

        var table = document.QuerySelectorAll("figure + table")[0];
        var rows = table.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["Sở Tư pháp | 3 | 2", "Sở Nội vụ | 2 | 2", "UBND các huyện, thành phố | 0 | 0", "(không có đơn vị) | 1 | 1"], rows);
    }

    [Fact]
    public void Names_from_site_yml_are_escaped()
    {
        var (html, document) = Write("en");

        Assert.Contains("People&#39;s Committees of districts", html, StringComparison.Ordinal);
        Assert.Contains("People's Committees of districts", document.QuerySelector("#department-ubnd-huyen")!.TextContent, StringComparison.Ordinal);
    }
}
