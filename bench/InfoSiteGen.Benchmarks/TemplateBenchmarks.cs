using BenchmarkDotNet.Attributes;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Rendering;
using InfoSiteGen.Site;

namespace InfoSiteGen.Benchmarks;

/// <summary>The Rendering stage: one page through the theme's Razor templates (layout and partials included).</summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private TemplateRenderer _templates = null!;
    private SitePage _page = null!;
    private Corpus _corpus = null!;
    private readonly StringWriter _writer = new(new System.Text.StringBuilder(64 * 1024));

    [Params("article", "list")]
    public string Page { get; set; } = "article";

    [GlobalSetup]
    public async Task Setup()
    {
        _corpus = Corpus.Instance;
        var site = new SiteAssembler(_corpus.Config, _corpus.Strings, _corpus.Rules, new DiagnosticBag()).Assemble(_corpus.Rendered());
        _page = Page == "article" ? site.Pages.OfType<ItemPage>().First() : site.Pages.OfType<ListPage>().First();
        _templates = TemplateRenderer.For(_corpus.ThemeDirectory);
        var diagnostics = new DiagnosticBag();
        if (!await _templates.PrepareAsync(site.Pages.Select(p => p.Template), diagnostics))
        {
            throw new InvalidOperationException(string.Join('\n', diagnostics.All));
        }
    }

    [Benchmark(Description = "templates: render one page")]
    public async Task<int> RenderOnePage()
    {
        _writer.GetStringBuilder().Clear();
        await _templates.RenderAsync(_page, new PageView(_page, _corpus.Config, _corpus.Strings, new BuildSettings(_corpus.Rules.Now, false)), _writer);
        return _writer.GetStringBuilder().Length;
    }
}
