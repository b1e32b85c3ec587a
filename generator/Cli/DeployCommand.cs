using System.Globalization;
using InfoSiteGen.Deploying;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing;
using Spectre.Console;

namespace InfoSiteGen.Cli;

/// <summary>
/// <c>deploy --to TARGET</c>: puts the built site in the output folder on the portal's folder, uploading only what
/// changed and deleting only what the site made (see <see cref="Deployment"/>). <c>--dry-run</c> prints the plan
/// and touches nothing; a plan deleting more than a fifth of the site asks first, and without a terminal to ask
/// in, needs <c>--yes</c>.
/// </summary>
public static class DeployCommand
{
    /// <summary>The share of the site a deployment may delete without asking.</summary>
    public const double DeleteShareLimit = 0.2;

    /// <param name="answer">Asks the person at the terminal a yes-or-no question; null when there is nobody to ask.</param>
    /// <param name="environment">Reads an environment variable (HOME, the SFTP password); null when it is not set.</param>
    public static async Task<int> RunAsync(
        string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, ToolLanguage fallback = ToolLanguage.Vietnamese,
        Func<string, bool>? answer = null, Func<string, string?>? environment = null)
    {
        var parsed = Commands.Deploy.Parse(args);
        var language = TerminalLanguage.Choose(parsed, fallback);
        var output = CommonOptions.Folder(parsed, "output", "output", workingDirectory);
        var where = Where(parsed, workingDirectory, output, environment ?? Environment.GetEnvironmentVariable);
        IDeployTarget? target = null;
        try
        {
            target = where.Open();
            var (local, localBytes, plan) = Deployment.Prepare(output, target);
            if (local.SiteDate != ProvincialClock.Today())
            {
                await stderr.WriteLineAsync(TerminalLanguage.WarningPrefix(language) + new Wording(
                    $"trang được dựng theo ngày {local.SiteDate:yyyy-MM-dd}, không phải hôm nay: khẩu hiệu và bài được đăng là của ngày đó",
                    $"the site was built as of {local.SiteDate:yyyy-MM-dd}, not today: its slogans and items are those of that day").In(language));
            }

            await stdout.WriteLineAsync(Describe(plan, target, language));
            if (parsed.Flag("dry-run"))
            {
                foreach (var file in plan.Uploads)
                {
                    await stdout.WriteLineAsync("+ " + file.Path);
                }

                foreach (var path in plan.Deletions)
                {
                    await stdout.WriteLineAsync("- " + path);
                }

                await stdout.WriteLineAsync(new Wording("chạy thử: không thay đổi gì trên nơi đăng", "dry run: nothing was changed on the target").In(language));
                return ExitCodes.Success;
            }

            if (plan.DeletedShare > DeleteShareLimit && !parsed.Flag("yes"))
            {
                var percent = (plan.DeletedShare * 100).ToString("0", CultureInfo.InvariantCulture);
                var question = new Wording(
                    $"lần đăng này xóa {plan.Deletions.Count} trong {plan.FilesOnTarget} tệp ({percent}%) của trang trên {target.Name}; tiếp tục? [c/K]",
                    $"this deployment deletes {plan.Deletions.Count} of the {plan.FilesOnTarget} files ({percent}%) of the site on {target.Name}; go on? [y/N]").In(language);
                if (answer is null)
                {
                    await stderr.WriteLineAsync(TerminalLanguage.ErrorPrefix(language) + new Wording(
                        $"lần đăng này xóa {plan.Deletions.Count} trong {plan.FilesOnTarget} tệp ({percent}%) của trang, hơn mức 20% được phép khi không ai xác nhận; hãy xem kế hoạch bằng --dry-run rồi chạy lại với --yes",
                        $"this deployment deletes {plan.Deletions.Count} of the {plan.FilesOnTarget} files ({percent}%) of the site, more than the 20% allowed without someone confirming; check the plan with --dry-run, then run again with --yes").In(language));
                    return ExitCodes.ContentErrors;
                }

                if (!answer(question))
                {
                    await stdout.WriteLineAsync(new Wording("đã dừng: không thay đổi gì trên nơi đăng", "stopped: nothing was changed on the target").In(language));
                    return ExitCodes.ContentErrors;
                }
            }

            var result = WithProgress(stdout, language, plan, uploaded => Deployment.Execute(output, target, localBytes, plan, uploaded));
            var seconds = TerminalLanguage.Number(result.Duration.TotalSeconds, "0.00", language);
            await stdout.WriteLineAsync(new Wording(
                $"đã đăng lên {target.Name}: tải lên {plan.Uploads.Count} tệp ({TerminalLanguage.Kilobytes(plan.UploadBytes, language)}), xóa {plan.Deletions.Count} tệp, giữ nguyên {plan.Unchanged} tệp; mọi tệp tải lên {target.HowChecked.Vietnamese}; {seconds} giây",
                $"deployed to {target.Name}: {plan.Uploads.Count} files uploaded ({TerminalLanguage.Kilobytes(plan.UploadBytes, language)}), {plan.Deletions.Count} deleted, {plan.Unchanged} unchanged; every uploaded file {target.HowChecked.English}; {seconds} s").In(language));
            return ExitCodes.Success;
        }
        catch (DeployRefusedException e)
        {
            await stderr.WriteLineAsync(TerminalLanguage.ErrorPrefix(language) + e.Wording.In(language));
            return ExitCodes.ContentErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync(TerminalLanguage.ErrorPrefix(language) + new Wording(
                $"không ghi được vào {where.Name}: {e.Message}; trang cũ vẫn còn nguyên, hãy sửa lỗi rồi chạy lại lệnh deploy để đăng tiếp",
                $"could not write to {where.Name}: {e.Message}; the old site still works, fix the problem and run deploy again to finish").In(language));
            return ExitCodes.ContentErrors;
        }
        finally
        {
            target?.Dispose();
        }
    }

