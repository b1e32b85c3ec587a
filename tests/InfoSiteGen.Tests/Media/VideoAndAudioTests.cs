using System.Text;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Media;

/// <summary>Self-hosted video and sound: without metadata, with captions, a download link, and the body as the transcript.</summary>
public class VideoAndAudioTests
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2023-11-20\ndate: 2023-12-05";

    private const string Vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nKính thưa các đại biểu.\n\n00:00:04.500 --> 00:00:08.000\nHôm nay chúng ta kỷ niệm.\n";

    private const string Srt = "1\n00:00:01,000 --> 00:00:04,000\nDistinguished delegates.\n\n2\n00:00:04,500 --> 00:00:08,000\nToday we commemorate.\n";

    private static TestSite VideoSite(string captions = "captions: { vi: phu-de.vtt, en: phu-de.en.srt }")
    {
        var site = new TestSite();
        site.WriteBytes("articles/phim.mp4", TestPictures.PhoneVideo());
        site.WriteBytes("articles/phim-poster.jpg", TestPictures.PlainPhoto(1280, 720));
        site.Write("articles/phu-de.vtt", Vtt);
        site.Write("articles/phu-de.en.srt", Srt);
        site.Item("articles/phim.vi.md", $"title: Phim tài liệu\n{Approved}\nvideo: phim.mp4\nposter: phim-poster.jpg\n{captions}", "Kính thưa các đại biểu. Hôm nay chúng ta kỷ niệm.");
        return site;
    }

    [Fact]
    public async Task A_video_plays_with_captions_in_each_language_a_poster_and_a_download_link_and_no_metadata()
    {
        using var site = VideoSite();
        await site.BuildOkAsync();
        var page = site.Html("articles/phim/index.html");

        var video = page.QuerySelector("figure.media video")!;
        Assert.Equal((string?)"none", video.GetAttribute("preload"));
        Assert.True(video.HasAttribute("controls"));
        Assert.False(video.HasAttribute("autoplay"));
        Assert.Matches(@"^\.\./\.\./media/phim-poster-[0-9a-f]{10}-800\.jpg$", video.GetAttribute("poster"));
        var source = video.QuerySelector("source")!;
        Assert.Equal("video/mp4", source.GetAttribute("type"));
        var tracks = video.QuerySelectorAll("track").Select(t => (t.GetAttribute("kind"), t.GetAttribute("srclang"), t.GetAttribute("label"), t.HasAttribute("default"))).ToList();
        Assert.Equal([("captions", "en", "English", false), ("captions", "vi", "Tiếng Việt", true)], tracks.OrderBy(t => t.Item2, StringComparer.Ordinal));
        Assert.Equal("Tải video (MP4, 254 B, 1 phút 5 giây)", page.QuerySelector("figure.media figcaption")!.TextContent.Trim());
        Assert.Equal("Nội dung lời nói", page.QuerySelector("h2.transcript-heading")!.TextContent);

        var published = File.ReadAllBytes(Path.Combine(site.OutputDirectory, source.GetAttribute("src")![6..]));
        Assert.Equal(TestPictures.PhoneVideo().Length, published.Length);
        Assert.Equal(-1, published.AsSpan().IndexOf("+21.0285"u8));
        Assert.Equal(-1, published.AsSpan().IndexOf("udta"u8));
        Assert.False(site.Exists("articles/phim.mp4"));

        // Written into the page: a browser loads no caption file from disk, where a page has no origin.
        var english = video.QuerySelectorAll("track").Single(t => t.GetAttribute("srclang") == "en").GetAttribute("src")!;
        Assert.StartsWith("data:text/vtt;base64,", english, StringComparison.Ordinal);
        Assert.Equal(
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nDistinguished delegates.\n\n00:00:04.500 --> 00:00:08.000\nToday we commemorate.\n",
            Encoding.UTF8.GetString(Convert.FromBase64String(english["data:text/vtt;base64,".Length..])));
    }

    [Fact]
    public async Task An_approved_video_without_captions_in_its_language_is_an_error()
    {
        using var site = VideoSite("captions: { en: phu-de.en.srt }");

        var result = await site.BuildAsync();

        Assert.Equal(
            "articles/phim.vi.md:7:1: error: the video has no Vietnamese captions, which deaf readers need to follow it; add 'captions: { vi: captions-file.vtt }' (WebVTT or SRT) [ISG0209]",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_caption_file_that_is_not_WebVTT_is_refused_with_its_line()
    {
        using var site = VideoSite();
        site.Write("articles/phu-de.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nMột.\n\n00:00:09 --> 00:00:08.000\nHai.\n");

        var result = await site.BuildAsync();

        Assert.Equal(
            "articles/phim.vi.md:9:13: error: the file 'articles/phu-de.vtt' cannot be used: the caption file is not valid WebVTT at line 6: the timing '00:00:09 --> 00:00:08.000' is not of the form 00:00:01.000 --> 00:00:04.000 [ISG0207]",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_radio_spot_is_published_without_its_tags_and_needs_its_words_written_out()
    {
        using var site = new TestSite();
        site.WriteBytes("pages/spot.mp3", TestPictures.RadioSpot());
        site.Item("pages/spot.vi.md", $"title: Phát thanh\n{Approved}\naudio: spot.mp3", "Nhân dịp kỷ niệm 75 năm Ngày Quyền con người thế giới.");
        await site.BuildOkAsync();

        var page = site.Html("spot/index.html");
        var audio = page.QuerySelector("figure.media audio")!;
        Assert.True(audio.HasAttribute("controls"));
        var published = File.ReadAllBytes(Path.Combine(site.OutputDirectory, audio.GetAttribute("src")![3..]));
        Assert.Equal(-1, published.AsSpan().IndexOf("Nguyen"u8));
        Assert.Equal((byte)0xFF, published[0]);
        Assert.Equal("Tải tệp âm thanh (MP3, 469 KB, 0 phút 30 giây)", page.QuerySelector("figure.media figcaption")!.TextContent.Trim());

        site.Item("pages/spot.vi.md", $"title: Phát thanh\n{Approved}\naudio: spot.mp3", "");
        var result = await site.BuildAsync();
        Assert.Equal(
            "pages/spot.vi.md:7:1: error: an item with sound must have its words written out as the body, so that deaf readers can read them [ISG0209]",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_gallery_is_a_grid_of_described_pictures_linking_to_their_largest_copies()
    {
        using var site = new TestSite();
        site.WriteBytes("articles/anh/mot.jpg", TestPictures.PhonePhoto(2400, 1800));
        site.WriteBytes("articles/anh/hai.jpg", TestPictures.PlainPhoto(900, 600));
        site.Item("articles/trien-lam.vi.md",
            $"title: Triển lãm ảnh\n{Approved}\ngallery:\n  - {{ src: anh/mot.jpg, alt: Khách tham quan xem ảnh, caption: Khai mạc triển lãm, credit: Sở Văn hóa }}\n  - {{ src: anh/hai.jpg, alt: Một góc phòng trưng bày }}");
        await site.BuildOkAsync();

        var gallery = site.Html("articles/trien-lam/index.html").QuerySelector("section.gallery")!;
        Assert.Equal("Thư viện ảnh", gallery.QuerySelector("h2")!.TextContent);
        var links = gallery.QuerySelectorAll("li a").ToList();
        Assert.Equal(2, links.Count);
        Assert.Matches(@"^\.\./\.\./media/mot-[0-9a-f]{10}-1600\.jpg$", links[0].GetAttribute("href"));
        Assert.Matches(@"^\.\./\.\./media/hai-[0-9a-f]{10}-900\.jpg$", links[1].GetAttribute("href"));
        Assert.Equal(["Khách tham quan xem ảnh", "Một góc phòng trưng bày"], links.Select(a => a.QuerySelector("img")!.GetAttribute("alt")));
        Assert.All(links, a => Assert.Equal("lazy", a.QuerySelector("img")!.GetAttribute("loading")));
        Assert.Equal("Khai mạc triển lãm Ảnh: Sở Văn hóa", gallery.QuerySelector("figcaption")!.TextContent.Trim());
        Assert.All(links, a => Assert.True(site.Exists(a.GetAttribute("href")![6..])));
    }

    [Fact]
    public async Task A_gallery_picture_without_a_description_is_an_error()
    {
        using var site = new TestSite();
        site.WriteBytes("articles/mot.jpg", TestPictures.PlainPhoto(300, 200));
        site.Item("articles/a.vi.md", $"title: A\n{Approved}\ngallery:\n  - src: mot.jpg");

        var result = await site.BuildAsync();

        Assert.Equal(
            "articles/a.vi.md:8:5: error: this gallery picture has no text alternative; add 'alt:' with a sentence saying what it shows [ISG0009]",
            Assert.Single(result.Diagnostics).ToString());
    }
}
