using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pipeline;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Pipeline;

/// <summary>The pipeline kept between updates redoes only what an edit reaches: a body, or the whole site's pages.</summary>
public class SitePipelineTests
{
    private const string Approved = "status: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-11-20";

    private static async Task<PipelineRun> UpdateAsync(SitePipeline pipeline, params string[] changed)
    {
        var diagnostics = new DiagnosticBag();
        var changes = changed.Length == 0 ? ChangeSet.Unknown : new ChangeSet(changed.ToHashSet(StringComparer.Ordinal), TemplatesChanged: false);
        var run = await pipeline.UpdateAsync(changes, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.All));
        return run;
    }

    [Fact]
    public async Task A_body_edit_patches_its_page_in_and_a_title_edit_assembles_the_site_again()
    {
        using var site = new TestSite();
        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01", "Nội dung bài A.");
        site.Item("articles/b.vi.md", $"title: Bài B\n{Approved}\ndate: 2023-12-02", "Nội dung bài B.");
        var statistics = new PipelineStatistics();
        var pipeline = new SitePipeline(
            new PipelineInputs(site.ContentDirectory, site.ThemeDirectory, new DateOnly(2023, 12, 10), Preview: false, BaseUrl: null, site.ImageCacheDirectory), statistics);
        await UpdateAsync(pipeline);
        var (bodies, assembled) = (statistics.BodiesRendered, statistics.SitesAssembled);

        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01", "Nội dung bài A, đã sửa.");
        var afterBody = await UpdateAsync(pipeline, "articles/a.vi.md");

        Assert.Equal((bodies + 1, assembled), (statistics.BodiesRendered, statistics.SitesAssembled));
        var page = Assert.Single(afterBody.Site!.Site.Pages.OfType<InfoSiteGen.Pages.ItemPage>(), p => p.Item.SourcePath == "articles/a.vi.md");
        Assert.Contains("đã sửa", page.Body.Html, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(site.ContentDirectory, "articles", "a.vi.md")))), page.Item.SourceSha256);

        site.Item("articles/a.vi.md", $"title: Bài A có tên mới\n{Approved}\ndate: 2023-12-01", "Nội dung bài A, đã sửa.");
        await UpdateAsync(pipeline, "articles/a.vi.md");

        Assert.Equal(assembled + 1, statistics.SitesAssembled);
    }

    [Fact]
    public async Task A_pipeline_made_to_run_once_lets_the_markdown_go_and_refuses_a_second_update()
    {
        using var site = new TestSite();
        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01", "Nội dung bài A.");
        var pipeline = new SitePipeline(new PipelineInputs(
            site.ContentDirectory, site.ThemeDirectory, new DateOnly(2023, 12, 10), Preview: false, BaseUrl: null, site.ImageCacheDirectory, RunsOnce: true));

        var run = await UpdateAsync(pipeline);

        var page = Assert.Single(run.Site!.Site.Pages.OfType<InfoSiteGen.Pages.ItemPage>());
        Assert.Contains("Nội dung bài A.", page.Body.Html, StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.Item.Body);
        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.UpdateAsync(ChangeSet.Unknown, new DiagnosticBag()));
    }
}
