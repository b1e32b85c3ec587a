using InfoSiteGen.Tests.Support;
using MetadataExtractor;
using NetVips;

namespace InfoSiteGen.Tests.Media;

/// <summary>Pictures of a small site: re-encoded, upright, sized for phones, without metadata, cached, and described.</summary>
public class PicturePublishingTests
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2023-11-20\ndate: 2023-12-05";

    /// <summary>The metadata directories a clean file may have: what its format needs to be read, nothing about who, where or with what.</summary>
    private static readonly HashSet<string> FormatOnly = ["JPEG", "JFIF", "Huffman", "WebP", "PNG-IHDR", "PNG-pHYs", "PNG-IEND", "PNG-tRNS", "PNG-PLTE", "File Type", "File"];

    /// <summary>The published copies of pictures, without the share images of the pages.</summary>
    private static List<string> Copies(TestSite site) =>
        site.OutputFiles().Where(f => f.StartsWith("media/", StringComparison.Ordinal) && !f.StartsWith("media/share/", StringComparison.Ordinal) && !f.EndsWith("-share.jpg", StringComparison.Ordinal)).ToList();

    private static TestSite PhoneSite()
    {
        var site = new TestSite();
        site.WriteBytes("articles/hoi-nghi.jpg", TestPictures.PhonePhoto());
        site.Item("articles/hoi-nghi.vi.md",
            $"title: Hội nghị\n{Approved}\nimage: hoi-nghi.jpg\nimage_alt: Đại biểu dự hội nghị tại hội trường\ncredit: Sở Tư pháp",
            "Mở đầu.\n\n![Đại biểu phát biểu](hoi-nghi.jpg \"Đại biểu phát biểu tại hội nghị\")\n\nGiữa bài ![Ảnh nhỏ trong dòng](hoi-nghi.jpg) và [ảnh gốc](hoi-nghi.jpg).\n");
        return site;
    }

    [Fact]
    public async Task A_phone_photo_is_published_only_as_upright_copies_without_any_metadata()
    {
        using var site = PhoneSite();
        var result = await site.BuildOkAsync();

        Assert.False(site.Exists("articles/hoi-nghi.jpg"));
        var original = File.ReadAllBytes(Path.Combine(site.ContentDirectory, "articles/hoi-nghi.jpg"));
        var media = Copies(site);
        Assert.Equal(8, media.Count); // 4 widths × WebP and JPEG
        Assert.Equal(1, result.Images.Published);
        foreach (var file in media)
        {
            var path = Path.Combine(site.OutputDirectory, file);
            Assert.NotEqual(original, File.ReadAllBytes(path));
            var directories = ImageMetadataReader.ReadMetadata(path).Select(d => d.Name).ToList();
            Assert.True(directories.All(FormatOnly.Contains), file + " keeps " + string.Join(", ", directories.Where(d => !FormatOnly.Contains(d))));
            using var copy = Image.NewFromFile(path);
            Assert.DoesNotContain(copy.GetFields(), f => f.StartsWith("exif", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "icc-profile-data" or "orientation");
            // Stored 4000 × 3000 with orientation 6: published upright, 3 wide for 4 high.
            Assert.True(copy.Height > copy.Width, file);
            Assert.Equal(Math.Round(copy.Width * 4 / 3.0), copy.Height, 1.0);
        }

        // Turned a quarter clockwise, the red left half of the sensor is on top.
        using var turned = Image.NewFromFile(Path.Combine(site.OutputDirectory, media.Single(f => f.EndsWith("-480.jpg", StringComparison.Ordinal))));
        var top = turned.Getpoint(240, 100);
        var bottom = turned.Getpoint(240, 540);
        // The photo was stored in Display P3: converted back to sRGB, its red is the red it was drawn with (220, 30, 30),
        // where only dropping the profile would leave the P3 numbers (about 200, 60, 45).
        Assert.True(Math.Abs(top[0] - 220) <= 6 && Math.Abs(top[1] - 30) <= 6 && Math.Abs(top[2] - 30) <= 6, $"top is {string.Join(",", top)}");
        Assert.True(Math.Abs(bottom[2] - 220) <= 6 && bottom[0] < 60, $"bottom is {string.Join(",", bottom)}");
    }

    [Fact]
    public async Task Pictures_are_offered_at_every_width_with_their_size_and_load_lazily_below_the_lead()
    {
        using var site = PhoneSite();
        await site.BuildOkAsync();
        var page = site.Html("articles/hoi-nghi/index.html");

        var lead = page.QuerySelector("figure.lead-figure")!;
        var leadImg = lead.QuerySelector("img.lead-image")!;
        Assert.Equal("Đại biểu dự hội nghị tại hội trường", leadImg.GetAttribute("alt"));
        Assert.Null(leadImg.GetAttribute("loading"));
        Assert.Equal("800", leadImg.GetAttribute("width"));
        Assert.Equal("1067", leadImg.GetAttribute("height"));
        Assert.Equal("Ảnh: Sở Tư pháp", lead.QuerySelector("figcaption.credit")!.TextContent.Trim());

        var figure = page.QuerySelector(".prose figure.figure")!;
        Assert.Equal("Đại biểu phát biểu tại hội nghị", figure.QuerySelector("figcaption")!.TextContent);
        var source = figure.QuerySelector("picture > source")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        var webp = source.GetAttribute("srcset")!.Split(", ");
        Assert.Equal(["480w", "800w", "1200w", "1600w"], webp.Select(s => s.Split(' ')[1]));
        Assert.All(webp, s => Assert.Matches(@"^\.\./\.\./media/hoi-nghi-[0-9a-f]{10}-\d+\.webp \d+w$", s));
        var img = figure.QuerySelector("picture > img")!;
        Assert.Equal("Đại biểu phát biểu", img.GetAttribute("alt"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.Equal(("800", "1067"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Matches(@"^\.\./\.\./media/hoi-nghi-[0-9a-f]{10}-800\.jpg$", img.GetAttribute("src"));
        foreach (var href in webp.Select(s => s.Split(' ')[0]).Append(img.GetAttribute("src")!))
        {
            Assert.True(site.Exists(href.Replace("../../", "", StringComparison.Ordinal)), href);
        }

        // In running text the picture stays inline, without a figure; a plain link leads to the widest copy.
        Assert.Equal(2, page.QuerySelectorAll(".prose picture").Length);
        Assert.Null(page.QuerySelector(".prose p figure"));
        Assert.Matches(@"^\.\./\.\./media/hoi-nghi-[0-9a-f]{10}-1600\.jpg$", page.QuerySelector(".prose a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_second_build_takes_every_picture_from_the_cache_and_a_changed_photo_gets_new_names()
    {
        using var site = PhoneSite();
        var first = await site.BuildOkAsync();
        var names = Copies(site);

        var second = await site.BuildOkAsync();
        Assert.Equal((1, 0), second.Images);
        Assert.Equal(names, Copies(site));

        site.WriteBytes("articles/hoi-nghi.jpg", TestPictures.PhonePhoto(2000, 1500));
        var third = await site.BuildOkAsync();
        Assert.Equal((1, 1), third.Images);
        var renamed = Copies(site);
        Assert.Empty(renamed.Intersect(names));
        Assert.Equal(8, renamed.Count);
    }

    [Fact]
    public async Task Small_pictures_are_never_enlarged_and_transparent_drawings_stay_png()
    {
        using var site = new TestSite();
        site.WriteBytes("pages/nho.jpg", TestPictures.PlainPhoto(300, 200));
        site.WriteBytes("pages/so-do.png", TestPictures.TransparentDrawing(1000, 500));
        site.Item("pages/gioi-thieu.vi.md", $"title: Giới thiệu\n{Approved}", "![Ảnh nhỏ của tòa nhà](nho.jpg)\n\n![Sơ đồ tổ chức của sở](so-do.png)\n");
        await site.BuildOkAsync();

        var media = Copies(site);
        static IEnumerable<string> Sizes(IEnumerable<string> files, string stem) =>
            files.Where(f => f.StartsWith("media/" + stem + "-", StringComparison.Ordinal)).Select(f => f[(f.LastIndexOf('-') + 1)..]).Order(StringComparer.Ordinal);
        Assert.Equal(["300.jpg", "300.webp"], Sizes(media, "nho"));
        Assert.Equal(["1000.png", "1000.webp", "480.png", "480.webp", "800.png", "800.webp"], Sizes(media, "so-do"));
        using var png = Image.NewFromFile(Path.Combine(site.OutputDirectory, media.First(f => f.EndsWith("-480.png", StringComparison.Ordinal))));
        Assert.True(png.HasAlpha());
        Assert.Equal((480, 240), (png.Width, png.Height));
    }

    [Fact]
    public async Task A_decorative_picture_has_an_empty_alt_and_a_text_that_says_nothing_is_warned_about()
    {
        using var site = new TestSite();
        site.WriteBytes("pages/hoa-van.jpg", TestPictures.PlainPhoto(200, 50));
        site.Item("pages/gioi-thieu.vi.md", $"title: Giới thiệu\n{Approved}", "![trang trí](hoa-van.jpg)\n\n![ảnh](hoa-van.jpg)\n");
        var result = await site.BuildOkAsync();

        var images = site.Html("gioi-thieu/index.html").QuerySelectorAll(".prose img");
        Assert.Equal(["", "ảnh"], images.Select(i => i.GetAttribute("alt")));
        Assert.Equal(
            "pages/gioi-thieu.vi.md:11:1: warning: the text alternative 'ảnh' of hoa-van.jpg does not tell a blind reader what the picture shows; write a sentence describing it, or 'decorative' if it only decorates [ISG0208]",
            Assert.Single(result.Diagnostics).ToString());
    }
}
