using System.Globalization;
using System.Xml.Linq;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Publishing;

/// <summary>sitemap.xml, the feeds, robots.txt, 404.html and the tags every page carries for sharing and feeds.</summary>
public sealed class SiteFilesTests : IAsyncLifetime
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp";
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace XhtmlNs = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";
    private readonly TestSite _site = new();

    public async Task InitializeAsync()
    {
        _site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-10\nsummary: Tóm tắt A.");
        _site.Item("articles/a.en.md", $"title: Article A\n{Approved}\ndate: 2023-12-10\nslug: article-a\nsummary: Summary A.");
        _site.Item("laws/b.md", $"title: Luật B\n{Approved}\nissued_on: 2016-04-05", "Nội dung luật B dùng làm tóm tắt.");
        _site.Item("slogans/c.md", $"title: Khẩu hiệu C\n{Approved}\ndate: 2023-11-30", "Khẩu hiệu C.");
        _site.Item("articles/nhap.md", "title: Bản nháp\nstatus: draft\ndate: 2023-12-11");
        _site.Item("pages/gioi-thieu.md", $"title: Giới thiệu\n{Approved}");
        await _site.BuildOkAsync("2023-12-10");
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_its_translations_and_x_default()
    {
        var sitemap = XDocument.Parse(_site.Read("sitemap.xml"));
        Assert.Equal(SitemapNs + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(SitemapNs + "url").ToList();
        var pageCount = _site.OutputFiles().Count(f => f.EndsWith("index.html", StringComparison.Ordinal));
        Assert.Equal(pageCount, urls.Count);
        Assert.All(urls, url => Assert.StartsWith("https://portal.example.gov.vn/thu-nghiem/", url.Element(SitemapNs + "loc")!.Value, StringComparison.Ordinal));

        var article = urls.Single(u => u.Element(SitemapNs + "loc")!.Value.EndsWith("/articles/a/", StringComparison.Ordinal));
        Assert.Equal(
            [
                "vi https://portal.example.gov.vn/thu-nghiem/articles/a/",
                "en https://portal.example.gov.vn/thu-nghiem/en/articles/article-a/",
                "x-default https://portal.example.gov.vn/thu-nghiem/articles/a/",
            ],
            article.Elements(XhtmlNs + "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}"));
        var untranslated = urls.Single(u => u.Element(SitemapNs + "loc")!.Value.EndsWith("/laws/b/", StringComparison.Ordinal));
        Assert.Empty(untranslated.Elements(XhtmlNs + "link"));
        Assert.DoesNotContain("nhap", _site.Read("sitemap.xml"));
    }

    [Fact]
    public void The_atom_feed_has_the_required_elements_and_the_newest_items_of_its_language()
    {
        var feed = XDocument.Parse(_site.Read("feed.xml")).Root!;
        Assert.Equal(AtomNs + "feed", feed.Name);
        Assert.Equal("https://portal.example.gov.vn/thu-nghiem/", feed.Element(AtomNs + "id")!.Value);
        Assert.Equal("Trang thử nghiệm", feed.Element(AtomNs + "title")!.Value);
        Assert.Equal("2023-12-10T00:00:00+07:00", feed.Element(AtomNs + "updated")!.Value);
        Assert.Equal("https://portal.example.gov.vn/thu-nghiem/feed.xml", feed.Elements(AtomNs + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotNull(feed.Element(AtomNs + "author")?.Element(AtomNs + "name"));

        var entries = feed.Elements(AtomNs + "entry").ToList();
        Assert.Equal(["Bài A", "Khẩu hiệu C", "Luật B"], entries.Select(e => e.Element(AtomNs + "title")!.Value));
        foreach (var entry in entries)
        {
            Assert.StartsWith("https://", entry.Element(AtomNs + "id")!.Value, StringComparison.Ordinal);
            Assert.True(DateTimeOffset.TryParse(entry.Element(AtomNs + "updated")!.Value, CultureInfo.InvariantCulture, out _));
            Assert.NotNull(entry.Element(AtomNs + "link")!.Attribute("href"));
        }

        Assert.Equal("Nội dung luật B dùng làm tóm tắt.", entries[2].Element(AtomNs + "summary")!.Value);
        Assert.Equal(["Article A"], XDocument.Parse(_site.Read("en/feed.xml")).Root!.Elements(AtomNs + "entry").Select(e => e.Element(AtomNs + "title")!.Value));
    }

    [Fact]
    public void The_rss_feed_is_rss_2_with_rfc_822_dates_and_permalink_guids()
    {
        var rss = XDocument.Parse(_site.Read("en/rss.xml")).Root!;
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", rss.Attribute("version")!.Value);
        var channel = rss.Element("channel")!;
        Assert.Equal(["Test site", "https://portal.example.gov.vn/thu-nghiem/en/", "en"], new[] { "title", "link", "language" }.Select(n => channel.Element(n)!.Value));
        Assert.NotNull(channel.Element("description"));
        var item = Assert.Single(channel.Elements("item"));
        Assert.Equal("Sun, 10 Dec 2023 00:00:00 +0700", item.Element("pubDate")!.Value);
        Assert.Equal("true", item.Element("guid")!.Attribute("isPermaLink")!.Value);
        Assert.Equal(item.Element("link")!.Value, item.Element("guid")!.Value);
        Assert.Equal("Summary A.", item.Element("description")!.Value);
    }

    [Fact]
    public void Every_page_links_its_feeds_and_carries_a_description_and_open_graph_tags()
    {
        foreach (var page in _site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = _site.Html(page);
            var feeds = document.QuerySelectorAll("link[rel=alternate][type]").Select(l => l.GetAttribute("type")).ToList();
            Assert.Equal(["application/atom+xml", "application/rss+xml"], feeds);
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")), page);
            foreach (var property in new[] { "og:title", "og:description", "og:type", "og:site_name", "og:locale" })
            {
                Assert.NotNull(document.QuerySelector($"meta[property='{property}']"));
            }
        }

        Assert.Equal("../../feed.xml", _site.Html("en/articles/article-a/index.html").QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void Robots_txt_points_to_the_sitemap() =>
        Assert.Contains("Sitemap: https://portal.example.gov.vn/thu-nghiem/sitemap.xml\n", _site.Read("robots.txt"));

    [Fact]
    public void The_404_page_is_bilingual_and_its_links_work_from_any_depth()
    {
        var page = _site.Html("404.html");
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Page not found", page.QuerySelector("section[lang=en] h2")!.TextContent);
        var links = page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(h => !h.StartsWith('#') && !h.StartsWith("mailto:", StringComparison.Ordinal) && !h.StartsWith("tel:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("https://portal.example.gov.vn/thu-nghiem/", href, StringComparison.Ordinal));
        Assert.Contains("https://portal.example.gov.vn/thu-nghiem/en/", links);
    }

    [Fact]
    public void Article_and_law_pages_offer_a_print_button_shown_by_the_site_script()
    {
        foreach (var page in new[] { "articles/a/index.html", "laws/b/index.html" })
        {
            var document = _site.Html(page);
            Assert.True(document.QuerySelector("button[data-print]")!.HasAttribute("hidden"));
            Assert.Contains(document.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.EndsWith("assets/print.js", StringComparison.Ordinal));
        }

        Assert.Contains("window.print()", _site.Read("assets/print.js"));
        Assert.Contains("@media print", _site.Read("assets/site.css"));
        Assert.Null(_site.Html("slogans/index.html").QuerySelector("button[data-print]"));
    }

    [Fact]
    public async Task Without_a_base_url_the_sitemap_and_feeds_are_left_out_with_a_warning()
    {
        using var site = new TestSite(TestSite.DefaultSiteYml.Replace("base_url: https://portal.example.gov.vn/thu-nghiem/\n", string.Empty, StringComparison.Ordinal));
        site.Item("articles/a.md", $"title: A\n{Approved}");

        var result = await site.BuildOkAsync();

        Assert.Equal(
            ["site.yml:1:1: warning: without the site's public address there is no sitemap.xml and no feed, and the links of 404.html work only at the top folder of the site; set 'base_url' in site.yml or pass --base-url [ISG0403]"],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.False(site.Exists("sitemap.xml"));
        Assert.False(site.Exists("feed.xml"));
        Assert.Empty(site.Html("index.html").QuerySelectorAll("link[type='application/atom+xml']"));
        Assert.DoesNotContain("Sitemap:", site.Read("robots.txt"));
    }

    [Fact]
    public async Task A_preview_build_asks_crawlers_to_keep_out()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: draft");

        await site.BuildOkAsync(preview: true);

        Assert.Contains("Disallow: /\n", site.Read("robots.txt"));
    }
}
