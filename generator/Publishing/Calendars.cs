using System.Globalization;
using System.Text;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Pages;

namespace InfoSiteGen.Publishing;

/// <summary>
/// Calendar files (iCalendar, RFC 5545) for events: one beside each event's page, for "add to my calendar", and
/// one per language with every event (<c>events.ics</c>), to subscribe to.
/// </summary>
/// <remarks>
/// Times are written in UTC, which every calendar program converts to its reader's zone, so no time-zone
/// definitions are needed; all-day events are dates, with the day after the last as the exclusive end the standard
/// asks for. Nothing depends on the build's clock: the UID comes from the event's translation key (an event and
/// its translation are one event, so a reader who adds both gets it once), the time stamp from its approval date.
/// Two builds of the same content give the same bytes.
/// </remarks>
public static class Calendars
{
    public static IEnumerable<ItemPage> EventPages(IEnumerable<SitePage> pages, string language) => pages
        .OfType<ItemPage>()
        .Where(p => p.Language == language && p.Item.Event is not null)
        .OrderBy(p => p.Item.Event!.Starts.UtcDateTime)
        .ThenBy(p => p.UrlPath, StringComparer.Ordinal);

    /// <summary>A calendar with one event, or with every event of a language.</summary>
    /// <param name="urls">The site's public address, for the events' links; null when the site has none.</param>
    public static byte[] Write(IEnumerable<ItemPage> events, SiteConfig config, UiStrings strings, string language, AbsoluteUrls? urls, string? name = null)
    {
        var ics = new IcsWriter();
        ics.Line("BEGIN", "VCALENDAR");
        ics.Line("VERSION", "2.0");
        ics.Text("PRODID", "-//InfoSiteGen//" + config.Title.In(language) + "//" + language.ToUpperInvariant());
        ics.Line("CALSCALE", "GREGORIAN");
        ics.Line("METHOD", "PUBLISH");
        if (name is not null)
        {
            // Not in RFC 5545, but the name most calendar programs show for a subscribed calendar.
            ics.Text("X-WR-CALNAME", name);
        }

        foreach (var page in events)
        {
            WriteEvent(ics, page, config, strings, language, urls);
        }

        ics.Line("END", "VCALENDAR");
        return ics.ToBytes();
    }

    private static void WriteEvent(IcsWriter ics, ItemPage page, SiteConfig config, UiStrings strings, string language, AbsoluteUrls? urls)
    {
        var item = page.Item;
        var happening = item.Event!;
        var key = item.TranslationKey[(item.TranslationKey.IndexOf(':') + 1)..];
        ics.Line("BEGIN", "VEVENT");
        ics.Text("UID", $"event-{key}@{config.BaseUrl?.Host ?? "infositegen"}");
        var stamp = item.ApprovedOn ?? item.Date ?? happening.FirstDay;
        ics.Line("DTSTAMP", Utc(new DateTimeOffset(stamp.ToDateTime(TimeOnly.MinValue), EventDetails.ProvincialOffset)));
        if (happening.AllDay)
        {
            ics.Line("DTSTART;VALUE=DATE", Day(happening.FirstDay));
            ics.Line("DTEND;VALUE=DATE", Day(happening.LastDay.AddDays(1)));
        }
        else
        {
            ics.Line("DTSTART", Utc(happening.Starts));
            if (happening.Ends is { } ends)
            {
                ics.Line("DTEND", Utc(ends));
            }
        }

        ics.Text("SUMMARY", item.Title);
        ics.Text("LOCATION", happening.Location.Address is { } address ? happening.Location.Name + ", " + address : happening.Location.Name);
        ics.Text("DESCRIPTION", Description(page, config, strings, language, urls));
        if (page.Department is { } department)
        {
            ics.Text("CATEGORIES", department.Name.In(language));
        }

        if (urls is not null)
        {
            ics.Line("URL", urls.Of(page.UrlPath));
        }

        ics.Line("STATUS", "CONFIRMED");
        ics.Line("TRANSP", "OPAQUE");
        ics.Line("END", "VEVENT");
    }

    private static string Description(ItemPage page, SiteConfig config, UiStrings strings, string language, AbsoluteUrls? urls)
    {
        var lines = new List<string> { page.Item.Summary ?? Feeds.Shorten(page.Body.Lead) };
        if (page.Department is { } department)
        {
            lines.Add(strings.Get(language, "event.organiser") + ": " + department.Name.In(language));
        }

        if (page.Item.Event!.Registration is { } registration)
        {
            lines.Add(strings.Get(language, "event.registration") + ": " + registration);
        }

        if (urls is not null)
        {
            lines.Add(urls.Of(page.UrlPath));
        }

        return string.Join('\n', lines.Where(l => l.Length > 0));
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Content lines as RFC 5545 writes them: CRLF endings, folded after 75 bytes, text values escaped.</summary>
    private sealed class IcsWriter
    {
        private const int MaxLineBytes = 75;
        private readonly StringBuilder _text = new();

        public void Line(string name, string value)
        {
            var line = name + ":" + value;
            var bytes = 0;
            foreach (var rune in line.EnumerateRunes())
            {
                var size = rune.Utf8SequenceLength;
                // A folded line starts with a space, which counts towards its 75 bytes; a character is never split.
                if (bytes + size > MaxLineBytes)
                {
                    _text.Append("\r\n ");
                    bytes = 1;
                }

                _text.Append(rune.ToString());
                bytes += size;
            }

            _text.Append("\r\n");
        }

        public void Text(string name, string value) => Line(name, Escape(value));

        public byte[] ToBytes() => Encoding.UTF8.GetBytes(_text.ToString());

        private static string Escape(string value) => value
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
    }
}
