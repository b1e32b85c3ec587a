using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Pages;

/// <summary>Lists by section, year, department and topic: order, pagination, where they exist.</summary>
public class ListPageTests
{
    private const string Approved = "status: approved\napproved_by: X";

    private static TestSite SiteWithPageSize(int size) =>
        new(TestSite.DefaultSiteYml + $"\npage_size: {size}\n");

    /// <summary>A site listing <paramref name="size"/> items a page, with articles "Bài 1"… dated 1, 2… December 2023.</summary>
    private static TestSite SiteWithDailyArticles(int size, int articles)
    {
        var site = SiteWithPageSize(size);
        for (var day = 1; day <= articles; day++)
        {
            site.Item($"articles/bai-{day}.md", $"title: Bài {day}\n{Approved}\ndate: 2023-12-{day:00}");
        }

        return site;
    }

    [Fact]
    public async Task Section_lists_are_newest_first_and_paginated_with_accessible_links()
    {
        using var site = SiteWithDailyArticles(size: 2, articles: 5);

        await site.BuildOkAsync();

        Assert.Equal(["Bài 5", "Bài 4"], Titles(site, "articles/index.html"));
        Assert.Equal(["Bài 3", "Bài 2"], Titles(site, "articles/page/2/index.html"));
        Assert.Equal(["Bài 1"], Titles(site, "articles/page/3/index.html"));

        var nav = site.Html("articles/page/2/index.html").QuerySelector("nav.pagination")!;
        Assert.Equal("Phân trang", nav.GetAttribute("aria-label"));
        Assert.Equal(
            ["../../index.html prev", "../../index.html Trang 1", "index.html Trang 2 page", "../3/index.html Trang 3", "../3/index.html next"],
            nav.QuerySelectorAll("a").Select(a => $"{a.GetAttribute("href")} {a.GetAttribute("rel") ?? a.GetAttribute("aria-label")}{(a.GetAttribute("aria-current") is { } current ? " " + current : string.Empty)}"));
        Assert.Null(site.Html("articles/index.html").QuerySelector("nav.pagination a[rel=prev]"));
    }

