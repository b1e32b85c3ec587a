using InfoSiteGen.Pages;

namespace InfoSiteGen.Rendering;

/// <summary>The model of <c>partials/item-list</c> and <c>partials/law-table</c>: a list of items on some page.</summary>
/// <param name="ShowKind">Label each item with its kind (article, legal document…), for lists that mix them.</param>
public sealed record ItemListView(PageView View, IReadOnlyList<ItemSummary> Items, bool ShowKind = false)
{
    /// <summary>The level of the items' headings: below the h2 of a section (home page, events page) or directly below the page's h1.</summary>
    public int HeadingLevel { get; init; } = View.Page is HomePage ? 3 : 2;
}

/// <summary>The model of <c>partials/slogans</c>: slogans shown on some page.</summary>
public sealed record SloganListView(PageView View, IReadOnlyList<SloganView> Slogans, bool ShowDetails);

/// <summary>The model of <c>partials/pagination</c>.</summary>
public sealed record PaginationView(PageView View, Pagination Pagination);
