using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Build;

/// <summary>What a build keeps on the side while it runs (staging, the rendered bodies) is gone when it ends, whether it succeeded or not.</summary>
public class BuildScratchTests
{
    [Fact]
    public async Task A_successful_build_leaves_only_the_output_beside_its_sources()
    {
        using var site = SiteEdits.Site();

        await site.BuildOkAsync();

        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root, ".*"));
        Assert.Contains("Nội dung bài A.", site.Read("articles/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_build_leaves_nothing_either()
    {
        using var site = SiteEdits.Site();
        site.Item("articles/hong.vi.md", "title: Hỏng\nstatus: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-11-20\ndate: 2023-12-01", "Xem [trang không có](khong-co.vi.md).");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root, ".*"));
    }

    [Fact]
    public async Task A_failed_first_build_into_a_folder_written_with_a_final_slash_makes_no_folder()
    {
        using var site = SiteEdits.Site();
        site.Item("articles/hong.vi.md", "title: Hỏng\nstatus: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-11-20\ndate: 2023-12-01", "Xem [trang không có](khong-co.vi.md).");

        var result = await SiteBuild.RunAsync(new BuildOptions(site.ContentDirectory, site.ThemeDirectory, site.OutputDirectory + "/", DateOnly.Parse("2023-12-10"))
        {
            ImageCacheDirectory = site.ImageCacheDirectory,
            BuildRecordDirectory = null,
        });

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.OutputDirectory), "the failed build made the output folder");
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root, ".*"));
    }
}
