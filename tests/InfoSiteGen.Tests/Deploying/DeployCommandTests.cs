using InfoSiteGen.Cli;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Deploying;

/// <summary>
/// <c>deploy</c> to a folder: after it, the folder holds exactly the built site; later deployments upload only what
/// changed and delete only what the site made; it refuses previews, foreign folders and outputs changed by hand,
/// asks before deleting much, and a dry run touches nothing.
/// </summary>
public class DeployCommandTests
{
    private const string Approved = DeploySites.Approved;

    private static TestSite Site() => DeploySites.TwoArticles();

    private static string Portal(TestSite site) => Path.Combine(site.Root, "portal");

    private static async Task<(int Exit, string Out, string Err)> DeployAsync(TestSite site, Func<string, bool>? answer, params string[] more)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await DeployCommand.RunAsync(
            ["--output", site.OutputDirectory, "--to", Portal(site), "--lang", "en", .. more], stdout, stderr, site.Root, ToolLanguage.English, answer);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static void AssertSameFiles(string expected, string actual) => DeploySites.AssertSameFiles(expected, actual);

    [Fact]
    public async Task A_first_deployment_puts_the_whole_site_in_an_empty_folder()
    {
        using var site = Site();
        await site.BuildOkAsync();

        var (exit, stdout, stderr) = await DeployAsync(site, null);

        Assert.Equal(0, exit);
        AssertSameFiles(site.OutputDirectory, Portal(site));
        var files = FolderContents.Of(site.OutputDirectory).Count;
        Assert.Contains($"upload {files - 1} files", stdout, StringComparison.Ordinal);
        Assert.Matches($@"deployed to {System.Text.RegularExpressions.Regex.Escape(Portal(site))}: {files - 1} files uploaded \(\d+\.\d KB\), 0 deleted, 0 unchanged; every uploaded file was read back and its SHA-256 checked; \d+\.\d\d s", stdout);
        Assert.Contains("not today", stderr, StringComparison.Ordinal);
        // Redirected output gets a plain line at every tenth of the files, the last one included.
        var progress = stdout.ReplaceLineEndings("\n").Split('\n').Where(line => line.StartsWith("- uploaded ", StringComparison.Ordinal)).ToList();
        Assert.InRange(progress.Count, 2, 10);
        Assert.Equal($"- uploaded {files - 1}/{files - 1} files", progress[^1]);
    }

