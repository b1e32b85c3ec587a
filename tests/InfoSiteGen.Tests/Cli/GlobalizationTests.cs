using System.Diagnostics;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Cli;

public class GlobalizationTests
{
    private static async Task<(int Exit, string Err)> RunWithoutIcu(TestSite site, string? terminalLanguage)
    {
        var generator = Path.Combine(AppContext.BaseDirectory, "InfoSiteGen.dll");
        var start = new ProcessStartInfo("dotnet", [generator, "build", "--content", site.ContentDirectory, "--output", site.OutputDirectory, "--theme", Repository.Theme])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        start.Environment.Remove("INFOSITEGEN_LANG");
        if (terminalLanguage is not null)
        {
            start.Environment["INFOSITEGEN_LANG"] = terminalLanguage;
        }

        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, stderr.Trim());
    }

    [Fact]
    public async Task Without_icu_the_generator_refuses_to_run_with_a_plain_message()
    {
        using var site = new TestSite();

        var (exit, stderr) = await RunWithoutIcu(site, "en");

        Assert.Equal(2, exit);
        Assert.Equal(
            "error: .NET is running in globalization-invariant mode (no ICU), so Vietnamese cannot be sorted correctly; install ICU (Debian: apt-get install libicu72) and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT",
            stderr);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public async Task The_message_is_in_Vietnamese_unless_the_environment_asks_for_English()
    {
        using var site = new TestSite();

        var (exit, stderr) = await RunWithoutIcu(site, null);

        Assert.Equal(2, exit);
        Assert.Equal(
            "lỗi: .NET đang chạy ở chế độ không có dữ liệu ngôn ngữ (thiếu ICU), nên không sắp xếp đúng được tiếng Việt; hãy cài ICU (Debian: apt-get install libicu72) và bỏ biến DOTNET_SYSTEM_GLOBALIZATION_INVARIANT",
            stderr);
    }
}
