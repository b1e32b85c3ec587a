namespace InfoSiteGen.Content;

/// <summary>The kinds of content, one folder each under the content folder.</summary>
public enum ContentSection
{
    /// <summary><c>articles/</c>: articles on the province's achievements.</summary>
    Articles,

    /// <summary><c>laws/</c>: summaries of legal documents.</summary>
    Laws,

    /// <summary><c>slogans/</c>: approved slogans with display periods.</summary>
    Slogans,

    /// <summary><c>pages/</c>: standalone pages (about, contact, accessibility statement).</summary>
    Pages,

    /// <summary><c>events/</c>: seminars, exhibitions and screenings, with their times and places.</summary>
    Events,
}

/// <summary>Folder names, URL segments and allowed front matter keys of each section.</summary>
public static class ContentSections
{
    public static readonly IReadOnlyList<ContentSection> All =
        [ContentSection.Articles, ContentSection.Laws, ContentSection.Slogans, ContentSection.Pages, ContentSection.Events];

    /// <summary>Front matter keys every item may have.</summary>
    public static readonly IReadOnlyList<string> SharedKeys =
    [
        "title", "date", "status", "approved_by", "approved_on", "department", "topics", "summary",
        "publish_from", "publish_until", "translation_key", "slug", "internal_note",
    ];

    public static readonly IReadOnlyList<string> LawKeys =
        ["number", "kind", "issuer", "issued_on", "effective_on", "legal_status", "status_history", "source_url", "attachment"];

    public static readonly IReadOnlyList<string> SloganKeys = ["weight"];

    public static readonly IReadOnlyList<string> ArticleKeys = ["image", "image_alt", "credit"];

    public static string FolderName(this ContentSection section) => section switch
    {
        ContentSection.Articles => "articles",
        ContentSection.Laws => "laws",
        ContentSection.Slogans => "slogans",
        ContentSection.Pages => "pages",
        ContentSection.Events => "events",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    public static ContentSection? FromFolderName(string folder) =>
        All.Cast<ContentSection?>().FirstOrDefault(s => s!.Value.FolderName() == folder);

    public static IReadOnlyList<string> AllowedKeys(this ContentSection section) => section switch
    {
        ContentSection.Laws => [.. SharedKeys, .. LawKeys],
        ContentSection.Slogans => [.. SharedKeys, .. SloganKeys],
        ContentSection.Articles => [.. SharedKeys, .. ArticleKeys, .. ItemMedia.Keys],
        ContentSection.Events => [.. SharedKeys, .. EventReader.Keys],
        _ => [.. SharedKeys, .. ItemMedia.Keys],
    };
}
