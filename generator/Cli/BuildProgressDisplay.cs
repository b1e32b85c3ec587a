using InfoSiteGen.Diagnostics;
using Spectre.Console;

namespace InfoSiteGen.Cli;

/// <summary>
/// Shows the build's progress: a live display on an interactive terminal, one plain line per stage
/// when the output goes to a file or a pipe (CI logs, scripts).
/// </summary>
public static class BuildProgressDisplay
{
    public static async Task<BuildResult> RunAsync(TextWriter stdout, ToolLanguage language, Func<IBuildProgress, Task<BuildResult>> build)
    {
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            return await build(new PlainLines(stdout, language));
        }

        BuildResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(StageName("starting", language), maxValue: 1);
                result = await build(new LiveTask(task, language));
                task.Value = task.MaxValue;
            });
        return result!;
    }

    /// <summary>The name of a build stage as the editor reads it.</summary>
    public static string StageName(string stage, ToolLanguage language) => language == ToolLanguage.English ? stage : stage switch
    {
        "starting" => "bắt đầu",
        "configuration" => "cấu hình",
        "content" => "nội dung",
        "markdown" => "xử lý Markdown",
        "site" => "sắp xếp trang",
        "templates" => "mẫu giao diện",
        "pages" => "tạo các trang",
        "checks" => "kiểm tra",
        _ => stage,
    };

    private sealed class PlainLines(TextWriter stdout, ToolLanguage language) : IBuildProgress
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        public void StageStarted(string stage) => stdout.WriteLine(language == ToolLanguage.English
            ? $"- {stage} (at {TerminalLanguage.Number(_clock.Elapsed.TotalSeconds, "0.00", language)} s)"
            : $"- {StageName(stage, language)} (lúc {TerminalLanguage.Number(_clock.Elapsed.TotalSeconds, "0.00", language)} giây)");

        public void PagesRendered(int done, int total)
        {
        }
    }

    private sealed class LiveTask(ProgressTask task, ToolLanguage language) : IBuildProgress
    {
        public void StageStarted(string stage) => task.Description = StageName(stage, language);

        public void PagesRendered(int done, int total)
        {
            task.MaxValue = total;
            task.Value = done;
        }
    }
}
