using System.Text;

namespace InfoSiteGen.Media;

/// <summary>
/// The HTML of a published picture: a <c>picture</c> element offering the modern formats at every width, and an
/// <c>img</c> with the fallback, its <c>width</c> and <c>height</c> (so the page does not jump while it loads) and
/// the text alternative. Pictures below the first screen load lazily; a page's lead picture does not.
/// </summary>
public static class PictureMarkup
{
    /// <summary>The column of the text: full width on phones, at most about 46 rem (736 px) on wider screens.</summary>
    public const string ProseSizes = "(min-width: 50rem) 46rem, 100vw";

    /// <param name="href">Turns an output path into a link relative to the page that shows the picture.</param>
    /// <param name="className">A class for the <c>img</c>, or null.</param>
    public static void Write(StringBuilder html, PublishedImage image, string alt, Func<string, string> href, bool lazy, string? className = null, string sizes = ProseSizes)
    {
        html.Append("<picture>");
        foreach (var format in image.Formats.Where(f => f != image.FallbackFormat))
        {
            html.Append("<source type=\"").Append(image.InFormat(format).First().MimeType).Append("\" srcset=\"");
            AppendSrcset(html, image.InFormat(format), href);
            html.Append("\" sizes=\"").Append(sizes).Append("\">");
        }

        var fallback = image.Fallback;
        html.Append("<img");
        if (className is not null)
        {
            html.Append(" class=\"").Append(className).Append('"');
        }

        html.Append(" src=\"").Append(Attribute(href(fallback.OutputPath))).Append("\" srcset=\"");
        AppendSrcset(html, image.InFormat(image.FallbackFormat), href);
        html.Append("\" sizes=\"").Append(sizes).Append("\" width=\"").Append(fallback.Width).Append("\" height=\"").Append(fallback.Height)
            .Append("\" alt=\"").Append(Attribute(alt)).Append('"');
        html.Append(lazy ? " loading=\"lazy\" decoding=\"async\">" : " decoding=\"async\" fetchpriority=\"high\">");
        html.Append("</picture>");
    }

    public static string Write(PublishedImage image, string alt, Func<string, string> href, bool lazy, string? className = null, string sizes = ProseSizes)
    {
        var html = new StringBuilder(512);
        Write(html, image, alt, href, lazy, className, sizes);
        return html.ToString();
    }

    /// <summary>A drawing scales without copies: one <c>img</c> with its size, loaded lazily.</summary>
    public static string Write(PublishedDrawing drawing, string alt, Func<string, string> href) =>
        $"<img src=\"{Attribute(href(drawing.OutputPath))}\" width=\"{drawing.Width}\" height=\"{drawing.Height}\" alt=\"{Attribute(alt)}\" loading=\"lazy\" decoding=\"async\">";

    private static void AppendSrcset(StringBuilder html, IEnumerable<ImageVariant> variants, Func<string, string> href)
    {
        var first = true;
        foreach (var variant in variants)
        {
            html.Append(first ? "" : ", ").Append(Attribute(href(variant.OutputPath))).Append(' ').Append(variant.Width).Append('w');
            first = false;
        }
    }

    /// <summary>Escapes only what HTML needs in a quoted attribute, so Vietnamese letters stay letters.</summary>
    internal static string Attribute(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
