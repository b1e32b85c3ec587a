using InfoSiteGen.Reporting;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Reporting;

/// <summary>The Markdown form: text from site.yml and front matter shows as written and cannot break a table.</summary>
public class MarkdownReportWriterTests
{
    [Fact]
    public void Names_and_titles_are_escaped()
    {
        using var site = new TestSite("""
            title: { vi: "Trang *thử*", en: "T" }
            languages: [vi, en]
            departments:
              - id: ubnd
                name: { vi: "UBND | huyện", en: "Committees | districts" }
            topics: []
            """);
        site.Item("articles/a.md", "title: \"Bài [mẫu] có dấu `huyền`\"\nstatus: draft\ndepartment: ubnd");

        var md = MarkdownReportWriter.Write(ReportSite.Compute(site), "vi");

        Assert.Contains("Trang \\*thử\\* — tính đến ngày 10/12/2023.", md);
        Assert.Contains("| UBND \\| huyện | 0 | 0 | 1 | 1 | — |\n", md);
        Assert.Contains("### UBND \\| huyện\n", md);
        Assert.Contains("- `articles/a.md` — Bài \\[mẫu\\] có dấu \\`huyền\\` (tiếng Việt, bản nháp; thiếu bản tiếng Anh)\n", md);
    }

    [Fact]
    public void A_department_without_items_says_so_instead_of_a_table_of_zeros()
    {
        using var site = ReportSite.Create();

        var md = MarkdownReportWriter.Write(ReportSite.Compute(site), "en");

        Assert.Contains("### People's Committees of districts\n\nNo items yet.\n", md);
    }
}
