using InfoSiteGen.Bodies;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;

namespace InfoSiteGen.Pages;

/// <summary>A link to the same page in another language, or to the nearest page there when it has no translation.</summary>
/// <param name="IsTranslation">False when the page is not translated and the link goes to a list or home page instead.</param>
public sealed record LanguageLink(string Language, string UrlPath, bool IsTranslation);

/// <summary>One HTML page of the output, with everything its template needs.</summary>
public abstract record SitePage
{
    /// <summary>The page's path from the site root, ending in '/'; the file is <c>UrlPath + "index.html"</c>.</summary>
    public required string UrlPath { get; init; }

    public required string Language { get; init; }

    public required string Title { get; init; }

    /// <summary>The template in theme/layouts that renders the page, without extension.</summary>
    public abstract string Template { get; }

    /// <summary>A sentence for search engines and link previews.</summary>
    public string? Description { get; init; }

    /// <summary>The page in each language it exists in, this one included: the only targets of hreflang links.</summary>
    public IReadOnlyList<LanguageLink> Translations { get; init; } = [];

    /// <summary>For each other language, where its switcher link goes.</summary>
    public IReadOnlyList<LanguageLink> Switcher { get; init; } = [];

    /// <summary>The menu entry this page belongs under (a site path such as <c>laws/</c>), marked as current.</summary>
    public string? MenuPath { get; init; }

    /// <summary>The file the page is written to, relative to the output root.</summary>
    public virtual string OutputFile => UrlPath + "index.html";

    /// <summary>
    /// Links on this page are absolute (under the base URL) rather than relative: for pages the web
    /// server shows at other addresses than their own, such as 404.html.
    /// </summary>
    public bool UsesAbsoluteLinks { get; init; }
}

/// <summary>What a list shows of an item.</summary>
public sealed record ItemSummary(
    string Title,
    string UrlPath,
    string Language,
    ContentSection Section,
    DateOnly? Date,
    string? Summary,
    Department? Department,
    IReadOnlyList<Topic> Topics,
    LawMetadata? Law,
    bool IsPreviewOnly,
    Attachment? Attachment = null,
    EventDetails? Event = null);

/// <summary>A slogan as shown in the home page banner and the slogans list.</summary>
public sealed record SloganView(
    string Title,
    string Html,
    string Language,
    string UrlPath,
    int Weight,
    PublicationWindow Window,
    string? ApprovedBy,
    DateOnly? ApprovedOn,
    Department? Department,
    bool IsPreviewOnly);

/// <summary>Which page of a paginated list this is, and where the others are.</summary>
/// <param name="PageUrls">The site path of every page of the list, first page first.</param>
public sealed record Pagination(int Number, IReadOnlyList<string> PageUrls)
{
    /// <summary>How many pages on each side of this one the page links show.</summary>
    public const int Neighbours = 2;

    public static readonly Pagination Single = new(1, []);

    public int Count => Math.Max(1, PageUrls.Count);

    public string? Previous => Number > 1 ? PageUrls[Number - 2] : null;

    public string? Next => Number < PageUrls.Count ? PageUrls[Number] : null;

    /// <summary>
    /// The page numbers to link, in order, with <c>null</c> where a run of pages is left out: the first and
    /// the last page, and the pages within <see cref="Neighbours"/> of this one, as "1 … 5 6 7 8 9 … 40".
    /// A list of hundreds of pages thus gets at most nine links instead of one per page, which would make every
    /// page of the list grow with the list (and the whole list grow with its square). A gap never hides a
    /// single page: that page is shown instead, as the ellipsis would take the same room.
    /// </summary>
    public IReadOnlyList<int?> ShownNumbers()
    {
        var from = Math.Max(1, Number - Neighbours);
        var to = Math.Min(Count, Number + Neighbours);
        var shown = new List<int?>();
        if (from > 1)
        {
            shown.Add(1);
        }

        if (from > 2)
        {
            shown.Add(from == 3 ? 2 : null);
        }

        for (var n = from; n <= to; n++)
        {
            shown.Add(n);
        }

        if (to < Count - 1)
        {
            shown.Add(to == Count - 2 ? Count - 1 : null);
        }

        if (to < Count)
        {
            shown.Add(Count);
        }

        return shown;
    }
}

