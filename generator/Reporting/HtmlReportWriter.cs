using System.Globalization;
using System.Text;
using InfoSiteGen.Content;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Reporting;

/// <summary>
/// The report as one self-contained HTML page: inline CSS, inline SVG charts, no script and nothing
/// loaded from anywhere, so it can be mailed, opened from disk and printed. Each chart is followed by a
/// table of the same figures for screen readers and for anyone who wants the numbers.
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.45; color: #1a1a1a; background: #ffffff; max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
        h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #1f4e79; padding-bottom: 0.2rem; }
        h3 { font-size: 1.1rem; margin-top: 1.5rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
        th, td { border: 1px solid #8c8c8c; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #e8eef5; }
        tbody th { font-weight: normal; }
        .n { text-align: right; font-variant-numeric: tabular-nums; }
        tfoot th, tfoot td { font-weight: bold; background: #f2f2f2; }
        figure { margin: 1rem 0 0.5rem; }
        figcaption { font-weight: bold; margin-bottom: 0.5rem; }
        svg { max-width: 100%; height: auto; }
        code { font-family: ui-monospace, Consolas, "Courier New", monospace; font-size: 0.9em; }
        .note { color: #404040; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; color: #000000; }
          h2, h3 { break-after: avoid; }
          table, figure, li { break-inside: avoid; }
          thead { display: table-header-group; }
          thead th, tfoot th, tfoot td { background: none; }
          a { color: inherit; text-decoration: none; }
          svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }
        """;

    public static string Write(DepartmentReport report, string language)
    {
        var labels = ReportLabels.For(language);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n")
            .Append($"<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // An empty icon, so that a browser does not ask a server for /favicon.ico.
            .Append("<link rel=\"icon\" href=\"data:,\">\n")
            .Append($"<title>{E(labels.Title)} — {E(labels.Date(report.Now))}</title>\n")
            .Append($"<style>\n{Style}\n</style>\n</head>\n<body>\n<main>\n");

        html.Append($"<h1>{E(labels.Title)}</h1>\n")
            .Append($"<p>{E(report.SiteTitle.In(language))} — {E(labels.AsOfPrefix)} <time datetime=\"{DisplayDates.Iso(report.Now)}\">{E(labels.Date(report.Now))}</time>.</p>\n")
            .Append($"<p class=\"note\">{E(labels.CountingNote)}</p>\n");

        Summary(html, report, labels);
        Charts(html, report, labels);

        html.Append($"<h2 id=\"departments\">{E(labels.ByDepartment)}</h2>\n");
        foreach (var department in report.Departments)
        {
            html.Append($"<section aria-labelledby=\"{Anchor(department)}\">\n<h3 id=\"{Anchor(department)}\">{E(labels.DepartmentName(department))}</h3>\n");
            Details(html, report, department, Anchor(department), labels);
            html.Append("</section>\n");
        }

        html.Append($"<h2 id=\"totals\">{E(labels.Totals)}</h2>\n");
        Details(html, report, report.Totals, "totals", labels);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, DepartmentReport report, ReportLabels labels)
    {
        html.Append($"<h2 id=\"summary\">{E(labels.Summary)}</h2>\n<table>\n<caption>{E(labels.Summary)} — {E(labels.AsOf(report.Now))}</caption>\n<thead>\n<tr>");
        html.Append($"<th scope=\"col\">{E(labels.Department)}</th>");
        foreach (var header in new[] { labels.Approved, labels.Review, labels.Draft, labels.Untranslated })
        {
            html.Append($"<th scope=\"col\" class=\"n\">{E(header)}</th>");
        }

        html.Append($"<th scope=\"col\">{E(labels.LatestPublished)}</th></tr>\n</thead>\n<tbody>\n");
        foreach (var department in report.Departments)
        {
            SummaryRow(html, $"<a href=\"#{Anchor(department)}\">{E(labels.DepartmentName(department))}</a>", department, labels);
        }

        html.Append("</tbody>\n<tfoot>\n");
        SummaryRow(html, E(labels.Total), report.Totals, labels);
        html.Append("</tfoot>\n</table>\n");
        html.Append($"<p><strong>{E(labels.NextChangeLabel)}:</strong> {E(labels.NextChange(report.NextChange))}.</p>\n");
    }

    private static void SummaryRow(StringBuilder html, string nameHtml, DepartmentFigures figures, ReportLabels labels)
    {
        var total = figures.Total;
        html.Append($"<tr><th scope=\"row\">{nameHtml}</th>")
            .Append(Cell(total.Approved)).Append(Cell(total.Review)).Append(Cell(total.Draft)).Append(Cell(figures.Untranslated.Count))
            .Append($"<td>{Date(figures.LatestPublished, labels)}</td></tr>\n");
    }

    private static void Charts(StringBuilder html, DepartmentReport report, ReportLabels labels)
    {
        html.Append($"<h2 id=\"charts\">{E(labels.Charts)}</h2>\n");

        var perLanguage = report.Departments
            .Select(d => new BarGroup(labels.DepartmentName(d), report.Languages
                .Select((code, series) => new Bar(series, labels.LanguageName(code), d.CountIn(code).Total, Number(d.CountIn(code).Total)))
                .ToList()))
            .ToList();
        var maximum = report.Departments.SelectMany(d => report.Languages.Select(code => d.CountIn(code).Total)).DefaultIfEmpty(0).Max();
        Figure(html, "items-chart", labels.ItemsChartTitle, labels, perLanguage, maximum);
        html.Append($"<table>\n<caption>{E(labels.ItemsChartTitle)}</caption>\n<thead>\n<tr><th scope=\"col\">{E(labels.Department)}</th>");
        foreach (var code in report.Languages)
        {
            html.Append($"<th scope=\"col\" class=\"n\">{E(labels.LanguageName(code))}</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var department in report.Departments)
        {
            html.Append($"<tr><th scope=\"row\">{E(labels.DepartmentName(department))}</th>");
            foreach (var code in report.Languages)
            {
                html.Append(Cell(department.CountIn(code).Total));
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");

        var coverage = report.Departments
            .Select(d => new BarGroup(labels.DepartmentName(d), [new Bar(0, string.Empty, d.Coverage.Percent ?? 0, CoverageText(d.Coverage, labels))]))
            .ToList();
        html.Append($"<p class=\"note\">{E(labels.CoverageNote)}</p>\n");
        Figure(html, "coverage-chart", labels.CoverageChartTitle, labels, coverage, 100);
        html.Append($"<table>\n<caption>{E(labels.CoverageChartTitle)}</caption>\n<thead>\n<tr><th scope=\"col\">{E(labels.Department)}</th>")
            .Append($"<th scope=\"col\" class=\"n\">{E(labels.Items)}</th><th scope=\"col\" class=\"n\">{E(labels.Complete)}</th><th scope=\"col\" class=\"n\">{E(labels.Share)}</th></tr>\n</thead>\n<tbody>\n");
        foreach (var department in report.Departments)
        {
            html.Append($"<tr><th scope=\"row\">{E(labels.DepartmentName(department))}</th>")
                .Append(Cell(department.Coverage.Items)).Append(Cell(department.Coverage.Complete))
                .Append($"<td class=\"n\">{E(labels.ShareOf(department.Coverage))}</td></tr>\n");
        }

        html.Append("</tbody>\n<tfoot>\n")
            .Append($"<tr><th scope=\"row\">{E(labels.Total)}</th>")
            .Append(Cell(report.Totals.Coverage.Items)).Append(Cell(report.Totals.Coverage.Complete))
            .Append($"<td class=\"n\">{E(labels.ShareOf(report.Totals.Coverage))}</td></tr>\n")
            .Append("</tfoot>\n</table>\n");
    }

    private static void Figure(StringBuilder html, string id, string title, ReportLabels labels, IReadOnlyList<BarGroup> groups, double maximum)
    {
        html.Append($"<figure>\n<figcaption>{E(title)}</figcaption>\n")
            .Append(SvgBarChart.Render(id, title, $"{title} — {labels.FiguresBelow}", groups, maximum))
            .Append("\n</figure>\n");
    }

    private static string CoverageText(TranslationCoverage coverage, ReportLabels labels) =>
        coverage.Items == 0 ? labels.None : $"{Number(coverage.Complete)}/{Number(coverage.Items)} ({labels.ShareOf(coverage)})";

    /// <param name="headingId">The heading above, which names the table for screen readers without repeating it on paper.</param>
    private static void Details(StringBuilder html, DepartmentReport report, DepartmentFigures figures, string headingId, ReportLabels labels)
    {
        if (figures.IsEmpty)
        {
            html.Append($"<p>{E(labels.NothingYet)}</p>\n");
            return;
        }

        html.Append($"<table aria-labelledby=\"{headingId}\">\n<thead>\n<tr><th scope=\"col\">{E(labels.Type)}</th><th scope=\"col\">{E(labels.LanguageColumn)}</th>");
        foreach (var header in new[] { labels.Approved, labels.Review, labels.Draft, labels.Untranslated })
        {
            html.Append($"<th scope=\"col\" class=\"n\">{E(header)}</th>");
        }

        html.Append("</tr>\n</thead>\n");
        foreach (var section in ContentSections.All.Where(s => figures.CountOf(s).Total > 0))
        {
            html.Append("<tbody>\n");
            var first = true;
            foreach (var code in report.Languages)
            {
                var counts = figures.Count(section, code);
                html.Append("<tr>");
                if (first)
                {
                    html.Append($"<th scope=\"rowgroup\" rowspan=\"{report.Languages.Count}\">{E(labels.SectionName(section))}</th>");
                    first = false;
                }

                html.Append($"<th scope=\"row\">{E(labels.LanguageName(code))}</th>")
                    .Append(Cell(counts.Approved)).Append(Cell(counts.Review)).Append(Cell(counts.Draft))
                    .Append(Cell(figures.UntranslatedCount(section, code)))
                    .Append("</tr>\n");
            }

            html.Append("</tbody>\n");
        }

        html.Append("</table>\n")
            .Append($"<p>{E(labels.LatestPublished)}: {Date(figures.LatestPublished, labels)}</p>\n");
        if (figures.Untranslated.Count > 0)
        {
            html.Append($"<p>{E(labels.Untranslated)} ({Number(figures.Untranslated.Count)}):</p>\n<ul>\n");
            foreach (var item in figures.Untranslated)
            {
                html.Append($"<li><code>{E(item.SourcePath)}</code> — {E(item.Title)} ({E(labels.UntranslatedNote(item))})</li>\n");
            }

            html.Append("</ul>\n");
        }
    }

    private static string Date(DateOnly? date, ReportLabels labels) =>
        date is { } day ? $"<time datetime=\"{DisplayDates.Iso(day)}\">{E(labels.Date(day))}</time>" : labels.None;

    private static string Anchor(DepartmentFigures figures) => figures.Department is { } d ? $"department-{d.Id}" : "no-department";

    private static string Cell(int value) => $"<td class=\"n\">{Number(value)}</td>";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => MarkupText.Escape(text);
}
