using InfoSiteGen.Reporting;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Reporting;

/// <summary>The CSV form: what a spreadsheet needs and nothing else.</summary>
public class CsvReportWriterTests
{
    [Fact]
    public void It_is_a_header_row_and_one_row_per_department_type_and_language_ending_in_CRLF_after_a_byte_order_mark()
    {
        using var site = ReportSite.Create();

        var csv = CsvReportWriter.Write(ReportSite.Compute(site), "en");

        Assert.StartsWith("\uFEFFDepartment id,Department,Type,Language,Approved,In review,Draft,Without translation\r\n", csv);
        Assert.EndsWith("\r\n", csv);
        Assert.DoesNotContain("\n", csv.Replace("\r\n", string.Empty, StringComparison.Ordinal));

        // Three departments and the items without department, five types, two languages.
        var rows = csv[1..].Split("\r\n")[1..^1];
        Assert.Equal(4 * 5 * 2, rows.Length);
        Assert.Contains("so-noi-vu,Department of Home Affairs,Slogans,vi,2,0,0,1", rows);
        Assert.Contains(",(no department),Pages,en,1,0,0,0", rows);
    }

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_as_RFC_4180_says()
    {
        using var site = new TestSite("""
            title: { vi: "T", en: "T" }
            languages: [vi, en]
            departments:
              - id: ubnd
                name: { vi: "UBND các huyện, thành phố", en: "The \"District\" Committees" }
            topics: []
            """);

        var csv = CsvReportWriter.Write(ReportSite.Compute(site), "vi") + CsvReportWriter.Write(ReportSite.Compute(site), "en");

        Assert.Contains("\r\nubnd,\"UBND các huyện, thành phố\",Tin bài,vi,0,0,0,0\r\n", csv);
        Assert.Contains("\r\nubnd,\"The \"\"District\"\" Committees\",Articles,vi,0,0,0,0\r\n", csv);
        Assert.Contains("\uFEFFMã đơn vị,Đơn vị,Loại,Ngôn ngữ,Đã duyệt,Chờ duyệt,Bản nháp,Chưa có bản dịch\r\n", csv);
    }
}
