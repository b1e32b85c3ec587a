using InfoSiteGen.Fuzz;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Fuzz;

/// <summary>
/// Every input with which fuzzing (fuzz/run.sh) once crashed or hung the generator, replayed through the same
/// path: each must now end, in the diagnostic it must produce. fuzz/run.sh copies new findings into
/// fuzz/regressions/ (hangs as hang-*.bin).
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

    /// <summary>
    /// What each finding must now tell the editor: where (line:column of the harness's laws/x.md) and why the YAML
    /// is refused. A new finding fails <see cref="A_former_crash_or_hang_now_ends_in_the_diagnostic_it_must_produce"/>
    /// until the diagnostic it must produce is written here.
    /// </summary>
    private static readonly Dictionary<string, (string Place, string Reason)> InvalidYaml = new()
    {
        ["front-matter/122f5397f23b5d51.bin"] = ("3:1", "the current event is of an unsupported type"),
        ["front-matter/2834d7bf111d1643.bin"] = ("3:1", "global tags must be valid uris"),
        ["front-matter/3a95db4ece0003d2.bin"] = ("3:1", "global tags must be valid uris"),
        ["front-matter/504d540f73b7e2dc.bin"] = ("3:1", "global tags must be valid uris"),
        ["front-matter/5d93f7ae9e3d1275.bin"] = ("3:1", "the current event is of an unsupported type"),
        ["front-matter/7d478cb711a69c80.bin"] = ("3:1", "global tags must be valid uris"),
        ["front-matter/7dc8a35ec304b4e2.bin"] = ("3:1", "the current event is of an unsupported type"),
        ["front-matter/904a57370827afb8.bin"] = ("3:1", "the current event is of an unsupported type"),
        ["front-matter/91283292d63c3ba9.bin"] = ("3:1", "global tags must be valid uris"),
        ["front-matter/933ce3a8cae63b6c.bin"] = ("3:1", "global tags must be valid uris"),
        ["front-matter/96dcbb24d9329499.bin"] = ("3:1", "global tags must be valid uris"),
        ["front-matter/afc0b090dddcded7.bin"] = ("3:1", "global tags must be valid uris"),
        ["front-matter/c1a4cf41052e6d09.bin"] = ("3:1", "global tags must be valid uris"),
        ["front-matter/e409c6dbf2caa09c.bin"] = ("2:1", "global tags must be valid uris"),
        ["front-matter/e58bffa15de76754.bin"] = ("3:1", "the current event is of an unsupported type"),
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public async Task A_former_crash_or_hang_now_ends_in_the_diagnostic_it_must_produce(string target, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Root, "fuzz", "regressions", target, file));
        Func<byte[], IReadOnlyList<InfoSiteGen.Diagnostics.Diagnostic>> run = target == "front-matter" ? FuzzTargets.FrontMatter : FuzzTargets.MarkdownPage;

        // A hang found by fuzzing ran past AFL++'s 10 s limit; the bound here is as generous.
        var replay = Task.Run(() => run(bytes));
        var finished = await Task.WhenAny(replay, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(finished == replay, $"{target}/{file} still runs after 10 s");
        Assert.True(InvalidYaml.TryGetValue($"{target}/{file}", out var expected), $"{target}/{file} is a new finding: write the diagnostic it must produce into {nameof(InvalidYaml)}");
        Assert.Equal(
            [$"laws/x.md:{expected.Place}: error: this is not valid YAML ({expected.Reason}); remove the '!' or '%' marks, or put the value in quotes [ISG0002]"],
            (await replay).Select(d => d.ToString()));
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
