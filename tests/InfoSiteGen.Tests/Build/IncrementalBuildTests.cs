using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Build;

/// <summary>
/// A build into an output folder that an earlier build filled (which keeps unchanged files, and skips the work
/// altogether when nothing changed) leaves exactly what a clean build of the same content writes into an empty
/// folder, file by file, after every kind of edit and after edits one after another.
/// </summary>
public class IncrementalBuildTests
{
    [Theory]
    [MemberData(nameof(SiteEdits.Names), MemberType = typeof(SiteEdits))]
    public async Task After_the_edit_the_output_is_a_clean_builds(string edit)
    {
        using var site = SiteEdits.Site();
        await site.BuildOkAsync();

        SiteEdits.All[edit](site);
        var result = await site.BuildOkAsync();

        Assert.False(result.Unchanged, $"after '{edit}' the build took the output for up to date");
        await AssertSameAsCleanBuildAsync(site, edit);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Edits_one_after_another_keep_the_output_a_clean_builds(int seed)
    {
        using var site = SiteEdits.Site();
        await site.BuildOkAsync();

        // Every edit once in an order of its own per seed, with builds of nothing new in between now and then.
        var random = new Random(seed);
        var edits = SiteEdits.All.Keys.ToArray();
        random.Shuffle(edits);
        foreach (var edit in edits)
        {
            SiteEdits.All[edit](site);
            Assert.False((await site.BuildOkAsync()).Unchanged, $"after '{edit}' the build took the output for up to date");
            if (random.Next(3) == 0)
            {
                Assert.True((await site.BuildOkAsync()).Unchanged, $"a build right after the one for '{edit}' did the work again");
            }

            await AssertSameAsCleanBuildAsync(site, edit);
        }
    }

    private static async Task AssertSameAsCleanBuildAsync(TestSite site, string edit)
    {
        var clean = Path.Combine(site.Root, "clean-" + Guid.NewGuid().ToString("N"));
        var result = await SiteBuild.RunAsync(new BuildOptions(site.ContentDirectory, site.ThemeDirectory, clean, DateOnly.Parse("2023-12-10"))
        {
            ImageCacheDirectory = site.ImageCacheDirectory,
            BuildRecordDirectory = null,
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var expected = FolderContents.Of(clean);
        var actual = FolderContents.Of(site.OutputDirectory);
        Assert.True(expected.Keys.SequenceEqual(actual.Keys), $"after '{edit}': files only in the incremental output: {string.Join(", ", actual.Keys.Except(expected.Keys))}; only in the clean one: {string.Join(", ", expected.Keys.Except(actual.Keys))}");
        var differing = expected.Keys.Where(file => !expected[file].AsSpan().SequenceEqual(actual[file])).ToList();
        Assert.True(differing.Count == 0, $"after '{edit}' these files differ from a clean build's: {string.Join(", ", differing)}");
        Directory.Delete(clean, recursive: true);
    }
}
