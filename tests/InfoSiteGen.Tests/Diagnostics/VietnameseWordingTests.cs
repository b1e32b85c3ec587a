using InfoSiteGen.Diagnostics;
using InfoSiteGen.Tests.Content;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Diagnostics;

/// <summary>Every problem a build reports has a Vietnamese wording of its own, printed by default.</summary>
public class VietnameseWordingTests
{
    /// <summary>More broken inputs beyond those of <see cref="InvalidContentTests"/>: site.yml, links, images, headings.</summary>
    public static TheoryData<string, string> MoreCases => new()
    {
        { "site.yml", "title: { vi: A, en: A }\nlanguages: [vi, fr]\npage_size: 0\ncolour: red\n" },
        { "articles/a.md", "---\ntitle: A\nstatus: approved\napproved_by: X\n---\n# Thừa\n\n#### Nhảy cấp\n\n[x](/laws/b.md) [y](khong-co.md) [z](javascript:alert(1)) ![](anh.jpg) ![a](https://example.com/a.jpg)\n" },
        { "articles/a.md", "---\ntitle: A\nstatus: approved\nslug: Chữ Hoa\ntopics: [khong-co]\npublish_from: 2023-12-10\npublish_until: 2023-12-01\n---\n<script>x</script>\n" },
        { "laws/b.md", "---\ntitle: B\nstatus: draft\nlegal_status: old\nsource_url: www.example.com\nweight: nhiều\n---\n" },
        { "notes.md", "---\ntitle: A\nstatus: draft\n---\n" },
        { "articles/a.fr.md", "---\ntitle: A\nstatus: draft\n---\n" },
    };

    private static void AssertBothLanguages(BuildResult result)
    {
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Wording.Vietnamese), d.ToString());
            Assert.NotEqual(d.Wording.English, d.Wording.Vietnamese);
            Assert.Contains(d.IsError ? ": lỗi: " : ": cảnh báo: ", d.Format(ToolLanguage.Vietnamese), StringComparison.Ordinal);
            Assert.Equal(d.ToString(), d.Format(ToolLanguage.English));
        });
    }

    [Theory]
    [MemberData(nameof(InvalidContentTests.Cases), MemberType = typeof(InvalidContentTests))]
    public async Task Every_problem_of_broken_content_has_its_own_Vietnamese_wording(string path, string text, string expected)
    {
        using var site = new TestSite();
        site.Item("pages/ok.md", "title: Ổn\nstatus: approved\napproved_by: X");
        site.Write(path, text);

        var result = await site.BuildAsync();

        Assert.Equal(expected.Split('\n').Length, result.Diagnostics.Count(d => d.IsError));
        AssertBothLanguages(result);
    }

    [Theory]
    [MemberData(nameof(MoreCases))]
    public async Task Every_problem_of_other_broken_input_has_its_own_Vietnamese_wording(string path, string text)
    {
        using var site = new TestSite();
        site.Item("laws/b.md", "title: B\nstatus: draft");
        site.Write(path, text);

        var result = await site.BuildAsync();

        AssertBothLanguages(result);
    }

    [Fact]
    public void A_diagnostic_is_printed_in_Vietnamese_or_English()
    {
        var diagnostic = new Diagnostic(Severity.Warning, "ISG0112", new SourceLocation("articles/b.md", 3, 1), new Wording("chưa ghi ai duyệt", "no approver"));

        Assert.Equal("articles/b.md:3:1: cảnh báo: chưa ghi ai duyệt [ISG0112]", diagnostic.Format(ToolLanguage.Vietnamese));
        Assert.Equal("articles/b.md:3:1: warning: no approver [ISG0112]", diagnostic.Format(ToolLanguage.English));
        Assert.Equal("no approver", diagnostic.Message);
    }
}
