using System.Text;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Reporting;

namespace InfoSiteGen.Cli;

/// <summary><c>report</c>: prints what each department has supplied, for the steering committee; not part of the site.</summary>
public static class ReportCommand
{
    public const string Usage = """
        usage: dotnet run --project generator -- report [--content DIR] [--now YYYY-MM-DD]
                                                        [--format md|csv|html] [--lang vi|en] [--output FILE]

        Prints what each department of site.yml has supplied, for the steering committee: per type
        (articles, laws, slogans, pages) and language, the items approved, in review and draft; the items
        without translation; the latest publication date; then the totals and the next scheduled change.
        The report is not part of the site.

        options:
          --content DIR          the content folder (with site.yml); default: content/ of the repository
          --now YYYY-MM-DD       the date the report stands at; default: today in Viet Nam (UTC+7)
          --format md|csv|html   md (default): a Markdown document with tables
                                 csv: a header row, then one row per department, type and language with the
                                   counts per status and of files without translation, and nothing else;
                                   UTF-8 with a byte-order mark (for Excel), RFC 4180 quoting, CRLF line ends
                                 html: one self-contained page (inline CSS, no script, nothing loaded from
                                   anywhere) with bar charts of items per department and language and of
                                   translation coverage, each followed by a table of its figures; prints on A4
          --lang vi|en           the language of the labels and department names; default: vi
          --output FILE          write the report to FILE instead of standard output; FILE is replaced only
                                 once the report is complete, and left as it was when the content has errors

        figures:
          approved, in review, draft
                                 content files with that status: an item with a Vietnamese and an English file
                                 counts once in each language; approved includes approved items before or
                                 after their publish_from/publish_until dates
          without translation    files (any status) whose item has no file in another of the site's
                                 languages, listed by path, language and status
          latest publication     the latest 'date' of the department's items published on --now (approved,
                                 and --now within publish_from/publish_until); "—" when there is none
          next scheduled change  the first day after --now on which an approved item's publication window
                                 opens or closes: the site must be rebuilt that day
          Every department of site.yml has a row, in the order of site.yml, even without items; items
          without 'department' come last, as "(không có đơn vị)" / "(no department)", when there are any.

        site.yml and the content files are read and checked as the build does, and problems are printed on
        standard error as path:line:column: error: message [code]. Links in Markdown bodies and the theme
        are checked by build only. Exit code 0: report written; 1: the content has errors and no report was
        written; 2: a mistake on the command line.
        """;

    private static readonly string[] ValueOptions = ["content", "now", "format", "lang", "output"];

    private static readonly IReadOnlyDictionary<string, ReportFormat> Formats = new Dictionary<string, ReportFormat>
    {
        ["md"] = ReportFormat.Markdown,
        ["csv"] = ReportFormat.Csv,
        ["html"] = ReportFormat.Html,
    };

    /// <param name="fallback">The terminal language when <c>--lang</c> is not given; <c>--lang</c> sets both the report's and the terminal's.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, ToolLanguage fallback = ToolLanguage.Vietnamese)
    {
        var parsed = new ParsedArguments(args, ValueOptions, []);
        var options = ParseOptions(parsed, workingDirectory);
        var language = parsed.Value("lang") is { } code ? TerminalLanguage.Parse(code) ?? fallback : fallback;
        var english = language == ToolLanguage.English;
        if (!Directory.Exists(options.ContentDirectory))
        {
            throw new UsageException(CommonOptions.NoContent.Fill(options.ContentDirectory));
        }

        var diagnostics = new DiagnosticBag();
        var report = Read(options, diagnostics);
        foreach (var diagnostic in diagnostics.All)
        {
            await stderr.WriteLineAsync(diagnostic.Format(language));
        }

        if (report is null)
        {
            await stderr.WriteLineAsync(english
                ? $"report not written: {Plural(diagnostics.ErrorCount, "error")}, {Plural(diagnostics.WarningCount, "warning")}"
                : $"chưa ghi báo cáo: {diagnostics.ErrorCount} lỗi, {diagnostics.WarningCount} cảnh báo");
            return ExitCodes.ContentErrors;
        }

        var text = options.Format switch
        {
            ReportFormat.Csv => CsvReportWriter.Write(report, options.Language),
            ReportFormat.Html => HtmlReportWriter.Write(report, options.Language),
            _ => MarkdownReportWriter.Write(report, options.Language),
        };

        if (options.OutputFile is null)
        {
            await stdout.WriteAsync(text);
            await stdout.FlushAsync();
        }
        else
        {
            await WriteFileAsync(options.OutputFile, text);
            var written = Path.GetRelativePath(workingDirectory, options.OutputFile);
            await stdout.WriteLineAsync(english ? $"report written to {written}" : $"đã ghi báo cáo vào {written}");
        }

        return ExitCodes.Success;
    }

