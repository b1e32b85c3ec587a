using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Content;

/// <summary>
/// The front matter of <c>events/</c>: times as editors write them, in provincial time unless a zone is named,
/// places, registration; and each mistake reported once at its key, with nothing written.
/// </summary>
public class EventContentTests
{
    private const string Approved = "status: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-11-20";

    public static TheoryData<string, string> Mistakes => new()
    {
        {
            "starts: 2023-12-08 11:00\nends: 2023-12-08 08:00\nlocation: Hội trường",
            "events/a.md:7:1: error: the event ends (2023-12-08 08:00) before it starts (2023-12-08 11:00); correct 'starts' or 'ends' [ISG0123]"
        },
        {
            "starts: 2023-12-10\nends: 2023-12-08\nlocation: Hội trường",
            "events/a.md:7:1: error: the event ends (2023-12-08) before it starts (2023-12-10); correct 'starts' or 'ends' [ISG0123]"
        },
        {
            "starts: \"08:00\"\nlocation: Hội trường",
            "events/a.md:6:1: error: 'starts' has the time '08:00' but no date; write the date and the time, for example starts: 2023-12-08 08:00 [ISG0121]"
        },
        {
            "starts: 8h30\nlocation: Hội trường",
            "events/a.md:6:1: error: 'starts' has the time '8h30' but no date; write the date and the time, for example starts: 2023-12-08 8h30 [ISG0121]"
        },
        {
            "starts: 08/12/2023 08:00\nlocation: Hội trường",
            "events/a.md:6:1: error: '08/12/2023 08:00' is not a valid date and time for 'starts'; write YYYY-MM-DD HH:MM, for example 2023-12-08 08:00, or a date YYYY-MM-DD alone for an all-day event [ISG0121]"
        },
        {
            "starts: 2023-12-08 25:00\nlocation: Hội trường",
            "events/a.md:6:1: error: '2023-12-08 25:00' is not a valid date and time for 'starts'; write YYYY-MM-DD HH:MM, for example 2023-12-08 08:00, or a date YYYY-MM-DD alone for an all-day event [ISG0121]"
        },
        {
            "starts: 2023-02-30\nlocation: Hội trường",
            "events/a.md:6:1: error: '2023-02-30' is not a valid date and time for 'starts'; write YYYY-MM-DD HH:MM, for example 2023-12-08 08:00, or a date YYYY-MM-DD alone for an all-day event [ISG0121]"
        },
        {
            "starts: 2023-12-08\nends: 2023-12-08 17:00\nlocation: Hội trường",
            "events/a.md:7:1: error: 'starts' and 'ends' must both have a time (for example 2023-12-08 08:00) or both be dates only (an all-day event); write them the same way [ISG0121]"
        },
        {
            "starts: 2023-12-08 08:00\ntime_zone: Asia/Hanoi\nlocation: Hội trường",
            "events/a.md:7:1: error: unknown time zone 'Asia/Hanoi'; write an IANA time zone name such as Asia/Ho_Chi_Minh or Europe/Paris, or leave out 'time_zone' for Viet Nam time (did you mean 'Asia/Ho_Chi_Minh'?) [ISG0122]"
        },
        {
            "starts: 2023-12-08 08:00\ntime_zone: Europe/Pariss\nlocation: Hội trường",
            "events/a.md:7:1: error: unknown time zone 'Europe/Pariss'; write an IANA time zone name such as Asia/Ho_Chi_Minh or Europe/Paris, or leave out 'time_zone' for Viet Nam time (did you mean 'Europe/Paris'?) [ISG0122]"
        },
        {
            "location: Hội trường",
            "events/a.md:2:1: error: 'starts' is required and must not be empty [ISG0005]"
        },
        {
            "starts: 2023-12-08 08:00",
            "events/a.md:2:1: error: the event has no place; add 'location:' with the name and address of the venue, for example location: { name: \"Provincial Hall\", address: \"No. 1 ... Street\" } [ISG0005]"
        },
        {
            "starts: 2023-12-08 08:00\nlocation: { address: Số 1 }",
            "events/a.md:7:11: error: 'name' is required and must not be empty [ISG0005]"
        },
        {
            "starts: 2023-12-08 08:00\nlocation: { name: A, room: B }",
            "events/a.md:7:22: error: unknown key 'room' in 'location'; the keys allowed in 'location' are: name, address [ISG0004]"
        },
        {
            "starts: 2023-12-08 08:00\nlocation: A\nregistration: https://",
            "events/a.md:8:1: error: 'https://' is not a valid web address for 'registration'; write a full address starting with https://, an e-mail address, a phone number or a sentence saying how to register [ISG0009]"
        },
        {
            "starts: 2023-12-08 08:00\nlocation: A\nweight: 1",
            "events/a.md:8:1: error: unknown key 'weight' in events/; the keys allowed in events/ are: title, date, status, approved_by, approved_on, department, topics, summary, publish_from, publish_until, translation_key, slug, internal_note, starts, ends, time_zone, location, registration [ISG0004]"
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_mistake_is_reported_once_at_its_key_and_nothing_is_written(string keys, string expected)
    {
        using var site = new TestSite();
        site.Item("pages/ok.md", $"title: Ổn\n{Approved}");
        await site.BuildOkAsync();
        var before = OutputSnapshot.Of(site.OutputDirectory);
        site.Item("events/a.md", $"title: Sự kiện\n{Approved}\n{keys}");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal([expected], result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        Assert.Equal(before, OutputSnapshot.Of(site.OutputDirectory));
    }

    [Theory]
    [InlineData("starts: 2023-12-08 08:00\nends: 2023-12-08 11:30", "2023-12-08T08:00:00+07:00", "08:00 - 11:30, thứ Sáu, 08/12/2023 (giờ Việt Nam, UTC+7)")]
    [InlineData("starts: 2023-12-08T08:00:00", "2023-12-08T08:00:00+07:00", "08:00, thứ Sáu, 08/12/2023 (giờ Việt Nam, UTC+7)")]
    [InlineData("starts: 2023-12-08 7h30\nends: 2023-12-09 17h", "2023-12-08T07:30:00+07:00", "Từ 07:30 thứ Sáu, 08/12/2023 đến 17:00 thứ Bảy, 09/12/2023 (giờ Việt Nam, UTC+7)")]
    [InlineData("starts: 2023-12-10", "2023-12-10", "Chủ nhật, 10/12/2023")]
    [InlineData("starts: 2023-12-05\nends: 2023-12-15", "2023-12-05", "Từ thứ Ba, 05/12/2023 đến thứ Sáu, 15/12/2023")]
    [InlineData("starts: 2023-12-08 14:00\ntime_zone: Europe/Zurich", "2023-12-08T14:00:00+01:00", "14:00, thứ Sáu, 08/12/2023 (giờ địa phương, Europe/Zurich, UTC+1)")]
    [InlineData("starts: 2024-07-01 09:30\ntime_zone: Europe/Zurich", "2024-07-01T09:30:00+02:00", "09:30, thứ Hai, 01/07/2024 (giờ địa phương, Europe/Zurich, UTC+2)")]
    [InlineData("starts: 2023-12-08 10:00\ntime_zone: America/St_Johns", "2023-12-08T10:00:00-03:30", "10:00, thứ Sáu, 08/12/2023 (giờ địa phương, America/St_Johns, UTC-3:30)")]
    public async Task Times_are_written_as_editors_write_them_and_shown_in_the_languages_style(string keys, string machineTime, string shown)
    {
        using var site = new TestSite();
        site.Item("events/a.vi.md", $"title: Sự kiện\n{Approved}\n{keys}\nlocation: Hội trường");

        await site.BuildOkAsync();

        var time = site.Html("events/a/index.html").QuerySelector(".event-facts time")!;
        Assert.Equal(machineTime, time.GetAttribute("datetime"));
        Assert.Equal(shown, time.TextContent);
    }

    [Fact]
    public async Task English_pages_write_the_day_first_then_the_times()
    {
        using var site = new TestSite();
        site.Item("events/a.en.md", $"title: Seminar\n{Approved}\nstarts: 2023-12-08 08:00\nends: 2023-12-08 11:30\nlocation: Hall");
        site.Item("events/b.en.md", $"title: Exhibition\n{Approved}\nstarts: 2023-12-05\nends: 2023-12-15\nlocation: Museum");

        await site.BuildOkAsync();

        Assert.Equal("Friday 8 December 2023, 08:00 - 11:30 (Viet Nam time, UTC+7)", site.Html("en/events/a/index.html").QuerySelector(".event-facts time")!.TextContent);
        Assert.Equal("Tuesday 5 December 2023 to Friday 15 December 2023", site.Html("en/events/b/index.html").QuerySelector(".event-facts time")!.TextContent);
    }

    [Fact]
    public async Task Translations_must_agree_on_when_the_event_happens()
    {
        using var site = new TestSite();
        site.Item("events/a.vi.md", $"title: Tọa đàm\n{Approved}\nstarts: 2023-12-08 08:00\nlocation: Hội trường");
        site.Item("events/a.en.md", $"title: Seminar\n{Approved}\nstarts: 2023-12-08 09:00\nlocation: Hall");

        var result = await site.BuildAsync();

        Assert.Equal(
            ["events/a.vi.md:6:1: error: 'starts' is '2023-12-08 08:00' here but '2023-12-08 09:00' in the translation events/a.en.md; translations must agree on it [ISG0009]"],
            result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("https://dangky.example.gov.vn/toa-dam", "https://dangky.example.gov.vn/toa-dam")]
    [InlineData("nhanquyen@example.gov.vn", "mailto:nhanquyen@example.gov.vn")]
    [InlineData("mailto:nhanquyen@example.gov.vn", "mailto:nhanquyen@example.gov.vn")]
    [InlineData("0203 3822 111", "tel:02033822111")]
    [InlineData("Gửi giấy mời qua văn thư Sở Tư pháp", null)]
    public async Task Registration_is_a_link_when_it_can_be_one(string registration, string? href)
    {
        using var site = new TestSite();
        site.Item("events/a.vi.md", $"title: Tọa đàm\n{Approved}\nstarts: 2023-12-08 08:00\nlocation: Hội trường\nregistration: \"{registration}\"");

        await site.BuildOkAsync();

        var cell = site.Html("events/a/index.html").QuerySelectorAll(".event-facts dd").Last();
        Assert.Equal(registration, cell.TextContent);
        Assert.Equal(href, cell.QuerySelector("a")?.GetAttribute("href"));
    }
}
