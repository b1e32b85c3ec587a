using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Pages;

/// <summary>
/// The legal documents table of a language and one pre-built page per filter value (kind, issuer, year,
/// legal status), so filtering works without JavaScript; the theme's script filters in place where it runs.
/// </summary>
public sealed class LawTable(SiteConfig config, UiStrings strings)
{
    /// <summary>The facets, in the order they are offered; each value's page is <c>laws/KEY/VALUE/</c>.</summary>
    private static readonly (string Key, string LabelKey)[] FacetKeys =
        [("kind", "law.kind"), ("issuer", "law.issuer"), ("year", "law.year"), ("status", "law.legal_status")];

    /// <summary>The value of a facet for a law, as (text shown, slug in the URL); null when the law has none.</summary>
    public (string Text, string Slug)? ValueOf(string facet, ItemSummary law, string language) =>
        SlugOf(facet, law) is { Length: > 0 } slug
            ? (facet switch
            {
                "kind" => law.Law!.Kind!,
                "issuer" => law.Law!.Issuer!,
                "status" => strings.Get(language, StatusKey(law.Law!.LegalStatus)),
                _ => slug,
            }, slug)
            : null;

    /// <summary>The URL segment of a law's value for a facet (<c>luat</c>, <c>quoc-hoi</c>, <c>2016</c>, <c>expired</c>), or null.</summary>
    public static string? SlugOf(string facet, ItemSummary law) => facet switch
    {
        "kind" when law.Law?.Kind is { } kind => Slug.From(kind),
        "issuer" when law.Law?.Issuer is { } issuer => Slug.From(issuer),
        "year" when IssuedOn(law) is { } issued => issued.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "status" when law.Law is { } metadata => StatusSlug(metadata.LegalStatus),
        _ => null,
    };

    public static string StatusSlug(LegalStatus status) => status switch
    {
        LegalStatus.Amended => "amended",
        LegalStatus.Expired => "expired",
        _ => "in-force",
    };

    /// <summary>Newest issued first; laws without an issue date last, by title.</summary>
    public static IReadOnlyList<ItemSummary> Sort(IEnumerable<ItemSummary> laws, IComparer<string> collation) =>
        laws.OrderByDescending(l => IssuedOn(l) ?? DateOnly.MinValue).ThenBy(l => l.Title, collation).ToList();

    public IEnumerable<(LawListPage Page, string Key, string FallbackKey)> Build(string language, IReadOnlyList<ItemSummary> laws)
    {
        var root = ContentUrls.LanguageRoot(config, language);
        var allPath = ContentUrls.SectionList(config, language, ContentSection.Laws);
        var title = strings.Get(language, "section.laws");
        var grouped = Facets(language, laws, allPath);
        var facets = grouped.Select(f => new LawFacet(f.Key, f.Label, f.Values.Select(v => v.Link).ToList())).ToList();

        yield return (new LawListPage
        {
            UrlPath = allPath,
            Language = language,
            Title = title,
            MenuPath = allPath,
            Items = laws,
            Facets = facets,
            AllUrl = allPath,
        }, "laws/", "laws/");

        foreach (var facet in grouped)
        {
            foreach (var value in facet.Values)
            {
                yield return (new LawListPage
                {
                    UrlPath = value.Link.UrlPath,
                    Language = language,
                    Title = $"{title} – {facet.Label}: {value.Link.Title}",
                    MenuPath = allPath,
                    Items = value.Laws,
                    Facets = facets,
                    Filter = new LawFilter(facet.Key, facet.Label, value.Link.Title),
                    AllUrl = allPath,
                }, value.Link.UrlPath[root.Length..], "laws/");
            }
        }
    }

    private sealed record FacetValue(ListLink Link, string Slug, IReadOnlyList<ItemSummary> Laws);

    private sealed record GroupedFacet(string Key, string Label, IReadOnlyList<FacetValue> Values);

    private List<GroupedFacet> Facets(string language, IReadOnlyList<ItemSummary> laws, string allPath)
    {
        var collation = VietnameseCollation.For(language);
        var facets = new List<GroupedFacet>();
        foreach (var (key, labelKey) in FacetKeys)
        {
            var values = laws
                .Select(law => (Law: law, Value: ValueOf(key, law, language)))
                .Where(pair => pair.Value is not null)
                .GroupBy(pair => pair.Value!.Value.Slug)
                .Select(g => new FacetValue(
                    new ListLink(g.First().Value!.Value.Text, $"{allPath}{key}/{g.Key}/", g.Count()),
                    g.Key,
                    g.Select(pair => pair.Law).ToList()));
            var ordered = key switch
            {
                "year" => values.OrderByDescending(v => v.Slug, StringComparer.Ordinal),
                "status" => values.OrderBy(v => Array.IndexOf(StatusOrder, v.Slug)),
                _ => values.OrderBy(v => v.Link.Title, collation),
            };
            var list = ordered.ToList();
            if (list.Count > 0)
            {
                facets.Add(new GroupedFacet(key, strings.Get(language, labelKey), list));
            }
        }

        return facets;
    }

    private static readonly string[] StatusOrder = ["in-force", "amended", "expired"];

    private static DateOnly? IssuedOn(ItemSummary law) => law.Law?.IssuedOn ?? law.Date;

    private static string StatusKey(LegalStatus status) => status switch
    {
        LegalStatus.Amended => "law.status.amended",
        LegalStatus.Expired => "law.status.expired",
        _ => "law.status.in_force",
    };
}
