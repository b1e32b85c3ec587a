using InfoSiteGen.Tests.Support;
using NetVips;

namespace InfoSiteGen.Tests.Media;

/// <summary>Every page has a 1200 × 630 share image: the cut of its lead picture or a card drawn with its title.</summary>
public class ShareImageTests
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2023-11-20\ndate: 2023-12-05";

    private static TestSite SiteWithEveryPageType()
    {
        var site = new TestSite();
        site.WriteBytes("articles/mit-tinh.jpg", TestPictures.PhonePhoto(2000, 1500));
        site.Item("articles/mit-tinh.vi.md", $"title: Mít tinh kỷ niệm\n{Approved}\nimage: mit-tinh.jpg\nimage_alt: Quang cảnh buổi mít tinh\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]");
        site.Item("articles/mit-tinh.en.md", $"title: Commemorative meeting\n{Approved}\nimage: mit-tinh.jpg\nimage_alt: The meeting hall\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]\nslug: meeting");
        site.Item("articles/khong-anh.vi.md", $"title: Nhân quyền thế giới\n{Approved}");
        site.Item("laws/luat.vi.md", $"title: Luật Trẻ em\n{Approved}\nnumber: 102/2016/QH13\nissued_on: 2016-04-05");
        site.Item("slogans/mot.vi.md", $"title: Khẩu hiệu\n{Approved}", "Nhiệt liệt chào mừng.");
        site.Item("pages/gioi-thieu.vi.md", $"title: Giới thiệu\n{Approved}");
        return site;
    }

    [Fact]
    public async Task Every_page_names_a_share_image_the_build_wrote_with_its_size_and_description()
    {
        using var site = SiteWithEveryPageType();
        await site.BuildOkAsync();

        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 15);
        foreach (var file in pages)
        {
            var page = site.Html(file);
            var image = page.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
            Assert.NotNull(image);
            const string Base = "https://portal.example.gov.vn/thu-nghiem/";
            Assert.StartsWith(Base, image, StringComparison.Ordinal);
            Assert.True(site.Exists(image[Base.Length..]), $"{file}: {image}");
            Assert.Equal("1200", page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
            Assert.Equal("630", page.QuerySelector("meta[property='og:image:height']")!.GetAttribute("content"));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content")), file);
        }

        var shareImages = pages.Select(f => site.Html(f).QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).Distinct().ToList();
        foreach (var url in shareImages)
        {
            var path = Path.Combine(site.OutputDirectory, url["https://portal.example.gov.vn/thu-nghiem/".Length..]);
            using var picture = Image.NewFromFile(path);
            Assert.Equal((1200, 630), (picture.Width, picture.Height));
            Assert.DoesNotContain(MetadataExtractor.ImageMetadataReader.ReadMetadata(path), d => d.Name is "Exif IFD0" or "GPS" or "XMP" or "IPTC" or "ICC Profile");
        }
    }

    [Fact]
    public async Task A_page_with_a_lead_picture_shares_a_cut_of_it_and_one_without_shares_a_card_with_its_title()
    {
        using var site = SiteWithEveryPageType();
        await site.BuildOkAsync();

        var article = site.Html("articles/mit-tinh/index.html");
        Assert.Matches(@"/media/mit-tinh-[0-9a-f]{10}-share\.jpg$", article.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("Quang cảnh buổi mít tinh", article.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
        // The English translation shares the same picture, so the same cut.
        Assert.Equal(
            article.QuerySelector("meta[property='og:image']")!.GetAttribute("content"),
            site.Html("en/articles/meeting/index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content"));

        var plain = site.Html("articles/khong-anh/index.html");
        Assert.Matches(@"/media/share/[0-9a-f]{16}\.jpg$", plain.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("Nhân quyền thế giới – Trang thử nghiệm", plain.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
        Assert.Equal("Trang thử nghiệm", site.Html("index.html").QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));

        // The cut shows the photo (red and blue halves), the card the theme's red.
        var cut = article.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        using var photo = Image.NewFromFile(Path.Combine(site.OutputDirectory, cut[cut.IndexOf("media/", StringComparison.Ordinal)..]));
        Assert.True(photo.Getpoint(600, 100)[2] > 150 || photo.Getpoint(600, 100)[0] > 150);
        var card = plain.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        using var drawn = Image.NewFromFile(Path.Combine(site.OutputDirectory, card[card.IndexOf("media/", StringComparison.Ordinal)..]));
        var corner = drawn.Getpoint(10, 10);
        Assert.InRange(corner[0], 0x90, 0xa6);
        Assert.InRange(corner[1], 0x10, 0x28);
    }

    [Fact]
    public async Task Pages_of_one_list_share_one_card_and_a_rebuild_draws_nothing()
    {
        using var site = new TestSite(TestSite.DefaultSiteYml + "\npage_size: 1\n");
        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}");
        site.Item("articles/b.vi.md", $"title: Bài B\n{Approved}");
        var first = await site.BuildOkAsync();

        string ShareOf(string file) => site.Html(file).QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.NotEqual(ShareOf("articles/a/index.html"), ShareOf("articles/b/index.html"));
        // One card per distinct title and language: the vi and en 404 pages, for one, are one page with one title.
        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(f => site.Html(f)).ToList();
        var titles = pages.Select(p => (p.DocumentElement.GetAttribute("lang"), p.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"))).Distinct().Count();
        Assert.Equal(titles, site.OutputFiles().Count(f => f.StartsWith("media/share/", StringComparison.Ordinal)));

        Assert.True(first.Images.Processed > 0);
        var second = await site.BuildOkAsync();
        Assert.Equal(0, second.Images.Processed);
    }

    [Fact]
    public async Task With_one_card_for_the_site_every_page_without_a_lead_picture_shares_its_language_card()
    {
        using var site = new TestSite(TestSite.DefaultSiteYml + "\nimages:\n  share_cards: site\n");
        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}");
        site.Item("articles/a.en.md", $"title: Article A\n{Approved}");
        site.Item("articles/b.vi.md", $"title: Bài B\n{Approved}");
        await site.BuildOkAsync();

        var pages = site.OutputFiles().Where(f => f.EndsWith("index.html", StringComparison.Ordinal)).Select(f => site.Html(f)).ToList();
        var cards = pages.GroupBy(p => p.DocumentElement.GetAttribute("lang"))
            .ToDictionary(g => g.Key!, g => g.Select(p => p.QuerySelector("meta[property='og:image']")!.GetAttribute("content")).Distinct().Count());
        Assert.Equal(1, cards["vi"]);
        Assert.Equal(1, cards["en"]);
        Assert.Equal(2, site.OutputFiles().Count(f => f.StartsWith("media/share/", StringComparison.Ordinal)));
        Assert.Equal("Trang thử nghiệm", site.Html("articles/a/index.html").QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Without_a_base_url_the_share_image_is_linked_relative_to_the_page()
    {
        using var site = new TestSite(TestSite.DefaultSiteYml.Replace("base_url: https://portal.example.gov.vn/thu-nghiem/\n", "", StringComparison.Ordinal));
        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}");
        await site.BuildAsync();

        var share = site.Html("articles/a/index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.StartsWith("../../media/share/", share, StringComparison.Ordinal);
        Assert.True(site.Exists(share[6..]));
    }
}
