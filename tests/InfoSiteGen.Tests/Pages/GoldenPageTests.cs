using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Pages;

/// <summary>The rendered home, list, article and law pages of a fixed small site, compared with golden files.</summary>
public sealed class GoldenPageTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public async Task InitializeAsync()
    {
        const string approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2023-11-20";
        _site.Item("slogans/mot.vi.md", $"title: Khẩu hiệu 1\n{approved}\nweight: 1\npublish_from: 2023-11-30\npublish_until: 2023-12-30", "Việt Nam bảo đảm quyền của người dân tộc thiểu số.");
        _site.Item("slogans/mot.en.md", $"title: Slogan 1\n{approved}\nweight: 1\npublish_from: 2023-11-30\npublish_until: 2023-12-30\nslug: one", "Viet Nam guarantees the rights of ethnic minorities.");
        _site.Item("articles/hoi-nghi.vi.md", $"title: Hội nghị tuyên truyền\n{approved}\ndate: 2023-12-05\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]\nsummary: Bài viết mẫu về một hội nghị.", "Đây là bài viết mẫu.\n\n## Nội dung chính\n\nXem [Luật Trẻ em](../laws/luat-tre-em.vi.md).");
        _site.Item("articles/hoi-nghi.en.md", $"title: Awareness conference\n{approved}\ndate: 2023-12-05\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]\nslug: conference\nsummary: An example article about a conference.", "This is an example article.\n\n## Main points\n\nSee the [Law on Children](../laws/luat-tre-em.en.md).");
        _site.Item("articles/chi-tieng-viet.md", $"title: Bài chỉ có tiếng Việt\n{approved}\ndate: 2023-12-01\ndepartment: so-noi-vu", "Đây là bài viết mẫu.");
        _site.Item("laws/luat-tre-em.vi.md", $"title: Luật Trẻ em\n{approved}\nnumber: 102/2016/QH13\nkind: Luật\nissuer: Quốc hội\nissued_on: 2016-04-05\neffective_on: 2017-06-01\nlegal_status: in_force\ntopics: [quyen-tre-em]\nsummary: Quy định về quyền và bổn phận của trẻ em.", "Nội dung tóm tắt.");
        _site.Item("laws/luat-tre-em.en.md", $"title: Law on Children\n{approved}\nnumber: 102/2016/QH13\nkind: Law\nissuer: National Assembly\nissued_on: 2016-04-05\neffective_on: 2017-06-01\nlegal_status: in_force\ntopics: [quyen-tre-em]\nslug: law-on-children\nsummary: The rights and duties of children.", "Summary of the law.");
        var result = await _site.BuildAsync("2023-12-10");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("index.html", "home.vi.html")]
    [InlineData("en/index.html", "home.en.html")]
    [InlineData("articles/index.html", "article-list.vi.html")]
    [InlineData("laws/index.html", "law-list.vi.html")]
    [InlineData("articles/hoi-nghi/index.html", "article.vi.html")]
    [InlineData("articles/chi-tieng-viet/index.html", "article-untranslated.vi.html")]
    [InlineData("en/laws/law-on-children/index.html", "law.en.html")]
    [InlineData("departments/so-tu-phap/index.html", "department.vi.html")]
    [InlineData("departments/index.html", "departments.vi.html")]
    [InlineData("en/topics/quyen-tre-em/index.html", "topic.en.html")]
    [InlineData("articles/2023/index.html", "article-year.vi.html")]
    [InlineData("laws/status/in-force/index.html", "law-filter.vi.html")]
    [InlineData("slogans/index.html", "slogan-list.vi.html")]
    [InlineData("en/slogans/one/index.html", "slogan.en.html")]
    public void Page_matches_its_golden_file(string page, string golden) =>
        GoldenFile.AssertMatches(golden, _site.Read(page));
}
