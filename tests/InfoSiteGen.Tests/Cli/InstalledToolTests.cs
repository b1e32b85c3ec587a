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
            FolderCopy.Copy(Path.Combine(Repository.Root, "tools"), Path.Combine(sources, "tools"), "bin", "obj");
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

    [Fact]
    public async Task The_installed_command_leaves_little_to_compile_at_run_time()
    {
        const string article = "title: Bài thử\nstatus: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-12-01\ntopics: [quyen-tre-em]";
        // A first build compiles the theme's templates if no test has yet (with Roslyn, which runs from its own image).
        using (var first = new TestSite())
        {
            first.Item("articles/a.md", article);
            await RunTool(["build", "--now", "2023-12-10"], first.Root);
        }

        // Another content folder, so that the build is a whole one (the pipeline store keeps what it read per folder).
        using var site = new TestSite();
        site.Item("articles/b.md", article);
        var jitList = Path.Combine(site.Root, "jit.txt");
        await RunTool(["build", "--now", "2023-12-10"], site.Root, new() { ["DOTNET_JitStdOutFile"] = jitList, ["DOTNET_JitDisasmSummary"] = "1" });

        var compiled = InfoSiteGen.StartupProfile.JitList.MethodNames(File.ReadLines(jitList)).ToList();
        // The list is the JIT's: the theme's templates are always in it, as no image made beforehand can hold them.
        Assert.Contains(compiled, name => name.StartsWith("RazorLight.CompiledTemplates.GeneratedTemplate:", StringComparison.Ordinal));
        // The composite image is compiled with the assemblies kept out of it in sight (generator/InfoSiteGen.csproj,
        // ReferenceExcludedAssembliesInComposite): without them it left out RazorLight's set-up and the regular-expression compiler.
        Assert.DoesNotContain(compiled, name => name.StartsWith("RazorLight.RazorLightEngineBuilder:", StringComparison.Ordinal));
        Assert.DoesNotContain(compiled, name => name.StartsWith("System.Text.RegularExpressions.RegexCompiler:", StringComparison.Ordinal));
        // The startup profile (tools/StartupProfile): LINQ's generic classes over the generator's records and tuples.
        Assert.DoesNotContain(compiled, name => name.StartsWith("System.Linq.Enumerable+OrderedIterator`1[System.__Canon]:", StringComparison.Ordinal));
        Assert.DoesNotContain(compiled, name => name.StartsWith("System.Linq.Enumerable+EnumerableSorter`2[System.__Canon,int]:", StringComparison.Ordinal));
        // Without both, a build of this site compiled about 900 methods at run time; with them about 230, most of
        // them the theme's templates and the generic code they call, which no image made beforehand can hold.
        Assert.True(compiled.Count < 400, $"{compiled.Count} methods compiled at run time:\n{string.Join('\n', compiled)}");
    }

    /// <summary>
    /// Runs the installed tool. It keeps its caches (compiled templates, pictures) apart from the other tests',
    /// which may be compiling the same theme at this moment.
    /// </summary>
    private Task<string> RunTool(string[] arguments, string workingDirectory, Dictionary<string, string>? environment = null)
    {
        environment ??= [];
        environment["INFOSITEGEN_CACHE"] = Path.Combine(tool.Root, "cache");
        return RunAsync(Tool, arguments, workingDirectory, environment);
    }

    /// <summary>Runs a program to its end; fails with what it printed when it does not exit with 0.</summary>
    private static async Task<string> RunAsync(string program, string[] arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (exit, output, errors) = await ChildProcess.RunAsync(program, arguments, workingDirectory, environment);
        Assert.True(exit == 0, $"{program} {string.Join(' ', arguments)} exited with {exit}:\n{output}\n{errors}");
        return output;
    }
}
