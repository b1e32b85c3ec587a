using InfoSiteGen.Bodies;
using InfoSiteGen.Content;
using InfoSiteGen.Pages;
using InfoSiteGen.Publishing.Search;

namespace InfoSiteGen.Publishing;

/// <summary>Writes each language's search index beside its search page, from the published item pages of that language.</summary>
public static class SearchFiles
{
    /// <summary>Writes the indexes and returns their sizes in bytes, by language, for the build summary.</summary>
    public static IReadOnlyDictionary<string, long> Write(AssembledSite site, IFileSink output) =>
        Write(site, output, Build(site.Pages.OfType<ItemPage>().Select(p => (p.Item, p.Body))));

    /// <summary>Writes indexes made beforehand by <see cref="Build"/>, and returns their sizes in bytes, by language.</summary>
    public static IReadOnlyDictionary<string, long> Write(AssembledSite site, IFileSink output, IReadOnlyDictionary<string, string> scripts)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var page in site.Pages.OfType<SearchPage>())
        {
            var script = scripts.TryGetValue(page.Language, out var made) ? made : SearchIndex.Build(Array.Empty<IndexedDocument>());
            output.WriteText(page.UrlPath + page.IndexFile, script);
            sizes[page.Language] = System.Text.Encoding.UTF8.GetByteCount(script);
        }

        return sizes;
    }

    /// <summary>
    /// The index script of each language of the items, from their bodies alone: every published item has a
    /// page of its own at its address, so the build can make the indexes while the site is still being assembled.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Build(IEnumerable<(ContentItem Item, RenderedBody Body)> items) =>
        items.GroupBy(i => i.Item.Language, StringComparer.Ordinal).ToDictionary(
            language => language.Key,
            language => SearchIndex.Build(language.Select(i =>
                new IndexedDocument(i.Item.UrlPath, i.Item.Title, i.Item.Summary, i.Body.Lead, KindOf(i.Item.Section), i.Item.Date, i.Body.SearchTerms))),
            StringComparer.Ordinal);

    /// <summary>The kind key the search page labels results with (<c>data-kind-law</c>…).</summary>
    public static string KindOf(ContentSection section) => section switch
    {
        ContentSection.Articles => "article",
        ContentSection.Laws => "law",
        ContentSection.Slogans => "slogan",
        ContentSection.Events => "event",
        _ => "page",
    };
}
