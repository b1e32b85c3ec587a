using InfoSiteGen.Diagnostics;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Build;

/// <summary>
/// A build finds from its record, by file sizes and times, that nothing changed since the last build into the
/// same folder, leaves the output as it is, and says so with the last build's figures and warnings; anything that
/// could change the output (content, theme, date, options, the output itself, the generator) means a full build.
/// </summary>
public class BuildRecordTests
{
    private const string Approved = "status: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-11-20";

    private static TestSite Site()
    {
        var site = new TestSite();
        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01", "Nội dung bài A.");
        site.Item("articles/b.vi.md", $"title: Bài B\n{Approved}\ndate: 2023-12-02", "Nội dung bài B.");
        // A Markdown file outside the sections is worth a warning, which a build of nothing new must give again.
        site.Write("ghi-chu.md", "Ghi chú của biên tập viên.");
        return site;
    }

    [Fact]
    public async Task A_build_with_nothing_changed_leaves_the_output_and_repeats_the_last_figures()
    {
        using var site = Site();
        var first = await site.BuildOkAsync();
        var times = site.OutputFiles().ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, f)));

        var second = await site.BuildOkAsync();

        Assert.False(first.Unchanged);
        Assert.True(second.Unchanged);
        Assert.Equal(first.PagesPerLanguage, second.PagesPerLanguage);
        Assert.Equal(first.FilesWritten, second.FilesWritten);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.SearchIndexBytes, second.SearchIndexBytes);
        Assert.Equal(times, site.OutputFiles().ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, f))));
    }

    [Fact]
    public async Task The_warnings_of_the_last_build_are_given_again()
    {
        using var site = Site();
        var first = await site.BuildOkAsync();

        var second = await site.BuildOkAsync();

        Assert.True(second.Unchanged);
        var warning = Assert.Single(second.Diagnostics);
        Assert.Equal(first.Diagnostics.Single(), warning);
        Assert.Equal(("ghi-chu.md", DiagnosticCodes.OutsideSection), (warning.Location.Path, warning.Code));
    }

    [Fact]
    public async Task An_edited_content_file_means_a_full_build()
    {
        using var site = Site();
        await site.BuildOkAsync();

        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01", "Nội dung bài A đã sửa.");
        var result = await site.BuildOkAsync();

        Assert.False(result.Unchanged);
        Assert.Contains("Nội dung bài A đã sửa.", site.Read("articles/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_date_or_preview_means_a_full_build()
    {
        using var site = Site();
        await site.BuildOkAsync();

        Assert.False((await site.BuildOkAsync(now: "2023-12-11")).Unchanged);
        Assert.False((await site.BuildOkAsync(now: "2023-12-11", preview: true)).Unchanged);
        Assert.True((await site.BuildOkAsync(now: "2023-12-11", preview: true)).Unchanged);
    }

    [Fact]
    public async Task A_theme_file_edited_means_a_full_build()
    {
        using var site = new TestSite().UseThemeCopy();
        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01", "Nội dung bài A.");
        await site.BuildOkAsync();

        File.AppendAllText(Path.Combine(site.ThemeDirectory, "assets", "site.css"), "\n.new-rule { color: inherit; }\n");
        var result = await site.BuildOkAsync();

        Assert.False(result.Unchanged);
        Assert.Contains(".new-rule", site.Read("assets/site.css"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_file_changed_or_deleted_by_hand_is_built_again()
    {
        using var site = Site();
        await site.BuildOkAsync();
        var page = site.Read("articles/a/index.html");

        File.WriteAllText(Path.Combine(site.OutputDirectory, "articles", "a", "index.html"), "edited by hand");
        File.Delete(Path.Combine(site.OutputDirectory, "404.html"));
        var result = await site.BuildOkAsync();

        Assert.False(result.Unchanged);
        Assert.Equal(page, site.Read("articles/a/index.html"));
        Assert.True(site.Exists("404.html"));
    }

    [Fact]
    public async Task A_failed_build_is_not_recorded_and_the_content_put_back_is_recognised()
    {
        using var site = Site();
        await site.BuildOkAsync();
        var good = File.ReadAllBytes(Path.Combine(site.ContentDirectory, "articles", "a.vi.md"));
        var written = File.GetLastWriteTimeUtc(Path.Combine(site.ContentDirectory, "articles", "a.vi.md"));

        site.Item("articles/a.vi.md", "title: [unclosed", "Nội dung.");
        Assert.False((await site.BuildAsync()).Succeeded);
        Assert.False((await site.BuildAsync()).Unchanged);

        // Put back as it was, time included (as a version control tool or a backup would): the output is still that content's.
        File.WriteAllBytes(Path.Combine(site.ContentDirectory, "articles", "a.vi.md"), good);
        File.SetLastWriteTimeUtc(Path.Combine(site.ContentDirectory, "articles", "a.vi.md"), written);
        Assert.True((await site.BuildOkAsync()).Unchanged);
    }

    [Fact]
    public async Task An_unreadable_record_means_a_full_build()
    {
        using var site = Site();
        await site.BuildOkAsync();
        foreach (var record in Directory.EnumerateFiles(site.BuildRecordDirectory))
        {
            File.WriteAllText(record, "{ not json");
        }

        var result = await site.BuildOkAsync();

        Assert.False(result.Unchanged);
        Assert.True((await site.BuildOkAsync()).Unchanged);
    }

    [Fact]
    public async Task A_record_of_another_generator_means_a_full_build()
    {
        using var site = Site();
        await site.BuildOkAsync();
        var record = Assert.Single(Directory.GetFiles(site.BuildRecordDirectory));
        File.WriteAllText(record, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(record), "\"generator\":\"[^\"]*\"", "\"generator\":\"an older version\""));

        Assert.False((await site.BuildOkAsync()).Unchanged);
    }

    [Fact]
    public async Task A_symbolic_link_among_the_sources_means_a_full_build_every_time()
    {
        using var site = Site();
        var target = Path.Combine(site.Root, "outside.txt");
        File.WriteAllText(target, "linked");
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "articles", "note.txt"), target);
        await site.BuildOkAsync();

        Assert.False((await site.BuildOkAsync()).Unchanged);
    }

    [Fact]
    public async Task Records_of_folders_not_built_for_a_month_are_forgotten()
    {
        using var site = Site();
        Directory.CreateDirectory(site.BuildRecordDirectory);
        var stale = Path.Combine(site.BuildRecordDirectory, "0123456789abcdef0123456789abcdef.json");
        var recent = Path.Combine(site.BuildRecordDirectory, "fedcba9876543210fedcba9876543210.json");
        File.WriteAllText(stale, "{}");
        File.WriteAllText(recent, "{}");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddDays(-31));
        File.SetLastWriteTimeUtc(recent, DateTime.UtcNow.AddDays(-29));

        await site.BuildOkAsync();

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(recent));
        Assert.Equal(2, Directory.GetFiles(site.BuildRecordDirectory).Length);
    }

    [Fact]
    public async Task Check_leaves_no_record()
    {
        using var site = Site();

        var result = await SiteBuild.RunAsync(new BuildOptions(site.ContentDirectory, site.ThemeDirectory, site.OutputDirectory, DateOnly.Parse("2023-12-10"), CheckOnly: true)
        {
            ImageCacheDirectory = site.ImageCacheDirectory,
            BuildRecordDirectory = site.BuildRecordDirectory,
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(site.BuildRecordDirectory) && Directory.EnumerateFiles(site.BuildRecordDirectory).Any());
    }
}
