using InfoSiteGen.Cli;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Cli;

/// <summary><c>new</c>: scaffolding files that build, explain every key, and never overwrite.</summary>
public class NewCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(TestSite site, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(["new", .. args, "--content", site.ContentDirectory, "--now", "2023-12-01"], stdout, stderr, site.Root);
        return (exit, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Writes_a_draft_with_every_key_of_its_kind_commented_in_vietnamese()
    {
        using var site = new TestSite();

        var (exit, stdout, _) = await Run(site, "law", "Luật Trẻ em: sửa đổi", "--department", "so-tu-phap");

        Assert.Equal(0, exit);
        Assert.Equal("đã tạo laws/luat-tre-em-sua-doi.vi.md: điền các mục, rồi đổi status thành review khi gửi duyệt\n", stdout);
        var lines = File.ReadAllLines(Path.Combine(site.ContentDirectory, "laws", "luat-tre-em-sua-doi.vi.md"));
        var keys = lines.Skip(1).TakeWhile(l => l != "---").Select(l => l[..l.IndexOf(':')]).ToList();
        Assert.Equal(
            ["title", "date", "status", "approved_by", "approved_on", "department", "topics", "summary", "publish_from", "publish_until", "slug",
             "number", "kind", "issuer", "issued_on", "effective_on", "legal_status", "source_url", "attachment"],
            keys);
        Assert.All(lines.Skip(1).TakeWhile(l => l != "---"), l => Assert.Contains(" # ", l, StringComparison.Ordinal));
        Assert.StartsWith("title: \"Luật Trẻ em: sửa đổi\"", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("date: 2023-12-01", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("status: draft", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("department: so-tu-phap", lines[6], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("article", "articles/bai-moi.en.md", "image_alt")]
    [InlineData("slogan", "slogans/bai-moi.en.md", "weight")]
    [InlineData("page", "pages/bai-moi.en.md", "slug")]
    [InlineData("event", "events/bai-moi.en.md", "registration")]
    public async Task Every_kind_gets_a_file_that_a_preview_build_accepts(string kind, string path, string lastKey)
    {
        using var site = new TestSite();

        var (exit, stdout, _) = await Run(site, kind, "Bài mới", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Equal($"created {path}: fill in the keys, then set status to review when sending it for approval\n", stdout);
        var text = File.ReadAllText(Path.Combine(site.ContentDirectory, path));
        Assert.Contains($"\n{lastKey}:", text, StringComparison.Ordinal);
        await site.BuildOkAsync(preview: true);
        Assert.DoesNotContain((await site.BuildAsync()).Diagnostics, d => d.IsError);
    }

    [Fact]
    public async Task Never_overwrites_an_existing_file()
    {
        using var site = new TestSite();
        site.Write("articles/bai-moi.vi.md", "của biên tập viên");

        var (exit, _, stderr) = await Run(site, "article", "Bài mới");

        Assert.Equal(1, exit);
        Assert.Equal("lỗi: tệp articles/bai-moi.vi.md đã có; hãy chọn tên khác hoặc sửa trực tiếp tệp đó\n", stderr);
        Assert.Equal("của biên tập viên", File.ReadAllText(Path.Combine(site.ContentDirectory, "articles", "bai-moi.vi.md")));
    }

    [Theory]
    [InlineData("error: say what to create: article, law, slogan, page, event, followed by its title in quotes", "news", "Tin", "--lang", "en")]
    [InlineData("error: give the title of the new article in quotes, for example: new article \"Lễ kỷ niệm 75 năm\"", "article", "--lang", "en")]
    [InlineData("error: --department 'so-tu-phapp' is not a department of site.yml; did you mean 'so-tu-phap'?", "article", "Tin", "--department", "so-tu-phapp", "--lang", "en")]
    [InlineData("lỗi: --lang 'fr' không phải ngôn ngữ của trang (vi, en)", "article", "Tin", "--lang", "fr")]
    [InlineData("error: the title has no letters a-z or digits to name the file and the page's address after; add --slug, for example --slug human-rights-day", "article", "人权日", "--lang", "en")]
    [InlineData("error: --slug 'Ngày Nhân quyền' may only contain lower-case letters a-z, digits and hyphens, for example 'ngay-nhan-quyen'", "article", "Tin", "--slug", "Ngày Nhân quyền", "--lang", "en")]
    public async Task Usage_mistakes_exit_2_with_a_plain_message(string message, params string[] args)
    {
        using var site = new TestSite();

        var (exit, _, stderr) = await Run(site, args);

        Assert.Equal(2, exit);
        Assert.StartsWith(message + "\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_in_a_script_without_latin_letters_takes_its_file_name_and_address_from_slug()
    {
        using var site = new TestSite("""
            title: { vi: "Trang thử nghiệm" }
            languages: [vi, en, zh-Hans]
            departments: []
            topics: []
            """);

        var (exit, stdout, _) = await Run(site, "article", "人权日", "--lang", "zh-Hans", "--slug", "ngay-nhan-quyen");

        Assert.Equal(0, exit);
        Assert.StartsWith("đã tạo articles/ngay-nhan-quyen.zh-Hans.md", stdout, StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(site.ContentDirectory, "articles", "ngay-nhan-quyen.zh-Hans.md"));
        Assert.Contains("\ntitle: \"人权日\"", text, StringComparison.Ordinal);
        Assert.Contains("\nslug: ngay-nhan-quyen ", text, StringComparison.Ordinal);
        await site.BuildOkAsync(preview: true);
        Assert.True(site.Exists("zh-hans/articles/ngay-nhan-quyen/index.html"));
    }

    [Fact]
    public async Task Translate_writes_the_language_lang_names_among_several_and_refuses_the_item_s_own()
    {
        using var site = new TestSite("""
            title: { vi: "Trang thử nghiệm" }
            languages: [vi, en, ko]
            departments: []
            topics: []
            """);
        site.Item("articles/hoi-nghi.vi.md", "title: Hội nghị\nstatus: draft");

        var (exit, _, _) = await Run(site, "--translate", "articles/hoi-nghi.vi.md", "--lang", "en");
        var (sameExit, _, sameError) = await Run(site, "--translate", "articles/hoi-nghi.vi.md", "--lang", "vi");
        var (nextExit, _, _) = await Run(site, "--translate", "articles/hoi-nghi.vi.md");
        var (slugExit, _, slugError) = await Run(site, "--translate", "articles/hoi-nghi.vi.md", "--slug", "hoi-nghi-2", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(site.ContentDirectory, "articles", "hoi-nghi.en.md")));
        // Without --lang: the first language that has no version yet, Korean now that English has one.
        Assert.Equal(0, nextExit);
        Assert.True(File.Exists(Path.Combine(site.ContentDirectory, "articles", "hoi-nghi.ko.md")));
        Assert.Equal(2, slugExit);
        Assert.StartsWith("error: a translation is named after the item it translates; leave out --slug with --translate\n", slugError, StringComparison.Ordinal);
        Assert.Equal(2, sameExit);
        Assert.StartsWith("lỗi: articles/hoi-nghi.vi.md đã là bản 'vi'; hãy ghi --lang là một ngôn ngữ khác trong vi, en, ko\n", sameError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translating_an_undated_article_with_a_lead_picture_builds_and_marks_the_description_to_translate()
    {
        using var site = new TestSite();
        site.Item("articles/hoi-nghi.vi.md", "title: Hội nghị\nstatus: draft\nimage: hinh.png\nimage_alt: Đại biểu tại hội trường tỉnh");
        site.WriteBytes("articles/hinh.png", TestPictures.PlainPhoto(40, 30));

        var (exit, _, _) = await Run(site, "--translate", "articles/hoi-nghi.vi.md");

        Assert.Equal(0, exit);
        var text = File.ReadAllText(Path.Combine(site.ContentDirectory, "articles", "hoi-nghi.en.md"));
        Assert.Contains("\nimage_alt: \"TODO: Đại biểu tại hội trường tỉnh\"", text, StringComparison.Ordinal);
        Assert.Contains("\ndate: ", text.Replace("\ndate:  ", "\ndate: ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\ndate: 2023", text, StringComparison.Ordinal);
        var result = await site.BuildOkAsync(preview: true);
        Assert.Contains(result.Diagnostics, d => d.Code == "ISG0208");
    }

    [Fact]
    public async Task Translate_creates_the_other_language_with_the_shared_facts_and_the_pair_builds()
    {
        using var site = new TestSite();
        site.Item("laws/luat-tre-em.vi.md", """
            title: Luật Trẻ em
            status: approved
            approved_by: Sở Tư pháp
            date: 2016-04-05
            department: so-tu-phap
            topics: [quyen-tre-em]
            number: "102/2016/QH13"
            kind: Luật
            issued_on: 2016-04-05
            effective_on: 2017-06-01
            """);

        var (exit, stdout, _) = await Run(site, "--translate", "laws/luat-tre-em.vi.md");

        Assert.Equal(0, exit);
        Assert.Equal("created laws/luat-tre-em.en.md: fill in the keys, then set status to review when sending it for approval\n", stdout);
        var text = File.ReadAllText(Path.Combine(site.ContentDirectory, "laws", "luat-tre-em.en.md"));
        foreach (var line in new[] { "date: 2016-04-05", "department: so-tu-phap", "topics: [quyen-tre-em]", "number: \"102/2016/QH13\"", "issued_on: 2016-04-05", "effective_on: 2017-06-01", "status: draft" })
        {
            Assert.Contains("\n" + line, text, StringComparison.Ordinal);
        }

        Assert.Contains("\nkind: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("kind: Luật", text, StringComparison.Ordinal);
        await site.BuildOkAsync(preview: true);
    }
}
