using BenchmarkDotNet.Attributes;
using InfoSiteGen.Bodies;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pages;
using InfoSiteGen.Pipeline;
using InfoSiteGen.Rendering;

namespace InfoSiteGen.Benchmarks;

/// <summary>
/// Whole stages over the whole corpus, as the build runs them (in parallel where it does), so the per-file
/// figures of the other classes can be checked against what a stage costs in the end. <see cref="ParseAll"/>
/// is <see cref="ReadAll"/> without discovery, file I/O and parallelism: one core's cost of parsing the corpus.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private BenchSite _site = null!;
    private TemplateRenderer _templates = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchSite.Instance;
        _templates = TemplateRenderer.For(_site.ThemeDirectory);
        var diagnostics = new DiagnosticBag();
        if (!_templates.PrepareAsync(_site.Site.Pages.Select(p => p.Template), diagnostics).GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("the theme's templates do not compile:\n" + string.Join('\n', diagnostics.All));
        }
    }

    /// <summary>The content stage: find, read, decode and parse every file of the corpus.</summary>
    [Benchmark]
    public IReadOnlyList<ContentItem> ReadAll() =>
        new ContentFileCache(new PipelineStatistics()).ReadAll(_site.ContentDirectory, _site.Config, ChangeSet.Unknown, new DiagnosticBag()).Items;

    [Benchmark]
    public int ParseAll()
    {
        var reader = new ItemReader(_site.Config, new DiagnosticBag());
        var read = 0;
        for (var i = 0; i < _site.Files.Count; i++)
        {
            read += reader.Read(_site.Files[i], _site.Texts[i]) is null ? 0 : 1;
        }

        return read;
    }

    /// <summary>The Markdown stage: every published body rendered, links resolved, fragments checked.</summary>
    [Benchmark]
    public IReadOnlyDictionary<string, RenderedItem> RenderAllBodies() =>
        new BodyCache(new PipelineStatistics()).RenderAll(
            _site.Published, _site.Items, _site.Rules, _site.Resolver, _site.Safety, _site.ContentDirectory, _ => null, _site.MarkdownOf, structureChanged: true, new DiagnosticBag());

    /// <summary>The site stage: lists, pagination, translations and neighbours of every page.</summary>
    [Benchmark]
    public AssembledSite Assemble() =>
        new SiteAssembler(_site.Config, _site.Strings, _site.Rules, new DiagnosticBag()).Assemble(_site.Rendered);

    /// <summary>The pages stage without writing: every page through its template, in parallel.</summary>
    [Benchmark]
    public async Task<long> RenderAllPages()
    {
        var ledger = new LinkLedger();
        long characters = 0;
        await Parallel.ForEachAsync(_site.Site.Pages, async (page, _) =>
        {
            var html = await _templates.RenderAsync(page, new PageView(page, _site.Config, _site.Strings, _site.Settings, ledger));
            Interlocked.Add(ref characters, html.Length);
        });
        return characters;
    }
}
