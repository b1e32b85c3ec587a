using InfoSiteGen.Content;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Pages;

/// <summary>
/// The events section: upcoming events soonest first and past events newest first as of the build date, the next
/// events on the home page, each event's page, and the rebuild date when an event moves to the past.
/// </summary>
public class EventPagesTests
{
    private const string Approved = "status: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-11-20";

    private static TestSite Site()
    {
        var site = new TestSite();
        site.Item("events/toa-dam.vi.md", $"title: Tọa đàm nhân quyền\n{Approved}\nstarts: 2023-12-08 08:00\nends: 2023-12-08 11:30\nlocation: {{ name: Hội trường tỉnh, address: Số 1 đường Lê Lợi }}\ndepartment: so-tu-phap", "Nội dung tọa đàm.");
        site.Item("events/toa-dam.en.md", $"title: Human rights seminar\n{Approved}\nstarts: 2023-12-08 08:00\nends: 2023-12-08 11:30\nlocation: {{ name: Provincial hall, address: No. 1 Le Loi Street }}\ndepartment: so-tu-phap", "About the seminar.");
        site.Item("events/trien-lam.vi.md", $"title: Triển lãm ảnh\n{Approved}\nstarts: 2023-12-05\nends: 2023-12-15\nlocation: Nhà văn hóa tỉnh", "Triển lãm.");
        site.Item("events/chieu-phim.vi.md", $"title: Chiếu phim tài liệu\n{Approved}\nstarts: 2023-12-20 19:30\nlocation: Rạp chiếu phim tỉnh", "Chiếu phim.");
        site.Item("events/hop-mat.vi.md", $"title: Họp mặt cuối năm\n{Approved}\nstarts: 2023-12-28 15:00\nlocation: Hội trường tỉnh", "Họp mặt.");
        site.Item("events/nhap.vi.md", "title: Sự kiện chưa duyệt\nstatus: draft\nstarts: 2023-12-09 08:00\nlocation: Hội trường", "Nháp.");
        return site;
    }

    private static List<string> Titles(TestSite site, string file, string section) =>
        site.Html(file).QuerySelectorAll($"section[aria-labelledby='{section}'] .item-list__title").Select(h => h.TextContent.Trim()).ToList();

    [Fact]
    public async Task Upcoming_events_come_soonest_first_and_past_ones_newest_first_as_of_the_build_date()
    {
        using var site = Site();

        await site.BuildOkAsync(now: "2023-12-10");

        Assert.Equal(["Triển lãm ảnh", "Chiếu phim tài liệu", "Họp mặt cuối năm"], Titles(site, "events/index.html", "upcoming-heading"));
        Assert.Equal(["Tọa đàm nhân quyền"], Titles(site, "events/index.html", "past-heading"));
        Assert.Equal(["Human rights seminar"], Titles(site, "en/events/index.html", "past-heading"));
        Assert.Equal("No event is planned at the moment.", site.Html("en/events/index.html").QuerySelector("section[aria-labelledby='upcoming-heading'] .empty")!.TextContent);
        Assert.DoesNotContain("Sự kiện chưa duyệt", site.Read("events/index.html"), StringComparison.Ordinal);
        Assert.False(site.Exists("events/nhap/index.html"));
    }

    [Fact]
    public async Task An_event_counts_as_upcoming_through_its_last_day()
    {
        using var site = Site();

        await site.BuildOkAsync(now: "2023-12-08");
        Assert.Equal(["Triển lãm ảnh", "Tọa đàm nhân quyền", "Chiếu phim tài liệu", "Họp mặt cuối năm"], Titles(site, "events/index.html", "upcoming-heading"));
        Assert.Null(site.Html("events/toa-dam/index.html").QuerySelector(".event-over"));

        await site.BuildOkAsync(now: "2023-12-16");
        Assert.Equal(["Chiếu phim tài liệu", "Họp mặt cuối năm"], Titles(site, "events/index.html", "upcoming-heading"));
        Assert.Equal(["Tọa đàm nhân quyền", "Triển lãm ảnh"], Titles(site, "events/index.html", "past-heading"));
        Assert.Equal("Sự kiện này đã diễn ra.", site.Html("events/toa-dam/index.html").QuerySelector(".event-over")!.TextContent);
    }

    [Fact]
    public async Task An_evening_event_abroad_is_past_only_once_it_has_ended_in_provincial_time()
    {
        using var site = new TestSite();
        // 19:00 in New York on 8/12 is 07:00 on 9/12 in Viet Nam; it ends at 21:00 there, 09:00 here.
        site.Item("events/new-york.vi.md", $"title: Đối thoại tại New York\n{Approved}\nstarts: 2023-12-08 19:00\nends: 2023-12-08 21:00\ntime_zone: America/New_York\nlocation: Trụ sở Liên hợp quốc");

        var onTheDay = await site.BuildOkAsync(now: "2023-12-09");
        Assert.Equal(["Đối thoại tại New York"], Titles(site, "events/index.html", "upcoming-heading"));
        Assert.Equal(new DateOnly(2023, 12, 10), onTheDay.NextChange!.Date);

        await site.BuildOkAsync(now: "2023-12-10");
        Assert.Equal(["Đối thoại tại New York"], Titles(site, "events/index.html", "past-heading"));
    }

    [Fact]
    public async Task A_language_without_events_has_no_calendar_to_subscribe_to()
    {
        using var site = new TestSite();
        site.Item("events/a.vi.md", $"title: Tọa đàm\n{Approved}\nstarts: 2023-12-20 08:00\nlocation: Hội trường");

        await site.BuildOkAsync();

        Assert.True(site.Exists("events.ics"));
        Assert.False(site.Exists("en/events.ics"));
        Assert.Null(site.Html("en/events/index.html").QuerySelector(".calendar-link"));
        Assert.NotNull(site.Html("events/index.html").QuerySelector(".calendar-link"));
    }

