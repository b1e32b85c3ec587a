using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using InfoSiteGen.Content;
using InfoSiteGen.Pages;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Rendering;

/// <summary>
/// The page's schema.org description for search engines, as JSON-LD: the government organisation that runs the
/// site on every page, the website and its search on the home page, <c>NewsArticle</c> for articles,
/// <c>Legislation</c> for law summaries (the document's number, kind, dates, issuer and legal force), and a
/// <c>BreadcrumbList</c> from the home page through the page's section. It says only what the page itself
/// shows, so nothing unpublished or untranslated can appear in it. Search engines want absolute addresses, so
/// without the site's public address (<c>base_url</c>) the addresses are left out, and so are the breadcrumbs.
/// </summary>
public static class StructuredData
{
    // Every character as itself except those that could end the script element or confuse HTML: <, >, &, quotes.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>The JSON text to put in a <c>&lt;script type="application/ld+json"&gt;</c> element, or null for a page that has none (404).</summary>
    public static string? For(PageView view)
    {
        if (view.Page is NotFoundPage)
        {
            return null;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteStartArray("@graph");
            WriteOrganisation(json, view);
            WritePage(json, view);
            WriteBreadcrumbs(json, view);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string? Absolute(PageView view, string sitePath) => view.HasFeeds ? view.AlternateUrl(sitePath) : null;

    private static string? OrganisationId(PageView view) =>
        Absolute(view, ContentUrls.LanguageRoot(view.Site, view.Lang)) is { } home ? home + "#organization" : null;

    private static void WriteOrganisation(Utf8JsonWriter json, PageView view)
    {
        var contact = view.Site.ContactFor(view.Lang);
        json.WriteStartObject();
        json.WriteString("@type", "GovernmentOrganization");
        WriteOptional(json, "@id", OrganisationId(view));
        json.WriteString("name", contact?.Organisation ?? view.Site.Title.In(view.Lang));
        WriteOptional(json, "url", Absolute(view, ContentUrls.LanguageRoot(view.Site, view.Lang)));
        WriteOptional(json, "address", contact?.Address);
        WriteOptional(json, "telephone", contact?.Phone);
        WriteOptional(json, "email", contact?.Email);
        json.WriteEndObject();
    }

    private static void WritePage(Utf8JsonWriter json, PageView view)
    {
        var page = view.Page;
        json.WriteStartObject();
        switch (page)
        {
            case HomePage:
                WriteWebsite(json, view);
                break;
            case ItemPage { Item.Section: ContentSection.Articles } article:
                WriteArticle(json, view, article);
                break;
            case ItemPage { Item.Law: { } law } legislation:
                WriteLegislation(json, view, legislation, law);
                break;
            case ItemPage { Item.Event: { } happening } eventPage:
                WriteEvent(json, view, eventPage, happening);
                break;
            default:
                json.WriteString("@type", page switch
                {
                    ListPage or LawListPage or SloganListPage or IndexPage or EventListPage or MaterialsPage => "CollectionPage",
                    SearchPage => "SearchResultsPage",
                    _ => "WebPage",
                });
                json.WriteString("name", page.Title);
                WriteOptional(json, "description", page.Description);
                break;
        }

        json.WriteString("inLanguage", view.Lang);
        WriteOptional(json, "url", Absolute(view, page.UrlPath));
        if (page is HomePage)
        {
            WriteReference(json, "publisher", OrganisationId(view));
        }

        json.WriteEndObject();
    }

    private static void WriteWebsite(Utf8JsonWriter json, PageView view)
    {
        json.WriteString("@type", "WebSite");
        json.WriteString("name", view.Site.Title.In(view.Lang));
        if (view.Site.Description.Has(view.Lang))
        {
            json.WriteString("description", view.Site.Description.In(view.Lang));
        }

        if (Absolute(view, ContentUrls.Search(view.Site, view.Lang)) is { } search)
        {
            // The search page reads ?q= from its address (see search.js).
            json.WriteStartObject("potentialAction");
            json.WriteString("@type", "SearchAction");
            json.WriteString("target", search + "?q={search_term_string}");
            json.WriteString("query-input", "required name=search_term_string");
            json.WriteEndObject();
        }
    }

    private static void WriteArticle(Utf8JsonWriter json, PageView view, ItemPage page)
    {
        json.WriteString("@type", "NewsArticle");
        json.WriteString("headline", page.Item.Title);
        WriteOptional(json, "description", page.Item.Summary);
        WriteDate(json, "datePublished", page.Item.Date);
        WriteDate(json, "dateModified", page.Item.ApprovedOn is { } approved && approved > page.Item.Date ? approved : page.Item.Date);
        json.WriteNumber("wordCount", page.Body.WordCount);
        WriteOptional(json, "image", Absolute(view, view.Share.OutputPath));
        WriteAuthor(json, view, page);
        WriteReference(json, "publisher", OrganisationId(view));
        WriteOptional(json, "mainEntityOfPage", Absolute(view, page.UrlPath));
    }

    private static void WriteLegislation(Utf8JsonWriter json, PageView view, ItemPage page, LawMetadata law)
    {
        json.WriteString("@type", "Legislation");
        json.WriteString("name", page.Item.Title);
        WriteOptional(json, "description", page.Item.Summary);
        WriteOptional(json, "legislationIdentifier", law.Number);
        WriteOptional(json, "legislationType", law.Kind);
        WriteDate(json, "legislationDate", law.IssuedOn);
        // The summary describes the document as it stood on the summary's date.
        WriteDate(json, "legislationDateVersion", page.Item.Date);
        WriteDate(json, "legislationDateOfApplicability", law.EffectiveOn);
        // An amended document is still in force, as amended.
        json.WriteString("legislationLegalForce", law.LegalStatus == LegalStatus.Expired ? "https://schema.org/NotInForce" : "https://schema.org/InForce");
        if (law.Issuer is { } issuer)
        {
            json.WriteStartObject("legislationPassedBy");
            json.WriteString("@type", "GovernmentOrganization");
            json.WriteString("name", issuer);
            json.WriteEndObject();
        }

        json.WriteString("legislationJurisdiction", "VN");
        WriteOptional(json, "sameAs", law.SourceUrl);
        WriteAuthor(json, view, page);
    }

    /// <summary>
    /// An event as search engines show it: times with their offset (all-day events as dates), the place with its
    /// address, and the department that organises it.
    /// </summary>
    private static void WriteEvent(Utf8JsonWriter json, PageView view, ItemPage page, EventDetails happening)
    {
        json.WriteString("@type", "Event");
        json.WriteString("name", page.Item.Title);
        WriteOptional(json, "description", page.Item.Summary);
        json.WriteString("startDate", EventTimes.Iso(happening.Starts, happening.AllDay));
        if (happening.Ends is { } ends)
        {
            json.WriteString("endDate", EventTimes.Iso(ends, happening.AllDay));
        }

        json.WriteString("eventStatus", "https://schema.org/EventScheduled");
        json.WriteString("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        json.WriteStartObject("location");
        json.WriteString("@type", "Place");
        json.WriteString("name", happening.Location.Name);
        json.WriteString("address", happening.Location.Address ?? happening.Location.Name);
        json.WriteEndObject();
        WriteOptional(json, "image", Absolute(view, view.Share.OutputPath));
        WriteDepartment(json, "organizer", view, page);
    }

    private static void WriteAuthor(Utf8JsonWriter json, PageView view, ItemPage page) => WriteDepartment(json, "author", view, page);

    /// <summary>The department that supplied the item (or organises the event), else the site's organisation.</summary>
    private static void WriteDepartment(Utf8JsonWriter json, string property, PageView view, ItemPage page)
    {
        if (page.Department is { } department)
        {
            json.WriteStartObject(property);
            json.WriteString("@type", "GovernmentOrganization");
            json.WriteString("name", view.DepartmentName(department));
            WriteOptional(json, "url", Absolute(view, ContentUrls.Department(view.Site, view.Lang, department.Id)));
            json.WriteEndObject();
        }
        else
        {
            WriteReference(json, property, OrganisationId(view));
        }
    }

    private static void WriteBreadcrumbs(Utf8JsonWriter json, PageView view)
    {
        var trail = Trail(view);
        if (trail.Count < 2 || trail.Any(step => step.Url is null))
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("@type", "BreadcrumbList");
        json.WriteStartArray("itemListElement");
        for (var i = 0; i < trail.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", i + 1);
            json.WriteString("name", trail[i].Name);
            json.WriteString("item", trail[i].Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The home page, the page of the section the page belongs to (when it is another), and the page.</summary>
    private static List<(string Name, string? Url)> Trail(PageView view)
    {
        var page = view.Page;
        var home = ContentUrls.LanguageRoot(view.Site, view.Lang);
        var trail = new List<(string Name, string? Url)> { (view.Site.Title.In(view.Lang), Absolute(view, home)) };
        if (page is HomePage)
        {
            return trail;
        }

        if (page.MenuPath is { } section && section != page.UrlPath && section != home && SectionName(view, section) is { } name)
        {
            trail.Add((name, Absolute(view, section)));
        }

        trail.Add((page.Title, Absolute(view, page.UrlPath)));
        return trail;
    }

    private static string? SectionName(PageView view, string sitePath)
    {
        foreach (var section in new[] { ContentSection.Articles, ContentSection.Laws, ContentSection.Slogans, ContentSection.Events })
        {
            if (sitePath == ContentUrls.SectionList(view.Site, view.Lang, section))
            {
                return view.T("section." + section.FolderName());
            }
        }

        if (sitePath == ContentUrls.DepartmentList(view.Site, view.Lang))
        {
            return view.T("section.departments");
        }

        var menu = view.Menu.FirstOrDefault(item => ContentUrls.LanguageRoot(view.Site, view.Lang) + item.Path == sitePath);
        return menu?.Title ?? (sitePath == ContentUrls.TopicList(view.Site, view.Lang) ? view.T("section.topics") : null);
    }

    private static void WriteReference(Utf8JsonWriter json, string name, string? id)
    {
        if (id is null)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("@id", id);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } day)
        {
            json.WriteString(name, DisplayDates.Iso(day));
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }
}
