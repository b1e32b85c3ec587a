using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Publishing;

/// <summary>The search page of each language, its index beside it, and the ways to reach it.</summary>
public sealed class SearchPageTests : IAsyncLifetime
{
    private const string Approved = "status: approved\napproved_by: X";
    private readonly TestSite _site = new();

    public async Task InitializeAsync()
    {
        _site.Item("articles/duong.vi.md", $"title: Con đường bình đẳng\n{Approved}\ndate: 2023-12-01", "Nội dung về tín ngưỡng.");
        _site.Item("articles/duong.en.md", $"title: The road to equality\n{Approved}\ndate: 2023-12-01\nslug: road", "About belief.");
        _site.Item("articles/nhap.md", "title: NHÁP TÌM KIẾM\nstatus: draft", "BÍ MẬT");
        await _site.BuildOkAsync();
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Each_language_has_a_search_page_that_loads_its_own_index_as_a_script()
    {
        var vi = _site.Html("search/index.html");
        Assert.Equal(["search-index.vi.js", "../assets/search.js"], vi.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
        Assert.Equal("../", vi.QuerySelector("#search-results")!.GetAttribute("data-root"));
        Assert.Equal("../../", _site.Html("en/search/index.html").QuerySelector("#search-results")!.GetAttribute("data-root"));
        Assert.Equal(["search-index.en.js", "../../assets/search.js"], _site.Html("en/search/index.html").QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));

        var index = _site.Read("search/search-index.vi.js");
        Assert.StartsWith("// Search index of InfoSiteGen", index, StringComparison.Ordinal);
        Assert.Contains("Con đường bình đẳng", index, StringComparison.Ordinal);
        Assert.DoesNotContain("The road to equality", index, StringComparison.Ordinal);
        Assert.DoesNotContain("NHÁP", index, StringComparison.Ordinal);
        Assert.Contains("The road to equality", _site.Read("en/search/search-index.en.js"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_form_submits_q_to_the_page_itself_and_the_home_page_box_submits_to_it()
    {
        var form = _site.Html("search/index.html").QuerySelector("form.search-form")!;
        Assert.Equal(("index.html", "get"), (form.GetAttribute("action"), form.GetAttribute("method")));
        Assert.Equal("q", form.QuerySelector("input")!.GetAttribute("name"));

        var home = _site.Html("index.html").QuerySelector("form[role=search]")!;
        Assert.Equal("search/index.html", home.GetAttribute("action"));
        Assert.Equal("q", home.QuerySelector("input")!.GetAttribute("name"));
        Assert.Equal("search/index.html", _site.Html("en/index.html").QuerySelector("form[role=search]")!.GetAttribute("action"));
        Assert.Equal("../../search/index.html", _site.Html("articles/duong/index.html").QuerySelectorAll("footer a").Last().GetAttribute("href"));
    }

    [Fact]
    public void Without_javascript_the_page_says_so_and_links_to_the_lists()
    {
        var noscript = _site.Html("search/index.html").QuerySelector("noscript")!.InnerHtml;
        Assert.Contains("Trình duyệt của bạn đang tắt JavaScript nên chưa tìm kiếm được.", noscript, StringComparison.Ordinal);
        Assert.Contains("href=\"../articles/index.html\"", noscript, StringComparison.Ordinal);
        Assert.Contains("href=\"../laws/index.html\"", noscript, StringComparison.Ordinal);
    }
}
