using InfoSiteGen.Deploying;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Deploying;

/// <summary>
/// Known-hosts files read as OpenSSH reads them: plain and <c>[host]:port</c> names, patterns with negation, names
/// hashed by <c>ssh-keygen -H</c>, revoked keys, and another key of the same type seen as a changed key.
/// </summary>
public sealed class KnownHostsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("infositegen-known-hosts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(string Type, string Base64, byte[] Blob)> KeyAsync(string name, string type = "ed25519")
    {
        var file = Path.Combine(_folder, name);
        var (exit, _, errors) = await ChildProcess.RunAsync("ssh-keygen", ["-q", "-t", type, "-N", string.Empty, "-f", file]);
        Assert.True(exit == 0, errors);
        var fields = File.ReadAllText(file + ".pub").Split(' ');
        return (fields[0], fields[1], Convert.FromBase64String(fields[1]));
    }

    private string File_(params string[] lines)
    {
        var file = Path.Combine(_folder, $"known_hosts_{Guid.NewGuid():N}");
        File.WriteAllLines(file, lines);
        return file;
    }

    [Fact]
    public async Task A_host_is_known_by_its_name_on_port_22_and_by_its_bracketed_name_on_another_port()
    {
        var (type, base64, blob) = await KeyAsync("a");
        var file = File_("# comment", string.Empty, $"portal.example.gov.vn,10.0.0.5 {type} {base64}", $"[sftp.example.gov.vn]:2222 {type} {base64} comment");

        Assert.Equal(HostKeyVerdict.Known, KnownHosts.Check([file], "portal.example.gov.vn", 22, blob).Verdict);
        Assert.Equal(HostKeyVerdict.Known, KnownHosts.Check([file], "10.0.0.5", 22, blob).Verdict);
        Assert.Equal((HostKeyVerdict.Known, $"{file}:4"), KnownHosts.Check([file], "sftp.example.gov.vn", 2222, blob));
        Assert.Equal(HostKeyVerdict.Unknown, KnownHosts.Check([file], "sftp.example.gov.vn", 22, blob).Verdict);
        Assert.Equal(HostKeyVerdict.Unknown, KnownHosts.Check([file], "portal.example.gov.vn", 2222, blob).Verdict);
    }

    [Fact]
    public async Task Patterns_match_with_wildcards_and_a_negated_pattern_excludes()
    {
        var (type, base64, blob) = await KeyAsync("a");
        var file = File_($"*.example.gov.vn,!test.example.gov.vn,web?.tinh.vn {type} {base64}");

        Assert.Equal(HostKeyVerdict.Known, KnownHosts.Check([file], "portal.example.gov.vn", 22, blob).Verdict);
        Assert.Equal(HostKeyVerdict.Known, KnownHosts.Check([file], "web1.tinh.vn", 22, blob).Verdict);
        Assert.Equal(HostKeyVerdict.Unknown, KnownHosts.Check([file], "test.example.gov.vn", 22, blob).Verdict);
        Assert.Equal(HostKeyVerdict.Unknown, KnownHosts.Check([file], "web12.tinh.vn", 22, blob).Verdict);
    }

    [Fact]
    public async Task Names_hashed_by_ssh_keygen_are_recognised()
    {
        var (type, base64, blob) = await KeyAsync("a");
        var file = File_($"portal.example.gov.vn {type} {base64}", $"[127.0.0.1]:2222 {type} {base64}");
        var (exit, _, errors) = await ChildProcess.RunAsync("ssh-keygen", ["-H", "-f", file]);
        Assert.True(exit == 0, errors);
        Assert.DoesNotContain("portal.example.gov.vn", File.ReadAllText(file), StringComparison.Ordinal);

        Assert.Equal(HostKeyVerdict.Known, KnownHosts.Check([file], "portal.example.gov.vn", 22, blob).Verdict);
        Assert.Equal(HostKeyVerdict.Known, KnownHosts.Check([file], "127.0.0.1", 2222, blob).Verdict);
        Assert.Equal(HostKeyVerdict.Unknown, KnownHosts.Check([file], "other.example.gov.vn", 22, blob).Verdict);
    }

    [Fact]
    public async Task Another_key_of_the_same_type_is_a_changed_key_and_another_type_is_just_unknown()
    {
        var (type, base64, _) = await KeyAsync("old");
        var (_, _, now) = await KeyAsync("new");
        var (_, _, rsa) = await KeyAsync("rsa", "rsa");
        var file = File_($"portal.example.gov.vn {type} {base64}");

        Assert.Equal((HostKeyVerdict.Changed, $"{file}:1"), KnownHosts.Check([file], "portal.example.gov.vn", 22, now));
        Assert.Equal(HostKeyVerdict.Unknown, KnownHosts.Check([file], "portal.example.gov.vn", 22, rsa).Verdict);
        Assert.Equal("ssh-rsa", KnownHosts.KeyType(rsa));
    }

    [Fact]
    public async Task A_revoked_key_is_refused_even_when_another_line_accepts_it_and_missing_files_are_skipped()
    {
        var (type, base64, blob) = await KeyAsync("a");
        var accepting = File_($"portal.example.gov.vn {type} {base64}");
        var revoking = File_($"@revoked * {type} {base64}");

        Assert.Equal(HostKeyVerdict.Known, KnownHosts.Check([Path.Combine(_folder, "missing"), accepting], "portal.example.gov.vn", 22, blob).Verdict);
        Assert.Equal((HostKeyVerdict.Revoked, $"{revoking}:1"), KnownHosts.Check([revoking, accepting], "portal.example.gov.vn", 22, blob));
        Assert.Equal((HostKeyVerdict.Revoked, $"{revoking}:1"), KnownHosts.Check([accepting, revoking], "portal.example.gov.vn", 22, blob));
    }

    [Fact]
    public async Task Lines_with_an_unknown_marker_are_ignored_and_the_recorded_key_types_are_listed()
    {
        var (type, base64, blob) = await KeyAsync("a");
        var (rsaType, rsa, _) = await KeyAsync("rsa", "rsa");
        var file = File_($"@revoke portal.example.gov.vn {type} {base64}", $"[portal.example.gov.vn]:2222 {rsaType} {rsa}");

        Assert.Equal(HostKeyVerdict.Unknown, KnownHosts.Check([file], "portal.example.gov.vn", 22, blob).Verdict);
        Assert.Equal(["ssh-rsa"], KnownHosts.RecordedTypes([file], "portal.example.gov.vn", 2222));
        Assert.Empty(KnownHosts.RecordedTypes([file], "portal.example.gov.vn", 22));
        Assert.Equal("ssh-rsa", KnownHosts.KeyTypeOfAlgorithm("rsa-sha2-512"));
        Assert.Equal("ssh-ed25519", KnownHosts.KeyTypeOfAlgorithm("ssh-ed25519"));
    }

    [Theory]
    [InlineData("sftp://web@portal.example.gov.vn/var/www/nhan-quyen/", "web", "portal.example.gov.vn", 22, "/var/www/nhan-quyen", "/var/www/nhan-quyen/a/index.html")]
    [InlineData("sftp://web@portal.example.gov.vn:2222/var/www", "web", "portal.example.gov.vn", 2222, "/var/www", "/var/www/a/index.html")]
    [InlineData("sftp://portal.example.gov.vn/~/public_html/", "chinh", "portal.example.gov.vn", 22, "public_html", "public_html/a/index.html")]
    [InlineData("sftp://web@10.0.0.5/~/", "web", "10.0.0.5", 22, "", "a/index.html")]
    [InlineData("sftp://web@[2001:db8::1]:22/", "web", "2001:db8::1", 22, "/", "/a/index.html")]
    public void Sftp_addresses_give_user_host_port_and_folder(string text, string user, string host, int port, string folder, string remote)
    {
        var (address, problem) = SftpAddress.Parse(text, "chinh");

        Assert.Null(problem);
        Assert.Equal(new SftpAddress(user, host, port, folder), address);
        Assert.Equal(remote, address!.RemotePath("a/index.html"));
    }
}
