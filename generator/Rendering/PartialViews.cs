using InfoSiteGen.Site;

namespace InfoSiteGen.Rendering;

/// <summary>The model of <c>partials/item-list</c> and <c>partials/law-table</c>: a list of items on some page.</summary>
public sealed record ItemListView(PageView View, IReadOnlyList<ItemSummary> Items);

/// <summary>The model of <c>partials/slogans</c>: slogans shown on some page.</summary>
public sealed record SloganListView(PageView View, IReadOnlyList<SloganView> Slogans, bool ShowDetails);
