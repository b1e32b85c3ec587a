using System.Buffers.Binary;
using System.Text;
using CsCheck;
using InfoSiteGen.Media;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Media;

/// <summary>Files made to break the build, and files that would slip through under another name: refused, never a crash.</summary>
public class HostileMediaTests
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2023-11-20\ndate: 2023-12-05";

    private static byte[] Box(string type, byte[] body)
    {
        var box = new byte[8 + body.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
        body.CopyTo(box, 8);
        return box;
    }

    private static readonly byte[] FileType = Box("ftyp", [.. "isom"u8, 0, 0, 2, 0]);

    /// <summary>Prepares a file the way a build does; returns the reason it was refused, or null when it was published.</summary>
    private static string? Refusal(string name, byte[] bytes)
    {
        try
        {
            MediaFiles.Prepare(name, bytes);
            return null;
        }
        catch (UnusableMediaException e)
        {
            return e.English;
        }
    }

    [Fact]
    public void A_box_whose_64_bit_size_wraps_around_is_refused_instead_of_looping()
    {
        var huge = new byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(huge, 1);
        "mdat"u8.CopyTo(huge.AsSpan(4));
        BinaryPrimitives.WriteInt64BigEndian(huge.AsSpan(8), long.MaxValue - 19);

        Assert.Equal("the MP4 file is damaged or incomplete", Refusal("a.mp4", [.. FileType, .. huge]));
    }

    [Fact]
    public void Boxes_nested_beyond_any_real_file_are_refused_instead_of_overflowing_the_stack()
    {
        var nested = Box("mdat", []);
        for (var i = 0; i < 100_000; i++)
        {
            var outer = new byte[nested.Length + 8];
            BinaryPrimitives.WriteUInt32BigEndian(outer, (uint)outer.Length);
            "moov"u8.CopyTo(outer.AsSpan(4));
            nested.CopyTo(outer, 8);
            nested = outer;
        }

        Assert.Equal("the MP4 file is damaged or incomplete", Refusal("a.mp4", [.. FileType, .. nested]));
    }

    [Fact]
    public void A_movie_of_unknown_length_has_no_duration_rather_than_an_overflow()
    {
        var header = new byte[108];
        header[0] = 1; // version 1: 64-bit times
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(20), 1000);
        BinaryPrimitives.WriteUInt64BigEndian(header.AsSpan(24), ulong.MaxValue);

        var (_, _, _, duration) = MediaFiles.Prepare("a.mp4", [.. FileType, .. Box("moov", Box("mvhd", header))]);

        Assert.Null(duration);
    }

    [Fact]
    public void Random_clips_and_caption_files_are_published_or_refused_never_thrown() =>
        Gen.Select(Gen.Int[0, 6].Select(i => new[] { ".mp4", ".m4a", ".mp3", ".vtt", ".srt", ".webm", ".ogg" }[i]), Gen.Byte.Array[0, 120], Gen.Bool).Sample((extension, tail, asMp4) =>
        {
            byte[] bytes = asMp4 ? [.. FileType, .. tail] : extension is ".vtt" ? [.. "WEBVTT\n\n"u8, .. tail] : tail;
            _ = Refusal("x" + extension, bytes);
        }, iter: 5000);

    [Fact]
    public void A_caption_timing_with_an_absurd_hour_is_refused()
    {
        Assert.Equal(
            "the caption file is not valid WebVTT at line 3: the timing '99999999999:00:00.000 --> 99999999999:00:01.000' is not of the form 00:00:01.000 --> 00:00:04.000",
            Refusal("a.vtt", "WEBVTT\n\n99999999999:00:00.000 --> 99999999999:00:01.000\nx\n"u8.ToArray()));
    }

    [Fact]
    public void An_APE_tag_at_the_end_of_an_MP3_is_not_published()
    {
        byte[] item = [.. "Artist\0"u8, .. "Nguyen Van A"u8];
        var footer = new byte[32];
        "APETAGEX"u8.CopyTo(footer);
        BinaryPrimitives.WriteUInt32LittleEndian(footer.AsSpan(8), 2000);
        BinaryPrimitives.WriteUInt32LittleEndian(footer.AsSpan(12), (uint)(item.Length + 32));
        byte[] audio = [0xFF, 0xFB, 0x90, .. new byte[997]];

        var (bytes, _, _, _) = MediaFiles.Prepare("a.mp3", [.. audio, .. item, .. footer]);

        Assert.Equal(audio, bytes);
    }

    [Fact]
    public void Notes_and_styles_of_a_caption_file_are_not_published()
    {
        var (bytes, _, _, _) = MediaFiles.Prepare("a.vtt", "WEBVTT\n\nNOTE made by Nguyen Van A on his laptop\n\nSTYLE\n::cue { background: url(https://example.com/x.png) }\n\n00:00:01.000 --> 00:00:02.000\nXin chào.\n"u8.ToArray());

        Assert.Equal("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nXin chào.\n", Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><style>rect{fill:url<!-- -->(https://example.com/x)}</style></svg>", "it contains a <style> element (line 1 of the drawing)")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect style='fill:u\\72l(https://example.com/x)'/></svg>", "<rect> contains '\\', which can load files from outside (line 1 of the drawing)")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect style='fill:image-set(\"https://example.com/x\" 1x)'/></svg>", "<rect> contains 'image-set', which can load files from outside (line 1 of the drawing)")]
    [InlineData("<svg:svg xmlns:svg='http://www.w3.org/2000/svg' width='10' height='10'><svg:Script>x</svg:Script></svg:svg>", "it contains a <Script> element (line 1 of the drawing)")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='10' height='10'><use xlink:href='other.svg#x'/></svg>", "<use> refers to 'other.svg#x' outside the drawing (line 1 of the drawing)")]
    public void Drawings_that_hide_a_fetch_are_refused(string svg, string reason)
    {
        var refused = Assert.Throws<UnusableMediaException>(() => SvgDrawings.Clean(Encoding.UTF8.GetBytes(svg)));
        Assert.StartsWith(reason + ";", refused.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_or_clip_under_another_name_is_cleaned_or_refused_never_copied()
    {
        using var site = new TestSite();
        site.WriteBytes("articles/anh.jfif", TestPictures.PhonePhoto(1200, 900));
        site.WriteBytes("articles/clip.mov", TestPictures.PhoneVideo());
        site.Item("articles/a.vi.md", $"title: A\n{Approved}", "[Ảnh](anh.jfif) và [phim](clip.mov).\n");
        await site.BuildOkAsync();

        var links = site.Html("articles/a/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Matches(@"^\.\./\.\./media/anh-[0-9a-f]{10}-900\.jpg$", links[0]);
        Assert.Matches(@"^\.\./\.\./media/clip-[0-9a-f]{10}\.mp4$", links[1]);
        Assert.Equal(-1, File.ReadAllBytes(Path.Combine(site.OutputDirectory, links[1][6..])).AsSpan().IndexOf("+21.0285"u8));
        Assert.False(site.Exists("articles/anh.jfif") || site.Exists("articles/clip.mov"));

        site.WriteBytes("articles/so-lieu.dat", TestPictures.PlainPhoto(100, 100));
        site.WriteBytes("articles/anh-goc.dng", [1, 2, 3]);
        site.Item("articles/a.vi.md", $"title: A\n{Approved}", "[Số liệu](so-lieu.dat) [Ảnh gốc](anh-goc.dng)\n");
        var result = await site.BuildAsync();
        Assert.Equal(
            [
                "articles/a.vi.md:9:1: error: 'articles/so-lieu.dat' cannot be published: it is a picture, sound or video in a form the site cannot clean (it may carry where it was taken, the device, the owner); save it as JPEG or PNG (pictures), MP4 (video) or MP3 (sound), with the right file extension [ISG0207]",
                "articles/a.vi.md:9:24: error: 'articles/anh-goc.dng' cannot be published: it is a picture, sound or video in a form the site cannot clean (it may carry where it was taken, the device, the owner); save it as JPEG or PNG (pictures), MP4 (video) or MP3 (sound), with the right file extension [ISG0207]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Media_in_the_wrong_place_are_reported_not_dropped()
    {
        using var site = new TestSite();
        site.WriteBytes("laws/scan.jpg", TestPictures.PlainPhoto(300, 400));
        site.WriteBytes("articles/phim.mp4", TestPictures.PhoneVideo());
        site.Item("laws/luat.vi.md", $"title: Luật\n{Approved}\nnumber: 102/2016/QH13\nissued_on: 2016-04-05\nattachment: scan.jpg");
        site.Item("articles/a.vi.md", $"title: A\n{Approved}\nimage: phim.mp4\nimage_alt: Một đoạn phim\nvideo: https://cdn.example.com/clip.mp4", "![Phim](phim.mp4)\n");

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "articles/a.vi.md:12:1: error: 'articles/phim.mp4' is not a picture the page can show; pictures must be JPEG, PNG, WebP, GIF, TIFF or AVIF files (for another file, drop the ! to make it a download link) [ISG0207]",
                "articles/a.vi.md:7:1: error: 'articles/phim.mp4' is not a picture the page can show; pictures must be JPEG, PNG, WebP, GIF, TIFF or AVIF files [ISG0207]",
                "articles/a.vi.md:9:1: error: 'https://cdn.example.com/clip.mp4' is on another web site, which the published pages may not load from; save the file in the content folder and give its path [ISG0204]",
                "laws/luat.vi.md:9:1: error: the attachment 'scan.jpg' is a picture, drawing or clip; a law's attachment must be a document (PDF, DOCX…): put a scanned page in the text instead [ISG0207]",
            ],
            result.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_page_whose_title_cannot_be_drawn_still_gets_a_share_card()
    {
        using var site = new TestSite();
        site.Item("articles/a.vi.md", $"title: \"\\u200B\"\n{Approved}");

        await site.BuildOkAsync();

        var share = site.Html("articles/a/index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.True(site.Exists(share[share.IndexOf("media/", StringComparison.Ordinal)..]));
    }

    [Fact]
    public async Task Changing_the_widths_renames_every_copy_so_a_warm_cache_never_gives_other_bytes()
    {
        using var site = new TestSite(TestSite.DefaultSiteYml + "\nimages:\n  widths: [480, 800, 1600]\n");
        site.WriteBytes("articles/anh.jpg", TestPictures.PlainPhoto(2000, 1500));
        site.Item("articles/a.vi.md", $"title: A\n{Approved}", "![Quang cảnh](anh.jpg)\n");
        await site.BuildOkAsync();
        var before = site.OutputFiles().Where(f => f.StartsWith("media/anh-", StringComparison.Ordinal)).ToList();

        site.Write("site.yml", TestSite.DefaultSiteYml + "\nimages:\n  widths: [480, 800]\n");
        await site.BuildOkAsync();
        var after = site.OutputFiles().Where(f => f.StartsWith("media/anh-", StringComparison.Ordinal)).ToList();

        Assert.Empty(before.Intersect(after));
    }
}
