using InfoSiteGen.Fuzz;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Fuzz;

/// <summary>
/// Every input with which fuzzing (fuzz/run.sh) once crashed the generator, replayed through the same path:
/// each must now end in diagnostics, not an exception. fuzz/run.sh copies new crashes into fuzz/regressions/.
/// </summary>
public class FuzzRegressionTests
{
    public static TheoryData<string, string> Findings()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in new[] { "front-matter", "markdown" })
        {
            var folder = Path.Combine(Repository.Root, "fuzz", "regressions", target);
            var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList() : [];
            foreach (var file in files)
            {
                data.Add(target, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_former_crash_now_ends_in_diagnostics(string target, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Root, "fuzz", "regressions", target, file));
        Action<byte[]> run = target == "front-matter" ? FuzzTargets.FrontMatter : FuzzTargets.MarkdownPage;

        run(bytes);
    }

    [Fact]
    public void The_findings_of_fuzzing_are_kept_as_regressions() =>
        Assert.True(Findings().Count() >= 15, "the crashes found by fuzzing front matter must stay in fuzz/regressions/");

    [Theory]
    [InlineData("2834d7bf111d1643.bin", "global tags must be valid uris")]
    [InlineData("122f5397f23b5d51.bin", "the current event is of an unsupported type")]
    public async Task A_former_crash_is_reported_to_the_editor_as_invalid_yaml(string file, string reason)
    {
        using var site = new TestSite();
        site.WriteBytes("articles/a.md", File.ReadAllBytes(Path.Combine(Repository.Root, "fuzz", "regressions", "front-matter", file)));

        var result = await site.BuildAsync();

        Assert.Equal(
            [$"articles/a.md:3:1: error: this is not valid YAML ({reason}); remove the '!' or '%' marks, or put the value in quotes [ISG0002]"],
            result.Diagnostics.Select(d => d.ToString()));
    }
}