    [Fact]
    public async Task The_home_page_shows_the_next_three_events_and_links_to_all()
    {
        using var site = Site();
        site.Item("events/hoi-nghi.vi.md", $"title: Hội nghị tổng kết\n{Approved}\nstarts: 2023-12-30 08:00\nlocation: Hội trường tỉnh", "Hội nghị.");

        await site.BuildOkAsync(now: "2023-12-06");

        var home = site.Html("index.html");
        Assert.Equal(["Triển lãm ảnh", "Tọa đàm nhân quyền", "Chiếu phim tài liệu"], Titles(site, "index.html", "events-heading"));
        Assert.Equal("events/index.html", home.QuerySelector("section[aria-labelledby='events-heading'] p:last-child a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_site_without_events_has_no_events_page_nor_home_section()
    {
        using var site = new TestSite();
        site.Item("articles/a.vi.md", $"title: Bài\n{Approved}\ndate: 2023-12-01");

        await site.BuildOkAsync();

        Assert.False(site.Exists("events/index.html"));
        Assert.False(site.Exists("events.ics"));
        Assert.Null(site.Html("index.html").QuerySelector("#events-heading"));
    }

    [Fact]
    public async Task An_event_page_shows_when_where_who_and_a_calendar_link()
    {
        using var site = Site();

        await site.BuildOkAsync();

        var page = site.Html("en/events/toa-dam/index.html");
        var facts = page.QuerySelectorAll(".event-facts > div").Select(d => (d.QuerySelector("dt")!.TextContent, d.QuerySelector("dd")!.TextContent.Trim())).ToList();
        Assert.Equal(
            [
                ("When", "Friday 8 December 2023, 08:00 - 11:30 (Viet Nam time, UTC+7)"),
                ("Where", "Provincial hallNo. 1 Le Loi Street"),
                ("Organiser", "Department of Justice"),
            ],
            facts);
        var calendar = page.QuerySelector(".calendar-link a")!;
        Assert.Equal("toa-dam.ics", calendar.GetAttribute("href"));
        Assert.True(site.Exists("en/events/toa-dam/toa-dam.ics"));
        Assert.Equal("Nội dung tọa đàm.", site.Html("events/toa-dam/index.html").QuerySelector(".prose")!.TextContent.Trim());
    }

    [Fact]
    public async Task Past_events_beyond_one_page_are_listed_page_by_page()
    {
        using var site = new TestSite(TestSite.DefaultSiteYml + "\npage_size: 2\n");
        for (var day = 1; day <= 5; day++)
        {
            site.Item($"events/su-kien-{day}.vi.md", $"title: Sự kiện {day}\n{Approved}\nstarts: 2023-11-0{day} 08:00\nlocation: Hội trường");
        }

        await site.BuildOkAsync(now: "2023-12-10");

        Assert.Equal(["Sự kiện 5", "Sự kiện 4"], Titles(site, "events/index.html", "past-heading"));
        Assert.Equal("past/index.html", site.Html("events/index.html").QuerySelector("section[aria-labelledby='past-heading'] p a")!.GetAttribute("href"));
        Assert.Equal(["Sự kiện 5", "Sự kiện 4"], site.Html("events/past/index.html").QuerySelectorAll(".item-list__title").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Sự kiện 1"], site.Html("events/past/page/3/index.html").QuerySelectorAll(".item-list__title").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task The_next_rebuild_date_counts_events_moving_to_the_past()
    {
        using var site = Site();

        var result = await site.BuildOkAsync(now: "2023-12-10");

        // The exhibition ends on 15/12 and so moves to the past events on 16/12; nothing else changes before.
        var next = result.NextChange!;
        Assert.Equal(new DateOnly(2023, 12, 16), next.Date);
        Assert.Equal(1, next.EventsEnding);
        Assert.Equal("2023-12-16 (1 event moves to past events)", InfoSiteGen.Reporting.ScheduledChangeText.Describe(next));
        Assert.Equal("2023-12-16 (1 sự kiện chuyển sang mục đã diễn ra)", InfoSiteGen.Reporting.ScheduledChangeText.Describe(next, InfoSiteGen.Diagnostics.ToolLanguage.Vietnamese));
    }

    [Fact]
    public async Task An_event_and_its_translation_move_to_the_past_as_one()
    {
        var items = new[]
        {
            Event("events/a.vi.md", "vi", new DateTimeOffset(2023, 12, 8, 8, 0, 0, TimeSpan.FromHours(7))),
            Event("events/a.en.md", "en", new DateTimeOffset(2023, 12, 8, 8, 0, 0, TimeSpan.FromHours(7))),
        };

        var next = ScheduledChange.Next(items, new DateOnly(2023, 12, 1))!;

        Assert.Equal(new DateOnly(2023, 12, 9), next.Date);
        Assert.Equal(1, next.EventsEnding);
        Assert.Null(ScheduledChange.Next(items, new DateOnly(2023, 12, 9)));
    }

    private static ContentItem Event(string path, string language, DateTimeOffset starts) => new()
    {
        SourcePath = path,
        Section = ContentSection.Events,
        Language = language,
        TranslationKey = "events:a",
        Title = "A",
        Status = ItemStatus.Approved,
        Slug = "a",
        UrlPath = "events/a/",
        Body = string.Empty,
        BodyLine = 1,
        Event = new EventDetails(starts, null, false, null, new EventPlace("Hội trường", null), null),
    };
}
