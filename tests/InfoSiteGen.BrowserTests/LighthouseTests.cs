using InfoSiteGen.BrowserTests.Support;

namespace InfoSiteGen.BrowserTests;

/// <summary>
/// Lighthouse, what Google's tools and many public-sector scorecards report: every category at 100 on every kind
/// of page in mobile emulation, the layout still (Cumulative Layout Shift under 0.02), and no request to any
/// other host.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class LighthouseTests(BrowserSite site)
{
    /// <summary>
    /// A preview build tells search engines not to index it (robots noindex), which Lighthouse's SEO category
    /// counts against it: that one audit is the preview's purpose, not a fault.
    /// </summary>
    private const string PreviewOnlyFailure = "is-crawlable";

    [Theory]
    [MemberData(nameof(PageCase.Names), MemberType = typeof(PageCase))]
    public async Task Page_scores_100_in_every_category_without_layout_shift(string name)
    {
        var page = PageCase.Named(name);
        var run = await site.Once(LighthouseRun.RunAsync);
        var report = run.For(name);

        var failed = report.FailedAudits
            .Where(audit => !(page.Preview && audit.StartsWith(PreviewOnlyFailure + " ", StringComparison.Ordinal)))
            .ToList();
        var categories = LighthouseRun.Categories.Where(category => !(page.Preview && category == "seo"));
        var low = categories.Where(category => report.Score(category) != 100).Select(category => $"{category} {report.Score(category)}").ToList();
        Assert.True(low.Count == 0 && failed.Count == 0 && report.RunWarnings.Count == 0,
            $"Lighthouse on {site.Url(page)}: {string.Join(", ", low)}\nfailed audits:\n  {string.Join("\n  ", failed)}\n" +
            $"warnings: {string.Join("; ", report.RunWarnings)}\nreport: {Path.Combine(LighthouseRun.Folder, name + ".json")}");
        Assert.True(report.CumulativeLayoutShift < 0.02, $"{site.Url(page)} shifts its layout after load: CLS {report.CumulativeLayoutShift:0.000}");
        if (page.Preview)
        {
            Assert.Contains(report.FailedAudits, audit => audit.StartsWith(PreviewOnlyFailure + " ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(PageCase.Names), MemberType = typeof(PageCase))]
    public async Task Page_requests_nothing_from_another_host(string name)
    {
        var page = PageCase.Named(name);
        var report = (await site.Once(LighthouseRun.RunAsync)).For(name);
        var origin = site.BaseUrl.GetLeftPart(UriPartial.Authority) + "/";

        Assert.Contains(report.Requests, url => url == site.Url(page).AbsoluteUri);
        var elsewhere = report.Requests.Where(url => !url.StartsWith(origin, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.True(elsewhere.Count == 0, $"{site.Url(page)} requested from other hosts:\n" + string.Join("\n", elsewhere));
    }

    [Fact]
    public async Task Lighthouse_is_looking_it_sees_the_broken_sites_request_to_another_host()
    {
        var report = (await site.Once(LighthouseRun.RunAsync)).For(LighthouseRun.BrokenPage);

        Assert.Contains(BrokenSite.ExternalImage, report.Requests);
        Assert.True(File.Exists(LighthouseRun.SummaryFile));
    }
}
