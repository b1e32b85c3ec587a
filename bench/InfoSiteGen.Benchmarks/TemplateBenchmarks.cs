using BenchmarkDotNet.Attributes;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pages;
using InfoSiteGen.Rendering;

namespace InfoSiteGen.Benchmarks;

/// <summary>
/// One page of the corpus rendered by the real theme through <see cref="TemplateRenderer"/> (RazorLight), the
/// templates compiled (or loaded from the template cache) in the setup, as the build does before its pages.
/// The page's links go to a fresh <see cref="LinkLedger"/>, as in a build.
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private TemplateRenderer _templates = null!;
    private SitePage _page = null!;
    private BenchSite _site = null!;

    /// <summary>An article page (the typical article), a page of the article list, and the home page.</summary>
    [Params("article", "list", "home")]
    public string Template { get; set; } = "article";

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

        _page = Template == "article"
            ? _site.Site.Pages.OfType<ItemPage>().Single(p => p.Item.SourcePath == _site.Typical.SourcePath)
            : _site.Site.Pages.First(p => p.Template == Template && p.Language == _site.Config.DefaultLanguage);
    }

    [Benchmark]
    public Task<string> Render() =>
        _templates.RenderAsync(_page, new PageView(_page, _site.Config, _site.Strings, _site.Settings, new LinkLedger()));
}
