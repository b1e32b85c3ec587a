using System.Text;
using Ical.Net;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Publishing;

/// <summary>
/// The calendar files of events, read back with an independent iCalendar parser (Ical.Net): the times land on the
/// right instant whatever the zone, all-day events end after their last day, text survives escaping and folding,
/// and nothing changes between two builds of the same content.
/// </summary>
public class CalendarTests
{
    private const string Approved = "status: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-11-20";

    private static TestSite Site()
    {
        var site = new TestSite();
        site.Item("events/toa-dam.vi.md", $"title: \"Tọa đàm: quyền con người, pháp luật; và đời sống\"\n{Approved}\nstarts: 2023-12-08 08:00\nends: 2023-12-08 11:30\nlocation: {{ name: Hội trường tỉnh, address: \"Số 1 đường Lê Lợi, phường Mẫu\" }}\ndepartment: so-tu-phap\nregistration: dangky@example.gov.vn\nsummary: Tọa đàm kỷ niệm 75 năm Ngày Quốc tế Nhân quyền, với các sở, ngành và địa phương trong tỉnh tham dự.", "Nội dung.");
        site.Item("events/toa-dam.en.md", $"title: Seminar on human rights\n{Approved}\nstarts: 2023-12-08 08:00\nends: 2023-12-08 11:30\nlocation: Provincial hall\ndepartment: so-tu-phap", "Text.");
        site.Item("events/trien-lam.vi.md", $"title: Triển lãm ảnh\n{Approved}\nstarts: 2023-12-05\nends: 2023-12-15\nlocation: Nhà văn hóa tỉnh", "Triển lãm.");
        site.Item("events/geneva.vi.md", $"title: Phiên họp tại Giơ-ne-vơ\n{Approved}\nstarts: 2024-06-18 10:00\nends: 2024-06-18 13:00\ntime_zone: Europe/Zurich\nlocation: Palais des Nations", "Phiên họp.");
        site.Item("events/nhap.vi.md", "title: Nháp\nstatus: draft\nstarts: 2023-12-09 08:00\nlocation: Hội trường", "Nháp.");
        return site;
    }

    private static Calendar Load(TestSite site, string file) => Calendar.Load(site.Read(file))!;

    [Fact]
    public async Task Each_event_has_its_own_calendar_with_the_right_instants_place_and_description()
    {
        using var site = Site();
        await site.BuildOkAsync();

        var seminar = Assert.Single(Load(site, "events/toa-dam/toa-dam.ics").Events);
        Assert.Equal("Tọa đàm: quyền con người, pháp luật; và đời sống", seminar.Summary);
        Assert.Equal(new DateTime(2023, 12, 8, 1, 0, 0, DateTimeKind.Utc), seminar.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2023, 12, 8, 4, 30, 0, DateTimeKind.Utc), seminar.DtEnd!.AsUtc);
        Assert.Equal("Hội trường tỉnh, Số 1 đường Lê Lợi, phường Mẫu", seminar.Location);
        Assert.Equal(
            "Tọa đàm kỷ niệm 75 năm Ngày Quốc tế Nhân quyền, với các sở, ngành và địa phương trong tỉnh tham dự.\n"
            + "Đơn vị tổ chức: Sở Tư pháp\nĐăng ký tham dự: dangky@example.gov.vn\nhttps://portal.example.gov.vn/thu-nghiem/events/toa-dam/",
            seminar.Description);
        Assert.Equal(new Uri("https://portal.example.gov.vn/thu-nghiem/events/toa-dam/"), seminar.Url);

        var geneva = Assert.Single(Load(site, "events/geneva/geneva.ics").Events);
        Assert.Equal(new DateTime(2024, 6, 18, 8, 0, 0, DateTimeKind.Utc), geneva.DtStart!.AsUtc);
    }

    [Fact]
    public async Task An_all_day_event_is_dates_ending_the_day_after_its_last()
    {
        using var site = Site();
        await site.BuildOkAsync();

        var exhibition = Assert.Single(Load(site, "events/trien-lam/trien-lam.ics").Events);
        Assert.False(exhibition.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2023, 12, 5), exhibition.DtStart.Date);
        Assert.Equal(new DateOnly(2023, 12, 16), exhibition.DtEnd!.Date);
    }

    [Fact]
    public async Task Each_language_has_a_calendar_of_its_published_events_and_translations_share_a_uid()
    {
        using var site = Site();
        await site.BuildOkAsync();

        var vietnamese = Load(site, "events.ics");
        var english = Load(site, "en/events.ics");
        Assert.Equal(["Triển lãm ảnh", "Tọa đàm: quyền con người, pháp luật; và đời sống", "Phiên họp tại Giơ-ne-vơ"], vietnamese.Events.Select(e => e.Summary));
        Assert.Equal(["Seminar on human rights"], english.Events.Select(e => e.Summary));
        Assert.Equal(vietnamese.Events.Single(e => e.Summary!.StartsWith("Tọa đàm", StringComparison.Ordinal)).Uid, english.Events.Single().Uid);
        Assert.Equal(3, vietnamese.Events.Select(e => e.Uid).Distinct().Count());
        Assert.DoesNotContain("Nháp", site.Read("events.ics"), StringComparison.Ordinal);
        Assert.Equal("events.ics", site.Html("events/index.html").QuerySelector(".calendar-link a")!.GetAttribute("href")!.Replace("../", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lines_end_in_crlf_and_are_folded_within_75_bytes_without_splitting_a_letter()
    {
        using var site = Site();
        await site.BuildOkAsync();

        var bytes = File.ReadAllBytes(Path.Combine(site.OutputDirectory, "events.ics"));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal(bytes, Encoding.UTF8.GetBytes(text));
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(lines, line => line.StartsWith(' '));
    }

    [Fact]
    public async Task Two_builds_of_the_same_content_write_the_same_calendars()
    {
        using var site = Site();
        await site.BuildOkAsync(now: "2023-12-01");
        var first = site.Read("events.ics");

        await site.BuildOkAsync(now: "2023-12-20");

        Assert.Equal(first, site.Read("events.ics"));
    }
}
