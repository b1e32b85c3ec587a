using InfoSiteGen.Publishing;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Publishing;

/// <summary>The build only ever replaces a folder it owns.</summary>
public class OutputSafetyTests
{
    private static BuildOptions Options(TestSite site, string output) =>
        new(site.ContentDirectory, site.ThemeDirectory, output, new DateOnly(2023, 12, 10));

    public static TheoryData<string, string> Refused => new()
    {
        { "/", "it is the root of the file system" },
        { "{home}", "it is your home folder" },
        { "{content}", "it is the content folder or holds it" },
        { "{root}", "it is the content folder or holds it" },
        { "{content}/articles", "it is inside the content folder" },
        { "{theme}", "it is the theme folder or holds it" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Refuses_folders_it_must_not_replace(string output, string reason)
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: approved\napproved_by: X");
        var path = output.Replace("{home}", Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), StringComparison.Ordinal)
            .Replace("{content}", site.ContentDirectory, StringComparison.Ordinal)
            .Replace("{theme}", site.ThemeDirectory, StringComparison.Ordinal)
            .Replace("{root}", site.Root, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<OutputRefusedException>(() => SiteBuild.RunAsync(Options(site, path)));

        Assert.Equal($"refusing to write the site into '{Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) switch { "" => "/", var p => p }}': {reason}", error.Message);
        Assert.True(File.Exists(Path.Combine(site.ContentDirectory, "articles", "a.md")));
    }

    [Fact]
    public async Task Refuses_a_folder_holding_someone_elses_files_and_leaves_them_alone()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: approved\napproved_by: X");
        var output = Path.Combine(site.Root, "tai-lieu");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "bao-cao.docx"), "quan trọng");

        var error = await Assert.ThrowsAsync<OutputRefusedException>(() => SiteBuild.RunAsync(Options(site, output)));

        Assert.Equal($"refusing to write the site into '{output}': it holds files that an earlier build did not write (it has no manifest.json of InfoSiteGen); empty it or choose another folder", error.Message);
        Assert.Equal("quan trọng", File.ReadAllText(Path.Combine(output, "bao-cao.docx")));
    }

    [Fact]
    public async Task Accepts_an_empty_folder_with_only_dot_files_and_its_own_earlier_output()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: approved\napproved_by: X");
        Directory.CreateDirectory(site.OutputDirectory);
        File.WriteAllText(Path.Combine(site.OutputDirectory, ".gitignore"), "*\n");

        await site.BuildOkAsync();
        await site.BuildOkAsync();

        Assert.True(site.Exists("manifest.json"));
        Assert.Equal("*\n", site.Read(".gitignore"));
    }

    [Fact]
    public async Task The_command_line_reports_a_refused_folder_with_exit_code_2()
    {
        using var site = new TestSite();
        var stderr = new StringWriter();

        var exit = await InfoSiteGen.Cli.CommandLine.RunAsync(
            ["build", "--content", site.ContentDirectory, "--theme", site.ThemeDirectory, "--output", site.ContentDirectory, "--lang", "en"], new StringWriter(), stderr, site.Root);

        Assert.Equal(2, exit);
        Assert.Equal($"error: refusing to write the site into '{site.ContentDirectory}': it is the content folder or holds it\n", stderr.ToString().ReplaceLineEndings("\n"));
    }
}
