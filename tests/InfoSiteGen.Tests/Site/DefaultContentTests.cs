using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Site;

/// <summary>The repository's real content builds, and exercises every publication rule.</summary>
public sealed class DefaultContentTests : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "isg-default-" + Guid.NewGuid().ToString("N"));
    private BuildResult _result = null!;

    public async Task InitializeAsync() =>
        _result = await SiteBuild.RunAsync(new BuildOptions(Repository.Content, Repository.Theme, _output, new DateOnly(2023, 12, 10)));

    public Task DisposeAsync()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }

        return Task.CompletedTask;
    }

    private string Read(string path) => File.ReadAllText(Path.Combine(_output, path));

    private AngleSharp.Html.Dom.IHtmlDocument Html(string path) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Read(path));

    [Fact]
    public void Builds_without_errors_or_warnings() => Assert.Empty(_result.Diagnostics);

    [Fact]
    public void The_home_page_on_human_rights_day_shows_the_seven_campaign_slogans_in_order()
    {
        var slogans = Html("index.html").QuerySelectorAll(".slogan-banner .slogan__text").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(7, slogans.Count);
        Assert.Equal("Chào mừng Kỷ niệm 75 năm ngày Nhân quyền thế giới (10/12/1948 - 10/12/2023).", slogans[0]);
        Assert.Equal("Việt Nam nỗ lực phòng, chống mua bán người.", slogans[6]);
        Assert.DoesNotContain(slogans, s => s.Contains("Ngày Pháp luật", StringComparison.Ordinal));
    }

    [Fact]
    public void The_english_home_page_shows_the_untranslated_slogan_in_vietnamese()
    {
        var slogans = Html("en/index.html").QuerySelectorAll(".slogan-banner .slogan__text").ToList();
        Assert.Equal(7, slogans.Count);
        var marked = Assert.Single(slogans, s => s.GetAttribute("lang") == "vi");
        Assert.Equal("Việt Nam nỗ lực phòng, chống mua bán người.", marked.TextContent.Trim());
    }

    [Fact]
    public void No_draft_text_appears_in_any_output_file()
    {
        foreach (var file in Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("NỘI DUNG NHÁP CHƯA DUYỆT", text);
            Assert.DoesNotContain("du-thao-ke-hoach-truyen-thong", text);
            Assert.DoesNotContain("Viet Nam strives to prevent and combat human trafficking", text);
        }
    }

    [Fact]
    public void Laws_approved_after_the_build_date_are_not_yet_shown() =>
        Assert.DoesNotContain("53/2024/QH15", Read("laws/index.html"));

    [Fact]
    public async Task Built_today_the_slogans_are_gone_and_the_untranslated_expired_law_is_shown_in_vietnamese_only()
    {
        var today = Path.Combine(Path.GetTempPath(), "isg-today-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await SiteBuild.RunAsync(new BuildOptions(Repository.Content, Repository.Theme, today, new DateOnly(2026, 11, 26)));
            Assert.Empty(result.Diagnostics);
            string ReadToday(string path) => File.ReadAllText(Path.Combine(today, path));
            var parser = new AngleSharp.Html.Parser.HtmlParser();
            Assert.Null(parser.ParseDocument(ReadToday("index.html")).QuerySelector(".slogan-banner"));
            Assert.False(File.Exists(Path.Combine(today, "slogans", "01-chao-mung-75-nam", "index.html")));
            Assert.Contains("66/2011/QH12", ReadToday("laws/index.html"));
            Assert.Contains("53/2024/QH15", ReadToday("en/laws/index.html"));
            Assert.DoesNotContain("66/2011/QH12", ReadToday("en/laws/index.html"));
            Assert.Contains("Hết hiệu lực", parser.ParseDocument(ReadToday("laws/luat-phong-chong-mua-ban-nguoi-2011/index.html")).QuerySelector(".legal-flag")!.TextContent);
        }
        finally
        {
            Directory.Delete(today, recursive: true);
        }
    }
}
