using InfoSiteGen.Content;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Content;

public class PublicationScheduleTests
{
    private const string Approved = "status: approved\napproved_by: X";

    [Fact]
    public async Task The_build_names_the_day_the_next_window_closes_and_counts_translations_once()
    {
        using var site = new TestSite();
        site.Item("slogans/a.vi.md", $"title: A\n{Approved}\npublish_until: 2023-12-30", "A.");
        site.Item("slogans/a.en.md", $"title: A\n{Approved}\npublish_until: 2023-12-30", "A.");
        site.Item("slogans/b.md", $"title: B\n{Approved}\npublish_until: 2023-12-30", "B.");
        site.Item("articles/c.md", $"title: C\n{Approved}\npublish_until: 2024-01-31");

        var result = await site.BuildOkAsync("2023-12-10");

        Assert.Equal("2023-12-31 (2 slogans expire)", InfoSiteGen.Reporting.ScheduledChangeText.Describe(result.NextChange!));
    }

    [Fact]
    public async Task An_opening_window_counts_and_drafts_do_not()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: A\n{Approved}\npublish_from: 2023-12-15");
        site.Item("laws/b.md", $"title: B\n{Approved}\npublish_until: 2023-12-14");
        site.Item("articles/nhap.md", "title: N\nstatus: draft\npublish_from: 2023-12-11");

        var result = await site.BuildOkAsync("2023-12-10");

        Assert.Equal("2023-12-15 (1 article appears, 1 law summary expires)", InfoSiteGen.Reporting.ScheduledChangeText.Describe(result.NextChange!));
    }

    [Fact]
    public void Without_windows_there_is_no_scheduled_change() =>
        Assert.Null(ScheduledChange.Next([], new DateOnly(2023, 12, 10)));
}
