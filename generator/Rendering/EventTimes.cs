using System.Globalization;
using InfoSiteGen.Content;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Rendering;

/// <summary>
/// When an event happens, as each language writes it: <c>08:00 - 11:30, thứ Sáu, 08/12/2023 (giờ Việt Nam)</c>,
/// <c>Friday 8 December 2023, 08:00 - 11:30 (Viet Nam time, UTC+7)</c>. Times are the event's own wall-clock times;
/// an event elsewhere names its zone and offset, so a reader abroad is never left to guess.
/// </summary>
public static class EventTimes
{
    private static readonly string[] VietnameseWeekdays = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c> and JSON-LD: a date, or a time with its offset.</summary>
    public static string Iso(DateTimeOffset time, bool allDay) => allDay
        ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Format(EventDetails happening, string language)
    {
        var vietnamese = language == "vi";
        var first = happening.FirstDay;
        var last = happening.LastDay;
        string when;
        if (happening.AllDay)
        {
            when = first == last
                ? DayIn(first, language)
                : vietnamese ? $"Từ {DayIn(first, language)} đến {DayIn(last, language)}" : $"{DayIn(first, language)} to {DayIn(last, language)}";
            return Capitalise(when);
        }

        var start = Clock(happening.Starts);
        if (happening.Ends is not { } ends)
        {
            when = vietnamese ? $"{start}, {DayIn(first, language)}" : $"{DayIn(first, language)}, {start}";
        }
        else if (first == last)
        {
            when = vietnamese ? $"{start} - {Clock(ends)}, {DayIn(first, language)}" : $"{DayIn(first, language)}, {start} - {Clock(ends)}";
        }
        else
        {
            when = vietnamese
                ? $"Từ {start} {DayIn(first, language)} đến {Clock(ends)} {DayIn(last, language)}"
                : $"{DayIn(first, language)}, {start} to {DayIn(last, language)}, {Clock(ends)}";
        }

        return Capitalise(when) + " " + Zone(happening, vietnamese);
    }

    /// <summary>The zone the times are in: the province's, or the one the event names with its offset that day.</summary>
    private static string Zone(EventDetails happening, bool vietnamese)
    {
        if (!happening.HasOwnTimeZone)
        {
            return vietnamese ? "(giờ Việt Nam, UTC+7)" : "(Viet Nam time, UTC+7)";
        }

        var offset = happening.Starts.Offset;
        var utc = "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(offset.Minutes == 0 ? "%h" : @"h\:mm", CultureInfo.InvariantCulture);
        return vietnamese ? $"(giờ địa phương, {happening.TimeZone}, {utc})" : $"(local time, {happening.TimeZone}, {utc})";
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
