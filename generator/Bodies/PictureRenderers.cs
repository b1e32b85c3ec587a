using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoSiteGen.Bodies;

/// <summary>
/// Writes Markdown pictures as the Markdown stage prepared them (<see cref="Media.PictureMarkup"/>): a picture whose
/// link carries prepared HTML is written as that HTML, any other link as Markdig writes it.
/// </summary>
internal sealed class PictureLinkRenderer : LinkInlineRenderer
{
    /// <summary>The key under which a picture link keeps its prepared HTML.</summary>
    public static readonly object HtmlKey = new();

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage && link.GetData(HtmlKey) is string html)
        {
            renderer.Write(html);
            return;
        }

        base.Write(renderer, link);
    }
}

/// <summary>
/// A paragraph holding nothing but one picture with a title (<c>![text](photo.jpg "Caption")</c>) becomes a
/// <c>figure</c> with the title as its <c>figcaption</c>, which screen readers announce with the picture.
/// </summary>
internal sealed class FigureParagraphRenderer : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (paragraph.Inline is { FirstChild: LinkInline { IsImage: true, Title.Length: > 0 } link } inline
            && link.NextSibling is null && inline.LastChild == link && link.GetData(PictureLinkRenderer.HtmlKey) is string)
        {
            renderer.EnsureLine();
            renderer.Write("<figure class=\"figure\">");
            renderer.Write(link);
            renderer.Write("<figcaption>").WriteEscape(link.Title).Write("</figcaption></figure>");
            renderer.WriteLine();
            return;
        }

        base.Write(renderer, paragraph);
    }
}
