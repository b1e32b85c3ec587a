using System.Globalization;
using InfoSiteGen.Content;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Rendering;

/// <summary>
/// When an event happens, as each language writes it: <c>08:00 - 11:30, thứ Sáu, 08/12/2023 (giờ Việt Nam)</c>,
/// <c>Friday 8 December 2023, 08:00 - 11:30 (Viet Nam time, UTC+7)</c>: the days in the language's style, joined to
/// the times and zone by the theme's <c>event.*</c> texts. Times are the event's own wall-clock times; an event
/// elsewhere names its zone and offset, so a reader abroad is never left to guess.
/// </summary>
public static class EventTimes
{
    private static readonly string[] VietnameseWeekdays = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c> and JSON-LD: a date, or a time with its offset.</summary>
    public static string Iso(DateTimeOffset time, bool allDay) => allDay
        ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <param name="text">The page's interface texts: the words that join days, times and zones (<c>event.*</c> keys).</param>
    public static string Format(EventDetails happening, string language, Func<string, string> text)
    {
        var first = happening.FirstDay;
        var last = happening.LastDay;
        string Fill(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, text(key), values);
        if (happening.AllDay)
        {
            return Capitalise(first == last ? DayIn(first, language) : Fill("event.range", DayIn(first, language), DayIn(last, language)));
        }

        var start = Clock(happening.Starts);
        var when = happening.Ends is not { } ends ? Fill("event.day_time", DayIn(first, language), start)
            : first == last ? Fill("event.day_time", DayIn(first, language), $"{start} - {Clock(ends)}")
            : Fill("event.range", Fill("event.moment", DayIn(first, language), start), Fill("event.moment", DayIn(last, language), Clock(ends)));
        return Capitalise(when) + " " + Zone(happening, text);
    }

    /// <summary>The zone the times are in: the province's, or the one the event names with its offset that day.</summary>
    private static string Zone(EventDetails happening, Func<string, string> text)
    {
        if (!happening.HasOwnTimeZone)
        {
            return text("event.zone.province");
        }

        var offset = happening.Starts.Offset;
        var utc = "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(offset.Minutes == 0 ? "%h" : @"h\:mm", CultureInfo.InvariantCulture);
        return string.Format(CultureInfo.InvariantCulture, text("event.zone.local"), happening.TimeZone, utc);
    }

    /// <summary>The day with its day of the week, which readers check an event's date against.</summary>
    private static string DayIn(DateOnly day, string language) => language switch
    {
        "vi" => $"{VietnameseWeekdays[(int)day.DayOfWeek]}, {DisplayDates.Format(day, "vi")}",
        "en" => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
        _ => LanguageCulture.For(language) is { } culture ? day.ToString("D", culture) : DisplayDates.Iso(day),
    };

    private static string Clock(DateTimeOffset time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
