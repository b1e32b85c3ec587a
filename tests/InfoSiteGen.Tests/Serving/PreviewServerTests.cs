using System.Net;
using InfoSiteGen.Serving;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Serving;

/// <summary>The preview server over real HTTP: live reload, incremental updates, the error page, sub-paths, theme edits.</summary>
public class PreviewServerTests
{
    private static TestSite SmallSite()
    {
        var site = new TestSite();
        site.Item("articles/a.vi.md", "title: Bài A\nstatus: approved\napproved_by: X\ndate: 2023-12-01", "Nội dung bài A.");
        site.Item("articles/a.en.md", "title: Article A\nstatus: approved\napproved_by: X\ndate: 2023-12-01", "Text of article A.");
        site.Item("articles/b.vi.md", "title: Bài B\nstatus: approved\napproved_by: X\ndate: 2023-11-01", "Nội dung bài B, xem [bài A](a.vi.md).");
        return site;
    }

    private static string WithoutLiveReload(string html, int version) => html.Replace(LiveReload.Tag(version), string.Empty, StringComparison.Ordinal);

    [Fact]
    public async Task A_served_page_carries_the_live_reload_script_and_a_built_page_does_not()
    {
        using var site = SmallSite();
        await site.BuildOkAsync();
        await using var served = await ServedSite.StartAsync(site);

        var page = await served.TextAsync("articles/a/");
        var script = await served.Client.GetAsync(LiveReload.ScriptPath);

        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}\" data-version=\"1\"></script>\n</body>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains("new EventSource(", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(site.OutputFiles(), file => Assert.DoesNotContain("__infositegen", File.ReadAllText(Path.Combine(site.OutputDirectory, file)), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pictures_are_served_as_the_build_writes_them_and_a_replaced_photo_shows_at_once()
    {
        using var site = SmallSite();
        site.WriteBytes("articles/anh.jpg", TestPictures.PhonePhoto(1200, 900));
        site.Item("articles/c.vi.md", "title: Bài C\nstatus: approved\napproved_by: X\ndate: 2023-12-02", "![Quang cảnh buổi mít tinh](anh.jpg)");
        await site.BuildOkAsync();
        await using var served = await ServedSite.StartAsync(site);

        var page = await served.TextAsync("articles/c/");
        var built = site.Read("articles/c/index.html");
        var source = System.Text.RegularExpressions.Regex.Match(page, "src=\"\\.\\./\\.\\./(media/[^\"]+)\"").Groups[1].Value;
        Assert.Contains(source, built, StringComparison.Ordinal);
        var picture = await served.Client.GetAsync(source);
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/jpeg", picture.Content.Headers.ContentType!.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.OutputDirectory, source)), await picture.Content.ReadAsByteArrayAsync());

        site.WriteBytes("articles/anh.jpg", TestPictures.PhonePhoto(1000, 800));
        await served.NextReloadAsync();
        var replaced = System.Text.RegularExpressions.Regex.Match(await served.TextAsync("articles/c/"), "src=\"\\.\\./\\.\\./(media/[^\"]+)\"").Groups[1].Value;
        Assert.NotEqual(source, replaced);
        Assert.Equal(HttpStatusCode.OK, (await served.Client.GetAsync(replaced)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await served.Client.GetAsync("articles/anh.jpg")).StatusCode);
    }

    [Fact]
    public async Task Editing_an_article_sends_a_reload_and_the_page_then_shows_the_change()
    {
        using var site = SmallSite();
        await using var served = await ServedSite.StartAsync(site);
        Assert.Contains("Nội dung bài A.", await served.TextAsync("articles/a/"), StringComparison.Ordinal);

        site.Item("articles/a.vi.md", "title: Bài A\nstatus: approved\napproved_by: X\ndate: 2023-12-01", "Nội dung đã sửa của bài A.");
        var version = await served.NextReloadAsync();

        var page = await served.TextAsync("articles/a/");
        Assert.Contains("Nội dung đã sửa của bài A.", page, StringComparison.Ordinal);
        Assert.Contains($"data-version=\"{version}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_parses_and_renders_only_the_edited_file()
    {
        using var site = SmallSite();
        await using var served = await ServedSite.StartAsync(site);
        var statistics = served.Server.Statistics;
        Assert.Equal(3, statistics.FilesParsed);
        Assert.Equal(3, statistics.BodiesRendered);

        site.Item("articles/b.vi.md", "title: Bài B\nstatus: approved\napproved_by: X\ndate: 2023-11-01", "Nội dung mới của bài B.");
        await served.NextReloadAsync();

        Assert.Equal(4, statistics.FilesParsed);
        Assert.Equal(4, statistics.BodiesRendered);
        Assert.Contains("Nội dung mới của bài B.", await served.TextAsync("articles/b/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_front_matter_error_shows_the_error_page_until_it_is_fixed()
    {
        using var site = SmallSite();
        await using var served = await ServedSite.StartAsync(site);

        site.Item("articles/a.vi.md", "title: Bài A\nstatus: aproved\napproved_by: X\ndate: 2023-12-01", "Nội dung bài A.");
        await served.NextReloadAsync();
        var broken = await served.Client.GetAsync("articles/b/");

        Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        var errorPage = await broken.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", errorPage, StringComparison.Ordinal);
        Assert.Contains("<h1>The preview cannot be shown: the content has errors</h1>", errorPage, StringComparison.Ordinal);
        Assert.Contains("<code>articles/a.vi.md:3:1</code>", errorPage, StringComparison.Ordinal);
        Assert.Contains("<p>unknown status 'aproved'; use draft, review or approved <code>[ISG0103]</code></p>", errorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("http", errorPage, StringComparison.Ordinal);
        Assert.Contains("articles/a.vi.md:3:1: error: unknown status 'aproved'; use draft, review or approved [ISG0103]", served.Terminal.ToString(), StringComparison.Ordinal);

        site.Item("articles/a.vi.md", "title: Bài A\nstatus: approved\napproved_by: X\ndate: 2023-12-01", "Nội dung bài A đã sửa lỗi.");
        await served.NextReloadAsync();

        Assert.Contains("Nội dung bài A đã sửa lỗi.", await served.TextAsync("articles/a/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await served.Client.GetAsync("articles/b/")).StatusCode);
    }

    [Fact]
    public async Task Under_a_sub_path_pages_are_those_of_the_build_with_the_same_relative_links()
    {
        using var site = SmallSite();
        await site.BuildOkAsync();
        await using var served = await ServedSite.StartAsync(site, "/nhan-quyen/");

        var root = await served.Client.GetAsync("/");
        var folder = await served.Client.GetAsync("/nhan-quyen/articles");

        Assert.Equal(HttpStatusCode.Found, root.StatusCode);
        Assert.Equal("/nhan-quyen/", root.Headers.Location!.OriginalString);
        Assert.Equal("/nhan-quyen/articles/", folder.Headers.Location!.OriginalString);
        Assert.Equal(new Uri("/nhan-quyen/", UriKind.Relative), new Uri(served.Server.Address.AbsolutePath, UriKind.Relative));
        foreach (var page in new[] { "index.html", "articles/a/index.html", "articles/b/index.html", "en/index.html", "en/articles/a/index.html" })
        {
            var servedPage = await served.TextAsync("/nhan-quyen/" + page.Replace("index.html", string.Empty, StringComparison.Ordinal));
            Assert.Equal(site.Read(page), WithoutLiveReload(servedPage, 1));
        }

        Assert.Equal(HttpStatusCode.OK, (await served.Client.GetAsync("/nhan-quyen/assets/site.css")).StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(site.OutputDirectory, "sitemap.xml")), await served.Client.GetByteArrayAsync("/nhan-quyen/sitemap.xml"));
        var missing = await served.Client.GetAsync("/nhan-quyen/khong-co/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(site.Read("404.html"), WithoutLiveReload(await missing.Content.ReadAsStringAsync(), 1));
    }

    [Fact]
    public async Task A_theme_template_edit_is_picked_up()
    {
        using var site = SmallSite();
        site.UseThemeCopy();

        await using var served = await ServedSite.StartAsync(site);
        var template = Path.Combine(site.ThemeDirectory, "layouts", "article.cshtml");
        var text = await File.ReadAllTextAsync(template);
        Assert.Contains("<h1>@item.Title</h1>", text, StringComparison.Ordinal);

        await File.WriteAllTextAsync(template, text.Replace("<h1>@item.Title</h1>", "<h1>@item.Title (sửa giao diện)</h1>", StringComparison.Ordinal));
        await served.NextReloadAsync();

        Assert.Contains("<h1>Bài A (sửa giao diện)</h1>", await served.TextAsync("articles/a/"), StringComparison.Ordinal);
    }
}
