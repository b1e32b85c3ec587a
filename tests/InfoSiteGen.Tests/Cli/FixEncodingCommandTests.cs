using System.Text;
using InfoSiteGen.Cli;
using InfoSiteGen.Tests.Support;
using InfoSiteGen.Writing.LegacyEncodings;

namespace InfoSiteGen.Tests.Cli;

/// <summary><c>fix-encoding</c>: converts legacy text in place, keeps the original, and refuses when unsure.</summary>
public class FixEncodingCommandTests
{
    private const string Tcvn3Article = """
        ---
        title: "Tuyªn truyÒn LuËt TrÎ em"
        date: 2023-05-01
        status: draft
        ---

        ## Héi nghÞ

        Céng hoµ x· héi chñ nghÜa ViÖt Nam. Xem [LuËt](../laws/luat-tre-em-2016.vi.md) vµ **tØnh**.
        """;

    private const string Tcvn3Converted = """
        ---
        title: "Tuyên truyền Luật Trẻ em"
        date: 2023-05-01
        status: draft
        ---

        ## Hội nghị

        Cộng hoà xã hội chủ nghĩa Việt Nam. Xem [Luật](../laws/luat-tre-em-2016.vi.md) và **tỉnh**.
        """;

    private static async Task<(int Exit, string Out, string Err)> Run(TestSite site, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(["fix-encoding", .. args], stdout, stderr, site.ContentDirectory);
        return (exit, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    private static string PathOf(TestSite site, string relative) => Path.Combine(site.ContentDirectory, relative);

    [Fact]
    public async Task Converts_text_read_as_windows_1252_keeping_front_matter_and_markdown()
    {
        using var site = new TestSite();
        site.Write("articles/cu.vi.md", Tcvn3Article);
        var original = File.ReadAllBytes(PathOf(site, "articles/cu.vi.md"));

        var (exit, stdout, stderr) = await Run(site, "articles/cu.vi.md");

        Assert.Equal((0, string.Empty), (exit, stderr));
        Assert.Equal("đã chuyển articles/cu.vi.md từ TCVN3 (ABC) sang UTF-8: đổi 16 ký tự trên 3 dòng (dòng đầu tiên: 2); bản gốc ở articles/cu.vi.md.bak\n", stdout);
        var converted = File.ReadAllText(PathOf(site, "articles/cu.vi.md"), Encoding.UTF8);
        Assert.Equal(Tcvn3Converted, converted);
        Assert.True(converted.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(original, File.ReadAllBytes(PathOf(site, "articles/cu.vi.md.bak")));
    }

    [Fact]
    public async Task Converts_raw_vni_bytes_with_english_messages()
    {
        using var site = new TestSite();
        var bytes = Encoding.Latin1.GetBytes("---\ntitle: \"Tuyeân truyeàn\"\n---\n\nCoäng hoøa xaõ hoäi chuû nghóa Vieät Nam.\n");
        File.WriteAllBytes(PathOf(site, "vni.md"), bytes);

        var (exit, stdout, _) = await Run(site, "vni.md", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Equal("converted vni.md from VNI to UTF-8: 9 characters changed on 2 lines (first: line 2); the original is in vni.md.bak\n", stdout);
        Assert.Equal("---\ntitle: \"Tuyên truyền\"\n---\n\nCộng hòa xã hội chủ nghĩa Việt Nam.\n", File.ReadAllText(PathOf(site, "vni.md"), Encoding.UTF8));
        Assert.Equal(bytes, File.ReadAllBytes(PathOf(site, "vni.md.bak")));
    }

    [Fact]
    public async Task Lines_already_in_unicode_are_left_alone()
    {
        using var site = new TestSite();
        site.Write("tron.md", "---\ntitle: \"Là cá có tên\"\n---\n\nCéng hoµ x· héi chñ nghÜa ViÖt Nam.\nĐã sửa: ViÖt Nam\n");

        var (exit, _, _) = await Run(site, "tron.md", "--from", "tcvn3");

        Assert.Equal(0, exit);
        Assert.Equal("---\ntitle: \"Là cá có tên\"\n---\n\nCộng hoà xã hội chủ nghĩa Việt Nam.\nĐã sửa: Việt Nam\n", File.ReadAllText(PathOf(site, "tron.md"), Encoding.UTF8));
    }

    [Fact]
    public async Task Refuses_a_file_without_legacy_text_and_changes_nothing()
    {
        using var site = new TestSite();
        site.Write("dung.md", "---\ntitle: \"Luật Trẻ em\"\n---\n\nCộng hòa xã hội chủ nghĩa Việt Nam; là cá có tên.\n");

        var (exit, _, stderr) = await Run(site, "dung.md");

        Assert.Equal(1, exit);
        Assert.Equal("lỗi: dung.md: không thấy chữ mã TCVN3 (ABC) hay VNI nào (hoặc quá ít để chắc chắn), nên tệp không được đổi\n", stderr);
        Assert.False(File.Exists(PathOf(site, "dung.md.bak")));
        Assert.Equal("---\ntitle: \"Luật Trẻ em\"\n---\n\nCộng hòa xã hội chủ nghĩa Việt Nam; là cá có tên.\n", File.ReadAllText(PathOf(site, "dung.md")));
    }

    [Fact]
    public async Task Refuses_to_overwrite_an_existing_backup()
    {
        using var site = new TestSite();
        site.Write("cu.md", Tcvn3Article);
        site.Write("cu.md.bak", "bản cũ hơn");

        var (exit, stdout, stderr) = await Run(site, "cu.md", "--lang", "en");

        Assert.Equal((1, string.Empty), (exit, stdout));
        Assert.Equal("error: cu.md.bak already exists, so cu.md was not changed; delete or rename the old .bak and run again\n", stderr);
        Assert.Equal("bản cũ hơn", File.ReadAllText(PathOf(site, "cu.md.bak")));
        Assert.Equal(Tcvn3Article, File.ReadAllText(PathOf(site, "cu.md")));
    }

    [Fact]
    public async Task Refuses_when_the_text_points_to_both_encodings()
    {
        using var site = new TestSite();
        site.Write("ca-hai.md", "Céng hoµ x· héi ViÖt Nam.\nCoäng hoøa xaõ hoäi Vieät Nam.\n");

        var (exit, _, stderr) = await Run(site, "ca-hai.md");

        Assert.Equal(1, exit);
        Assert.Equal("lỗi: ca-hai.md: không rõ chữ trong tệp là TCVN3 (ABC) hay VNI, nên tệp không được đổi; hãy chạy lại với --from tcvn3 hoặc --from vni\n", stderr);
        Assert.False(File.Exists(PathOf(site, "ca-hai.md.bak")));
    }

    [Fact]
    public async Task Converts_the_files_it_can_and_exits_1_for_the_others()
    {
        using var site = new TestSite();
        site.Write("cu.md", Tcvn3Article);

        var (exit, stdout, stderr) = await Run(site, "khong-co.md", "cu.md");

        Assert.Equal(1, exit);
        Assert.Equal("lỗi: không có tệp khong-co.md\n", stderr);
        Assert.StartsWith("đã chuyển cu.md từ TCVN3 (ABC)", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: name the file or files to convert", "--lang", "en")]
    [InlineData("lỗi: --from 'utf8' không phải là tcvn3 hay vni", "cu.md", "--from", "utf8")]
    [InlineData("lỗi: --lang 'fr' không được hỗ trợ; dùng vi hoặc en", "cu.md", "--lang", "fr")]
    public async Task Usage_mistakes_exit_2(string message, params string[] args)
    {
        using var site = new TestSite();

        var (exit, _, stderr) = await Run(site, args);

        Assert.Equal(2, exit);
        Assert.StartsWith(message + "\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_converted_text_of_every_vni_letter_is_nfc()
    {
        var all = string.Concat("aeiouyAEIOUY".SelectMany(v => Enumerable.Range(0xC0, 0x40).Select(m => $"{v}{(char)m} ")));
        var converted = LegacyConverter.Convert(Windows1252.GetString(Encoding.Latin1.GetBytes(all)).Select(c => (byte)c).ToArray(), LegacyEncoding.Vni);
        Assert.True(converted.Text.IsNormalized(NormalizationForm.FormC));
    }
}
