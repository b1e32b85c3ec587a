using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Media;

/// <summary>Pictures that cannot be published: the exact message at the line that uses them, and nothing written.</summary>
public class BrokenPictureTests
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2023-11-20\ndate: 2023-12-05";

    private static async Task<string> OnlyErrorOf(Action<TestSite> arrange, string? siteYml = null)
    {
        using var site = new TestSite(siteYml ?? TestSite.DefaultSiteYml);
        site.Item("pages/ok.vi.md", $"title: Ổn\n{Approved}");
        await site.BuildOkAsync();
        var before = site.OutputFiles().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.OutputDirectory, f)));

        arrange(site);
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var after = site.OutputFiles().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.OutputDirectory, f)));
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, entry => Assert.Equal(entry.Value, after[entry.Key]));
        return Assert.Single(result.Diagnostics, d => d.IsError).ToString();
    }

    [Fact]
    public async Task A_file_that_is_not_a_picture_is_refused_where_it_is_used()
    {
        var error = await OnlyErrorOf(site => site
            .Write("articles/anh.jpg", "Đây là một tệp văn bản.")
            .Item("articles/a.vi.md", $"title: A\n{Approved}", "Trước.\n\n![Một bức ảnh](anh.jpg)\n"));

        Assert.Equal("articles/a.vi.md:11:1: error: the picture 'articles/anh.jpg' cannot be used: the file is not a picture, or it is damaged [ISG0207]", error);
    }

    [Fact]
    public async Task A_truncated_photo_is_refused_at_the_first_line_that_uses_it()
    {
        var photo = TestPictures.NoisyPhoto(1200, 900);
        var error = await OnlyErrorOf(site => site
            .WriteBytes("articles/cut.jpg", photo[..(photo.Length / 2)])
            .Item("articles/a.vi.md", $"title: A\n{Approved}\nimage: cut.jpg\nimage_alt: Quang cảnh hội nghị"));

        Assert.Equal("articles/a.vi.md:7:1: error: the picture 'articles/cut.jpg' cannot be used: the picture cannot be read: the file is damaged or incomplete [ISG0207]", error);
    }

    [Fact]
    public async Task A_picture_over_the_pixel_limit_is_refused_before_it_is_decoded()
    {
        var error = await OnlyErrorOf(
            site => site
                .WriteBytes("articles/lon.jpg", TestPictures.PlainPhoto(1500, 1000))
                .Item("articles/a.vi.md", $"title: A\n{Approved}", "![Toàn cảnh quảng trường](lon.jpg)\n"),
            TestSite.DefaultSiteYml + "\nimages:\n  max_megapixels: 1\n");

        Assert.Equal(
            "articles/a.vi.md:9:1: error: the picture 'articles/lon.jpg' cannot be used: the picture is 1500 × 1000 pixels (1.5 megapixels), more than the limit of 1; make it smaller, or raise 'images.max_megapixels' in site.yml if it is really needed [ISG0207]",
            error);
    }

    [Fact]
    public async Task A_picture_link_to_a_document_is_refused()
    {
        var error = await OnlyErrorOf(site => site
            .Write("articles/van-ban.pdf", "%PDF-1.4\n")
            .Item("articles/a.vi.md", $"title: A\n{Approved}", "![Văn bản](van-ban.pdf)\n"));

        Assert.Equal(
            "articles/a.vi.md:9:1: error: 'articles/van-ban.pdf' is not a picture the page can show; pictures must be JPEG, PNG, WebP, GIF, TIFF or AVIF files (for another file, drop the ! to make it a download link) [ISG0207]",
            error);
    }

    [Fact]
    public async Task Image_settings_of_site_yml_are_checked()
    {
        using var site = new TestSite(TestSite.DefaultSiteYml + "\nimages:\n  widths: [480, 0]\n  formats: [webp, jxl]\n");
        site.Item("pages/ok.vi.md", $"title: Ổn\n{Approved}");

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "site.yml:25:17: error: '0' is not a valid picture width; write a number of pixels from 16 to 8000, for example [480, 800, 1200, 1600] [ISG0009]",
                "site.yml:26:19: error: there is no picture format 'jxl'; WebP and JPEG (or PNG) are always made, only 'avif' can be added [ISG0009]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }
}
