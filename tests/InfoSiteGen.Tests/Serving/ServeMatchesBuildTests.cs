using System.Net;
using InfoSiteGen.Serving;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Serving;

/// <summary>
/// After each kind of edit an editor makes while previewing, every file the preview server serves is the file a
/// clean build of the same content writes (pages without the live-reload script), and what the edit removed is
/// gone: the preview never differs from what the office would publish.
/// </summary>
public class ServeMatchesBuildTests
{
    [Theory]
    [MemberData(nameof(SiteEdits.Names), MemberType = typeof(SiteEdits))]
    public async Task After_the_edit_every_served_file_is_the_built_one(string edit)
    {
        using var site = SiteEdits.Site();
        await using var served = await ServedSite.StartAsync(site);
        await site.BuildOkAsync();

        await EditAndCompareAsync(site, served, edit);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Edits_one_after_another_keep_the_preview_equal_to_the_build(int seed)
    {
        using var site = SiteEdits.Site();
        await using var served = await ServedSite.StartAsync(site);
        await site.BuildOkAsync();

        // Every edit once, in an order of its own per seed: each edit lands on a site the earlier ones changed.
        var edits = SiteEdits.All.Keys.ToArray();
        new Random(seed).Shuffle(edits);
        foreach (var edit in edits)
        {
            await EditAndCompareAsync(site, served, edit);
        }
    }

    private static async Task EditAndCompareAsync(TestSite site, ServedSite served, string edit)
    {
        var before = site.OutputFiles();
        SiteEdits.All[edit](site);
        await served.SettledAsync();
        await site.BuildOkAsync();
        var after = site.OutputFiles();

        // The manifest records when and how the build ran, and is the build's alone.
        foreach (var file in after.Where(f => f != "manifest.json"))
        {
            var response = await served.Client.GetAsync(Uri.EscapeDataString(file).Replace("%2F", "/", StringComparison.Ordinal));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"after '{edit}', {file} is built but the preview answers {(int)response.StatusCode}");
            var built = await File.ReadAllBytesAsync(Path.Combine(site.OutputDirectory, file));
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                var page = ServedSite.WithoutLiveReload(await response.Content.ReadAsStringAsync());
                Assert.True(System.Text.Encoding.UTF8.GetString(built) == page, $"after '{edit}', the preview's {file} differs from the build's:\n{FirstDifference(System.Text.Encoding.UTF8.GetString(built), page)}");
            }
            else
            {
                var servedBytes = await response.Content.ReadAsByteArrayAsync();
                Assert.True(built.SequenceEqual(servedBytes), $"after '{edit}', the preview's {file} differs from the build's");
            }
        }

        foreach (var gone in before.Except(after))
        {
            var response = await served.Client.GetAsync(Uri.EscapeDataString(gone).Replace("%2F", "/", StringComparison.Ordinal));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"after '{edit}', {gone} is no longer built but the preview answers {(int)response.StatusCode}");
        }
    }

    private static string FirstDifference(string built, string served)
    {
        var at = 0;
        while (at < built.Length && at < served.Length && built[at] == served[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 80);
        return $"built:  …{built[from..Math.Min(built.Length, at + 80)]}…\nserved: …{served[from..Math.Min(served.Length, at + 80)]}…";
    }
}
