using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Bodies;

/// <summary>HTML written inside Markdown is cleaned, and every removal is reported at its line.</summary>
public class RawHtmlTests
{
    private const string Approved = "status: approved\napproved_by: X";

    private static TestSite SiteAllowing(string hosts) =>
        new(TestSite.DefaultSiteYml + $"\nallowed_iframe_hosts: [{hosts}]\n");

    [Fact]
    public async Task Scripts_event_handlers_styles_and_javascript_links_are_removed_with_warnings()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: A\n{Approved}", """
            Đoạn đầu.

            <script>alert('x')</script>

            <div class="ghi-chu" onclick="steal()" style="color:red">Ghi chú <b>đậm</b></div>

            Một <a href="javascript:alert(1)">liên kết</a> và <sup>2</sup>.

            <iframe src="https://evil.example.com/page"></iframe>
            """);

        var result = await site.BuildOkAsync();

        Assert.Equal(
            [
                "articles/a.md:9:1: warning: HTML that is not allowed on the site was removed: <script>; write the content in Markdown instead [ISG0205]",
                "articles/a.md:11:1: warning: HTML that is not allowed on the site was removed: onclick on <div>, style on <div>; write the content in Markdown instead [ISG0205]",
                "articles/a.md:13:5: warning: HTML that is not allowed on the site was removed: href on <a>; write the content in Markdown instead [ISG0205]",
                "articles/a.md:15:1: warning: HTML that is not allowed on the site was removed: <iframe> from evil.example.com; write the content in Markdown instead [ISG0205]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
        var prose = site.Html("articles/a/index.html").QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll("script, iframe, [onclick], [style]"));
        Assert.DoesNotContain("javascript:", prose.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("ghi-chu", prose.QuerySelector("div")!.ClassName);
        Assert.Equal("đậm", prose.QuerySelector("div b")!.TextContent);
        Assert.Equal("2", prose.QuerySelector("sup")!.TextContent);
    }

    [Fact]
    public async Task An_iframe_from_an_allowed_host_stays_and_the_policy_allows_that_host_only()
    {
        using var site = SiteAllowing("www.youtube-nocookie.com");
        site.Item("articles/a.md", $"title: A\n{Approved}", "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Video\"></iframe>");

        var result = await site.BuildOkAsync();

        Assert.Empty(result.Diagnostics);
        var page = site.Html("articles/a/index.html");
        Assert.Equal("https://www.youtube-nocookie.com/embed/abc", page.QuerySelector(".prose iframe")!.GetAttribute("src"));
        Assert.EndsWith("frame-src https://www.youtube-nocookie.com", page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_javascript_autolink_is_an_error()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: A\n{Approved}", "Xem <javascript:alert(1)>.");

        var result = await site.BuildAsync();

        Assert.Equal(
            ["articles/a.md:7:5: error: links may only be web addresses (https://…), e-mail (mailto:) or phone (tel:) links, or paths to files of the content folder; 'javascript:' is not allowed [ISG0201]"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Every_page_carries_a_policy_that_allows_only_the_sites_own_files()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: A\n{Approved}");

        await site.BuildOkAsync();

        foreach (var page in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            // The page's one script element without a source is its JSON-LD data block, allowed by its hash alone.
            var data = site.Html(page).QuerySelector("script[type='application/ld+json']");
            var hash = data is null ? string.Empty : $" 'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(data.TextContent)))}'";
            Assert.Equal(
                $"default-src 'self'; script-src 'self'{hash}; style-src 'self'; img-src 'self' data:; media-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-src 'none'",
                site.Html(page).QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content"));
            Assert.Equal(page == "404.html", data is null);
            Assert.Empty(site.Html(page).QuerySelectorAll("script:not([src]):not([type='application/ld+json']), [style], [onclick], [onload]"));
        }
    }
}
