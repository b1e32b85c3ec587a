using System.Security;
using InfoSiteGen.Configuration;
using NetVips;

namespace InfoSiteGen.Media;

/// <summary>
/// Draws share cards: the page title, as large as fits on up to five lines, over the theme's red, with the site
/// title below it. Text is laid out by Pango, which stacks Vietnamese tone marks over circumflexes and breves
/// correctly ("Nhân quyền thế giới"), in DejaVu Sans, a font with every Vietnamese letter (Debian's fonts-dejavu-core).
/// Drawing is a few milliseconds: the text is rendered as a mask and blended only where it lies.
/// </summary>
public static class ShareCards
{
    /// <summary>Part of every card's name: raise it when the drawing changes, so no browser keeps an old card.</summary>
    public const string Version = "1";

    public const string Font = "DejaVu Sans";

    private static readonly double[] Background = [0x9b, 0x1c, 0x1c];
    private static readonly double[] Lettering = [0xff, 0xf4, 0xd6];
    private static readonly double[] Band = [0xff, 0xbf, 0x47];
    private static readonly int[] TitleSizes = [60, 54, 48, 42, 36, 32];

    private const int Margin = 80;
    private const int TextWidth = ShareImage.Width - (2 * Margin);
    private const int TitleHeight = 400;

    /// <summary>
    /// The card as a JPEG without metadata. A title Pango cannot set (only invisible characters, a font missing) gives
    /// the card of the site title, and failing that the plain card: a share image is never worth a failed build.
    /// </summary>
    public static byte[] Draw(ShareCard card)
    {
        try
        {
            return DrawWith(card);
        }
        catch (VipsException) when (card.Title.Length > 0 || card.SiteTitle.Length > 0)
        {
            return Draw(card.Title.Length > 0 && card.SiteTitle.Length > 0 ? card with { Title = card.SiteTitle, SiteTitle = "" } : card with { Title = "", SiteTitle = "" });
        }
    }

    private static byte[] DrawWith(ShareCard card)
    {
        using var canvas = Image.Black(ShareImage.Width, ShareImage.Height).NewFromImage(Background).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var band = Image.Black(ShareImage.Width, 12).NewFromImage(Band).Cast(Enums.BandFormat.Uchar);
        var drawn = canvas.Insert(band, 0, ShareImage.Height - 12);
        if (card.Title.Trim().Length > 0)
        {
            using var title = FittedTitle(card.Title);
            drawn = drawn.Insert(Letters(title), Margin, Margin);
        }

        if (card.SiteTitle.Trim().Length > 0)
        {
            using var site = Mask(card.SiteTitle, Font + " 30", TextWidth);
            drawn = drawn.Insert(Letters(site), Margin, ShareImage.Height - Margin - site.Height);
        }

        using (drawn)
        {
            return drawn.JpegsaveBuffer(q: ImageSettings.Quality, keep: Enums.ForeignKeep.None);
        }
    }

    /// <summary>The largest size at which the title fits its box; a title too long even at the smallest is cut by its box.</summary>
    private static Image FittedTitle(string title)
    {
        foreach (var size in TitleSizes)
        {
            var mask = Mask(title, $"{Font} Bold {size}", TextWidth);
            if (mask.Height <= TitleHeight || size == TitleSizes[^1])
            {
                return mask.Height <= TitleHeight ? mask : mask.Crop(0, 0, mask.Width, TitleHeight);
            }

            mask.Dispose();
        }

        throw new InvalidOperationException("unreachable");
    }

    /// <summary>The text as a one-band coverage mask, wrapped at word boundaries to <paramref name="width"/>.</summary>
    private static Image Mask(string text, string font, int width) =>
        Image.Text(SecurityElement.Escape(text), font: font, width: width, spacing: 6, wrap: Enums.TextWrap.Word);

    /// <summary>Lettering colour where the mask covers, background elsewhere, blended at the edges.</summary>
    private static Image Letters(Image mask) =>
        mask.Ifthenelse(Lettering, Background, blend: true).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
}
