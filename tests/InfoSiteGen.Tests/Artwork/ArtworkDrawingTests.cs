using InfoSiteGen.Artwork;
using InfoSiteGen.Configuration;
using SkiaSharp;
using UglyToad.PdfPig;

namespace InfoSiteGen.Tests.Artwork;

/// <summary>
/// The artwork of the campaign's seven approved slogans, in both languages and every format: each PDF page is the
/// physical size plus 3 mm of bleed on every side, its font is embedded, and the text read back out of it is the
/// approved text, every diacritic included; each PNG has the format's pixel size.
/// </summary>
public sealed class ArtworkDrawingTests : IDisposable
{
    /// <summary>The seven slogans the provincial plan approved for 30/11–30/12/2023, as published in Vietnamese and English.</summary>
    public static readonly TheoryData<string, string> ApprovedSlogans = new()
    {
        { "vi", "Chào mừng Kỷ niệm 75 năm ngày Nhân quyền thế giới (10/12/1948 - 10/12/2023)." },
        { "vi", "Việt Nam tích cực, chủ động với vai trò thành viên Hội đồng Nhân quyền Liên Hợp quốc." },
        { "vi", "Việt Nam cam kết đóng góp vào các nỗ lực chung của thế giới nhằm thúc đẩy và bảo vệ quyền con người." },
        { "vi", "Việt Nam ưu tiên thực hiện các cam kết quốc tế về quyền con người." },
        { "vi", "Việt Nam luôn bảo đảm quyền tự do tín ngưỡng, tôn giáo." },
        { "vi", "Việt Nam bảo đảm quyền của người dân tộc thiểu số." },
        { "vi", "Việt Nam nỗ lực phòng, chống mua bán người." },
        { "en", "Celebrating the 75th anniversary of Human Rights Day (10 December 1948 - 10 December 2023)." },
        { "en", "Viet Nam is active and proactive in its role as a member of the United Nations Human Rights Council." },
        { "en", "Viet Nam is committed to contributing to the common efforts of the world to promote and protect human rights." },
        { "en", "Viet Nam gives priority to implementing its international commitments on human rights." },
        { "en", "Viet Nam always ensures the right to freedom of belief and religion." },
        { "en", "Viet Nam ensures the rights of ethnic minority people." },
        { "en", "Viet Nam strives to prevent and combat human trafficking." },
    };

    private const double PointsPerMillimetre = 72 / 25.4;

    private readonly ArtworkFont _font = ArtworkFont.Find("/nonexistent-theme") ?? throw new InvalidOperationException("no artwork font on this machine (install fonts-dejavu-core)");

    public void Dispose() => _font.Dispose();

    private static SloganArtwork Art(string text, string language, ArtworkFormat format, string campaign = "", string draft = "") =>
        new(text, language, format, PrintSettings.Default.Background, PrintSettings.Default.Lettering, PrintSettings.Default.MarginPercent, campaign, draft, "Ban Chỉ đạo, 2023-11-20");

    /// <summary>The words of the page in reading order, as a reader of the PDF gets them.</summary>
    private static List<string> Words(UglyToad.PdfPig.Content.Page page) =>
        page.GetWords().OrderBy(w => Math.Round(-w.BoundingBox.Bottom, 1)).ThenBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList();

    [Theory]
    [MemberData(nameof(ApprovedSlogans))]
    public void Every_print_format_is_a_pdf_of_the_physical_size_with_the_approved_text_as_text(string language, string text)
    {
        foreach (var format in ArtworkFormat.Defaults.Where(f => f.Medium == ArtworkMedium.Print))
        {
            var drawn = ArtworkDrawing.Draw(Art(text, language, format), _font);

            using var pdf = PdfDocument.Open(drawn.Bytes);
            Assert.Equal(1, pdf.NumberOfPages);
            var page = pdf.GetPage(1);
            Assert.Equal(format.Width + 6, page.Width / PointsPerMillimetre, 1);
            Assert.Equal(format.Height + 6, page.Height / PointsPerMillimetre, 1);
            Assert.Equal(text.Split(' '), Words(page));
            Assert.All(page.Letters, letter => Assert.Matches("^[A-Z]{6}\\+", letter.FontName));
            Assert.Equal(text, pdf.Information.Title);
            Assert.True(drawn.Readable, $"{format.Id}: {drawn.Slogan.Size:0} is below {format.MinTextSize}");
            Assert.InRange(drawn.Slogan.Lines.Count, 1, format.MaxLines);
        }
    }

    [Theory]
    [MemberData(nameof(ApprovedSlogans))]
    public void Every_screen_format_is_a_png_of_its_pixel_size(string language, string text)
    {
        foreach (var format in ArtworkFormat.Defaults.Where(f => f.Medium == ArtworkMedium.Screen))
        {
            var drawn = ArtworkDrawing.Draw(Art(text, language, format), _font);

            using var bitmap = SKBitmap.Decode(drawn.Bytes);
            Assert.Equal((int)format.Width, bitmap.Width);
            Assert.Equal((int)format.Height, bitmap.Height);
            // The lettering is there: the slogan's colour covers part of the picture.
            var lettering = PrintSettings.Default.Lettering;
            Assert.Contains(bitmap.Pixels, p => p.Red == lettering.R && p.Green == lettering.G && p.Blue == lettering.B);
            Assert.True(drawn.Readable, $"{format.Id}: {drawn.Slogan.Size:0} is below {format.MinTextSize}; lines: {string.Join(" | ", drawn.Slogan.Lines)}");
        }
    }

    [Fact]
    public void The_campaign_line_and_the_draft_mark_are_printed_as_text_too()
    {
        var banner = ArtworkFormat.Defaults.Single(f => f.Id == "poster");
        var drawn = ArtworkDrawing.Draw(
            Art("Việt Nam luôn bảo đảm quyền tự do tín ngưỡng, tôn giáo.", "vi", banner, "Kỷ niệm 75 năm Ngày Quốc tế Nhân quyền 10/12/1948 - 10/12/2023", "BẢN NHÁP - CHƯA DUYỆT"),
            _font);

        using var pdf = PdfDocument.Open(drawn.Bytes);
        var text = string.Join(' ', Words(pdf.GetPage(1)));
        Assert.StartsWith("BẢN NHÁP - CHƯA DUYỆT Việt Nam luôn", text, StringComparison.Ordinal);
        Assert.EndsWith("tôn giáo. Kỷ niệm 75 năm Ngày Quốc tế Nhân quyền 10/12/1948 - 10/12/2023", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_artwork_is_the_same_bytes()
    {
        var art = Art("Việt Nam nỗ lực phòng, chống mua bán người.", "vi", ArtworkFormat.Defaults[0]);

        Assert.Equal(ArtworkDrawing.Draw(art, _font).Bytes, ArtworkDrawing.Draw(art, _font).Bytes);
    }

    [Fact]
    public void A_slogan_too_long_for_a_banner_is_not_readable()
    {
        var text = string.Join(' ', Enumerable.Repeat("Việt Nam cam kết đóng góp vào các nỗ lực chung của thế giới.", 6));

        var drawn = ArtworkDrawing.Draw(Art(text, "vi", ArtworkFormat.Defaults[0]), _font);

        Assert.False(drawn.Readable);
        Assert.InRange(drawn.Slogan.Size, 1, ArtworkFormat.Defaults[0].MinTextSize);
    }
}
