using System.Diagnostics;
using System.Text;

namespace InfoSiteGen.Tests.Support;

/// <summary>Runs a JavaScript file with Node.js, for testing the theme's scripts outside a browser.</summary>
public static class NodeScript
{
    /// <summary>Runs <paramref name="script"/> with the arguments and returns what it printed; fails the test if Node.js is missing or the script fails.</summary>
    public static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(FindNode())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish within a minute");
        }

        Assert.True(process.ExitCode == 0, $"node {script} failed with exit code {process.ExitCode}:\n{error.Result}");
        return output.Result;
    }

    // A missing Node.js must fail the tests that need it, never skip them quietly.
    private static string FindNode()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe" } : ["node"];
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/bin", "/usr/local/bin"]);
        foreach (var folder in folders)
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        Assert.Fail("Node.js is required to test theme/assets/search.js but 'node' was not found on PATH; " +
            "install it (Debian: apt-get install nodejs) or run tests/run.sh, which does");
        return "";
    }
}
