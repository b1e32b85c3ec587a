namespace InfoSiteGen.Deploying;

/// <summary>
/// How <c>deploy</c> proves who it is to an SFTP server and recognises the server: the known-hosts files to check
/// the server's key against, the private keys to offer, and a password or key passphrase, which come only from
/// environment variables so that they are never on the command line, in the shell's history or in a message.
/// </summary>
public sealed record SftpLogin(
    IReadOnlyList<string> KnownHostsFiles,
    IReadOnlyList<string> KeyFiles,
    bool KeyFilesGiven,
    string? Password,
    string? Passphrase)
{
    public const string PasswordVariable = "INFOSITEGEN_SFTP_PASSWORD";
    public const string PassphraseVariable = "INFOSITEGEN_SFTP_PASSPHRASE";

    /// <summary>The key files OpenSSH offers by default, in its order.</summary>
    public static readonly string[] DefaultKeyNames = ["id_ed25519", "id_ecdsa", "id_rsa"];

    /// <summary>
    /// The login <c>ssh</c> would use: <c>~/.ssh/known_hosts</c> and <c>/etc/ssh/ssh_known_hosts</c> unless a file is
    /// given, the key given or the default ones that exist, and the two environment variables.
    /// </summary>
    public static SftpLogin From(string? knownHosts, string? identity, Func<string, string?> environment)
    {
        var home = environment("HOME") is { Length: > 0 } set ? set : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var ssh = Path.Combine(home, ".ssh");
        IReadOnlyList<string> hosts = knownHosts is not null
            ? [knownHosts]
            : [Path.Combine(ssh, "known_hosts"), "/etc/ssh/ssh_known_hosts"];
        IReadOnlyList<string> keys = identity is not null
            ? [identity]
            : DefaultKeyNames.Select(name => Path.Combine(ssh, name)).Where(File.Exists).ToList();
        return new SftpLogin(hosts, keys, identity is not null, NonEmpty(environment(PasswordVariable)), NonEmpty(environment(PassphraseVariable)));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
