using InfoSiteGen.Content;

namespace InfoSiteGen.Reporting;

/// <summary>A content file whose item has no version in some of the site's languages.</summary>
/// <param name="Missing">The site's languages the item has no file in, in the order of site.yml.</param>
public sealed record UntranslatedItem(
    string SourcePath,
    ContentSection Section,
    string Language,
    string Title,
    ItemStatus Status,
    IReadOnlyList<string> Missing);
