using System.Text;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Content;

/// <summary>
/// Broken and hostile input added to a site that built before: each gives its exact message, and the
/// previous output is left exactly as it was; input that is merely unusual builds.
/// </summary>
public class HostileInputTests
{
    private const string Approved = "status: approved\napproved_by: X";

    private static async Task<(TestSite Site, IReadOnlyList<KeyValuePair<string, string>> Before)> BuiltSiteAsync()
    {
        var site = new TestSite();
        site.Item("articles/co-san.md", $"title: Có sẵn\n{Approved}");
        await site.BuildOkAsync();
        return (site, OutputSnapshot.Of(site.OutputDirectory));
    }


    private static async Task AssertRefusedAsync(TestSite site, IReadOnlyList<KeyValuePair<string, string>> before, string expected)
    {
        var result = await site.BuildAsync();
        Assert.Equal([expected], result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        Assert.Equal(before, OutputSnapshot.Of(site.OutputDirectory));
    }

    [Fact]
    public async Task A_20_megabyte_file_is_refused()
    {
        var (site, before) = await BuiltSiteAsync();
        using var _ = site;
        site.Write("articles/lon.md", "---\ntitle: Lớn\nstatus: draft\n---\n" + new string('a', 20 * 1024 * 1024));

        await AssertRefusedAsync(site, before,
            "articles/lon.md:1:1: error: the file is 20.0 MB; a content file may be at most 5 MB, so split it or publish the material as an attachment [ISG0116]");
    }

    [Fact]
    public async Task Invalid_utf8_is_refused_at_its_line()
    {
        var (site, before) = await BuiltSiteAsync();
        using var _ = site;
        site.WriteBytes("articles/ma-cu.md", [.. Encoding.UTF8.GetBytes("---\ntitle: Vi"), 0xEA, .. Encoding.UTF8.GetBytes("t Nam\nstatus: draft\n---\n")]);

        await AssertRefusedAsync(site, before,
            "articles/ma-cu.md:2:10: error: the file is not valid UTF-8 text (byte 0xEA at byte offset 13; it was probably saved in an old encoding); open it and save it again as UTF-8 [ISG0110]");
    }

    [Fact]
    public async Task A_file_linked_from_outside_the_content_folder_is_never_read()
    {
        var (site, before) = await BuiltSiteAsync();
        using var _ = site;
        var outside = Path.Combine(site.Root, "bi-mat.md");
        File.WriteAllText(outside, $"---\ntitle: BÍ MẬT BÊN NGOÀI\n{Approved}\n---\nBÍ MẬT\n");
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "articles", "lien-ket.md"), outside);

        await AssertRefusedAsync(site, before,
            "articles/lien-ket.md:1:1: error: this file is a symbolic link to a file outside the content folder, which is never read; copy the file into the content folder instead [ISG0202]");
    }

    [Fact]
    public async Task A_folder_linked_from_outside_the_content_folder_is_never_read()
    {
        var (site, before) = await BuiltSiteAsync();
        using var _ = site;
        var outside = Path.Combine(site.Root, "ben-ngoai");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "tep.md"), $"---\ntitle: Bên ngoài\n{Approved}\n---\n");
        Directory.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "articles", "thu-muc"), outside);

        await AssertRefusedAsync(site, before,
            "articles/thu-muc/tep.md:1:1: error: this file is a symbolic link to a file outside the content folder, which is never read; copy the file into the content folder instead [ISG0202]");
    }

    [Fact]
    public async Task An_attachment_linked_from_outside_the_content_folder_is_never_copied()
    {
        var (site, before) = await BuiltSiteAsync();
        using var _ = site;
        site.Item("laws/luat.md", $"title: Luật\n{Approved}\nattachment: passwd.pdf");
        var outside = Path.Combine(site.Root, "ngoai.pdf");
        File.WriteAllText(outside, "không được sao chép");
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "laws", "passwd.pdf"), outside);

        await AssertRefusedAsync(site, before,
            "laws/luat.md:5:1: error: the link 'passwd.pdf' leads outside the content folder through a symbolic link; copy the file into the content folder [ISG0202]");
    }

    [Theory]
    [InlineData("/etc/passwd", "articles/a.md:7:1: error: the link '/etc/passwd' starts with '/', which breaks when the site is served from a sub-folder; write the path relative to this file, for example '../laws/luat-tre-em.vi.md' [ISG0201]")]
    [InlineData("../../../etc/passwd", "articles/a.md:7:1: error: the link '../../../etc/passwd' points outside the content folder; only files inside it can be published [ISG0202]")]
    public async Task Links_to_system_files_are_refused(string target, string expected)
    {
        var (site, before) = await BuiltSiteAsync();
        using var _ = site;
        site.Item("articles/a.md", $"title: A\n{Approved}", $"[tệp]({target})");

        await AssertRefusedAsync(site, before, expected);
    }

    [Fact]
    public async Task A_byte_order_mark_windows_line_endings_and_a_vietnamese_file_name_with_spaces_build()
    {
        using var site = new TestSite();
        var text = "---\r\ntitle: Bài có BOM\r\nstatus: approved\r\napproved_by: X\r\n---\r\n\r\nDòng một.\r\n";
        site.WriteBytes("articles/Bài viết Đặc biệt.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        await site.BuildOkAsync();

        var page = site.Html("articles/bai-viet-dac-biet/index.html");
        Assert.Equal("Bài có BOM", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Dòng một.", page.QuerySelector(".prose p")!.TextContent);
    }

    [Fact]
    public async Task Internal_notes_never_appear_in_any_output_file()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: A\n{Approved}\ninternal_note: GHI CHÚ NỘI BỘ, KHÔNG ĐĂNG");

        await site.BuildOkAsync();

        foreach (var file in site.OutputFiles())
        {
            Assert.DoesNotContain("GHI CHÚ NỘI BỘ", site.Read(file), StringComparison.Ordinal);
        }
    }
}
