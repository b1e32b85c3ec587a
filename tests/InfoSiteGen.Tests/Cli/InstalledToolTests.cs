using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Cli;

/// <summary>
/// The generator packed as a .NET tool and installed the way generator/install.sh does it, then used as the
/// office uses it: <c>infositegen</c> answers <c>--version</c> and <c>--help</c> and builds a site that has no
/// theme of its own with the theme it carries. The generator is packed from a copy of its sources, so that the
/// test builds nothing in the checkout the other tests run from.
/// </summary>
public sealed class InstalledToolTests(InstalledToolTests.InstalledTool tool) : IClassFixture<InstalledToolTests.InstalledTool>
{
    private string Tool => tool.Command;

    /// <summary>The tool packed and installed once for the tests of this class.</summary>
    public sealed class InstalledTool : IAsyncLifetime
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("isg-tool-").FullName;

        public string Command => Path.Combine(Root, "tools", "infositegen");

        public async Task InitializeAsync()
        {
            var sources = Path.Combine(Root, "src");
            FolderCopy.Copy(Path.Combine(Repository.Root, "generator"), Path.Combine(sources, "generator"), "bin", "obj");
            FolderCopy.Copy(Repository.Theme, Path.Combine(sources, "theme"));
            File.Copy(Path.Combine(Repository.Root, "Directory.Build.props"), Path.Combine(sources, "Directory.Build.props"));
            var packages = Path.Combine(Root, "packages");

            await RunAsync("dotnet", ["pack", Path.Combine(sources, "generator"), "-c", "Release", "-p:ReadyToRunCopy=false", "-p:Version=1.0.0-test", "-o", packages, "--nologo"], sources);
            await RunAsync("dotnet", ["tool", "install", "--tool-path", Path.Combine(Root, "tools"), "--add-source", packages, "--version", "1.0.0-test", "InfoSiteGen"], Root);
        }

        public Task DisposeAsync()
        {
            Directory.Delete(Root, recursive: true);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task The_installed_command_knows_its_version_and_explains_itself()
    {
        var version = await RunTool(["--version"], tool.Root);
        var help = await RunTool(["build", "--help", "--lang", "en"], tool.Root);

        Assert.StartsWith("1.0.0-test", version, StringComparison.Ordinal);
        // Installed as published for this machine: its own .NET, and the code compiled ahead of time in one image.
        var installed = Directory.EnumerateFiles(Path.Combine(tool.Root, "tools"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToHashSet();
        Assert.Contains("InfoSiteGen.r2r.dll", installed);
        Assert.Contains("libhostpolicy.so", installed);
        // The command is a link to the launcher, which sets what .NET reads only from the environment.
        Assert.Equal("infositegen.sh", Path.GetFileName(new FileInfo(Tool).LinkTarget));
        Assert.StartsWith("build the site into the output folder\n\nUsage:\n  infositegen build [options]\n", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_installed_command_builds_a_site_without_a_theme_folder_of_its_own()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: Bài thử\nstatus: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-12-01");

        var output = await RunTool(["build", "--now", "2023-12-10", "--lang", "en"], site.Root);

        Assert.False(Directory.Exists(Path.Combine(site.Root, "theme")));
        Assert.Contains("built ", output, StringComparison.Ordinal);
        Assert.Contains("<h1>Bài thử</h1>", site.Read("articles/a/index.html"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs the installed tool. It keeps its caches (compiled templates, pictures) apart from the other tests',
    /// which may be compiling the same theme at this moment.
    /// </summary>
    private Task<string> RunTool(string[] arguments, string workingDirectory) =>
        RunAsync(Tool, arguments, workingDirectory, new Dictionary<string, string> { ["INFOSITEGEN_CACHE"] = Path.Combine(tool.Root, "cache") });

    /// <summary>Runs a program to its end; fails with what it printed when it does not exit with 0.</summary>
    private static async Task<string> RunAsync(string program, string[] arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (exit, output, errors) = await ChildProcess.RunAsync(program, arguments, workingDirectory, environment);
        Assert.True(exit == 0, $"{program} {string.Join(' ', arguments)} exited with {exit}:\n{output}\n{errors}");
        return output;
    }
}
