using System.Diagnostics;
using System.Text;

namespace InfoSiteGen.BrowserTests.Support;

/// <summary>
/// The outside judges (the Nu HTML Checker and Lighthouse), installed by npm into <c>tests/judges</c> and
/// run as programs. A missing one fails its tests with a message saying how to install it.
/// </summary>
public static class Judges
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "judges");

    private static string InstallHint =>
        $"install the judges with 'npm ci --prefix {Path.GetRelativePath(Environment.CurrentDirectory, Folder)}' and Java with " +
        "'apt-get install -y default-jre-headless' (tests/run.sh does both)";

    /// <summary>The Nu HTML Checker's jar, as the npm package vnu-jar ships it.</summary>
    public static string VnuJar()
    {
        var jar = Path.Combine(Folder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        return File.Exists(jar) ? jar : throw new InvalidOperationException($"the Nu HTML Checker is missing ({jar}); {InstallHint}");
    }

    public static string LighthouseScript()
    {
        var module = Path.Combine(Folder, "node_modules", "lighthouse", "package.json");
        return File.Exists(module)
            ? Path.Combine(Folder, "lighthouse.mjs")
            : throw new InvalidOperationException($"Lighthouse is missing ({module}); {InstallHint}");
    }

    public static string Java() => OnPath("java") ?? throw new InvalidOperationException($"Java is missing: the Nu HTML Checker runs on it; {InstallHint}");

    public static string Node() => OnPath("node") ?? throw new InvalidOperationException("Node.js is missing: Lighthouse runs on it; install it with 'apt-get install -y nodejs'");

    /// <summary>Runs a program to its end, with what it printed on each stream; kills it after <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList.Take(3))}… did not finish in {timeout.TotalMinutes:0} minutes");
        }

        return (process.ExitCode, await output, await errors);
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
}
