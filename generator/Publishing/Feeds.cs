using System.Globalization;
using System.Xml;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Pages;

namespace InfoSiteGen.Publishing;

/// <summary>One entry of a language's feeds: a published article, law summary or slogan.</summary>
public sealed record FeedEntry(string Title, string UrlPath, DateOnly Date, string Summary, ContentSection Section);

/// <summary>
/// The newest articles, law summaries and slogans of a language as an Atom feed (<c>feed.xml</c>) and an
/// RSS 2.0 feed (<c>rss.xml</c>). Dates are the items' own, at midnight in Viet Nam, so the feeds carry no
/// build timestamp and two builds of the same content are identical.
/// </summary>
public static class Feeds
{
    public const string AtomFile = "feed.xml";
    public const string RssFile = "rss.xml";
    public const int MaxEntries = 20;
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private static readonly TimeSpan VietnamOffset = Writing.ProvincialClock.Offset;

    /// <summary>The entries of a language: dated items of the three campaign kinds, newest first.</summary>
    public static IReadOnlyList<FeedEntry> EntriesFor(IEnumerable<SitePage> pages, string language) => pages
        .OfType<ItemPage>()
        .Where(p => p.Language == language && p.Item.Section != ContentSection.Pages && p.Item.Date is not null)
        .Select(p => new FeedEntry(p.Item.Title, p.UrlPath, p.Item.Date!.Value, p.Item.Summary ?? Shorten(p.Body.Lead), p.Item.Section))
        .OrderByDescending(e => e.Date)
        .ThenBy(e => e.UrlPath, StringComparer.Ordinal)
        .Take(MaxEntries)
        .ToList();

    public static byte[] Atom(IReadOnlyList<FeedEntry> entries, SiteConfig config, string language, AbsoluteUrls urls, DateOnly now)
    {
        var home = urls.Of(ContentUrls.LanguageRoot(config, language));
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings.Indented))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("id", AtomNamespace, home);
            xml.WriteElementString("title", AtomNamespace, config.Title.In(language));
            if (config.Description.Has(language))
            {
                xml.WriteElementString("subtitle", AtomNamespace, config.Description.In(language));
            }

            xml.WriteElementString("updated", AtomNamespace, AtomDate(entries.Count > 0 ? entries.Max(e => e.Date) : now));
            WriteLink(xml, "self", urls.Of(ContentUrls.LanguageRoot(config, language) + AtomFile), "application/atom+xml");
            WriteLink(xml, "alternate", home, "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, config.ContactFor(language)?.Organisation ?? config.Title.In(language));
            xml.WriteEndElement();

            foreach (var entry in entries)
            {
                var link = urls.Of(entry.UrlPath);
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, link);
                xml.WriteElementString("title", AtomNamespace, entry.Title);
                xml.WriteElementString("updated", AtomNamespace, AtomDate(entry.Date));
                WriteLink(xml, "alternate", link, "text/html");
                xml.WriteStartElement("summary", AtomNamespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    public static byte[] Rss(IReadOnlyList<FeedEntry> entries, SiteConfig config, string language, AbsoluteUrls urls, DateOnly now)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings.Indented))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", config.Title.In(language));
            xml.WriteElementString("link", urls.Of(ContentUrls.LanguageRoot(config, language)));
            xml.WriteElementString("description", config.Description.Has(language) ? config.Description.In(language) : config.Title.In(language));
            xml.WriteElementString("language", language);
            xml.WriteElementString("lastBuildDate", RssDate(entries.Count > 0 ? entries.Max(e => e.Date) : now));
            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", urls.Of(ContentUrls.LanguageRoot(config, language) + RssFile));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();

            foreach (var entry in entries)
            {
                var link = urls.Of(entry.UrlPath);
                xml.WriteStartElement("item");
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("link", link);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(link);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", RssDate(entry.Date));
                xml.WriteElementString("description", entry.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>RFC 3339, midnight in Viet Nam: <c>2023-12-10T00:00:00+07:00</c>.</summary>
    private static string AtomDate(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), VietnamOffset).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>RFC 822 as RSS 2.0 asks: <c>Sun, 10 Dec 2023 00:00:00 +0700</c>.</summary>
    private static string RssDate(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), VietnamOffset).ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +0700";

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>The first sentence-sized part of a text, cut at a word boundary.</summary>
    internal static string Shorten(string text, int max = 240)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > 0 ? cut : max)].TrimEnd(',', ';', ':') + " …";
    }
}
