using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Cli;

/// <summary>
/// The generator packed as a .NET tool and installed the way generator/install.sh does it, then used as the
/// office uses it: <c>infositegen</c> answers <c>--version</c> and <c>--help</c> and builds a site that has no
/// theme of its own with the theme it carries. The generator is packed from a copy of its sources, so that the
/// test builds nothing in the checkout the other tests run from.
/// </summary>
public sealed class InstalledToolTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("isg-tool-").FullName;

    private string ToolPath => Path.Combine(_root, "tools");

    private string Tool => Path.Combine(ToolPath, "infositegen");

    public async Task InitializeAsync()
    {
        var sources = Path.Combine(_root, "src");
        CopyTree(Path.Combine(Repository.Root, "generator"), Path.Combine(sources, "generator"));
        CopyTree(Repository.Theme, Path.Combine(sources, "theme"));
        File.Copy(Path.Combine(Repository.Root, "Directory.Build.props"), Path.Combine(sources, "Directory.Build.props"));
        var packages = Path.Combine(_root, "packages");

        await RunAsync("dotnet", ["pack", Path.Combine(sources, "generator"), "-c", "Release", "-p:ReadyToRunCopy=false", "-p:Version=1.0.0-test", "-o", packages, "--nologo"], sources);
        await RunAsync("dotnet", ["tool", "install", "--tool-path", ToolPath, "--add-source", packages, "--version", "1.0.0-test", "InfoSiteGen"], _root);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_installed_command_knows_its_version_and_explains_itself()
    {
        var version = await RunAsync(Tool, ["--version"], _root);
        var help = await RunAsync(Tool, ["build", "--help", "--lang", "en"], _root);

        Assert.StartsWith("1.0.0-test", version, StringComparison.Ordinal);
        Assert.StartsWith("build the site into the output folder\n\nUsage:\n  infositegen build [options]\n", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_installed_command_builds_a_site_without_a_theme_folder_of_its_own()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: Bài thử\nstatus: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-12-01");

        var output = await RunAsync(Tool, ["build", "--now", "2023-12-10", "--lang", "en"], site.Root);

        Assert.False(Directory.Exists(Path.Combine(site.Root, "theme")));
        Assert.Contains("built ", output, StringComparison.Ordinal);
        Assert.Contains("<h1>Bài thử</h1>", site.Read("articles/a/index.html"), StringComparison.Ordinal);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    /// <summary>Runs a program to its end; fails with what it printed when it does not exit with 0.</summary>
    private static async Task<string> RunAsync(string program, string[] arguments, string workingDirectory)
    {
        var (exit, output, errors) = await ChildProcess.RunAsync(program, arguments, workingDirectory);
        Assert.True(exit == 0, $"{program} {string.Join(' ', arguments)} exited with {exit}:\n{output}\n{errors}");
        return output;
    }
}
