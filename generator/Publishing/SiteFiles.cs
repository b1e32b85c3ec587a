using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pages;
using InfoSiteGen.Rendering;

namespace InfoSiteGen.Publishing;

/// <summary>
/// The files of the site besides its pages: sitemap, feeds, calendars and robots.txt. The sitemap and feeds need
/// absolute addresses, so without a base URL they are left out, with a warning saying how to get them.
/// </summary>
public static class SiteFiles
{
    public static void Write(AssembledSite site, SiteConfig config, UiStrings strings, BuildSettings options, IFileSink output, DiagnosticBag diagnostics)
    {
        WriteCalendars(site, config, strings, output);

        string? sitemapUrl = null;
        if (config.BaseUrl is { } baseUrl)
        {
            var urls = new AbsoluteUrls(baseUrl);
            output.WriteBytes(Sitemap.FileName, Sitemap.Write(site.Pages, urls, config.DefaultLanguage));
            sitemapUrl = urls.Of(Sitemap.FileName);
            foreach (var language in config.Languages)
            {
                var entries = Feeds.EntriesFor(site.Pages, language);
                var root = ContentUrls.LanguageRoot(config, language);
                output.WriteBytes(root + Feeds.AtomFile, Feeds.Atom(entries, config, language, urls, options.Now));
                output.WriteBytes(root + Feeds.RssFile, Feeds.Rss(entries, config, language, urls, options.Now));
            }
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.NoBaseUrl, SourceLocation.StartOf(SiteConfigLoader.FileName),
                new Wording(
                    "chưa có địa chỉ công khai của trang nên sẽ không tạo sitemap.xml và bản tin (feed), và các liên kết trong 404.html chỉ dùng được ở thư mục gốc của trang; hãy ghi 'base_url' trong site.yml hoặc dùng --base-url",
                    "without the site's public address there is no sitemap.xml and no feed, and the links of 404.html work only at the top folder of the site; set 'base_url' in site.yml or pass --base-url"));
        }

        output.WriteText(Robots.FileName, Robots.Write(sitemapUrl, options.Preview));
    }

    /// <summary>Each event's calendar file, and each language's calendar of every event, once the site has events.</summary>
    private static void WriteCalendars(AssembledSite site, SiteConfig config, UiStrings strings, IFileSink output)
    {
        if (!site.Pages.Any(p => p is EventListPage))
        {
            return;
        }

        var urls = config.BaseUrl is { } baseUrl ? new AbsoluteUrls(baseUrl) : null;
        foreach (var language in config.Languages)
        {
            var events = Calendars.EventPages(site.Pages, language).ToList();
            foreach (var page in events)
            {
                output.WriteBytes(ContentUrls.EventCalendar(page.Item), Calendars.Write([page], config, strings, language, urls));
            }

            // RFC 5545 wants at least one event in a calendar: a language without events has none (nor a link to it).
            if (events.Count > 0)
            {
                var name = config.Title.In(language) + " - " + strings.Get(language, "section.events");
                output.WriteBytes(ContentUrls.EventsCalendar(config, language), Calendars.Write(events, config, strings, language, urls, name));
            }
        }
    }
}
