using System.Globalization;
using System.Text.RegularExpressions;
using InfoSiteGen.Cli;
using InfoSiteGen.Deploying;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Deploying;

/// <summary>
/// <c>deploy --to sftp://…</c> against a real OpenSSH server on 127.0.0.1: after each deployment the server's folder
/// holds exactly the built site, byte for byte; later ones move only what changed; a connection cut half-way leaves
/// the old site whole and the next deployment finishes; an unknown or changed host key, a wrong password, a folder
/// the account may not write, foreign files and a preview build are refused with words saying what to do.
/// </summary>
public class SftpDeployTests
{
    private const string Approved = DeploySites.Approved;

    private static TestSite Site() => DeploySites.TwoArticles();

    /// <summary>Deploys with the server's key and known-hosts file, unless <paramref name="login"/> says otherwise.</summary>
    private static async Task<(int Exit, string Out, string Err)> DeployAsync(
        TestSite site, SshServer server, string[]? login = null, Dictionary<string, string>? environment = null, params string[] more)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        environment ??= [];
        environment.TryAdd("HOME", Path.Combine(site.Root, "home"));
        var exit = await DeployCommand.RunAsync(
            ["--output", site.OutputDirectory, "--to", server.Address, "--lang", "en", .. login ?? ["--identity", server.UserKey, "--known-hosts", server.KnownHosts], .. more],
            stdout, stderr, site.Root, ToolLanguage.English, answer: null, environment: name => environment.GetValueOrDefault(name));
        return (exit, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    private static void AssertSameFiles(string expected, string actual) => DeploySites.AssertSameFiles(expected, actual);

    /// <summary>The error line of a refused deployment (the warning about the build date comes first).</summary>
    private static string Error(string stderr) => stderr.Split('\n').Single(line => line.StartsWith("error: ", StringComparison.Ordinal));

    private static int Count(string pattern, string text) => int.Parse(Regex.Match(text, pattern).Groups[1].Value, CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_first_deployment_puts_the_whole_site_on_the_server_and_checks_it_there()
    {
        using var server = await SshServer.StartAsync();
        using var site = Site();
        await site.BuildOkAsync();

        var (exit, stdout, stderr) = await DeployAsync(site, server);

        Assert.True(exit == 0, stderr);
        AssertSameFiles(site.OutputDirectory, server.Portal);
        var files = FolderContents.Of(site.OutputDirectory).Count;
        Assert.Contains(
            $"deployed to {server.Address.TrimEnd('/')}: {files - 1} files uploaded (",
            stdout, StringComparison.Ordinal);
        Assert.Contains("0 deleted, 0 unchanged; every uploaded file had its SHA-256 checked by sha256sum on the server; ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_article_change_moves_only_the_files_that_changed_and_a_deleted_article_leaves_the_server()
    {
        using var server = await SshServer.StartAsync();
        using var site = Site();
        await site.BuildOkAsync();
        await DeployAsync(site, server);
        var before = FolderContents.Of(site.OutputDirectory);
        var untouched = Path.Combine(server.Portal, "assets", "site.css");
        File.SetLastWriteTimeUtc(untouched, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01", "Nội dung bài A, đã sửa.");
        await site.BuildOkAsync();
        var after = FolderContents.Of(site.OutputDirectory);
        var changed = after.Count(pair => pair.Key != "manifest.json" && (!before.TryGetValue(pair.Key, out var old) || !old.AsSpan().SequenceEqual(pair.Value)));
        var (exit, stdout, stderr) = await DeployAsync(site, server);

        Assert.True(exit == 0, stderr);
        Assert.InRange(changed, 1, after.Count / 2);
        Assert.Equal(changed, Count(@": (\d+) files uploaded", stdout));
        Assert.Equal(0, Count(@"files uploaded \([^)]*\), (\d+) deleted", stdout));
        AssertSameFiles(site.OutputDirectory, server.Portal);
        Assert.Equal(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(untouched));

        File.Delete(Path.Combine(site.ContentDirectory, "articles", "b.vi.md"));
        await site.BuildOkAsync();
        (exit, stdout, stderr) = await DeployAsync(site, server, more: "--yes");

        Assert.True(exit == 0, stderr);
        Assert.InRange(Count(@"files uploaded \([^)]*\), (\d+) deleted", stdout), 1, int.MaxValue);
        Assert.False(Directory.Exists(Path.Combine(server.Portal, "articles", "b")));
        AssertSameFiles(site.OutputDirectory, server.Portal);
    }

    [Fact]
    public async Task A_connection_cut_mid_upload_leaves_the_old_site_whole_and_the_next_deployment_finishes()
    {
        using var server = await SshServer.StartAsync();
        using var site = Site();
        await site.BuildOkAsync();
        await DeployAsync(site, server);
        var old = FolderContents.Of(server.Portal);
        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01", "Nội dung bài A, đã sửa.");
        site.Item("articles/c.vi.md", $"title: Bài C\n{Approved}\ndate: 2023-12-03", "Nội dung bài C.");
        await site.BuildOkAsync();
        var built = FolderContents.Of(site.OutputDirectory);

        var login = SftpLogin.From(server.KnownHosts, server.UserKey, _ => null);
        var address = SftpAddress.Parse(server.Address, server.User).Address!;
        DeployRefusedException refusal;
        using (var target = SftpTarget.Connect(address, login))
        {
            var (_, manifest, plan) = Deployment.Prepare(site.OutputDirectory, target);
            Assert.True(plan.Uploads.Count > 3);
            var uploads = 0;
            refusal = Assert.Throws<DeployRefusedException>(() => Deployment.Execute(site.OutputDirectory, target, manifest, plan, _ =>
            {
                if (++uploads == 2)
                {
                    server.CutSessions();
                }
            }));
        }

        Assert.StartsWith("the connection to 127.0.0.1 was lost at ", refusal.Wording.English, StringComparison.Ordinal);
        Assert.EndsWith("; the old site still works (each file is replaced whole, and manifest.json records the unfinished deployment): run deploy again to finish", refusal.Wording.English, StringComparison.Ordinal);
        // Every file of the old site is still there, whole: as it was, or already the new version; the manifest
        // left on the server lists them all.
        var cut = FolderContents.Of(server.Portal);
        Assert.All(old.Where(pair => pair.Key != "manifest.json"), pair => Assert.True(
            cut[pair.Key].AsSpan().SequenceEqual(pair.Value) || cut[pair.Key].AsSpan().SequenceEqual(built[pair.Key]), $"{pair.Key} is neither old nor new"));
        Assert.Subset(PublishedManifest.Read(cut["manifest.json"])!.Paths.ToHashSet(), old.Keys.ToHashSet());

        var (exit, _, stderr) = await DeployAsync(site, server);

        Assert.True(exit == 0, stderr);
        AssertSameFiles(site.OutputDirectory, server.Portal);
    }

    [Fact]
    public async Task An_unknown_host_key_is_refused_with_its_fingerprint_and_how_to_accept_it()
    {
        using var server = await SshServer.StartAsync();
        using var site = Site();
        await site.BuildOkAsync();
        var knownHosts = Path.Combine(site.Root, "known_hosts");
        File.WriteAllText(knownHosts, "# nothing known yet\n");
        var hostKey = File.ReadAllText(Path.Combine(server.Folder, "host_key.pub")).Split(' ')[1];
        var fingerprint = KnownHosts.Fingerprint(Convert.FromBase64String(hostKey));

        var (exit, _, stderr) = await DeployAsync(site, server, ["--identity", server.UserKey, "--known-hosts", knownHosts]);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"error: the server 127.0.0.1:{server.Port} is not known: none of {knownHosts} holds its key, so nothing was sent. "
            + $"The key it presented is ssh-ed25519 {fingerprint}. Compare this fingerprint with the one the portal's administrator gives you; "
            + $"if they match, accept it with: ssh-keyscan -p {server.Port} -t ed25519 127.0.0.1 >> {knownHosts}",
            Error(stderr));
        Assert.False(Directory.Exists(server.Portal));
        var (keygen, fingerprintByOpenSsh, _) = await ChildProcess.RunAsync("ssh-keygen", ["-l", "-f", Path.Combine(server.Folder, "host_key.pub")]);
        Assert.Equal(0, keygen);
        Assert.Contains(fingerprint + " ", fingerprintByOpenSsh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_host_key_is_refused_as_a_possible_interception()
    {
        using var server = await SshServer.StartAsync();
        using var site = Site();
        await site.BuildOkAsync();
        var other = Path.Combine(site.Root, "other_key");
        Assert.Equal(0, (await ChildProcess.RunAsync("ssh-keygen", ["-q", "-t", "ed25519", "-N", string.Empty, "-f", other])).ExitCode);
        var knownHosts = Path.Combine(site.Root, "known_hosts");
        File.WriteAllText(knownHosts, $"[127.0.0.1]:{server.Port} {string.Join(' ', File.ReadAllText(other + ".pub").Split(' ')[..2])}\n");

        var (exit, _, stderr) = await DeployAsync(site, server, ["--identity", server.UserKey, "--known-hosts", knownHosts]);

        Assert.Equal(1, exit);
        Assert.StartsWith(
            $"error: WARNING: the key of the server 127.0.0.1:{server.Port} differs from the one recorded at {knownHosts}:1: someone may be intercepting the connection, or the server was reinstalled; nothing was sent.",
            Error(stderr), StringComparison.Ordinal);
        Assert.Contains($"ssh-keygen -R '[127.0.0.1]:{server.Port}' -f {knownHosts}", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(server.Portal));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_never_printed()
    {
        using var server = await SshServer.StartAsync();
        using var site = Site();
        await site.BuildOkAsync();
        const string password = "mat-khau-sai-7Q";

        var (exit, stdout, stderr) = await DeployAsync(site, server, ["--known-hosts", server.KnownHosts], new() { [SftpLogin.PasswordVariable] = password });

        Assert.Equal(1, exit);
        Assert.Equal(
            $"error: the server 127.0.0.1 refused user '{server.User}' with the password: check the user name, that the public key is in the server's authorized_keys, or the password in {SftpLogin.PasswordVariable}",
            Error(stderr));
        Assert.DoesNotContain(password, stdout + stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(server.Portal));
    }

    [Fact]
    public async Task Without_a_key_or_a_password_the_message_says_how_to_give_one()
    {
        using var server = await SshServer.StartAsync();
        using var site = Site();
        await site.BuildOkAsync();

        var (exit, _, stderr) = await DeployAsync(site, server, ["--known-hosts", server.KnownHosts]);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"error: no SSH key (~/.ssh/id_ed25519, ~/.ssh/id_ecdsa, ~/.ssh/id_rsa) and no password in {SftpLogin.PasswordVariable} to log in to 127.0.0.1 with; give a key with --identity FILE or set the variable",
            Error(stderr));
    }

    [Fact]
    public async Task The_key_and_known_hosts_of_the_users_ssh_folder_are_used_by_default()
    {
        using var server = await SshServer.StartAsync();
        using var site = Site();
        await site.BuildOkAsync();
        var ssh = Directory.CreateDirectory(Path.Combine(site.Root, "home", ".ssh")).FullName;
        File.Copy(server.UserKey, Path.Combine(ssh, "id_ed25519"));
        File.Copy(server.KnownHosts, Path.Combine(ssh, "known_hosts"));

        var (exit, _, stderr) = await DeployAsync(site, server, login: []);

        Assert.True(exit == 0, stderr);
        AssertSameFiles(site.OutputDirectory, server.Portal);
    }

    [Fact]
    public async Task A_folder_the_account_may_not_write_is_refused_naming_the_remote_path()
    {
        using var server = await SshServer.StartAsync(readOnly: true);
        using var site = Site();
        await site.BuildOkAsync();

        var (exit, _, stderr) = await DeployAsync(site, server);

        Assert.Equal(1, exit);
        Assert.Matches(
            $"^error: the server 127.0.0.1 does not let user '{Regex.Escape(server.User)}' write or read {Regex.Escape(server.Portal)}(/[^ ]*)? \\(permission denied\\); "
            + $"ask the portal's administrator for write access to {Regex.Escape(server.Portal)}. The old site still works$",
            Error(stderr));
        Assert.False(Directory.Exists(server.Portal) && Directory.EnumerateFiles(server.Portal, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task An_account_that_may_not_run_commands_has_its_files_read_back()
    {
        using var server = await SshServer.StartAsync(sftpOnly: true);
        using var site = Site();
        await site.BuildOkAsync();

        var (exit, stdout, stderr) = await DeployAsync(site, server);

        Assert.True(exit == 0, stderr);
        Assert.Contains("every uploaded file was read back over SFTP and its SHA-256 checked", stdout, StringComparison.Ordinal);
        AssertSameFiles(site.OutputDirectory, server.Portal);
    }

    [Fact]
    public async Task A_server_folder_with_foreign_files_is_refused_and_left_alone()
    {
        using var server = await SshServer.StartAsync();
        using var site = Site();
        await site.BuildOkAsync();
        Directory.CreateDirectory(server.Portal);
        File.WriteAllText(Path.Combine(server.Portal, "index.php"), "<?php // the portal's own page");

        var (exit, _, stderr) = await DeployAsync(site, server);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"error: {server.Address.TrimEnd('/')} holds files InfoSiteGen did not put there (it has no manifest.json of InfoSiteGen), so nothing tells which may be deleted; choose an empty folder or one this command deployed to",
            Error(stderr));
        Assert.Equal(["index.php"], FolderContents.Of(server.Portal).Keys);
    }

    [Fact]
    public async Task A_preview_build_is_never_sent()
    {
        using var server = await SshServer.StartAsync();
        using var site = Site();
        await site.BuildOkAsync(preview: true);

        var (exit, _, stderr) = await DeployAsync(site, server);

        Assert.Equal(1, exit);
        Assert.StartsWith("error: this is a preview build (built with --preview)", Error(stderr), StringComparison.Ordinal);
        Assert.False(Directory.Exists(server.Portal));
    }

    [Fact]
    public async Task A_refused_connection_names_the_address_and_what_to_check()
    {
        using var server = await SshServer.StartAsync();
        using var site = Site();
        await site.BuildOkAsync();
        var key = Path.Combine(site.Root, "user_key");
        File.Copy(server.UserKey, key);
        server.Dispose();

        var (exit, _, stderr) = await DeployAsync(site, server, ["--identity", key, "--known-hosts", "/dev/null"]);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"error: 127.0.0.1:{server.Port} refused the connection: check the host name, the port (22 unless given) and that the SSH server is running",
            Error(stderr));
    }

    [Theory]
    [InlineData("sftp://web:bimat@portal.example.gov.vn/var/www/", "error: never write the password in the --to address (it would stay in the shell's history); put it in the environment variable INFOSITEGEN_SFTP_PASSWORD or use an SSH key")]
    [InlineData("sftp:///var/www/", "error: --to 'sftp:///var/www/' is not an SFTP address; write it as sftp://user@host:port/folder/")]
    public async Task A_malformed_sftp_address_is_a_usage_error(string address, string message)
    {
        using var site = Site();
        await site.BuildOkAsync();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CommandLine.RunAsync(["deploy", "--output", site.OutputDirectory, "--to", address, "--lang", "en"], stdout, stderr, site.Root, _ => null);

        Assert.Equal(2, exit);
        Assert.StartsWith(message + "\n", stderr.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
