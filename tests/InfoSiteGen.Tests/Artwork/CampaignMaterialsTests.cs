using System.Text.Json;
using AngleSharp.Html.Parser;
using InfoSiteGen.Tests.Support;
using UglyToad.PdfPig;

namespace InfoSiteGen.Tests.Artwork;

/// <summary>
/// A site with <c>print:</c> publishes every slogan's artwork beside a campaign materials page per language; the
/// manifest lists each file with the slogan and approval it came from; drafts are marked on the artwork in a
/// preview; bad print settings are errors at their place in site.yml; a site without <c>print:</c> makes none.
/// </summary>
public class CampaignMaterialsTests
{
    private const string Approved = "status: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-11-20";

    private static TestSite Site(string print = "print:\n  campaign: { vi: \"Kỷ niệm 75 năm Ngày Quốc tế Nhân quyền\", en: \"75 years of Human Rights Day\" }\n")
    {
        var site = new TestSite(TestSite.DefaultSiteYml + "\n" + print);
        site.Item("slogans/bao-dam.vi.md", $"title: Khẩu hiệu 5\n{Approved}\ndate: 2023-11-20\npublish_from: 2023-11-30\npublish_until: 2023-12-30\nslug: bao-dam", "Việt Nam luôn bảo đảm quyền tự do tín ngưỡng, tôn giáo.");
        site.Item("slogans/bao-dam.en.md", $"title: Slogan 5\n{Approved}\ndate: 2023-11-20\npublish_from: 2023-11-30\npublish_until: 2023-12-30\nslug: freedom", "Viet Nam always ensures the right to freedom of belief and religion.");
        site.Item("slogans/nhap.vi.md", "title: Khẩu hiệu nháp\nstatus: draft\ndate: 2023-11-20\nslug: nhap", "Việt Nam nỗ lực phòng, chống mua bán người.");
        return site;
    }

    [Fact]
    public async Task Every_published_slogan_comes_out_in_every_format_with_its_exact_text_and_the_materials_page_links_them()
    {
        using var site = Site();

        await site.BuildOkAsync();

        foreach (var format in new[] { "banner", "panel", "poster" })
        {
            using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(site.OutputDirectory, "materials", "bao-dam", $"bao-dam-{format}.pdf")));
            Assert.Contains("Việt Nam luôn bảo đảm quyền tự do tín ngưỡng, tôn giáo.", string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
        }

        Assert.True(site.Exists("materials/bao-dam/bao-dam-slide.png"));
        Assert.True(site.Exists("materials/bao-dam/bao-dam-social.png"));
        Assert.True(site.Exists("en/materials/freedom/freedom-banner.pdf"));
        Assert.False(Directory.Exists(Path.Combine(site.OutputDirectory, "materials", "nhap")));

        var page = new HtmlParser().ParseDocument(site.Read("materials/index.html"));
        Assert.Equal("Tài liệu tuyên truyền", page.QuerySelector("h1")!.TextContent);
        var links = page.QuerySelectorAll(".material__files a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            ["bao-dam/bao-dam-banner.pdf", "bao-dam/bao-dam-panel.pdf", "bao-dam/bao-dam-poster.pdf", "bao-dam/bao-dam-slide.png", "bao-dam/bao-dam-social.png"],
            links);
        Assert.Contains("Băng rôn (6000 × 800 mm, PDF, ", page.QuerySelector(".material__files li")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("30/11/2023", page.QuerySelector(".material .item-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("materials/", site.Read("slogans/index.html"), StringComparison.Ordinal);

        using var manifest = JsonDocument.Parse(site.Read("manifest.json"));
        var banner = manifest.RootElement.GetProperty("artwork").EnumerateArray().Single(a => a.GetProperty("file").GetString() == "materials/bao-dam/bao-dam-banner.pdf");
        Assert.Equal("slogans/bao-dam.vi.md", banner.GetProperty("source").GetString());
        Assert.Equal("Ban Chỉ đạo", banner.GetProperty("approved_by").GetString());
        Assert.Equal("2023-11-20", banner.GetProperty("approved_on").GetString());
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(site.ContentDirectory, "slogans", "bao-dam.vi.md")))),
            banner.GetProperty("source_sha256").GetString());
    }

    [Fact]
    public async Task A_preview_marks_an_unapproved_slogan_as_a_draft_on_the_artwork_itself()
    {
        using var site = Site();

        await site.BuildOkAsync(preview: true);

        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(site.OutputDirectory, "materials", "nhap", "nhap-poster.pdf")));
        Assert.StartsWith("BẢN NHÁP - CHƯA ĐƯỢC DUYỆT Việt Nam nỗ lực", string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Artwork_is_drawn_again_only_when_its_slogan_or_the_settings_change()
    {
        using var site = Site("print:\n  formats: [poster]\n");
        var built = await site.BuildOkAsync();
        var cache = Path.Combine(site.ImageCacheDirectory, "artwork");
        var first = Directory.GetFiles(cache).Length;
        // A poster and a preview for each of the two approved slogans, all drawn; the summary names the font.
        Assert.Equal(4, built.Artwork!.Files);
        Assert.Equal(2, built.Artwork.Slogans);
        Assert.Equal(4, built.Artwork.Drawn);
        Assert.EndsWith(".ttf", built.Artwork.FontPath, StringComparison.Ordinal);

        var again = await site.BuildOkAsync(now: "2023-12-11");
        Assert.Equal(first, Directory.GetFiles(cache).Length);
        Assert.Equal(0, again.Artwork!.Drawn);

        site.Item("slogans/bao-dam.vi.md", $"title: Khẩu hiệu 5\n{Approved}\ndate: 2023-11-20\nslug: bao-dam", "Việt Nam luôn bảo đảm quyền tự do tín ngưỡng, tôn giáo, đã sửa.");
        await site.BuildOkAsync();
        Assert.Equal(first + 2, Directory.GetFiles(cache).Length);
    }

    [Fact]
    public async Task A_site_without_print_settings_makes_no_artwork()
    {
        using var site = Site(print: string.Empty);

        await site.BuildOkAsync();

        Assert.False(site.Exists("materials/index.html"));
        Assert.DoesNotContain("materials/", site.Read("slogans/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("print:\n  formats: [banner, billboard]\n", "site.yml:25:21: error: there is no artwork format 'billboard'; the formats are: banner, panel, poster, slide, social [ISG0009]")]
    [InlineData("print:\n  sizes: { banner: 6000x-800 }\n", "site.yml:25:12: error: the size '6000x-800' of 'banner' is not valid; write width x height as two positive numbers (mm), for example 6000x800 [ISG0009]")]
    [InlineData("print:\n  background: red\n", "site.yml:25:3: error: the colour 'red' of 'background' is not valid; write it as #rrggbb, for example \"#9b1c1c\" (in quotes) [ISG0009]")]
    public async Task Bad_print_settings_are_errors_at_their_place_and_nothing_is_written(string print, string message)
    {
        using var site = Site(print);

        var result = await site.BuildAsync();

        Assert.Contains(message, result.Diagnostics.Select(d => d.ToString()));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }
}
