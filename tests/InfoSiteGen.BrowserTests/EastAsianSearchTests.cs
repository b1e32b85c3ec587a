using System.Text;
using InfoSiteGen.BrowserTests.Support;
using Microsoft.Playwright;

namespace InfoSiteGen.BrowserTests;

/// <summary>
/// Search in Chinese, Korean and Japanese in a real browser: a small site in those languages, built here and opened
/// from disk, answers queries that are any stretch of its text, typed in either width.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class EastAsianSearchTests(BrowserSite site)
{
    private const string SiteYml = """
        title: { vi: "Nhân quyền", zh-Hans: "人权", ko: "인권", ja: "人権" }
        languages: [vi, zh-Hans, ko, ja]
        departments: []
        topics: []
        """;

    private const string Approved = "date: 2023-12-10\nstatus: approved\napproved_by: Ban Chỉ đạo";

    /// <summary>The built site's output folder, built once for the whole class.</summary>
    private sealed record EastAsianSite(string Output);

    private static async Task<EastAsianSite> BuildAsync(BrowserSite site)
    {
        var root = Path.Combine(site.Root, "east-asian");
        void Write(string path, string text)
        {
            var full = Path.Combine(root, "content", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }

        Write("site.yml", SiteYml);
        Write("articles/hoi-dong.vi.md", $"---\ntitle: Hội đồng Nhân quyền\n{Approved}\n---\n\nViệt Nam là thành viên Hội đồng Nhân quyền.\n");
        Write("articles/hoi-dong.zh-Hans.md", $"---\ntitle: 越南当选联合国人权理事会成员\n{Approved}\n---\n\n2023年12月10日是《世界人权宣言》通过75周年。\n");
        Write("articles/hoi-dong.ko.md", $"---\ntitle: 세계인권선언 75주년\n{Approved}\n---\n\n베트남은 유엔 인권이사회에서 활동하고 있습니다.\n");
        Write("articles/hoi-dong.ja.md", $"---\ntitle: 世界人権宣言75周年\n{Approved}\n---\n\nベトナムは人権理事会の理事国です。ガイドブックを配布します。\n");
        var output = Path.Combine(root, "output");
        var result = await SiteBuild.RunAsync(new BuildOptions(
            Path.Combine(root, "content"), Repository.Theme, output, new DateOnly(2023, 12, 10), Preview: false, BaseUrl: null));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new EastAsianSite(output);
    }

    private async Task<IReadOnlyList<string>> FoundTitlesAsync(string folder, string query)
    {
        var built = await site.Once(BuildAsync);
        var address = new Uri(Path.Combine(built.Output, folder, "search", "index.html")).AbsoluteUri + "?q=" + Uri.EscapeDataString(query);
        var context = await site.Browser.NewContextAsync();
        await using var _ = context;
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(address, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await tab.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.length > 0");
        Assert.Equal(query, await tab.InputValueAsync("#search-q"));
        return (await tab.Locator(".search-result-title").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
    }

    [Theory]
    [InlineData("zh-hans", "人权理事会", "越南当选联合国人权理事会成员")]
    [InlineData("zh-hans", "宣言", "越南当选联合国人权理事会成员")]
    [InlineData("zh-hans", "７５周年", "越南当选联合国人权理事会成员")]
    [InlineData("ko", "인권이사회", "세계인권선언 75주년")]
    [InlineData("ko", "이사회", "세계인권선언 75주년")]
    [InlineData("ja", "ｶﾞｲﾄﾞ", "世界人権宣言75周年")]
    [InlineData("ja", "理事国", "世界人権宣言75周年")]
    public async Task A_stretch_of_the_text_finds_its_page(string folder, string query, string title) =>
        Assert.Equal([title], await FoundTitlesAsync(folder, query));

    [Fact]
    public async Task Characters_that_are_not_neighbours_in_the_text_find_nothing() =>
        Assert.Empty(await FoundTitlesAsync("zh-hans", "理事国会"));
}