    [Fact]
    public async Task Long_lists_link_the_first_and_last_pages_and_the_neighbours_of_the_current_one()
    {
        using var site = SiteWithDailyArticles(size: 1, articles: 12);

        await site.BuildOkAsync();

        var nav = site.Html("articles/page/6/index.html").QuerySelector("nav.pagination")!;
        Assert.Equal(
            ["‹ Trang trước", "1", "…", "4", "5", "6", "7", "8", "…", "12", "Trang sau ›"],
            nav.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.Equal(
            ["../5/index.html", "../../index.html", "../4/index.html", "../5/index.html", "index.html", "../7/index.html", "../8/index.html", "../12/index.html", "../7/index.html"],
            nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["true", "true"], nav.QuerySelectorAll("li.pagination__gap").Select(gap => gap.GetAttribute("aria-hidden")));
        Assert.Equal("6", nav.QuerySelector("a[aria-current=page]")!.TextContent);
    }

    [Fact]
    public async Task Later_pages_of_a_list_have_no_hreflang_alternates()
    {
        using var site = SiteWithPageSize(1);
        site.Item("articles/a.md", $"title: A\n{Approved}\ndate: 2023-12-01");
        site.Item("articles/b.md", $"title: B\n{Approved}\ndate: 2023-12-02");
        site.Item("articles/a.en.md", $"title: A\n{Approved}\ndate: 2023-12-01\nslug: a-en");
        site.Item("articles/b.en.md", $"title: B\n{Approved}\ndate: 2023-12-02\nslug: b-en");

        await site.BuildOkAsync();

        Assert.Equal(["vi", "en", "x-default"], site.Html("articles/index.html").QuerySelectorAll("link[hreflang]").Select(l => l.GetAttribute("hreflang")));
        Assert.Equal(["vi", "x-default"], site.Html("articles/page/2/index.html").QuerySelectorAll("link[hreflang]").Select(l => l.GetAttribute("hreflang")));
        Assert.Equal(["en"], site.Html("en/articles/page/2/index.html").QuerySelectorAll("link[hreflang]").Select(l => l.GetAttribute("hreflang")));
    }

    [Fact]
    public async Task Each_year_with_articles_has_its_own_list_linked_from_the_section()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: Năm 2022\n{Approved}\ndate: 2022-12-10");
        site.Item("articles/b.md", $"title: Năm 2023\n{Approved}\ndate: 2023-12-10");

        await site.BuildOkAsync();

        Assert.Equal(["Năm 2023"], Titles(site, "articles/2023/index.html"));
        Assert.Equal(["Năm 2022"], Titles(site, "articles/2022/index.html"));
        Assert.Equal("Tin bài năm 2023", site.Html("articles/2023/index.html").QuerySelector("h1")!.TextContent);
        var archive = site.Html("articles/index.html").QuerySelectorAll("nav.archive a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["2023/index.html", "2022/index.html"], archive);
        Assert.Equal("page", site.Html("articles/2022/index.html").QuerySelector("nav.archive a[href='index.html']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Department_pages_mix_every_kind_of_content_and_name_the_department_in_both_languages()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: Bài của Sở\n{Approved}\ndepartment: so-tu-phap\ndate: 2023-12-02");
        site.Item("laws/b.md", $"title: Luật do Sở gửi\n{Approved}\ndepartment: so-tu-phap\ndate: 2023-12-01");
        site.Item("slogans/c.md", $"title: Khẩu hiệu của Sở\n{Approved}\ndepartment: so-tu-phap\ndate: 2023-11-30", "Khẩu hiệu.");

        await site.BuildOkAsync();

        var page = site.Html("departments/so-tu-phap/index.html");
        Assert.Equal(["Bài của Sở", "Luật do Sở gửi", "Khẩu hiệu của Sở"], page.QuerySelectorAll(".item-list__title").Select(t => t.TextContent.Trim()));
        Assert.Equal(["Tin bài", "Văn bản pháp luật", "Khẩu hiệu"], page.QuerySelectorAll(".item-list .kind").Select(t => t.TextContent.Trim()));
        var other = page.QuerySelector(".other-name")!;
        Assert.Equal(("en", "Department of Justice"), (other.GetAttribute("lang"), other.TextContent));
    }

    [Fact]
    public async Task Department_and_topic_pages_exist_only_where_they_have_content()
    {
        using var site = new TestSite();
        site.Item("articles/a.vi.md", $"title: A\n{Approved}\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]");

        await site.BuildOkAsync();

        Assert.True(site.Exists("departments/so-tu-phap/index.html"));
        Assert.True(site.Exists("topics/quyen-tre-em/index.html"));
        Assert.False(site.Exists("departments/so-noi-vu/index.html"));
        Assert.False(site.Exists("topics/binh-dang-gioi/index.html"));
        Assert.False(site.Exists("en/departments/so-tu-phap/index.html"));
        Assert.False(site.Exists("en/topics/quyen-tre-em/index.html"));
        Assert.Equal(["Quyền trẻ em"], site.Html("topics/index.html").QuerySelectorAll(".index-list a").Select(a => a.TextContent));
        Assert.Empty(site.Html("en/topics/index.html").QuerySelectorAll(".index-list a"));

        // The Vietnamese department page has no English counterpart: the switcher says so and goes to the English index.
        var switcher = site.Html("departments/so-tu-phap/index.html").QuerySelector(".language-switcher li")!;
        Assert.Equal("../../en/departments/index.html", switcher.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(switcher.QuerySelector(".untranslated-note"));
    }

    [Fact]
    public async Task Index_pages_sort_names_in_vietnamese_alphabetical_order()
    {
        using var site = new TestSite("""
            title: { vi: "T", en: "T" }
            languages: [vi, en]
            departments:
              - { id: d1, name: { vi: "Đài Phát thanh", en: "Radio" } }
              - { id: d2, name: { vi: "Ủy ban Dân tộc", en: "Ethnic Committee" } }
              - { id: d3, name: { vi: "Ban Dân tộc", en: "Board" } }
              - { id: d4, name: { vi: "Dân quân", en: "Militia" } }
              - { id: d5, name: { vi: "Uỷ ban nhân dân", en: "People's Committee" } }
            topics: []
            """);
        foreach (var id in new[] { "d1", "d2", "d3", "d4", "d5" })
        {
            site.Item($"articles/{id}.md", $"title: {id}\n{Approved}\ndepartment: {id}");
        }

        await site.BuildOkAsync();

        Assert.Equal(
            // "Ủy ban" and "Uỷ ban" differ only in tone placement, so the next word decides: Dân before nhân.
            ["Ban Dân tộc", "Dân quân", "Đài Phát thanh", "Ủy ban Dân tộc", "Uỷ ban nhân dân"],
            site.Html("departments/index.html").QuerySelectorAll(".index-list a").Select(a => a.TextContent));
    }

    private static List<string> Titles(TestSite site, string page) =>
        site.Html(page).QuerySelectorAll(".item-list__title").Select(t => t.TextContent.Trim()).ToList();
}