    internal static ReportOptions ParseOptions(ParsedArguments parsed, string workingDirectory)
    {
        var now = CommonOptions.Now(parsed);
        var format = ReportFormat.Markdown;
        if (parsed.Value("format") is { } formatText && !Formats.TryGetValue(formatText, out format))
        {
            throw new UsageException(new Wording(
                $"--format '{formatText}' không phải một trong các dạng {string.Join(", ", Formats.Keys)}",
                $"--format '{formatText}' is not one of {string.Join(", ", Formats.Keys)}"));
        }

        var language = parsed.Value("lang") ?? ReportLabels.Languages[0];
        if (!ReportLabels.Languages.Contains(language))
        {
            throw new UsageException(new Wording(
                $"--lang '{language}' không phải một trong các ngôn ngữ {string.Join(", ", ReportLabels.Languages)}",
                $"--lang '{language}' is not one of {string.Join(", ", ReportLabels.Languages)}"));
        }

        string? output = null;
        if (parsed.Value("output") is { } outputText)
        {
            output = Path.GetFullPath(Path.Combine(workingDirectory, outputText));
            if (Directory.Exists(output))
            {
                throw new UsageException(new Wording(
                    $"--output '{outputText}' là một thư mục; hãy ghi tên tệp, ví dụ --output bao-cao.html",
                    $"--output '{outputText}' is a folder; name a file, for example --output bao-cao.html"));
            }

            if (!Directory.Exists(Path.GetDirectoryName(output)))
            {
                throw new UsageException(new Wording(
                    $"--output '{outputText}': thư mục '{Path.GetDirectoryName(output)}' không tồn tại",
                    $"--output '{outputText}': the folder '{Path.GetDirectoryName(output)}' does not exist"));
            }
        }

        return new ReportOptions(CommonOptions.Folder(parsed, "content", "content", workingDirectory), now, format, language, output);
    }

    /// <summary>The same reading and checks as the build's configuration and content stages, so both refuse the same content.</summary>
    private static DepartmentReport? Read(ReportOptions options, DiagnosticBag diagnostics)
    {
        var config = SiteConfigLoader.Load(options.ContentDirectory, diagnostics);
        if (config is null)
        {
            return null;
        }

        var items = ContentReader.ReadAll(options.ContentDirectory, config, diagnostics);
        TranslationPairing.Check(items, diagnostics);
        TranslationPairing.CheckUniqueUrls(items, diagnostics);
        return diagnostics.HasErrors ? null : DepartmentReport.Compute(items, config, options.Now);
    }

    /// <summary>Writes beside the file and renames, so that a reader never sees half a report.</summary>
    private static async Task WriteFileAsync(string path, string text)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}

/// <summary>What the report command was asked for.</summary>
/// <param name="OutputFile">Null to write to standard output.</param>
public sealed record ReportOptions(string ContentDirectory, DateOnly Now, ReportFormat Format, string Language, string? OutputFile);
