using InfoSiteGen.Configuration;
using SkiaSharp;

namespace InfoSiteGen.Artwork;

/// <summary>What a drawing came to: the file, the type size the slogan got, and whether that is readable.</summary>
public sealed record DrawnArtwork(byte[] Bytes, FittedText Slogan, bool Readable);

/// <summary>
/// Draws slogan artwork with Skia: print formats as vector PDF pages of the exact physical size plus the bleed,
/// the font embedded and the text kept as text (it can be searched, copied and checked against the approved
/// text); screen formats as PNG. The slogan is set by <see cref="SloganLines"/>, centred, in the lettering colour
/// over the background, with the campaign line below it and, for a preview of an unapproved slogan, the draft
/// mark across the top. Each character is drawn as its own glyph, with no ligatures: a shaper would set "ffi" as
/// one glyph, and the text read out of the PDF would no longer be the approved text.
/// </summary>
public static class ArtworkDrawing
{
    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>Shapes of the campaign line and the draft mark, as shares of the text box's height.</summary>
    private const double CampaignShare = 0.13;

    private const double DraftShare = 0.09;

    /// <summary>How the slogan is set, without drawing: enough to tell whether cached artwork is readable.</summary>
    public static FittedText Layout(SloganArtwork art, ArtworkFont font) => Draw(art, font, draw: false).Slogan;

    public static DrawnArtwork Draw(SloganArtwork art, ArtworkFont font) => Draw(art, font, draw: true);

    private static DrawnArtwork Draw(SloganArtwork art, ArtworkFont font, bool draw)
    {
        var format = art.Format;
        using var measuring = new SKFont(font.Typeface, 100);
        var metrics = measuring.Metrics;
        var lineHeight = (metrics.Descent - metrics.Ascent + metrics.Leading) / 100 * 1.05;
        double Width(string text) => measuring.MeasureText(text) / 100;

        var margin = art.MarginPercent / 100 * Math.Min(format.Width, format.Height);
        var boxWidth = format.Width - (2 * margin);
        var boxHeight = format.Height - (2 * margin);
        var campaignHeight = art.Campaign.Length > 0 ? boxHeight * CampaignShare : 0;
        var draftHeight = art.DraftMark.Length > 0 ? boxHeight * DraftShare : 0;
        var sloganTop = margin + draftHeight * 1.3;
        var sloganHeight = boxHeight - (campaignHeight * 1.3) - (draftHeight * 1.3);
        var slogan = SloganLines.Fit(art.Text, Width, lineHeight, boxWidth, sloganHeight, format.MaxLines);

        void Paint(SKCanvas canvas, float unit)
        {
            using var lettering = new SKPaint { Color = Colour(art.Lettering), IsAntialias = true };
            var top = sloganTop + ((sloganHeight - (slogan.Lines.Count * lineHeight * slogan.Size)) / 2);
            for (var i = 0; i < slogan.Lines.Count; i++)
            {
                var baseline = top + (((i * lineHeight) - (metrics.Ascent / 100)) * slogan.Size);
                Centred(canvas, font.Typeface, slogan.Lines[i], slogan.Size, format.Width / 2, baseline, lettering, unit, Width);
            }

            if (art.Campaign.Length > 0)
            {
                var size = Math.Min(campaignHeight / lineHeight, boxWidth / Width(art.Campaign));
                var baseline = format.Height - margin - (campaignHeight / 2) + (((-metrics.Ascent / 100) - (lineHeight / 2)) * size);
                Centred(canvas, font.Typeface, art.Campaign, size, format.Width / 2, baseline, lettering, unit, Width);
            }

            if (art.DraftMark.Length > 0)
            {
                using var band = new SKPaint { Color = new SKColor(0xff, 0xbf, 0x47) };
                using var ink = new SKPaint { Color = new SKColor(0x1a, 0x1a, 0x1a), IsAntialias = true };
                var size = Math.Min(draftHeight / lineHeight, boxWidth * 0.9 / Width(art.DraftMark));
                canvas.DrawRect((float)(margin * unit), (float)(margin * unit), (float)(boxWidth * unit), (float)(draftHeight * unit), band);
                var baseline = margin + (draftHeight / 2) + (((-metrics.Ascent / 100) - (lineHeight / 2)) * size);
                Centred(canvas, font.Typeface, art.DraftMark, size, format.Width / 2, baseline, ink, unit, Width);
            }
        }

        var bytes = !draw ? [] : format.Medium == ArtworkMedium.Print ? Pdf(art, Paint) : Png(art, Paint);
        return new DrawnArtwork(bytes, slogan, slogan.Size >= format.MinTextSize);
    }

    private static byte[] Pdf(SloganArtwork art, Action<SKCanvas, float> paint)
    {
        var format = art.Format;
        const double bleed = PrintSettings.BleedMillimetres;
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = art.Text,
            Subject = art.Subject,
            Creator = "InfoSiteGen",
            Producer = "InfoSiteGen",
            Keywords = $"{format.Id} {format.SizeLabel} {art.Language}",
            RasterDpi = 300,
            EncodingQuality = 101,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var unit = (float)PointsPerMillimetre;
            var canvas = document.BeginPage((float)((format.Width + (2 * bleed)) * PointsPerMillimetre), (float)((format.Height + (2 * bleed)) * PointsPerMillimetre));
            // The background runs into the bleed; everything else is placed from the trimmed edge.
            canvas.Clear(Colour(art.Background));
            canvas.Translate((float)(bleed * PointsPerMillimetre), (float)(bleed * PointsPerMillimetre));
            paint(canvas, unit);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    private static byte[] Png(SloganArtwork art, Action<SKCanvas, float> paint)
    {
        using var surface = SKSurface.Create(new SKImageInfo((int)art.Format.Width, (int)art.Format.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(Colour(art.Background));
        paint(surface.Canvas, 1);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void Centred(SKCanvas canvas, SKTypeface typeface, string text, double size, double centre, double baseline, SKPaint paint, float unit, Func<string, double> width)
    {
        using var font = new SKFont(typeface, (float)(size * unit)) { Subpixel = true, Edging = SKFontEdging.Antialias };
        var x = (centre - (width(text) * size / 2)) * unit;
        canvas.DrawText(text, (float)x, (float)(baseline * unit), SKTextAlign.Left, font, paint);
    }

    private static SKColor Colour(Rgb rgb) => new(rgb.R, rgb.G, rgb.B);
}
