using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Rendering;

/// <summary>Texts with a count take the form of their language's plural category: "1 item" and "2 items", "1 mục" and "2 mục".</summary>
public class CountedTextTests
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp";

    private static async Task<TestSite> BuildAsync()
    {
        var site = new TestSite();
        site.Item("articles/a.en.md", $"title: A\n{Approved}\ndate: 2023-12-01\ndepartment: so-tu-phap", "A.");
        site.Item("articles/b.en.md", $"title: B\n{Approved}\ndate: 2023-12-02\ndepartment: so-noi-vu", "B.");
        site.Item("articles/c.en.md", $"title: C\n{Approved}\ndate: 2023-12-03\ndepartment: so-noi-vu", "C.");
        site.Item("articles/a.vi.md", $"title: A\n{Approved}\ndate: 2023-12-01\ndepartment: so-tu-phap", "A.");
        site.Item("laws/one.en.md", $"title: Law on Children\n{Approved}\nnumber: 102/2016/QH13\nkind: Law\nissuer: National Assembly\nissued_on: 2016-04-05\nlegal_status: expired");
        site.Item("laws/one.vi.md", $"title: Luật Trẻ em\n{Approved}\nnumber: 102/2016/QH13\nkind: Luật\nissuer: Quốc hội\nissued_on: 2016-04-05\nlegal_status: expired");
        site.Item("laws/two.vi.md", $"title: Luật Bình đẳng giới\n{Approved}\nnumber: 73/2006/QH11\nkind: Luật\nissuer: Quốc hội\nissued_on: 2006-11-29");
        site.Item("laws/two.en.md", $"title: Law on Gender Equality\n{Approved}\nnumber: 73/2006/QH11\nkind: Law\nissuer: National Assembly\nissued_on: 2006-11-29");
        await site.BuildOkAsync();
        return site;
    }

    [Fact]
    public async Task English_counts_say_one_item_and_two_items()
    {
        using var site = await BuildAsync();

        var counts = site.Html("en/departments/index.html").QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();

        Assert.Contains("Department of Justice (1 item)", counts);
        Assert.Contains("Department of Home Affairs (2 items)", counts);
    }

    [Fact]
    public async Task Vietnamese_counts_have_one_form()
    {
        using var site = await BuildAsync();

        Assert.Contains("Sở Tư pháp (1 mục)", site.Html("departments/index.html").QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task The_law_table_counts_documents_in_the_right_form_and_gives_its_script_every_form()
    {
        using var site = await BuildAsync();

        Assert.StartsWith("1 document matches.", site.Html("en/laws/status/expired/index.html").QuerySelector(".filter-note")!.TextContent.Trim(), StringComparison.Ordinal);
        var status = site.Html("en/laws/index.html").QuerySelector("[data-law-filter-status]")!;
        Assert.Equal("Showing 2 of 2 documents.", status.TextContent.Trim());
        Assert.Equal("Showing {0} of {1} document.", status.GetAttribute("data-template-one"));
        Assert.Equal("Showing {0} of {1} documents.", status.GetAttribute("data-template-other"));
        Assert.Equal("Đang hiển thị {0} trên {1} văn bản.", site.Html("laws/index.html").QuerySelector("[data-law-filter-status]")!.GetAttribute("data-template-other"));
    }
}
