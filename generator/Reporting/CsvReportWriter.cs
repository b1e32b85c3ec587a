using System.Globalization;
using System.Text;
using InfoSiteGen.Content;

namespace InfoSiteGen.Reporting;

/// <summary>
/// The report as CSV for a spreadsheet: a header row, then one row per department, type and language
/// (zeros included, so every department has the same rows), and nothing else. Fields are quoted as
/// RFC 4180 says and rows end in CRLF; the text starts with a byte-order mark, without which Excel
/// reads UTF-8 as the Windows code page and garbles the Vietnamese letters.
/// </summary>
public static class CsvReportWriter
{
    public const char ByteOrderMark = '\uFEFF';

    public static string Write(DepartmentReport report, string language)
    {
        var labels = ReportLabels.For(language);
        var csv = new StringBuilder();
        csv.Append(ByteOrderMark);
        Row(csv, labels.DepartmentId, labels.Department, labels.Type, labels.LanguageColumn,
            labels.Approved, labels.Review, labels.Draft, labels.Untranslated);
        foreach (var department in report.Departments)
        {
            foreach (var section in ContentSections.All)
            {
                foreach (var code in report.Languages)
                {
                    var counts = department.Count(section, code);
                    Row(csv, department.Department?.Id ?? string.Empty, labels.DepartmentName(department), labels.SectionName(section), code,
                        Number(counts.Approved), Number(counts.Review), Number(counts.Draft), Number(department.UntranslatedCount(section, code)));
                }
            }
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params string[] fields) =>
        csv.Append(string.Join(",", fields.Select(Field))).Append("\r\n");

    private static string Field(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
