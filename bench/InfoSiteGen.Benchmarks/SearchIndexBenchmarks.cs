using BenchmarkDotNet.Attributes;
using InfoSiteGen.Pages;
using InfoSiteGen.Publishing;
using InfoSiteGen.Publishing.Search;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Benchmarks;

/// <summary>
/// The search stage: one language's index built from its item pages exactly as <see cref="SearchFiles"/>
/// gathers them (terms already collected), the collection of those terms as the Markdown stage does it, and
/// the folding of one long body's words on its own, which is the per-word work inside it.
/// </summary>
[MemoryDiagnoser]
public class SearchIndexBenchmarks
{
    private List<IndexedDocument> _documents = [];
    private List<string> _texts = [];
    private string _longText = "";

    [GlobalSetup]
    public void Setup()
    {
        var site = BenchSite.Instance;
        var language = site.Config.DefaultLanguage;
        var pages = site.Site.Pages.OfType<ItemPage>().Where(p => p.Language == language).ToList();
        _documents = pages
            .Select(p => new IndexedDocument(p.UrlPath, p.Title, p.Item.Summary, p.Body.Lead, SearchFiles.KindOf(p.Item.Section), p.Item.Date, p.Body.SearchTerms))
            .ToList();
        // The Markdown sources stand in for the plain text the renderer collects terms from: the same words.
        _texts = pages.Select(p => site.MarkdownOf(p.Item.SourcePath)).ToList();
        _longText = string.Join(' ', _texts.Take(6));
    }

    /// <summary>The default language's index of the whole corpus (200 documents at the default size).</summary>
    [Benchmark]
    public string BuildIndex() => SearchIndex.Build(_documents);

    /// <summary>The distinct terms of every document of that language, with one collector as a build uses it.</summary>
    [Benchmark]
    public int CollectTerms()
    {
        var collector = new SearchTermCollector();
        var terms = 0;
        foreach (var text in _texts)
        {
            terms += collector.DistinctTerms(text).Count;
        }

        return terms;
    }

    /// <summary>The words of about 4,500 words of text, each in its searchable (folded) form.</summary>
    [Benchmark]
    public IReadOnlyList<string> FoldLongText() => SearchFolding.Words(_longText);
}
