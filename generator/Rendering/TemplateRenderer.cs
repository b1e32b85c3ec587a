using System.Text.Encodings.Web;
using System.Text.Unicode;
using InfoSiteGen.Configuration;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pages;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;

namespace InfoSiteGen.Rendering;

/// <summary>
/// The Render stage: Razor templates of the theme (<c>layouts/NAME.cshtml</c>, partials, a shared layout)
/// compiled once by RazorLight and run for every page, in parallel.
/// </summary>
public sealed class TemplateRenderer
{
    // RazorLight escapes every non-ASCII letter by default (Đà → &#x110;&#xE0;); Vietnamese pages need them as text.
    // One encoder for all pages: creating it per render is ten times slower.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TemplateRenderer> ByTheme = new(StringComparer.Ordinal);

    private readonly TemplatePages _pages;
    private readonly RazorPageRunner _runner;
    private readonly string _themeDirectory;

    private TemplateRenderer(string themeDirectory)
    {
        _themeDirectory = Path.GetFullPath(themeDirectory);
        TemplateCache.Tidy();
        var engine = new RazorLightEngineBuilder()
            .UseFileSystemProject(_themeDirectory, ".cshtml")
            .SetOperatingAssembly(typeof(TemplateRenderer).Assembly)
            .UseCachingProvider(new FileSystemCachingProvider(_themeDirectory, TemplateCache.Directory, FileHashCachingStrategy.Instance))
            .Build();
        _pages = new TemplatePages(engine.Handler);
        _runner = new RazorPageRunner(_pages, Encoder);
    }

    /// <summary>
    /// The renderer of a theme folder. One per folder and process, so repeated builds in one process
    /// (tests, a preview server) compile each template once.
    /// </summary>
    public static TemplateRenderer For(string themeDirectory) =>
        ByTheme.GetOrAdd(Path.GetFullPath(themeDirectory), dir => new TemplateRenderer(dir));

    /// <summary>
    /// A new renderer of a theme folder, replacing the one <see cref="For"/> returns. RazorLight keeps every
    /// template it has loaded in memory for the engine's lifetime, so a long-running process (the preview
    /// server) needs a new engine to see an edited template; templates whose text did not change are loaded
    /// again from the disk cache, and only the edited ones are compiled.
    /// </summary>
    public static TemplateRenderer Reload(string themeDirectory)
    {
        var renderer = new TemplateRenderer(Path.GetFullPath(themeDirectory));
        ByTheme[renderer._themeDirectory] = renderer;
        return renderer;
    }

    /// <summary>
    /// Compiles a one-line template in memory, so that the first template an editor saves in the preview is not
    /// also the one that starts the C# compiler: that first compilation in a process takes over a second, the
    /// ones after it a fraction of that. Nothing is written to the template cache. A failure here changes
    /// nothing (the real compilation reports its own problems), so it is not reported.
    /// </summary>
    public static async Task WarmUpCompilerAsync()
    {
        try
        {
            var engine = new RazorLightEngineBuilder()
                .UseNoProject()
                .SetOperatingAssembly(typeof(TemplateRenderer).Assembly)
                .UseMemoryCachingProvider()
                .Build();
            await engine.CompileRenderStringAsync("compiler-warm-up", "@Model", "warm");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // See above: only time is at stake.
        }
    }

    /// <summary>
    /// Loads every template of the theme's layouts and partials folders from the disk cache, compiling those
    /// not cached yet, so that a build can do it while it reads the content rather than after. A template that
    /// does not compile is left for <see cref="PrepareAsync"/> to report, and only if the pages use it.
    /// </summary>
    /// <remarks>Never fails: whatever goes wrong here happens again, and is reported, where the build needs the templates.</remarks>
    public static async Task LoadAllAsync(string themeDirectory)
    {
        try
        {
            var renderer = For(themeDirectory);
            foreach (var folder in new[] { "layouts", "partials" })
            {
                var directory = Path.Combine(renderer._themeDirectory, folder);
                var files = Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*.cshtml").Order(StringComparer.Ordinal).ToList() : [];
                foreach (var file in files)
                {
                    try
                    {
                        await renderer._pages.NewPageAsync(folder + "/" + Path.GetFileName(file));
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // Reported by PrepareAsync or by the page that includes it, with its file and line.
                    }
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // See remarks.
        }
    }

    /// <summary>
    /// Compiles the templates the pages use before rendering starts, so that a broken template is
    /// reported once, with its file and line, instead of once per page.
    /// </summary>
    public async Task<bool> PrepareAsync(IEnumerable<string> templates, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var template in templates.Distinct().Order(StringComparer.Ordinal))
        {
            var key = KeyOf(template);
            if (!File.Exists(Path.Combine(_themeDirectory, key)))
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.StartOf($"theme/{key}"),
                    new Wording(
                        $"giao diện thiếu mẫu '{key}', là mẫu mà các trang loại {template} cần dùng",
                        $"the theme has no template '{key}', which {template} pages need"));
                ok = false;
                continue;
            }

            try
            {
                await _pages.NewPageAsync(key);
            }
            catch (TemplateCompilationException e)
            {
                Report(e, key, diagnostics);
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>Renders a page to a string.</summary>
    public async Task<string> RenderAsync(SitePage page, PageView view)
    {
        await using var writer = new StringWriter();
        await RenderAsync(page, view, writer);
        return writer.ToString();
    }

    /// <summary>Renders a page into <paramref name="writer"/>.</summary>
    public async Task RenderAsync(SitePage page, PageView view, TextWriter writer)
    {
        await _runner.RenderAsync(KeyOf(page.Template), view, writer);
    }

    private static string KeyOf(string template) => "layouts/" + template + ".cshtml";

    private static void Report(TemplateCompilationException e, string key, DiagnosticBag diagnostics)
    {
        foreach (var error in e.CompilationDiagnostics)
        {
            var start = error.LineSpan?.StartLinePosition;
            var file = error.LineSpan?.Path is { Length: > 0 } path ? path.TrimStart('/') : key;
            diagnostics.Error(DiagnosticCodes.TemplateError, new SourceLocation($"theme/{file}", (start?.Line ?? 0) + 1, (start?.Character ?? 0) + 1),
                new Wording(
                    $"mẫu giao diện có lỗi, không biên dịch được: {error.ErrorMessage}",
                    $"the template does not compile: {error.ErrorMessage}"));
        }

        if (e.CompilationDiagnostics.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.StartOf($"theme/{key}"),
                new Wording(
                    $"mẫu giao diện có lỗi, không biên dịch được: {e.Message}",
                    $"the template does not compile: {e.Message}"));
        }
    }
}