/// <summary>An entry of a list of lists: a department, a topic, a year, a filter value.</summary>
public sealed record ListLink(string Title, string UrlPath, int Count, string? Language = null);

/// <summary>The home page of a language.</summary>
public sealed record HomePage : SitePage
{
    public override string Template => "home";

    public required IReadOnlyList<SloganView> Slogans { get; init; }

    public required IReadOnlyList<ItemSummary> LatestArticles { get; init; }

    public required IReadOnlyList<ItemSummary> LatestLaws { get; init; }

    /// <summary>The soonest upcoming events, when the site has events.</summary>
    public IReadOnlyList<ItemSummary> NextEvents { get; init; } = [];

    /// <summary>The events page of the language, when the site has events.</summary>
    public string? EventsPath { get; init; }
}

/// <summary>The events of a language: every upcoming one, soonest first, then the latest past ones.</summary>
public sealed record EventListPage : SitePage
{
    public override string Template => "event-list";

    /// <summary>Events not over on the build date (those happening that day included), soonest first.</summary>
    public required IReadOnlyList<ItemSummary> Upcoming { get; init; }

    /// <summary>The most recent past events, newest first; all of them are on <see cref="PastPath"/> when more.</summary>
    public required IReadOnlyList<ItemSummary> Past { get; init; }

    /// <summary>The paginated list of every past event, when there are more than this page shows.</summary>
    public string? PastPath { get; init; }

    /// <summary>The language's calendar of every event, to subscribe to; null when the language has no event.</summary>
    public string? CalendarFile { get; init; }
}

/// <summary>Why a list page lists what it lists.</summary>
public enum ListKind
{
    Section,
    Year,
    Department,
    Topic,
}

/// <summary>One page of a paginated list of items: a section, a year of a section, a department or a topic.</summary>
public sealed record ListPage : SitePage
{
    public override string Template => "list";

    public required ListKind Kind { get; init; }

    public required IReadOnlyList<ItemSummary> Items { get; init; }

    public Pagination Pagination { get; init; } = Pagination.Single;

    /// <summary>The years that have items, for the archive links of a section list.</summary>
    public IReadOnlyList<ListLink> Years { get; init; } = [];

    public Department? Department { get; init; }

    public Topic? Topic { get; init; }

    /// <summary>For a year's list, the year.</summary>
    public int? Year { get; init; }
}

/// <summary>The table of legal documents, whole or filtered by one value of one facet.</summary>
public sealed record LawListPage : SitePage
{
    public override string Template => "law-list";

    public required IReadOnlyList<ItemSummary> Items { get; init; }

    /// <summary>Filter links by facet (kind, issuer, year, legal status), each pointing to a pre-built page.</summary>
    public required IReadOnlyList<LawFacet> Facets { get; init; }

    /// <summary>The filter this page shows, or null for the whole table.</summary>
    public LawFilter? Filter { get; init; }

    /// <summary>The site path of the whole table, to clear the filter.</summary>
    public required string AllUrl { get; init; }
}

/// <summary>One way of filtering legal documents, with its values.</summary>
public sealed record LawFacet(string Key, string Label, IReadOnlyList<ListLink> Values);

/// <summary>The facet and value a filtered law table shows.</summary>
public sealed record LawFilter(string FacetKey, string FacetLabel, string Value);

/// <summary>The list of every published slogan with its display period and approval.</summary>
public sealed record SloganListPage : SitePage
{
    public override string Template => "slogan-list";

    public required IReadOnlyList<SloganView> Slogans { get; init; }

    /// <summary>The campaign materials page of the language, when the site makes artwork.</summary>
    public string? MaterialsPath { get; init; }
}

