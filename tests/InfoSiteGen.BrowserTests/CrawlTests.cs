using InfoSiteGen.BrowserTests.Support;

namespace InfoSiteGen.BrowserTests;

/// <summary>
/// Every link of the published site, followed in Chromium from both home pages: through nginx under the
/// portal's sub-path, and from the output folder on disk. Nothing may fail, nothing may come from another
/// host, every #fragment must name an element of its page, and every language switcher must lead to the
/// other language. The same crawl over a hand-written broken site shows that it reports each of these faults.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class CrawlTests(BrowserSite site)
{
    [Fact]
    public async Task Every_link_works_through_nginx_under_the_portal_sub_path()
    {
        // An address that does not exist: nginx answers with the site's 404.html, whose links are absolute.
        var missing = new Uri(site.BaseUrl, "khong-co-trang-nay/");

        var result = await Crawler.CrawlAsync(site.Browser, [site.BaseUrl, new Uri(site.BaseUrl, "en/"), missing], HttpRules(missing) with { RequireLanguageSwitcher = true });

        Assert.True(result.Problems.Count == 0, Report(result, site.BaseUrl) + "\n" + site.Server.Log());
        Assert.Equal(["127.0.0.1"], result.Requests.Where(r => !IsInline(r)).Select(r => r.Host).Distinct());
        AssertVisitedEveryKindOfPage(result, page => new Uri(site.BaseUrl, page.Path));
        Assert.Equal("vi", result.Pages[missing].Lang);
    }

    [Fact]
    public async Task Every_link_works_from_the_output_folder_on_disk()
    {
        var root = FolderUri(site.OutputDirectory);

        var result = await Crawler.CrawlAsync(site.Browser, [new Uri(root, "index.html"), new Uri(root, "en/index.html")], FileRules(root) with { RequireLanguageSwitcher = true });

        Assert.True(result.Problems.Count == 0, Report(result, root));
        Assert.All(result.Requests, r => Assert.True(r.IsFile || IsInline(r), $"the site opened from disk requested {r}"));
        AssertVisitedEveryKindOfPage(result, page => new Uri(root, page.Path));
    }

    [Fact]
    public async Task The_crawl_through_nginx_reports_each_fault_of_a_broken_site()
    {
        var result = await Crawler.CrawlAsync(site.Browser, [site.BrokenBaseUrl], HttpRules());

        AssertReports(result,
            "HTTP 404: " + new Uri(site.BrokenBaseUrl, "khong-co.css"),
            "page answered 404 instead of 200: " + new Uri(site.BrokenBaseUrl, "khong-co.html"),
            $"linked file {new Uri(site.BrokenBaseUrl, "tep/khong-co.pdf")} on {site.BrokenBaseUrl}: answered 404",
            "no element with id 'khong-co-muc-nay'",
            "announces 'en' but leads to " + new Uri(site.BrokenBaseUrl, "khac.html") + " with <html lang=\"vi\">",
            "request refused: " + BrokenSite.ExternalImage);
    }

    [Fact]
    public async Task The_crawl_from_disk_reports_each_fault_of_a_broken_site()
    {
        var root = FolderUri(site.BrokenDirectory);

        var result = await Crawler.CrawlAsync(site.Browser, [new Uri(root, "index.html")], FileRules(root));

        AssertReports(result,
            "request failed: " + new Uri(root, "khong-co.css"),
            "page did not open: " + new Uri(root, "khong-co.html"),
            $"linked file {new Uri(root, "tep/khong-co.pdf")} on {new Uri(root, "index.html")}: no such file",
            $"link {new Uri(root, "thu-muc/")} on {new Uri(root, "index.html")}: names a folder",
            "no element with id 'khong-co-muc-nay'",
            "announces 'en' but leads to " + new Uri(root, "khac.html") + " with <html lang=\"vi\">",
            "request refused: " + BrokenSite.ExternalImage);
    }

    /// <summary>Same origin is followed; the browser may ask nothing of any host but 127.0.0.1.</summary>
    private CrawlRules HttpRules(params Uri[] expectedNotFound)
    {
        var origin = site.BaseUrl;
        return new CrawlRules
        {
            Follows = url => url.Scheme == origin.Scheme && url.Host == origin.Host && url.Port == origin.Port,
            CheckRequest = url => IsInline(url) || (url.Scheme == Uri.UriSchemeHttp && url.Host == "127.0.0.1")
                ? null
                : "the site must load nothing from any host but its own",
            CheckFile = async (context, url) =>
            {
                var response = await context.APIRequest.GetAsync(url.AbsoluteUri);
                return response.Ok ? null : $"answered {response.Status}";
            },
            ExpectedNotFound = expectedNotFound.ToHashSet(),
        };
    }

    /// <summary>Links inside the folder are followed and must name their files; the browser may ask no host for anything.</summary>
    private static CrawlRules FileRules(Uri root) => new()
    {
        Follows = url => url.IsFile,
        CheckRequest = url => url.IsFile || IsInline(url) ? null : "the site opened from disk must request nothing from any host",
        CheckFile = (_, url) => Task.FromResult(File.Exists(url.LocalPath) ? null : "no such file"),
        CheckLink = url =>
            !root.IsBaseOf(url) ? "leads outside the output folder"
            : url.AbsolutePath.EndsWith('/') ? "names a folder, which a browser opening the site from disk shows as a file list; it must name index.html"
            : null,
    };

    private static bool IsInline(Uri url) => url.Scheme is "data" or "blob" or "about";

    private static Uri FolderUri(string directory) => new(Path.TrimEndingDirectorySeparator(directory) + "/");

    /// <summary>The crawl reached every kind of page of the published build (the 404 page is linked from nowhere).</summary>
    private static void AssertVisitedEveryKindOfPage(CrawlResult result, Func<PageCase, Uri> urlOf)
    {
        // A search with a query is the search page itself, which the crawl reaches without one.
        var unvisited = PageCase.All.Where(p => !p.Preview && p.HasSwitcher)
            .Select(p => urlOf(p with { Path = p.Path.Split('?')[0] }))
            .Where(url => !result.Pages.ContainsKey(url)).ToList();
        Assert.True(unvisited.Count == 0, "the crawl did not reach:\n" + string.Join("\n", unvisited));
    }

    private static void AssertReports(CrawlResult result, params string[] expected)
    {
        var missing = expected.Where(e => !result.Problems.Any(p => p.Contains(e, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0,
            "the crawl did not report:\n" + string.Join("\n", missing) + "\nit reported:\n" + string.Join("\n", result.Problems));
    }

    private static string Report(CrawlResult result, Uri start) =>
        $"{result.Problems.Count} problems crawling {result.Pages.Count} pages from {start}:\n" + string.Join("\n", result.Problems.Take(60)) +
        (result.Problems.Count > 60 ? $"\n… and {result.Problems.Count - 60} more" : string.Empty);
}
