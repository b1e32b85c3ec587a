using BenchmarkDotNet.Attributes;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Markdown;

namespace InfoSiteGen.Benchmarks;

/// <summary>The Markdown stage: one body to HTML (links resolved, heading ids, plain text for search), short and long.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private MarkdownRenderer _renderer = null!;
    private ContentItem _item = null!;

    [Params("short", "long")]
    public string Body { get; set; } = "short";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Instance;
        _renderer = new MarkdownRenderer(corpus.Links, corpus.Safety, new DiagnosticBag());
        var articles = corpus.Rules.Select(corpus.Items).Where(i => i.Section == ContentSection.Articles).OrderBy(i => i.Body.Length).ToList();
        _item = Body == "short" ? articles[0] : articles[^1];
    }

    [Benchmark(Description = "markdown: render one body")]
    public RenderedBody RenderOneBody() => _renderer.Render(_item);
}
