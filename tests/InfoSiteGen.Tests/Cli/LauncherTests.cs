using System.Runtime.Versioning;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Cli;

/// <summary>
/// generator/infositegen.sh, which the installed command and <c>dotnet run</c> start: reached through a link as
/// the installed tool is, it runs the generator beside itself with the arguments and exit code unchanged, with
/// .NET's write-xor-execute protection off and a first GC generation of 16 MB, unless the caller set them. A
/// stand-in generator prints what it got.
/// </summary>
[UnsupportedOSPlatform("windows")] // a shell script, as the tool is packed for Linux only
public sealed class LauncherTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("isg-launcher-").FullName;

    public LauncherTests()
    {
        var package = Directory.CreateDirectory(Path.Combine(_root, "package")).FullName;
        File.Copy(Path.Combine(Repository.Root, "generator", "infositegen.sh"), Path.Combine(package, "infositegen.sh"));
        var generator = Path.Combine(package, "InfoSiteGen");
        File.WriteAllText(generator, "#!/bin/sh\nprintf '%s\\n' \"protection=${DOTNET_EnableWriteXorExecute-unset}\" \"gen0=${DOTNET_GCgen0size-unset}\" \"$@\"\nexit 3\n");
        File.SetUnixFileMode(generator, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.CreateDirectory(Path.Combine(_root, "tools"));
        File.CreateSymbolicLink(Command, Path.Combine(package, "infositegen.sh"));
    }

    private string Command => Path.Combine(_root, "tools", "infositegen");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_launcher_is_executable_in_the_repository()
    {
        var mode = File.GetUnixFileMode(Path.Combine(Repository.Root, "generator", "infositegen.sh"));

        Assert.True(mode.HasFlag(UnixFileMode.UserExecute), $"generator/infositegen.sh has mode {mode}");
    }

    [Theory]
    [InlineData("tools/infositegen")] // the installed command: a link to the launcher
    [InlineData("package/infositegen.sh")] // dotnet run, and the benchmarks: the launcher itself
    public async Task The_launcher_runs_the_generator_beside_it_with_the_protection_off_and_the_arguments_as_given(string command)
    {
        var (exit, output, _) = await ChildProcess.RunAsync("env", ["-u", "DOTNET_EnableWriteXorExecute", "-u", "DOTNET_GCgen0size", Path.Combine(_root, command), "build", "--output", "two words", "*"], _root);

        Assert.Equal(3, exit);
        Assert.Equal("protection=0\ngen0=0x1000000\nbuild\n--output\ntwo words\n*\n", output);
    }

    [Fact]
    public async Task The_launcher_keeps_the_settings_a_caller_chose()
    {
        var (exit, output, _) = await ChildProcess.RunAsync(Command, ["--version"], _root, new Dictionary<string, string> { ["DOTNET_EnableWriteXorExecute"] = "1", ["DOTNET_GCgen0size"] = "0x4000000" });

        Assert.Equal(3, exit);
        Assert.Equal("protection=1\ngen0=0x4000000\n--version\n", output);
    }
}
