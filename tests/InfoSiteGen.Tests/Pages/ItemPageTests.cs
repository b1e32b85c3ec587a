using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Pages;

/// <summary>Article pages: navigation within the section, related articles, lead image.</summary>
public class ItemPageTests
{
    private const string Approved = "status: approved\napproved_by: X";

    [Fact]
    public async Task Articles_link_to_the_next_newer_and_older_article_of_their_language()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: Cũ nhất\n{Approved}\ndate: 2023-12-01");
        site.Item("articles/b.md", $"title: Giữa\n{Approved}\ndate: 2023-12-02");
        site.Item("articles/c.md", $"title: Mới nhất\n{Approved}\ndate: 2023-12-03");
        site.Item("articles/d.en.md", $"title: English only\n{Approved}\ndate: 2023-12-04");

        await site.BuildOkAsync();

        var nav = site.Html("articles/b/index.html").QuerySelector("nav.item-nav")!;
        Assert.Equal("../c/index.html", nav.QuerySelector(".item-nav__newer a")!.GetAttribute("href"));
        Assert.Equal("../a/index.html", nav.QuerySelector(".item-nav__older a")!.GetAttribute("href"));
        Assert.Null(site.Html("articles/c/index.html").QuerySelector(".item-nav__newer"));
        Assert.Null(site.Html("articles/a/index.html").QuerySelector(".item-nav__older"));
    }

    [Fact]
    public async Task Related_articles_share_a_topic_most_shared_first()
    {
        using var site = new TestSite();
        site.Item("articles/chinh.md", $"title: Chính\n{Approved}\ntopics: [quyen-tre-em, binh-dang-gioi]");
        site.Item("articles/hai-chu-de.md", $"title: Chung hai chủ đề\n{Approved}\ntopics: [binh-dang-gioi, quyen-tre-em]\ndate: 2023-01-01");
        site.Item("articles/mot-chu-de.md", $"title: Chung một chủ đề\n{Approved}\ntopics: [quyen-tre-em]\ndate: 2023-12-01");
        site.Item("articles/khong.md", $"title: Không chung\n{Approved}");

        await site.BuildOkAsync();

        var related = site.Html("articles/chinh/index.html").QuerySelectorAll("section.related a").Select(a => a.TextContent);
        Assert.Equal(["Chung hai chủ đề", "Chung một chủ đề"], related);
        Assert.Null(site.Html("articles/khong/index.html").QuerySelector("section.related"));
    }

    [Fact]
    public async Task A_lead_image_is_shown_from_its_published_copies_with_its_text_alternative()
    {
        using var site = new TestSite();
        site.WriteBytes("articles/anh/hoi-nghi.jpg", TestPictures.PlainPhoto(1000, 750));
        site.Item("articles/a.md", $"title: A\n{Approved}\nimage: anh/hoi-nghi.jpg\nimage_alt: Hội nghị tuyên truyền tại xã");

        await site.BuildOkAsync();

        var image = site.Html("articles/a/index.html").QuerySelector("img.lead-image")!;
        Assert.Equal("Hội nghị tuyên truyền tại xã", image.GetAttribute("alt"));
        Assert.Matches(@"^\.\./\.\./media/hoi-nghi-[0-9a-f]{10}-800\.jpg$", image.GetAttribute("src"));
        Assert.True(site.Exists(image.GetAttribute("src")![6..]));
        Assert.False(site.Exists("articles/anh/hoi-nghi.jpg"));
    }

    [Fact]
    public async Task A_lead_image_without_text_alternative_is_an_error()
    {
        using var site = new TestSite();
        site.WriteBytes("articles/anh.jpg", [0xFF]);
        site.Item("articles/a.md", $"title: A\n{Approved}\nimage: anh.jpg");

        var result = await site.BuildAsync();

        Assert.Equal(
            ["articles/a.md:5:1: error: the lead image has no text alternative; add 'image_alt:' with a sentence saying what the image shows [ISG0009]"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Reading_time_is_shown_in_minutes()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: A\n{Approved}", string.Join(' ', Enumerable.Repeat("từ", 1000)));

        await site.BuildOkAsync();

        Assert.Contains("5 phút", site.Html("articles/a/index.html").QuerySelector(".item-meta")!.TextContent);
    }
}
