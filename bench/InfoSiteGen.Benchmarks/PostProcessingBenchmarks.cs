using BenchmarkDotNet.Attributes;
using InfoSiteGen.Bodies;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pages;
using InfoSiteGen.Publishing;
using InfoSiteGen.Rendering;

namespace InfoSiteGen.Benchmarks;

/// <summary>
/// What happens to HTML once it is rendered. The build does not parse its finished pages again: raw HTML in a
/// body is cleaned by <see cref="HtmlSafety"/> (each fragment once for the warnings, then the whole rendered
/// body), every page is encoded, hashed and staged by <see cref="OutputFolder"/>, and the links the templates
/// noted in the <see cref="LinkLedger"/> are checked against the output at the end. The plain text of a body
/// (search, word count) is gathered from the Markdown tree while rendering, so it is part of
/// <see cref="MarkdownBenchmarks.Render"/>.
/// </summary>
[MemoryDiagnoser]
public class PostProcessingBenchmarks
{
    // What editors paste from a word processor: classes and inline styles, an event handler, an embedded video.
    private const string PastedFragment =
        "<table class=\"MsoTableGrid\" style=\"border-collapse:collapse\"><tr><td style=\"width:120pt\"><p class=\"MsoNormal\">"
        + "<span lang=\"VI\">Số hộ được hỗ trợ năm 2023</span></p></td><td onclick=\"show()\">1.245</td></tr></table>\n"
        + "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Phóng sự\" allowfullscreen></iframe>";

    private HtmlSafety _safety = null!;
    private string _typicalBody = "";
    private string _longBody = "";
    private string _pageHtml = "";
    private SitePage _page = null!;
    private string _scratch = "";
    private OutputFolder _output = null!;
    private LinkLedger _ledger = null!;
    private HashSet<string> _outputFiles = [];

    [GlobalSetup]
    public void Setup()
    {
        var site = BenchSite.Instance;
        _safety = site.Safety;
        var renderer = new MarkdownRenderer(site.Resolver, site.Safety, new DiagnosticBag());
        _typicalBody = renderer.Render(site.Sample(BodySize.Typical)).Html;
        _longBody = renderer.Render(site.Sample(BodySize.Long)).Html;

        _scratch = Path.Combine(Path.GetTempPath(), "infositegen-bench", "post-" + Guid.NewGuid().ToString("N"));
        var built = Path.Combine(_scratch, "built");
        // A whole build of the corpus, for the set of files its links are checked against.
        var result = SiteBuild.RunAsync(new BuildOptions(site.ContentDirectory, site.ThemeDirectory, built, BenchSite.Now)).GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the corpus does not build:\n" + string.Join('\n', result.Diagnostics));
        }

        _outputFiles = Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(built, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);

        // Every page rendered once into one ledger, as the build fills it.
        var templates = TemplateRenderer.For(site.ThemeDirectory);
        _ledger = new LinkLedger();
        foreach (var page in site.Site.Pages)
        {
            templates.RenderAsync(page, new PageView(page, site.Config, site.Strings, site.Settings, _ledger)).GetAwaiter().GetResult();
        }

        _page = site.Site.Pages.OfType<ItemPage>().Single(p => p.Item.SourcePath == site.Typical.SourcePath);
        _pageHtml = templates.RenderAsync(_page, new PageView(_page, site.Config, site.Strings, site.Settings)).GetAwaiter().GetResult();
        _output = OutputFolder.Begin(Path.Combine(_scratch, "staged"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _output.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    /// <summary>One raw-HTML fragment cleaned for its warnings: a new sanitizer per call, as the renderer does it.</summary>
    [Benchmark]
    public string CleanFragment() => _safety.Clean(PastedFragment, out _);

    /// <summary>A typical article's rendered body cleaned whole, as happens when it holds any raw HTML.</summary>
    [Benchmark]
    public string CleanTypicalBody() => _safety.Clean(_typicalBody, out _);

    [Benchmark]
    public string CleanLongBody() => _safety.Clean(_longBody, out _);

    /// <summary>An article page encoded, hashed and written to the staging folder of a clean build.</summary>
    [Benchmark]
    public void WritePage() => _output.WriteText(_page.OutputFile, _pageHtml);

    /// <summary>The end-of-build check of every link the templates of the whole corpus noted.</summary>
    [Benchmark]
    public int CheckLedger()
    {
        var diagnostics = new DiagnosticBag();
        _ledger.Report(_outputFiles.Contains, diagnostics);
        return diagnostics.ErrorCount;
    }
}
