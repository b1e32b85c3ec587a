using System.Diagnostics;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Cli;

public class GlobalizationTests
{
    [Fact]
    public async Task Without_icu_the_generator_refuses_to_run_with_a_plain_message()
    {
        using var site = new TestSite();
        var generator = Path.Combine(AppContext.BaseDirectory, "InfoSiteGen.dll");
        var start = new ProcessStartInfo("dotnet", [generator, "build", "--content", site.ContentDirectory, "--output", site.OutputDirectory, "--theme", Repository.Theme])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";

        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal(
            "error: .NET is running in globalization-invariant mode (no ICU), so Vietnamese cannot be sorted correctly; install ICU (Debian: apt-get install libicu72) and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT",
            stderr.Trim());
        Assert.False(Directory.Exists(site.OutputDirectory));
    }
}
