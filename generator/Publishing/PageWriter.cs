using InfoSiteGen.Configuration;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Rendering;
using InfoSiteGen.Site;

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
    public async Task WriteAllAsync(IReadOnlyList<SitePage> pages, IBuildProgress progress)
    {
        var done = 0;
        await Parallel.ForEachAsync(pages, async (page, _) =>
        {
            string html;
            try
            {
                html = await templates.RenderAsync(page, new PageView(page, config, strings, settings, links));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.StartOf($"theme/layouts/{page.Template}.cshtml"),
                    $"the template failed while rendering {page.OutputFile}: {e.GetBaseException().Message}");
                return;
            }

            output.WriteText(page.OutputFile, html);
            progress.PagesRendered(Interlocked.Increment(ref done), pages.Count);
        });
    }
}
