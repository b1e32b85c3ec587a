using System.Text;
using InfoSiteGen.Content;

namespace InfoSiteGen.Reporting;

/// <summary>The report as a Markdown document with tables, for reading as is or pasting into a minute.</summary>
public static class MarkdownReportWriter
{
    public static string Write(DepartmentReport report, string language)
    {
        var labels = ReportLabels.For(language);
        var md = new StringBuilder();
        md.Append($"# {labels.Title}\n\n");
        md.Append($"{Escape(report.SiteTitle.In(language))} — {labels.AsOf(report.Now)}.\n\n");
        md.Append($"{labels.CountingNote}\n\n");

        md.Append($"## {labels.Summary}\n\n");
        Row(md, labels.Department, labels.Approved, labels.Review, labels.Draft, labels.Untranslated, labels.LatestPublished);
        Row(md, "---", "---:", "---:", "---:", "---:", "---");
        foreach (var department in report.Departments)
        {
            SummaryRow(md, Escape(labels.DepartmentName(department)), department, labels, bold: false);
        }

        SummaryRow(md, labels.Total, report.Totals, labels, bold: true);
        md.Append($"\n**{labels.NextChangeLabel}:** {labels.NextChange(report.NextChange)}.\n\n");

        md.Append($"## {labels.ByDepartment}\n");
        foreach (var department in report.Departments)
        {
            md.Append($"\n### {Escape(labels.DepartmentName(department))}\n\n");
            Details(md, report, department, labels);
        }

        md.Append($"\n## {labels.Totals}\n\n");
        Details(md, report, report.Totals, labels);
        return md.ToString();
    }

    private static void SummaryRow(StringBuilder md, string name, DepartmentFigures figures, ReportLabels labels, bool bold)
    {
        var total = figures.Total;
        string[] cells =
        [
            name, Number(total.Approved), Number(total.Review), Number(total.Draft),
            Number(figures.Untranslated.Count), labels.Date(figures.LatestPublished),
        ];
        Row(md, bold ? cells.Select(c => $"**{c}**").ToArray() : cells);
    }

    private static void Details(StringBuilder md, DepartmentReport report, DepartmentFigures figures, ReportLabels labels)
    {
        if (figures.IsEmpty)
        {
            md.Append($"{labels.NothingYet}\n");
            return;
        }

        Row(md, labels.Type, labels.LanguageColumn, labels.Approved, labels.Review, labels.Draft, labels.Untranslated);
        Row(md, "---", "---", "---:", "---:", "---:", "---:");
        foreach (var section in ContentSections.All.Where(s => figures.CountOf(s).Total > 0))
        {
            foreach (var language in report.Languages)
            {
                var counts = figures.Count(section, language);
                Row(md, labels.SectionName(section), labels.LanguageName(language),
                    Number(counts.Approved), Number(counts.Review), Number(counts.Draft),
                    Number(figures.UntranslatedCount(section, language)));
            }
        }

        md.Append($"\n{labels.LatestPublished}: {labels.Date(figures.LatestPublished)}\n");
        if (figures.Untranslated.Count > 0)
        {
            md.Append($"\n{labels.Untranslated} ({Number(figures.Untranslated.Count)}):\n\n");
            foreach (var item in figures.Untranslated)
            {
                md.Append($"- {Code(item.SourcePath)} — {Escape(item.Title)} ({labels.UntranslatedNote(item)})\n");
            }
        }
    }

    private static void Row(StringBuilder md, params string[] cells) => md.Append($"| {string.Join(" | ", cells)} |\n");

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Text from site.yml or front matter, so that it shows as written and cannot break a table.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }

    /// <summary>A code span long enough not to be closed by backticks in the text.</summary>
    private static string Code(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return $"{fence}{pad}{text}{pad}{fence}";
    }
}
