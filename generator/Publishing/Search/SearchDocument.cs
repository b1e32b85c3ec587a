namespace InfoSiteGen.Publishing.Search;

/// <summary>One page of one language as the search index sees it.</summary>
/// <param name="UrlPath">The page's folder from the site root, ending in '/': <c>laws/luat-tre-em/</c>, <c>en/laws/children/</c>.</param>
/// <param name="Title">The page title, shown as the link.</param>
/// <param name="Summary">The lead shown under the title; when missing, the start of <paramref name="Text"/> is shown.</param>
/// <param name="Text">The body as plain text; every word of it can be searched for.</param>
/// <param name="Kind">A lower-case key such as <c>law</c> or <c>article</c>; the search page names it in its language.</param>
/// <param name="Date">The item's date: newer items come first among equally good matches.</param>
public sealed record SearchDocument(string UrlPath, string Title, string? Summary, string Text, string Kind, DateOnly? Date);
