using System.Text;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pipeline;
using InfoSiteGen.Reporting;

namespace InfoSiteGen.Cli;

/// <summary><c>report</c>: prints what each department has supplied, for the steering committee; not part of the site.</summary>
public static class ReportCommand
{
    private static readonly IReadOnlyDictionary<string, ReportFormat> Formats = new Dictionary<string, ReportFormat>
    {
        ["md"] = ReportFormat.Markdown,
        ["csv"] = ReportFormat.Csv,
        ["html"] = ReportFormat.Html,
    };

    /// <param name="fallback">The terminal language when <c>--lang</c> is not given; <c>--lang</c> sets both the report's and the terminal's.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, ToolLanguage fallback = ToolLanguage.Vietnamese)
    {
        var parsed = Commands.Report.Parse(args);
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

    /// <summary>The configuration and content stages of the build's pipeline, with their checks, so both refuse the same content.</summary>
    private static DepartmentReport? Read(ReportOptions options, DiagnosticBag diagnostics)
    {
        // Nothing past reading is run, so the theme and the picture cache are never looked at.
        var pipeline = new SitePipeline(new PipelineInputs(
            options.ContentDirectory, ThemeDirectory: string.Empty, options.Now, Preview: false, BaseUrl: null, Path.Combine(CacheFolders.Root, "images")));
        var read = pipeline.Read(diagnostics);
        return read is null || diagnostics.HasErrors ? null : DepartmentReport.Compute(read.Items, read.Config, options.Now);
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
