using Spectre.Console;

namespace InfoSiteGen.Cli;

/// <summary>
/// Shows the build's progress: a live display on an interactive terminal, one plain line per stage
/// when the output goes to a file or a pipe (CI logs, scripts).
/// </summary>
public static class BuildProgressDisplay
{
    public static async Task<BuildResult> RunAsync(TextWriter stdout, Func<IBuildProgress, Task<BuildResult>> build)
    {
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            return await build(new PlainLines(stdout));
        }

        BuildResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: 1);
                result = await build(new LiveTask(task));
                task.Value = task.MaxValue;
            });
        return result!;
    }

    private sealed class PlainLines(TextWriter stdout) : IBuildProgress
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        public void StageStarted(string stage) =>
            stdout.WriteLine($"- {stage} (at {_clock.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s)");

        public void PagesRendered(int done, int total)
        {
        }
    }

    private sealed class LiveTask(ProgressTask task) : IBuildProgress
    {
        public void StageStarted(string stage) => task.Description = stage;

        public void PagesRendered(int done, int total)
        {
            task.MaxValue = total;
            task.Value = done;
        }
    }
}
