using InfoSiteGen.Cli;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Cli;

/// <summary>Mistakes on the <c>serve</c> command line are refused with a message in the chosen language and exit code 2.</summary>
public class ServeCommandTests
{
    private static async Task<(int Exit, string FirstErrorLine)> Run(TestSite site, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(["serve", "--content", site.ContentDirectory, "--theme", site.ThemeDirectory, .. args], stdout, stderr, site.Root);
        return (exit, stderr.ToString().ReplaceLineEndings("\n").Split('\n')[0]);
    }

    [Theory]
    [InlineData(new[] { "--port", "abc" }, "lỗi: --port 'abc' không phải số cổng; hãy ghi một số từ 1 đến 65535, ví dụ --port 5080")]
    [InlineData(new[] { "--port", "70000", "--lang", "en" }, "error: --port '70000' is not a port number; give a number from 1 to 65535, for example --port 5080")]
    [InlineData(new[] { "--path", "/nhân quyền/", "--lang", "en" }, "error: --path '/nhân quyền/' is not a sub-path; write parts of lower-case letters, digits and hyphens, for example --path /nhan-quyen/")]
    [InlineData(new[] { "--path", "../x" }, "lỗi: --path '../x' không phải đường dẫn con; hãy ghi các phần gồm chữ thường, chữ số và dấu gạch ngang, ví dụ --path /nhan-quyen/")]
    [InlineData(new[] { "--lang", "fr" }, "lỗi: --lang 'fr' không được hỗ trợ; dùng vi hoặc en")]
    public async Task A_wrong_option_is_refused_with_its_message(string[] args, string message)
    {
        using var site = new TestSite();

        var (exit, error) = await Run(site, args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(message, error);
    }

    [Fact]
    public async Task A_missing_content_folder_is_named()
    {
        using var site = new TestSite();
        var missing = Path.Combine(site.Root, "khong-co");

        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(["serve", "--content", missing, "--lang", "en"], new StringWriter(), stderr, site.Root);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"error: the content folder '{missing}' does not exist", stderr.ToString().ReplaceLineEndings("\n").Split('\n')[0]);
    }

    [Fact]
    public async Task A_port_in_use_is_refused_with_its_message()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: approved\napproved_by: X");
        await using var first = await ServedSite.StartAsync(site);
        var port = first.Server.Address.Port;

        var (exit, error) = await Run(site, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"lỗi: cổng {port} đang được chương trình khác dùng; chọn cổng khác, ví dụ --port {port + 1}", error);
    }
}
