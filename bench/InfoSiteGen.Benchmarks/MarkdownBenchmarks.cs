using BenchmarkDotNet.Attributes;
using InfoSiteGen.Bodies;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Benchmarks;

/// <summary>
/// One body through <see cref="MarkdownRenderer"/>: Markdig's parse and HTML rendering plus what the project
/// adds (heading ids, heading-level checks, link resolution, word count and plain text). The baseline is
/// Markdig alone with the renderer's own pipeline for that body, so the ratio is the cost of the additions.
/// </summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private Content.ContentItem _item = null!;
    private MarkdownRenderer _renderer = null!;

    [Params(BodySize.Short, BodySize.Typical, BodySize.Long)]
    public BodySize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var site = BenchSite.Instance;
        _item = site.Sample(Size);
        // The sample's links all resolve and its headings are in order, so nothing is reported into the bag.
        _renderer = new MarkdownRenderer(site.Resolver, site.Safety, new DiagnosticBag());
    }

    [Benchmark(Baseline = true)]
    public string MarkdigOnly() => Markdig.Markdown.ToHtml(_item.Body, MarkdownPipelines.For(_item.Body));

    [Benchmark]
    public RenderedBody Render() => _renderer.Render(_item);
}
