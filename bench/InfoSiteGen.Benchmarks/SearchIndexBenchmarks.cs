using BenchmarkDotNet.Attributes;
using InfoSiteGen.Publishing;
using InfoSiteGen.Publishing.Search;
using InfoSiteGen.Site;
using InfoSiteGen.Text;

namespace InfoSiteGen.Benchmarks;

/// <summary>
/// The search stage: one language's index built from its item pages exactly as <see cref="SearchFiles"/>
/// gathers them, and the folding of one long body's words on its own, which is the per-word work inside it.
/// </summary>
[MemoryDiagnoser]
public class SearchIndexBenchmarks
{
    private List<SearchDocument> _documents = [];
    private string _longText = "";

    [GlobalSetup]
    public void Setup()
    {
        var site = BenchSite.Instance;
        var language = site.Config.DefaultLanguage;
        _documents = site.Site.Pages.OfType<ItemPage>()
            .Where(p => p.Language == language)
            .Select(p => new SearchDocument(p.UrlPath, p.Title, p.Item.Summary, p.Body.PlainText, SearchFiles.KindOf(p.Item.Section), p.Item.Date))
            .ToList();
        _longText = string.Join(' ', _documents.Take(6).Select(d => d.Text));
    }

    /// <summary>The default language's index of the whole corpus (200 documents at the default size).</summary>
    [Benchmark]
    public string BuildIndex() => SearchIndex.Build(_documents);

    /// <summary>The words of about 4,500 words of text, each in its searchable (folded) form.</summary>
    [Benchmark]
    public IReadOnlyList<string> FoldLongText() => SearchFolding.Words(_longText);
}
