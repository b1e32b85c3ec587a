using InfoSiteGen.Cli;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Cli;

/// <summary><c>check</c>: every problem a build would find, nothing written, a translation coverage list.</summary>
public class CheckCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(TestSite site, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(["check", "--content", site.ContentDirectory, "--now", "2023-12-10", "--lang", "en", .. args], stdout, stderr, site.Root);
        return (exit, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    private static TestSite SiteWithHeadingProblems()
    {
        var site = new TestSite();
        site.Item("articles/a.vi.md", "title: A\nstatus: approved\napproved_by: X", "# Tiêu đề thừa\n\n## Mục\n\n#### Mục con\n");
        site.Item("articles/a.en.md", "title: A\nstatus: approved\napproved_by: X\nslug: a-en");
        site.Item("laws/b.md", "title: B\nstatus: draft");
        return site;
    }

    [Fact]
    public async Task Reports_warnings_lists_untranslated_items_and_writes_nothing()
    {
        using var site = SiteWithHeadingProblems();

        var (exit, stdout, stderr) = await Run(site);

        Assert.Equal(0, exit);
        Assert.Equal(
            "articles/a.vi.md:7:1: warning: a level-1 heading (#) in the body: the title is already the page's main heading; start sections with ## [ISG0206]\n" +
            "articles/a.vi.md:11:1: warning: this heading skips from level 2 to level 4; use ### here [ISG0206]\n",
            stderr);
        Assert.Equal(
            "normalisation: no letters typed decomposed (NFD)\n" +
            "translations: 1 item in one language only\n" +
            "  laws/b.md  draft     no en\n" +
            "check: 0 errors, 2 warnings; nothing was written\n",
            stdout);
        Assert.Equal(["articles", "laws", "site.yml"], Directory.EnumerateFileSystemEntries(site.ContentDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public async Task Strict_turns_warnings_into_errors_and_exit_code_1()
    {
        using var site = SiteWithHeadingProblems();

        var (exit, stdout, stderr) = await Run(site, "--strict");

        Assert.Equal(1, exit);
        Assert.StartsWith("articles/a.vi.md:7:1: error: a level-1 heading", stderr, StringComparison.Ordinal);
        Assert.EndsWith("check: 2 errors, 0 warnings (strict: warnings count as errors); nothing was written\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_three_languages_each_item_lists_the_languages_it_lacks()
    {
        using var site = new TestSite("title: { vi: \"T\" }\nlanguages: [vi, en, ko]\nbase_url: https://example.gov.vn/\ndepartments: []\ntopics: []\n").UseThemeCopy();
        File.Copy(Path.Combine(site.ThemeDirectory, "i18n", "en.yml"), Path.Combine(site.ThemeDirectory, "i18n", "ko.yml"));
        site.Item("articles/a.vi.md", "title: A\nstatus: approved\napproved_by: X");
        site.Item("articles/a.en.md", "title: A\nstatus: approved\napproved_by: X\nslug: a-en");
        site.Item("articles/b.vi.md", "title: B\nstatus: draft");
        site.Item("articles/c.vi.md", "title: C\nstatus: draft");
        site.Item("articles/c.en.md", "title: C\nstatus: draft");
        site.Item("articles/c.ko.md", "title: C\nstatus: draft");

        var (exit, stdout, _) = await Run(site, "--theme", site.ThemeDirectory);

        Assert.Equal(0, exit);
        Assert.Equal(
            "normalisation: no letters typed decomposed (NFD)\n" +
            "translations: 3 items not in every language\n" +
            "  articles/a.en.md  approved  no ko\n" +
            "  articles/a.vi.md  approved  no ko\n" +
            "  articles/b.vi.md  draft     no en, ko\n" +
            "check: 0 errors, 0 warnings; nothing was written\n",
            stdout);
    }

    [Fact]
    public async Task Content_errors_exit_1()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: maybe");

        var (exit, stdout, stderr) = await Run(site);

        Assert.Equal(1, exit);
        Assert.Equal("articles/a.md:3:1: error: unknown status 'maybe'; use draft, review or approved [ISG0103]\n", stderr);
        Assert.EndsWith("check: 1 error, 0 warnings; nothing was written\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_letters_typed_decomposed_without_warning_about_them()
    {
        using var site = new TestSite();
        var decomposed = "Nhân quyền và Việt Nam".Normalize(System.Text.NormalizationForm.FormD);
        site.Item("articles/a.vi.md", "title: A\nstatus: draft", decomposed);
        site.Item("articles/a.en.md", "title: A\nstatus: draft\nslug: a-en", "Human " + "rights".Normalize(System.Text.NormalizationForm.FormD));
        site.Item("articles/b.vi.md", "title: B\nstatus: draft", "Quyền".Normalize(System.Text.NormalizationForm.FormD));

        var (exit, stdout, stderr) = await Run(site);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);

        // â, ề, à, ệ in the first file (ệ carries two marks but is one letter), ề in the third; the English file has none.
        Assert.StartsWith("normalisation: 5 letters typed decomposed (NFD) in 2 files, composed (NFC) on reading\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_decomposed_letters_in_vietnamese_by_default()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: draft", "Quyền".Normalize(System.Text.NormalizationForm.FormD));
        var stdout = new StringWriter();

        await CommandLine.RunAsync(["check", "--content", site.ContentDirectory, "--now", "2023-12-10"], stdout, new StringWriter(), site.Root);

        Assert.StartsWith("chuẩn hoá: 1 chữ viết ở dạng tách dấu (NFD) trong 1 tệp đã được ghép lại (NFC) khi đọc\n", stdout.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