    [Fact]
    public async Task A_later_deployment_uploads_what_changed_deletes_what_the_site_no_longer_has_and_keeps_other_files()
    {
        using var site = Site();
        await site.BuildOkAsync();
        await DeployAsync(site, null);
        var stylesheet = Path.Combine(Portal(site), "assets", "site.css");
        File.SetLastWriteTimeUtc(stylesheet, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.WriteAllText(Path.Combine(Portal(site), "google-site-verification.html"), "kept: the site did not make it");

        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01", "Nội dung bài A, đã sửa.");
        site.Item("articles/c.vi.md", $"title: Bài C\n{Approved}\ndate: 2023-12-03", "Nội dung bài C.");
        File.Delete(Path.Combine(site.ContentDirectory, "articles", "b.vi.md"));
        await site.BuildOkAsync();
        var (exit, stdout, _) = await DeployAsync(site, null, "--yes");

        Assert.Equal(0, exit);
        Assert.False(File.Exists(Path.Combine(Portal(site), "articles", "b", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Portal(site), "articles", "b")));
        Assert.True(File.Exists(Path.Combine(Portal(site), "google-site-verification.html")));
        File.Delete(Path.Combine(Portal(site), "google-site-verification.html"));
        AssertSameFiles(site.OutputDirectory, Portal(site));
        Assert.Matches(@"files uploaded \(\d+\.\d KB\), [1-9]\d* deleted, [1-9]\d* unchanged", stdout);
        Assert.Equal(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(stylesheet));
    }

    [Fact]
    public async Task Nothing_changed_means_nothing_uploaded()
    {
        using var site = Site();
        await site.BuildOkAsync();
        await DeployAsync(site, null);
        var stylesheet = Path.Combine(Portal(site), "assets", "site.css");
        File.SetLastWriteTimeUtc(stylesheet, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var (exit, stdout, _) = await DeployAsync(site, null);

        Assert.Equal(0, exit);
        Assert.Contains("0 files uploaded (0.0 KB), 0 deleted", stdout, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(stylesheet));
    }

    [Fact]
    public async Task A_dry_run_prints_the_plan_and_touches_nothing()
    {
        using var site = Site();
        await site.BuildOkAsync();
        await DeployAsync(site, null);
        var before = FolderContents.Of(Portal(site));
        site.Item("articles/c.vi.md", $"title: Bài C\n{Approved}\ndate: 2023-12-03", "Nội dung bài C.");
        await site.BuildOkAsync();

        var (exit, stdout, _) = await DeployAsync(site, null, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("+ articles/c/index.html\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("dry run: nothing was changed on the target", stdout, StringComparison.Ordinal);
        Assert.Equal(before.Keys, FolderContents.Of(Portal(site)).Keys);
    }

    [Fact]
    public async Task Deleting_more_than_a_fifth_of_the_site_asks_and_without_a_terminal_needs_yes()
    {
        using var site = Site();
        for (var i = 0; i < 8; i++)
        {
            site.Item($"articles/x{i}.vi.md", $"title: Bài X{i}\n{Approved}\ndate: 2023-11-0{i + 1}", "Nội dung.");
        }

        await site.BuildOkAsync();
        await DeployAsync(site, null);
        var before = FolderContents.Of(Portal(site));
        for (var i = 0; i < 8; i++)
        {
            File.Delete(Path.Combine(site.ContentDirectory, "articles", $"x{i}.vi.md"));
        }

        await site.BuildOkAsync();

        var (refused, _, error) = await DeployAsync(site, answer: null);
        var asked = new List<string>();
        var (declined, said, _) = await DeployAsync(site, question => { asked.Add(question); return false; });
        Assert.Equal(before.Keys, FolderContents.Of(Portal(site)).Keys);
        var (accepted, _, _) = await DeployAsync(site, _ => true);

        Assert.Equal(1, refused);
        Assert.Contains("check the plan with --dry-run, then run again with --yes", error, StringComparison.Ordinal);
        Assert.Equal(1, declined);
        Assert.Contains("stopped: nothing was changed on the target", said, StringComparison.Ordinal);
        Assert.Matches(@"^this deployment deletes \d+ of the \d+ files \(\d+%\) of the site on .*; go on\? \[y/N\]$", Assert.Single(asked));
        Assert.Equal(0, accepted);
        AssertSameFiles(site.OutputDirectory, Portal(site));
    }

    [Fact]
    public async Task A_preview_build_is_never_deployed()
    {
        using var site = Site();
        await site.BuildOkAsync(preview: true);

        var (exit, _, stderr) = await DeployAsync(site, null);

        Assert.Equal(1, exit);
        Assert.Equal("error: this is a preview build (built with --preview), with items not approved: it must never be published; build again without --preview\n", stderr.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(Portal(site)));
    }

    [Fact]
    public async Task A_folder_with_files_but_no_manifest_of_ours_is_refused()
    {
        using var site = Site();
        await site.BuildOkAsync();
        Directory.CreateDirectory(Portal(site));
        File.WriteAllText(Path.Combine(Portal(site), "index.html"), "the portal's own page");

        var (exit, _, stderr) = await DeployAsync(site, null);

        Assert.Equal(1, exit);
        Assert.Contains("holds files InfoSiteGen did not put there (it has no manifest.json of InfoSiteGen)", stderr, StringComparison.Ordinal);
        Assert.Equal("the portal's own page", File.ReadAllText(Path.Combine(Portal(site), "index.html")));
    }

    [Fact]
    public async Task An_output_file_changed_after_the_build_stops_the_deployment_before_anything_is_written()
    {
        using var site = Site();
        await site.BuildOkAsync();
        File.AppendAllText(Path.Combine(site.OutputDirectory, "articles", "a", "index.html"), "<!-- edited by hand -->");

        var (exit, _, stderr) = await DeployAsync(site, null);

        Assert.Equal(1, exit);
        Assert.Equal(
            "error: articles/a/index.html in the output folder was deleted or changed after the build, so it no longer matches manifest.json; build again before deploying\n",
            stderr.ReplaceLineEndings("\n").Split('\n', 2)[1]);
        Assert.False(Directory.Exists(Portal(site)) && Directory.EnumerateFileSystemEntries(Portal(site)).Any());
    }

    [Fact]
    public async Task A_deployment_cut_short_leaves_a_manifest_of_the_unfinished_deployment_and_the_next_one_finishes()
    {
        using var site = Site();
        await site.BuildOkAsync();
        await DeployAsync(site, null);
        var oldFiles = FolderContents.Of(Portal(site)).Keys.ToList();
        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01", "Nội dung bài A, đã sửa.");
        File.Delete(Path.Combine(site.ContentDirectory, "articles", "b.vi.md"));
        await site.BuildOkAsync();

        // The target fails after the manifest of the deployment in progress and one upload, as a dropped connection would.
        var target = new FailingTarget(new InfoSiteGen.Deploying.FolderTarget(Portal(site)), writesBeforeFailure: 2);
        var (_, bytes, plan) = InfoSiteGen.Deploying.Deployment.Prepare(site.OutputDirectory, target);
        Assert.Throws<IOException>(() => InfoSiteGen.Deploying.Deployment.Execute(site.OutputDirectory, target, bytes, plan));

        // Every file of the old site is still there and still listed, so the next run knows what to delete.
        var unfinished = InfoSiteGen.Deploying.PublishedManifest.Read(File.ReadAllBytes(Path.Combine(Portal(site), "manifest.json")))!;
        Assert.Subset(unfinished.Paths.ToHashSet(), oldFiles.ToHashSet());
        Assert.Subset(FolderContents.Of(Portal(site)).Keys.ToHashSet(), oldFiles.ToHashSet());

        var (exit, _, _) = await DeployAsync(site, null, "--yes");

        Assert.Equal(0, exit);
        AssertSameFiles(site.OutputDirectory, Portal(site));
    }

    [Fact]
    public async Task A_first_deployment_cut_short_is_finished_by_the_next_one_and_not_taken_for_foreign_files()
    {
        using var site = Site();
        await site.BuildOkAsync();
        var target = new FailingTarget(new InfoSiteGen.Deploying.FolderTarget(Portal(site)), writesBeforeFailure: 3);
        var (_, bytes, plan) = InfoSiteGen.Deploying.Deployment.Prepare(site.OutputDirectory, target);
        Assert.Throws<IOException>(() => InfoSiteGen.Deploying.Deployment.Execute(site.OutputDirectory, target, bytes, plan));
        Assert.True(File.Exists(Path.Combine(Portal(site), "manifest.json")));

        var (exit, _, stderr) = await DeployAsync(site, null);

        Assert.True(exit == 0, stderr);
        AssertSameFiles(site.OutputDirectory, Portal(site));
    }

    [Fact]
    public async Task Files_travel_several_at_once_but_every_file_pages_need_arrives_before_the_first_page_and_the_manifest_last()
    {
        using var site = Site();
        await site.BuildOkAsync();
        var written = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var target = new RecordingTarget(new InfoSiteGen.Deploying.FolderTarget(Portal(site)), written);

        var (_, bytes, plan) = InfoSiteGen.Deploying.Deployment.Prepare(site.OutputDirectory, target);
        InfoSiteGen.Deploying.Deployment.Execute(site.OutputDirectory, target, bytes, plan);

        // The manifest of the deployment in progress first, the new one last.
        var order = written.ToList();
        Assert.Equal(plan.Uploads.Count + 2, order.Count);
        Assert.Equal("manifest.json", order[0]);
        Assert.Equal("manifest.json", order[^1]);
        var firstPage = order.FindIndex(path => path.EndsWith(".html", StringComparison.Ordinal));
        Assert.True(firstPage > 1);
        Assert.All(order[1..firstPage], path => Assert.False(path.EndsWith(".html", StringComparison.Ordinal)));
        Assert.All(order[firstPage..^1], path => Assert.EndsWith(".html", path, StringComparison.Ordinal));
        Assert.True(target.MostAtOnce > 1, "uploads ran one at a time");
        AssertSameFiles(site.OutputDirectory, Portal(site));
    }

    [Fact]
    public async Task A_target_address_that_is_neither_sftp_nor_a_folder_is_a_usage_error()
    {
        using var site = Site();
        await site.BuildOkAsync();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CommandLine.RunAsync(["deploy", "--output", site.OutputDirectory, "--to", "ftp://web@portal.example.gov.vn/var/www/", "--lang", "en"], stdout, stderr, site.Root, _ => null);

        Assert.Equal(2, exit);
        Assert.StartsWith(
            "error: --to 'ftp://web@portal.example.gov.vn/var/www/': this command deploys over SFTP (sftp://…) or to a folder of this machine or a network folder mounted on it\n",
            stderr.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    /// <summary>Records the order of writes and how many ran at once (each write is slowed a little to let them overlap).</summary>
    private sealed class RecordingTarget(InfoSiteGen.Deploying.IDeployTarget inner, System.Collections.Concurrent.ConcurrentQueue<string> written) : InfoSiteGen.Deploying.IDeployTarget
    {
        private int _running;

        public int MostAtOnce { get; private set; }

        public string Name => inner.Name;

        public byte[]? Read(string path) => inner.Read(path);

        public bool HasAnything() => inner.HasAnything();

        public void Write(string path, byte[] bytes)
        {
            var running = Interlocked.Increment(ref _running);
            lock (written)
            {
                MostAtOnce = Math.Max(MostAtOnce, running);
            }

            Thread.Sleep(5);
            inner.Write(path, bytes);
            written.Enqueue(path);
            Interlocked.Decrement(ref _running);
        }

        public void Delete(string path) => inner.Delete(path);

        public IReadOnlyDictionary<string, string> Sha256(IReadOnlyCollection<string> paths) => inner.Sha256(paths);

        public Wording HowChecked => inner.HowChecked;

        public void Dispose() => inner.Dispose();
    }

    private sealed class FailingTarget(InfoSiteGen.Deploying.IDeployTarget inner, int writesBeforeFailure) : InfoSiteGen.Deploying.IDeployTarget
    {
        private int _uploads;

        public string Name => inner.Name;

        public byte[]? Read(string path) => inner.Read(path);

        public bool HasAnything() => inner.HasAnything();

        public void Write(string path, byte[] bytes)
        {
            if (Interlocked.Increment(ref _uploads) > writesBeforeFailure)
            {
                throw new IOException("connection lost");
            }

            inner.Write(path, bytes);
        }

        public void Delete(string path) => inner.Delete(path);

        public IReadOnlyDictionary<string, string> Sha256(IReadOnlyCollection<string> paths) => inner.Sha256(paths);

        public Wording HowChecked => inner.HowChecked;

        public void Dispose() => inner.Dispose();
    }
}
