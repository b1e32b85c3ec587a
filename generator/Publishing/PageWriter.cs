using System.Collections.Concurrent;
using System.Text;
using InfoSiteGen.Configuration;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pages;
using InfoSiteGen.Rendering;

namespace InfoSiteGen.Publishing;

/// <summary>
/// Renders every page and writes it straight to the output, in parallel across cores, so rendered pages
/// are never all held in memory at once. The templates' links are noted in the ledger for the final check.
/// </summary>
public sealed class PageWriter(
    TemplateRenderer templates,
    SiteConfig config,
    UiStrings strings,
    BuildSettings settings,
    OutputFolder output,
    LinkLedger links,
    DiagnosticBag diagnostics)
{
    // Large enough for the longest usual page, so a buffer rarely grows.
    private const int PageBufferSize = 64 * 1024;

    private readonly ConcurrentBag<StringBuilder> _buffers = [];

    public async Task WriteAllAsync(IReadOnlyList<SitePage> pages, IBuildProgress progress)
    {
        var done = 0;
        await Parallel.ForEachAsync(pages, async (page, _) =>
        {
            // Each page is rendered into a buffer reused from page to page, then encoded straight to the file's
            // bytes: a page's text is never copied into a string of its own.
            var html = _buffers.TryTake(out var reused) ? reused.Clear() : new StringBuilder(PageBufferSize);
            try
            {
                await using var writer = new StringWriter(html);
                await templates.RenderAsync(page, new PageView(page, config, strings, settings, links), writer);
                output.WriteText(page.OutputFile, html);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.StartOf($"theme/layouts/{page.Template}.cshtml"),
                    new Wording(
                        $"mẫu giao diện bị lỗi khi dựng {page.OutputFile}: {e.GetBaseException().Message}",
                        $"the template failed while rendering {page.OutputFile}: {e.GetBaseException().Message}"));
                return;
            }
            finally
            {
                _buffers.Add(html);
            }

            progress.PagesRendered(Interlocked.Increment(ref done), pages.Count);
        });
    }
}
