using System.Globalization;
using InfoSiteGen.Diagnostics;
using Renci.SshNet.Common;

namespace InfoSiteGen.Deploying;

/// <summary>
/// Accepts the key an SFTP server presents only when a known-hosts file records it for that host, as <c>ssh</c>
/// does with <c>StrictHostKeyChecking yes</c>: deploying to a server nobody has checked would hand the site, and
/// the password, to whoever answers. When it refuses, <see cref="Refusal"/> says why and what to do.
/// </summary>
public sealed class HostKeyCheck(SftpAddress address, IReadOnlyList<string> knownHostsFiles)
{
    public Wording? Refusal { get; private set; }

    public void OnReceived(object? sender, HostKeyEventArgs e)
    {
        var key = e.HostKey;
        var (verdict, where) = KnownHosts.Check(knownHostsFiles, address.Host, address.Port, key);
        e.CanTrust = verdict == HostKeyVerdict.Known;
        Refusal = verdict switch
        {
            HostKeyVerdict.Known => null,
            HostKeyVerdict.Unknown => Unknown(key),
            HostKeyVerdict.Changed => Changed(key, where!),
            _ => new Wording(
                $"khóa của máy chủ {HostAndPort} đã bị thu hồi (@revoked, {where}): không gửi gì cả; hãy hỏi người quản trị cổng",
                $"the key of the server {HostAndPort} is revoked (@revoked, {where}): nothing was sent; ask the portal's administrator"),
        };
    }

    private string HostAndPort => address.Port == 22 ? address.Host : $"{address.Host}:{address.Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The name known-hosts files give the host: <c>[host]:port</c> for ports other than 22.</summary>
    private string KnownName => address.Port == 22 ? address.Host : $"[{address.Host}]:{address.Port.ToString(CultureInfo.InvariantCulture)}";

    private string Presented(byte[] key) => $"{KnownHosts.KeyType(key)} {KnownHosts.Fingerprint(key)}";

    private string Accept(byte[] key)
    {
        // ssh-keyscan names key types without their prefix: ed25519, ecdsa, rsa.
        var type = KnownHosts.KeyType(key) switch
        {
            "ssh-ed25519" => "ed25519",
            "ssh-rsa" => "rsa",
            var other when other.StartsWith("ecdsa-", StringComparison.Ordinal) => "ecdsa",
            var other => other,
        };
        var port = address.Port == 22 ? string.Empty : $"-p {address.Port.ToString(CultureInfo.InvariantCulture)} ";
        return $"ssh-keyscan {port}-t {type} {address.Host} >> {knownHostsFiles[0]}";
    }

    private Wording Unknown(byte[] key) => new(
        $"máy chủ {HostAndPort} chưa được biết: không tệp nào trong {string.Join(", ", knownHostsFiles)} có khóa của nó, nên không gửi gì cả. "
        + $"Khóa máy chủ đưa ra là {Presented(key)}. Hãy so dấu vân tay này với dấu mà người quản trị cổng cung cấp; nếu trùng, chấp nhận bằng lệnh: {Accept(key)}",
        $"the server {HostAndPort} is not known: none of {string.Join(", ", knownHostsFiles)} holds its key, so nothing was sent. "
        + $"The key it presented is {Presented(key)}. Compare this fingerprint with the one the portal's administrator gives you; if they match, accept it with: {Accept(key)}");

    private Wording Changed(byte[] key, string where) => new(
        $"CẢNH BÁO: khóa của máy chủ {HostAndPort} khác với khóa ghi ở {where}: có thể ai đó đang chặn giữa đường, hoặc máy chủ đã được cài lại; không gửi gì cả. "
        + $"Khóa máy chủ đưa ra là {Presented(key)}. Hãy hỏi người quản trị cổng; nếu khóa thật sự đã đổi, xóa khóa cũ bằng ssh-keygen -R '{KnownName}' -f {where[..where.LastIndexOf(':')]} rồi chấp nhận khóa mới bằng: {Accept(key)}",
        $"WARNING: the key of the server {HostAndPort} differs from the one recorded at {where}: someone may be intercepting the connection, or the server was reinstalled; nothing was sent. "
        + $"The key it presented is {Presented(key)}. Ask the portal's administrator; if the key really changed, remove the old one with ssh-keygen -R '{KnownName}' -f {where[..where.LastIndexOf(':')]} and accept the new one with: {Accept(key)}");
}
