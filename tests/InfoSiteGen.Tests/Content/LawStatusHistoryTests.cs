using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Content;

/// <summary>
/// <c>status_history</c>: a legal document shows the status of the build date, links the document that replaced or
/// amended it, is filtered in the law table by that status, and its next change is a scheduled rebuild.
/// </summary>
public class LawStatusHistoryTests
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2024-12-15";

    private static TestSite Site()
    {
        var site = new TestSite();
        site.Item("laws/luat-2011.vi.md", $"title: Luật Phòng, chống mua bán người (2011)\n{Approved}\nnumber: 66/2011/QH12\nkind: Luật\nissued_on: 2011-03-29\nlegal_status: expired\n"
            + "status_history:\n  - { on: 2025-07-01, status: expired, replaced_by: luat-2024.md }", "Tóm tắt.");
        site.Item("laws/luat-2024.vi.md", $"title: Luật Phòng, chống mua bán người (2024)\n{Approved}\nnumber: 53/2024/QH15\nkind: Luật\nissued_on: 2024-11-28\nlegal_status: in_force", "Tóm tắt.");
        site.Item("laws/luat-2024.en.md", $"title: Law on Prevention and Combat of Human Trafficking (2024)\n{Approved}\nnumber: 53/2024/QH15\nkind: Law\nissued_on: 2024-11-28\nlegal_status: in_force", "Summary.");
        return site;
    }

    private static string Fact(TestSite site, string page, string label) =>
        site.Html(page).QuerySelectorAll(".law-meta tr").Single(r => r.QuerySelector("th")!.TextContent == label).QuerySelector("td")!.TextContent.Trim();

    [Fact]
    public async Task Before_its_first_change_a_document_is_in_force_and_links_nothing()
    {
        using var site = Site();

        var result = await site.BuildOkAsync(now: "2025-03-01");

        Assert.Equal("Còn hiệu lực", Fact(site, "laws/luat-2011/index.html", "Tình trạng hiệu lực"));
        Assert.Null(site.Html("laws/luat-2011/index.html").QuerySelector(".legal-flag"));
        Assert.True(site.Exists("laws/status/in-force/index.html"));
        Assert.False(site.Exists("laws/status/expired/index.html"));
        Assert.Equal(new DateOnly(2025, 7, 1), result.NextChange!.Date);
        Assert.Equal(1, result.NextChange.LawsChanging);
        Assert.Equal("2025-07-01 (1 legal document changes status)", InfoSiteGen.Reporting.ScheduledChangeText.Describe(result.NextChange));
    }

    [Fact]
    public async Task From_the_day_of_the_change_it_shows_the_new_status_and_links_the_replacing_document()
    {
        using var site = Site();

        await site.BuildOkAsync(now: "2025-07-01");

        var page = site.Html("laws/luat-2011/index.html");
        Assert.Equal("Hết hiệu lực", Fact(site, "laws/luat-2011/index.html", "Tình trạng hiệu lực"));
        Assert.Equal("Luật Phòng, chống mua bán người (2024) (từ ngày 01/07/2025)", Fact(site, "laws/luat-2011/index.html", "Được thay thế bởi"));
        Assert.Equal("../luat-2024/index.html", page.QuerySelector(".law-meta a[href*='luat-2024']")!.GetAttribute("href"));
        Assert.Contains("Luật Phòng, chống mua bán người (2011)", site.Read("laws/status/expired/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replacing_document_in_another_language_only_is_linked_with_its_language()
    {
        using var site = new TestSite();
        site.Item("laws/cu.en.md", $"title: Old decree\n{Approved}\nlegal_status: amended\nstatus_history:\n  - {{ on: 2024-01-01, status: amended, amended_by: moi.vi.md }}", "Summary.");
        site.Item("laws/moi.vi.md", $"title: Nghị định mới\n{Approved}", "Tóm tắt.");

        await site.BuildOkAsync(now: "2024-06-01");

        var link = site.Html("en/laws/cu/index.html").QuerySelector(".law-meta a[lang]")!;
        Assert.Equal("vi", link.GetAttribute("lang"));
        Assert.Equal("Nghị định mới", link.TextContent);
        Assert.Equal("Nghị định mới (from 1 January 2024)", Fact(site, "en/laws/cu/index.html", "Amended by"));
    }

    public static TheoryData<string, string> Mistakes => new()
    {
        {
            "legal_status: expired\nstatus_history:\n  - { on: 2025-07-01, status: expired, replaced_by: khong-co.vi.md }",
            "laws/a.md:6:5: error: 'replaced_by' points to laws/khong-co.vi.md, which is not a legal document of the content folder; check the file name and folder (the path is relative to this file) [ISG0201]"
        },
        {
            "legal_status: in_force\nstatus_history:\n  - { on: 2025-07-01, status: expired }",
            "laws/a.md:4:1: error: legal_status is 'in_force' but the last entry of status_history (2025-07-01) is 'expired'; legal_status is the status now, after every change: write 'expired' [ISG0009]"
        },
        {
            "legal_status: expired\nstatus_history:\n  - { on: 2025-07-01, status: repealed }",
            "laws/a.md:6:23: error: unknown status 'repealed'; use in_force, amended or expired [ISG0106]"
        },
        {
            "legal_status: expired\nstatus_history:\n  - { status: expired }",
            "laws/a.md:6:5: error: this entry of 'status_history' has no date; add 'on: YYYY-MM-DD', the day the new status began [ISG0005]"
        },
        {
            "legal_status: expired\nstatus_history:\n  - { on: 2025-07-01, status: amended }\n  - { on: 2025-07-01, status: expired }",
            "laws/a.md:7:5: error: 'status_history' has two entries on 2025-07-01; write one status per day [ISG0009]"
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_mistake_in_the_history_is_reported_at_its_line(string keys, string expected)
    {
        using var site = new TestSite();
        site.Item("laws/a.md", $"title: Luật\nstatus: draft\n{keys}", "Tóm tắt.");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal([expected], result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }
}
