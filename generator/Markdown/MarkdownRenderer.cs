using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoSiteGen.Markdown;

/// <summary>
/// Renders item bodies (CommonMark plus tables, footnotes, definition lists, task lists…) to HTML.
/// Raw HTML is written out as text, and attribute and media-embedding extensions are left out,
/// so an editor's Markdown can never put a script, an event handler or an external frame on the site.
/// </summary>
public sealed class MarkdownRenderer(LinkResolver links, DiagnosticBag diagnostics)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAbbreviations()
        .UseAutoLinks()
        .UseCitations()
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseFigures()
        .UseFooters()
        .UseFootnotes()
        .UseGridTables()
        .UseListExtras()
        .UsePipeTables()
        .UseTaskLists()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();

    public RenderedBody Render(ContentItem item)
    {
        var document = Markdig.Markdown.Parse(item.Body, Pipeline);
        var headings = HeadingIds.Assign(document);
        var assets = new List<string>();
        var fragments = new List<FragmentLink>();
        var text = new System.Text.StringBuilder();
        var words = 0;

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link:
                    ResolveLink(item, link, assets, fragments);
                    break;
                case LiteralInline literal:
                    var content = literal.Content.ToString();
                    words += CountWords(content);
                    text.Append(content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                case Block:
                    // Keep words of separate lines and blocks apart.
                    if (text.Length > 0 && text[^1] != ' ')
                    {
                        text.Append(' ');
                    }

                    break;
            }
        }

        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return new RenderedBody(writer.ToString(), headings, words, assets.Distinct().ToList(), fragments, text.ToString().Trim());
    }

    private void ResolveLink(ContentItem item, LinkInline link, List<string> assets, List<FragmentLink> fragments)
    {
        var at = new SourceLocation(item.SourcePath, item.BodyLine + link.Line, link.Column + 1);
        if (link.IsImage && !link.Any())
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, at,
                "this image has no text alternative; write what it shows between the brackets: ![description](file.jpg)");
        }

        if (link.Url is null || link.IsAutoLink)
        {
            return;
        }

        if (link.IsImage && Uri.TryCreate(link.Url, UriKind.Absolute, out var external) && !external.IsFile)
        {
            diagnostics.Error(DiagnosticCodes.ExternalResource, at,
                $"the image '{link.Url}' is on another web site, which the published pages may not load from; save the image in the content folder and link to that file");
            return;
        }

        var resolved = links.Resolve(item, link.Url, at);
        if (resolved is null)
        {
            return;
        }

        link.Url = resolved.Href;
        if (resolved.Asset is not null)
        {
            assets.Add(resolved.Asset);
        }

        if (resolved.Fragment is not null)
        {
            fragments.Add(resolved.Fragment);
        }
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
