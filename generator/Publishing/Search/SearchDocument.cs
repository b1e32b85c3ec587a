using InfoSiteGen.Writing;

namespace InfoSiteGen.Publishing.Search;

/// <summary>One page of one language as the search index sees it.</summary>
/// <param name="UrlPath">The page's folder from the site root, ending in '/': <c>laws/luat-tre-em/</c>, <c>en/laws/children/</c>.</param>
/// <param name="Title">The page title, shown as the link.</param>
/// <param name="Summary">The lead shown under the title; when missing, the start of <paramref name="Text"/> is shown.</param>
/// <param name="Text">The body as plain text; every word of it can be searched for.</param>
/// <param name="Kind">A lower-case key such as <c>law</c> or <c>article</c>; the search page names it in its language.</param>
/// <param name="Date">The item's date: newer items come first among equally good matches.</param>
public sealed record SearchDocument(string UrlPath, string Title, string? Summary, string Text, string Kind, DateOnly? Date)
{
    /// <summary>The document with its terms collected from its title, summary and text.</summary>
    public IndexedDocument Indexed(SearchTermCollector terms) =>
        new(UrlPath, Title, Summary, Text, Kind, Date, terms.DistinctTerms(Title, Summary, Text));
}

/// <summary>
/// A page as the index is made from it: what the results list shows, and the terms found in it. The build
/// collects the terms while it renders each body (see <see cref="SearchTermCollector"/>) and keeps only the
/// start of the text.
/// </summary>
/// <param name="Lead">The start of the body's text, enough to cut the shown summary from when there is no <paramref name="Summary"/>.</param>
/// <param name="Terms">The distinct terms of the title, summary and text.</param>
public sealed record IndexedDocument(
    string UrlPath, string Title, string? Summary, string Lead, string Kind, DateOnly? Date, IReadOnlyList<SearchTerm> Terms);
