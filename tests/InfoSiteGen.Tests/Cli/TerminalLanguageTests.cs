using InfoSiteGen.Cli;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Cli;

/// <summary>The terminal speaks Vietnamese unless <c>--lang en</c> or <c>INFOSITEGEN_LANG=en</c> asks for English.</summary>
public class TerminalLanguageTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(TestSite site, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(args, stdout, stderr, site.Root, name => environment?.GetValueOrDefault(name));
        return (exit, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    private static string[] Build(TestSite site, params string[] more) =>
        ["build", "--content", site.ContentDirectory, "--theme", site.ThemeDirectory, "--output", site.OutputDirectory, "--now", "2023-12-10", .. more];

    private static TestSite SiteWithOneWarning()
    {
        var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: approved\napproved_by: X");
        site.Item("articles/b.md", "title: B\nstatus: approved");
        return site;
    }

    private static readonly Dictionary<string, string> English = new() { ["INFOSITEGEN_LANG"] = "en" };

    [Fact]
    public async Task A_build_speaks_Vietnamese_by_default()
    {
        using var site = SiteWithOneWarning();

        var (exit, stdout, stderr) = await Run(site, null, Build(site));

        Assert.Equal(0, exit);
        Assert.Equal(
            "articles/b.md:3:1: cảnh báo: bài đã được duyệt nhưng chưa ghi ai duyệt; hãy thêm 'approved_by:' và 'approved_on:' [ISG0112]\n",
            stderr);
        var summary = stdout.Trim().Split('\n').TakeLast(4).ToArray();
        Assert.Matches(@"^đã dựng 17 trang \(vi 10, en 7\), tổng cộng (\d+) tệp, vào thư mục output, tính đến ngày 2023-12-10; 1 cảnh báo; \d+,\d\d giây$", summary[0]);
        Assert.Matches(@"^chỉ mục tìm kiếm: vi \d+,\d KB, en \d+,\d KB$", summary[1]);
        Assert.Matches(@"^ảnh: đăng 0 ảnh, đã mã hóa lại và bỏ hết siêu dữ liệu; \d+ ảnh và thẻ chia sẻ được tạo mới, còn lại lấy từ bộ nhớ đệm$", summary[2]);
        Assert.Equal("lần thay đổi theo lịch tiếp theo: không có (sau ngày này không có bài nào bắt đầu hay hết thời gian đăng)", summary[3]);
    }

    [Fact]
    public async Task A_build_with_nothing_new_says_the_output_was_left_as_it_was_in_either_language()
    {
        using var site = SiteWithOneWarning();
        Assert.Equal(0, (await Run(site, null, Build(site))).Exit);

        var (exit, stdout, stderr) = await Run(site, null, Build(site));
        var (_, english, _) = await Run(site, English, Build(site));

        Assert.Equal(0, exit);
        Assert.Equal(
            "articles/b.md:3:1: cảnh báo: bài đã được duyệt nhưng chưa ghi ai duyệt; hãy thêm 'approved_by:' và 'approved_on:' [ISG0112]\n",
            stderr);
        Assert.Matches(
            @"^không có gì thay đổi kể từ lần dựng trước: thư mục output được giữ nguyên, gồm 17 trang \(vi 10, en 7\), tổng cộng \d+ tệp, tính đến ngày 2023-12-10; 1 cảnh báo; \d+,\d\d giây$",
            stdout.Trim().Split('\n').TakeLast(4).First());
        Assert.Matches(
            @"^nothing changed since the last build: output was left as it was, with 17 pages \(vi 10, en 7\) and \d+ files in all, as of 2023-12-10; 1 warning; \d+\.\d\d s$",
            english.Trim().Split('\n').TakeLast(4).First());
    }

    [Fact]
    public async Task A_failed_build_says_so_in_Vietnamese()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: ok");

        var (exit, stdout, stderr) = await Run(site, null, Build(site));

        Assert.Equal(1, exit);
        Assert.Equal(
            "articles/a.md:3:1: lỗi: trạng thái 'ok' không hợp lệ; hãy dùng draft (nháp), review (chờ duyệt) hoặc approved (đã duyệt) [ISG0103]\n",
            stderr);
        Assert.Matches(@"không dựng được trang: 1 lỗi, 0 cảnh báo; thư mục output được giữ nguyên \(\d+,\d\d giây\)", stdout);
    }

    [Fact]
    public async Task Lang_en_gives_English()
    {
        using var site = SiteWithOneWarning();

        var (exit, stdout, stderr) = await Run(site, null, Build(site, "--lang", "en"));

        Assert.Equal(0, exit);
        Assert.Equal(
            "articles/b.md:3:1: warning: the item is approved but does not say by whom; add 'approved_by:' and 'approved_on:' [ISG0112]\n",
            stderr);
        Assert.Matches(@"built 17 pages \(vi 10, en 7\) and (\d+) files in all into output as of 2023-12-10; 1 warning; \d+\.\d\d s\n", stdout);
    }

    [Fact]
    public async Task The_environment_variable_gives_English_and_lang_overrides_it()
    {
        using var site = SiteWithOneWarning();

        var (_, englishOut, englishErr) = await Run(site, English, Build(site));
        var (_, vietnameseOut, vietnameseErr) = await Run(site, English, Build(site, "--lang", "vi"));

        Assert.StartsWith("articles/b.md:3:1: warning: the item is approved", englishErr, StringComparison.Ordinal);
        Assert.Contains("next scheduled change: none", englishOut, StringComparison.Ordinal);
        Assert.StartsWith("articles/b.md:3:1: cảnh báo: bài đã được duyệt", vietnameseErr, StringComparison.Ordinal);
        Assert.Contains("lần thay đổi theo lịch tiếp theo: không có", vietnameseOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_lang_is_a_usage_error()
    {
        using var site = new TestSite();

        var (exit, _, stderr) = await Run(site, null, Build(site, "--lang", "fr"));

        Assert.Equal(2, exit);
        Assert.StartsWith("lỗi: --lang 'fr' không được hỗ trợ; dùng vi hoặc en\n\ndựng trang web vào thư mục output\n\nCách dùng:\n  infositegen build [tùy chọn]\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_lang_is_refused_in_English_when_the_environment_asks_for_English()
    {
        using var site = new TestSite();

        var (exit, _, stderr) = await Run(site, English, "check", "--content", site.ContentDirectory, "--lang", "de");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: --lang 'de' is not supported; use vi or en\n\ncheck everything a build would, write nothing, list items without translation\n\nUsage:\n  infositegen check [options]\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_value_of_the_environment_variable_is_a_usage_error()
    {
        using var site = new TestSite();

        var (exit, _, stderr) = await Run(site, new Dictionary<string, string> { ["INFOSITEGEN_LANG"] = "fr" }, Build(site));

        Assert.Equal(2, exit);
        Assert.StartsWith("lỗi: biến môi trường INFOSITEGEN_LANG có giá trị 'fr', không được hỗ trợ; dùng vi hoặc en\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_speaks_Vietnamese_by_default()
    {
        using var site = new TestSite();
        site.Item("articles/a.vi.md", "title: A\nstatus: approved\napproved_by: X", "# Tiêu đề thừa\n");

        var (exit, stdout, stderr) = await Run(site, null, "check", "--content", site.ContentDirectory, "--theme", site.ThemeDirectory, "--now", "2023-12-10");

        Assert.Equal(0, exit);
        Assert.Equal(
            "articles/a.vi.md:7:1: cảnh báo: trong bài có tiêu đề cấp 1 (#): tiêu đề của bài đã là tiêu đề chính của trang; hãy bắt đầu các mục bằng ## [ISG0206]\n",
            stderr);
        Assert.Contains("bản dịch: ", stdout, StringComparison.Ordinal);
        Assert.EndsWith("kiểm tra: 0 lỗi, 1 cảnh báo; không ghi tệp nào\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_speaks_Vietnamese_by_default_and_English_with_lang_en()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: ok");

        var (exit, _, stderr) = await Run(site, null, "report", "--content", site.ContentDirectory, "--now", "2023-12-10");
        var (englishExit, _, englishErr) = await Run(site, null, "report", "--content", site.ContentDirectory, "--now", "2023-12-10", "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Equal(
            "articles/a.md:3:1: lỗi: trạng thái 'ok' không hợp lệ; hãy dùng draft (nháp), review (chờ duyệt) hoặc approved (đã duyệt) [ISG0103]\n" +
            "chưa ghi báo cáo: 1 lỗi, 0 cảnh báo\n",
            stderr);
        Assert.Equal(1, englishExit);
        Assert.Equal(
            "articles/a.md:3:1: error: unknown status 'ok'; use draft, review or approved [ISG0103]\n" +
            "report not written: 1 error, 0 warnings\n",
            englishErr);
    }

    [Fact]
    public async Task Usage_mistakes_and_help_are_in_Vietnamese_by_default()
    {
        using var site = new TestSite();

        var (exit, _, stderr) = await Run(site, null);
        var (helpExit, help, _) = await Run(site, null, "help");
        var (englishExit, englishHelp, _) = await Run(site, English, "help");

        Assert.Equal(2, exit);
        Assert.StartsWith("lỗi: chưa ghi lệnh nào\n\nInfoSiteGen dựng trang thông tin", stderr, StringComparison.Ordinal);
        Assert.Contains("\nCách dùng:\n  infositegen LỆNH [tùy chọn]\n", stderr, StringComparison.Ordinal);
        Assert.Equal(0, helpExit);
        Assert.Contains("\nCách dùng:\n  infositegen LỆNH [tùy chọn]\n\nCác lệnh:\n  build ", help, StringComparison.Ordinal);
        Assert.Equal(0, englishExit);
        Assert.Contains("\nUsage:\n  infositegen COMMAND [options]\n\nCommands:\n  build ", englishHelp, StringComparison.Ordinal);
    }
}
