using InfoSiteGen.Content;
using InfoSiteGen.Publishing.Search;
using InfoSiteGen.Site;

namespace InfoSiteGen.Publishing;

/// <summary>Writes each language's search index beside its search page, from the published item pages of that language.</summary>
public static class SearchFiles
{
    /// <summary>Writes the indexes and returns their sizes in bytes, by language, for the build summary.</summary>
    public static IReadOnlyDictionary<string, long> Write(AssembledSite site, IFileSink output)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var page in site.Pages.OfType<SearchPage>())
        {
            var documents = site.Pages.OfType<ItemPage>()
                .Where(p => p.Language == page.Language)
                .Select(p => new SearchDocument(p.UrlPath, p.Title, p.Item.Summary, p.Body.PlainText, KindOf(p.Item.Section), p.Item.Date));
            var script = SearchIndex.Build(documents);
            output.WriteText(page.UrlPath + page.IndexFile, script);
            sizes[page.Language] = System.Text.Encoding.UTF8.GetByteCount(script);
        }

        return sizes;
    }

    /// <summary>The kind key the search page labels results with (<c>data-kind-law</c>…).</summary>
    public static string KindOf(ContentSection section) => section switch
    {
        ContentSection.Articles => "article",
        ContentSection.Laws => "law",
        ContentSection.Slogans => "slogan",
        _ => "page",
    };
}