/// <summary>A file of artwork made from a slogan, as the materials page links it and the manifest lists it.</summary>
/// <param name="SloganSource">The slogan's file in the content folder, with the SHA-256 of its bytes and its approval.</param>
public sealed record ArtworkFile(
    string OutputPath,
    byte[] Bytes,
    string FormatId,
    string SizeLabel,
    string Extension,
    string Language,
    string SloganSource,
    string? SloganSha256,
    string? ApprovedBy,
    DateOnly? ApprovedOn);

/// <summary>A slogan on the materials page: its preview picture and its artwork files, one per format.</summary>
public sealed record MaterialEntry(SloganView Slogan, string Text, string PreviewPath, IReadOnlyList<ArtworkFile> Files)
{
    /// <summary>The files to download: every format but the preview picture.</summary>
    public IEnumerable<ArtworkFile> Downloads => Files.Where(f => f.OutputPath != PreviewPath);
}

/// <summary>The campaign materials page (<c>materials/</c>): every slogan's artwork, ready to send to a print shop or a screen.</summary>
public sealed record MaterialsPage : SitePage
{
    public override string Template => "materials";

    public required IReadOnlyList<MaterialEntry> Entries { get; init; }
}

/// <summary>The page of one item: an article, a law summary, a slogan, an event or a standalone page.</summary>
public sealed record ItemPage : SitePage
{
    public override string Template => Item.Section switch
    {
        ContentSection.Articles => "article",
        ContentSection.Laws => "law",
        ContentSection.Slogans => "slogan",
        ContentSection.Events => "event",
        _ => "page",
    };

    public required ContentItem Item { get; init; }

    /// <summary>For an event, its calendar file beside the page.</summary>
    public string? CalendarFile { get; init; }

    /// <summary>For a legal document replaced or amended by the build date, the document that did it.</summary>
    public LawSuccessor? Successor { get; init; }

    public required RenderedBody Body { get; init; }

    public Attachment? Attachment { get; init; }

    public LeadImage? Image { get; init; }

    public RenderedMedia Media { get; init; } = RenderedMedia.None;

    public Department? Department { get; init; }

    public IReadOnlyList<Topic> Topics { get; init; } = [];

    public bool IsPreviewOnly { get; init; }

    /// <summary>The next newer item of the same section and language.</summary>
    public ItemSummary? Newer { get; init; }

    /// <summary>The next older item of the same section and language.</summary>
    public ItemSummary? Older { get; init; }

    /// <summary>Items of the same section and language sharing a topic, most shared topics first.</summary>
    public IReadOnlyList<ItemSummary> Related { get; init; } = [];

    /// <summary>Site paths of topic pages, for linking the item's topics.</summary>
    public IReadOnlyDictionary<string, string> TopicUrls { get; init; } = new Dictionary<string, string>();
}

/// <summary>The document that replaced or amended a legal document, as its page links it.</summary>
/// <param name="Replaced">True for <c>replaced_by</c>, false for <c>amended_by</c>.</param>
/// <param name="UrlPath">Its page; null when it is not published.</param>
/// <param name="Language">Its language, when its page is in another language than the linking one.</param>
public sealed record LawSuccessor(bool Replaced, DateOnly On, string? Title, string? UrlPath, string? Language);

/// <summary>A list of lists: the departments or the topics that have published content in a language.</summary>
public sealed record IndexPage : SitePage
{
    public override string Template => "index-list";

    public required string Intro { get; init; }

    public required IReadOnlyList<ListLink> Entries { get; init; }
}

/// <summary>The bilingual page the web server shows for a missing address, at any depth of the site.</summary>
public sealed record NotFoundPage : SitePage
{
    public const string FileName = "404.html";

    public override string Template => "404";

    public override string OutputFile => FileName;
}

/// <summary>The search page of a language; its index is written beside it by the Publishing stage.</summary>
public sealed record SearchPage : SitePage
{
    public override string Template => "search";

    /// <summary>The index script's file name, in the page's folder.</summary>
    public required string IndexFile { get; init; }
}
