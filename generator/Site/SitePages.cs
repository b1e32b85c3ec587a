using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Markdown;

namespace InfoSiteGen.Site;

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

    public string OutputFile => UrlPath + "index.html";
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
    LawMetadata? Law,
    bool IsPreviewOnly);

/// <summary>A slogan as shown in the home page banner and the slogans list.</summary>
public sealed record SloganView(string Html, string Language, int Weight, PublicationWindow Window, string? ApprovedBy, DateOnly? ApprovedOn, Department? Department, bool IsPreviewOnly);

/// <summary>The home page of a language.</summary>
public sealed record HomePage : SitePage
{
    public override string Template => "home";

    public required IReadOnlyList<SloganView> Slogans { get; init; }

    public required IReadOnlyList<ItemSummary> LatestArticles { get; init; }

    public required IReadOnlyList<ItemSummary> LatestLaws { get; init; }
}

/// <summary>The list of one section (articles, laws, slogans) in one language.</summary>
public sealed record SectionListPage : SitePage
{
    public override string Template => Section switch
    {
        ContentSection.Laws => "law-list",
        ContentSection.Slogans => "slogan-list",
        _ => "list",
    };

    public required ContentSection Section { get; init; }

    public required IReadOnlyList<ItemSummary> Items { get; init; }

    public IReadOnlyList<SloganView> Slogans { get; init; } = [];
}

/// <summary>The page of one item: an article, a law summary, a slogan or a standalone page.</summary>
public sealed record ItemPage : SitePage
{
    public override string Template => Item.Section switch
    {
        ContentSection.Articles => "article",
        ContentSection.Laws => "law",
        ContentSection.Slogans => "slogan",
        _ => "page",
    };

    public required ContentItem Item { get; init; }

    public required RenderedBody Body { get; init; }

    public Attachment? Attachment { get; init; }

    public Department? Department { get; init; }

    public IReadOnlyList<Topic> Topics { get; init; } = [];

    public bool IsPreviewOnly { get; init; }
}

/// <summary>Everything one department supplied, in one language.</summary>
public sealed record DepartmentPage : SitePage
{
    public override string Template => "department";

    public required Department Department { get; init; }

    public required IReadOnlyList<ItemSummary> Items { get; init; }
}

/// <summary>The list of departments that have published content in a language.</summary>
public sealed record DepartmentIndexPage : SitePage
{
    public override string Template => "department-list";

    public required IReadOnlyList<(Department Department, int ItemCount)> Departments { get; init; }
}
