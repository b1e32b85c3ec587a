using System.Globalization;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Deploying;

/// <summary>
/// A target written <c>sftp://user@host[:port]/path/</c>. The path is absolute on the server; a path starting with
/// <c>/~/</c> is inside the user's home folder, as curl and most SFTP programs read it. A password is never part of
/// the address: it would stay in the shell's history and in the list of running processes.
/// </summary>
public sealed record SftpAddress(string User, string Host, int Port, string Folder)
{
    public const string Scheme = "sftp://";

    /// <summary>The address as the messages show it.</summary>
    public override string ToString() =>
        $"{Scheme}{User}@{(Host.Contains(':') ? $"[{Host}]" : Host)}{(Port == 22 ? string.Empty : ":" + Port.ToString(CultureInfo.InvariantCulture))}/{(Folder.StartsWith('/') ? Folder[1..] : "~/" + Folder)}";

    /// <summary>The address, or the reason it is not one.</summary>
    public static (SftpAddress? Address, Wording? Problem) Parse(string text, string defaultUser)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != "sftp" || string.IsNullOrEmpty(uri.Host))
        {
            return (null, new Wording(
                $"--to '{text}' không phải địa chỉ SFTP; hãy viết dạng sftp://người-dùng@máy-chủ:cổng/thư-mục/",
                $"--to '{text}' is not an SFTP address; write it as sftp://user@host:port/folder/"));
        }

        var user = Uri.UnescapeDataString(uri.UserInfo);
        if (user.Contains(':'))
        {
            return (null, new Wording(
                "không ghi mật khẩu trong địa chỉ --to (nó sẽ nằm lại trong lịch sử lệnh); hãy đặt mật khẩu vào biến môi trường " + SftpLogin.PasswordVariable + " hoặc dùng khóa SSH",
                "never write the password in the --to address (it would stay in the shell's history); put it in the environment variable " + SftpLogin.PasswordVariable + " or use an SSH key"));
        }

        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var folder = path.StartsWith("/~/", StringComparison.Ordinal) || path == "/~" ? path[Math.Min(3, path.Length)..] : path;
        folder = folder.Length > 1 ? folder.TrimEnd('/') : folder;
        return (new SftpAddress(user.Length == 0 ? defaultUser : user, uri.IdnHost.Trim('[', ']'), uri.IsDefaultPort || uri.Port < 0 ? 22 : uri.Port, folder), null);
    }

    /// <summary>The server's path of a file of the site.</summary>
    public string RemotePath(string path) => Folder switch
    {
        "" => path,
        "/" => "/" + path,
        _ => Folder + "/" + path,
    };
}
