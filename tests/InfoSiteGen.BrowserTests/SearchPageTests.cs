using InfoSiteGen.BrowserTests.Support;
using Microsoft.Playwright;

namespace InfoSiteGen.BrowserTests;

/// <summary>The search page in a real browser, served under a sub-path and opened from disk.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class SearchPageTests(BrowserSite site)
{
    private async Task<(IBrowserContext Context, IReadOnlyList<string> Titles, string Status)> SearchAsync(string address)
    {
        var context = await site.Browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(address, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await tab.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.length > 0");
        var titles = await tab.Locator(".search-result-title").AllTextContentsAsync();
        var status = await tab.Locator("#search-status").TextContentAsync() ?? string.Empty;
        return (context, titles.Select(t => t.Trim()).ToList(), status.Trim());
    }

    [Theory]
    [InlineData("tro giup phap ly", "Trợ giúp pháp lý cho đồng bào dân tộc thiểu số")]
    [InlineData("Trợ giúp", "Trợ giúp pháp lý cho đồng bào dân tộc thiểu số")]
    [InlineData("hoi nghi", "Hội nghị tuyên truyền Luật Trẻ em")]
    public async Task A_query_with_or_without_marks_finds_the_page_under_a_sub_path(string query, string title)
    {
        var (context, titles, status) = await SearchAsync(new Uri(site.BaseUrl, "search/index.html?q=" + Uri.EscapeDataString(query)).AbsoluteUri);
        await using var _ = context;

        Assert.Contains(title, titles);
        Assert.EndsWith($"cho “{query}”", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_works_from_disk_and_its_links_open_the_pages()
    {
        var file = new Uri(Path.Combine(site.OutputDirectory, "en", "search", "index.html")).AbsoluteUri + "?q=legal+aid";
        var (context, titles, status) = await SearchAsync(file);
        await using var _ = context;

        Assert.Equal("Legal aid for ethnic minority communities", titles[0]);
        Assert.StartsWith("1 result", status, StringComparison.Ordinal);
        var tab = context.Pages[0];
        await tab.Locator(".search-result-title").First.ClickAsync();

        // Waiting for the address, not for a load state: a load state may be asked for before the click's
        // navigation starts (and then answer for the search page) or after it ended.
        await tab.WaitForURLAsync("**/en/articles/legal-aid/index.html");
        Assert.EndsWith("/en/articles/legal-aid/index.html", tab.Url, StringComparison.Ordinal);
        Assert.Equal("Legal aid for ethnic minority communities", (await tab.Locator("h1").TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task The_home_page_box_submits_to_the_search_page()
    {
        var context = await site.Browser.NewContextAsync();
        await using var _ = context;
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(new Uri(site.BaseUrl, "index.html").AbsoluteUri);

        await tab.FillAsync("#home-search-q", "binh dang gioi");
        await tab.PressAsync("#home-search-q", "Enter");
        await tab.WaitForFunctionAsync("() => document.getElementById('search-status') && document.getElementById('search-status').textContent.length > 0");

        Assert.Contains("/nhan-quyen/search/index.html?q=binh+dang+gioi", tab.Url, StringComparison.Ordinal);
        Assert.Contains("Tháng hành động vì bình đẳng giới năm 2022", await tab.Locator(".search-result-title").AllTextContentsAsync());
    }
}