    /// <summary>Where <c>--to</c> points, and how to open it once the command line is known to be right.</summary>
    private sealed record TargetAddress(string Name, Func<IDeployTarget> Open);

    /// <summary>
    /// Runs the upload under a progress bar on an interactive terminal; when the output goes to a file or a pipe,
    /// with a plain line at every tenth of the files.
    /// </summary>
    private static DeployResult WithProgress(TextWriter stdout, ToolLanguage language, DeployPlan plan, Func<Action<string>, DeployResult> execute)
    {
        var total = plan.Uploads.Count;
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            var done = 0;
            return execute(_ =>
            {
                done++;
                if (done == total || done * 10 / total > (done - 1) * 10 / total)
                {
                    stdout.WriteLine(new Wording($"- đã tải lên {done}/{total} tệp", $"- uploaded {done}/{total} files").In(language));
                }
            });
        }

        DeployResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(new Wording("tải lên", "uploading").In(language), maxValue: Math.Max(1, total));
                result = execute(_ => task.Increment(1));
                task.Value = task.MaxValue;
            });
        return result!;
    }

    private static TargetAddress Where(ParsedArguments parsed, string workingDirectory, string output, Func<string, string?> environment)
    {
        var text = parsed.Value("to") ?? throw new UsageException(new Wording(
            "hãy ghi nơi đăng bằng --to, ví dụ --to sftp://web@cong.example.gov.vn/var/www/nhan-quyen/ hoặc --to /mnt/cong-thong-tin/nhan-quyen/",
            "say where to deploy with --to, for example --to sftp://web@portal.example.gov.vn/var/www/human-rights/ or --to /mnt/portal/human-rights/"));
        if (text.StartsWith(SftpAddress.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            var (address, problem) = SftpAddress.Parse(text, Environment.UserName);
            if (address is null)
            {
                throw new UsageException(problem!);
            }

            var login = SftpLogin.From(
                parsed.Value("known-hosts") is { } hosts ? Path.GetFullPath(Path.Combine(workingDirectory, hosts)) : null,
                parsed.Value("identity") is { } key ? Path.GetFullPath(Path.Combine(workingDirectory, key)) : null,
                environment);
            return new TargetAddress(address.ToString(), () => SftpTarget.Connect(address, login));
        }

        if (text.Contains("://", StringComparison.Ordinal))
        {
            throw new UsageException(new Wording(
                $"--to '{text}': lệnh này đăng qua SFTP (sftp://…) hoặc vào một thư mục trên máy hay thư mục mạng đã gắn vào máy",
                $"--to '{text}': this command deploys over SFTP (sftp://…) or to a folder of this machine or a network folder mounted on it"));
        }

        var folder = Path.GetFullPath(Path.Combine(workingDirectory, text));
        if (folder == output || folder.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal) || output.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new UsageException(new Wording(
                $"--to '{text}' là thư mục output hoặc nằm trong/chứa nó; hãy ghi thư mục của cổng thông tin",
                $"--to '{text}' is the output folder, or inside it, or holds it; give the portal's folder"));
        }

        return new TargetAddress(folder, () => new FolderTarget(folder));
    }

    private static string Describe(DeployPlan plan, IDeployTarget target, ToolLanguage language) => new Wording(
        $"kế hoạch đăng lên {target.Name}: tải lên {plan.Uploads.Count} tệp ({TerminalLanguage.Kilobytes(plan.UploadBytes, language)}), xóa {plan.Deletions.Count} tệp, giữ nguyên {plan.Unchanged} tệp",
        $"plan for {target.Name}: upload {plan.Uploads.Count} files ({TerminalLanguage.Kilobytes(plan.UploadBytes, language)}), delete {plan.Deletions.Count}, keep {plan.Unchanged} unchanged").In(language);

}
