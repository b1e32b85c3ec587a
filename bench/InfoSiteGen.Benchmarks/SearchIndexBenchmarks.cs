using BenchmarkDotNet.Attributes;
using InfoSiteGen.Publishing;
using InfoSiteGen.Publishing.Search;

namespace InfoSiteGen.Benchmarks;

/// <summary>The search index of one language, built from every published item's plain text.</summary>
[MemoryDiagnoser]
public class SearchIndexBenchmarks
{
    private List<SearchDocument> _documents = [];

    [GlobalSetup]
    public void Setup() =>
        _documents = Corpus.Instance.Rendered().Values
            .Where(r => r.Item.Language == "vi")
            .Select(r => new SearchDocument(r.Item.UrlPath, r.Item.Title, r.Item.Summary, r.Body.PlainText, SearchFiles.KindOf(r.Item.Section), r.Item.Date))
            .ToList();

    [Benchmark(Description = "search: build the Vietnamese index")]
    public int BuildIndex() => SearchIndex.Build(_documents).Length;
}
