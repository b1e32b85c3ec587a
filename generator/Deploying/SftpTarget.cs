using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using InfoSiteGen.Diagnostics;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace InfoSiteGen.Deploying;

/// <summary>
/// A deploy target reached over SFTP, the access web servers most often give (SSH.NET). The server's key must be
/// in a known-hosts file, as <c>ssh</c> requires; each file goes to a temporary name and is renamed over the old
/// one atomically (OpenSSH's <c>posix-rename</c>), so visitors never see half a file. Uploads are checked by
/// <c>sha256sum</c> on the server when the account may run commands, and by reading the files back otherwise.
/// Every failure becomes a <see cref="DeployRefusedException"/> that names the server or the remote path.
/// </summary>
public sealed class SftpTarget : IDeployTarget
{
    /// <summary>How long a connection may take to open, and how long the server may take to answer.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(20);

    public static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(60);

    // Enough paths per sha256sum command to make few round trips, few enough to stay far below any server's
    // limit on the length of a command line.
    private const int HashCommandLength = 32 * 1024;

    private readonly SftpAddress _address;
    private readonly ConnectionInfo _connection;
    private readonly HostKeyCheck _hostKey;
    private readonly SftpClient _sftp;
    private readonly IReadOnlyList<PrivateKeyFile> _keys;
    // The folders made (or found) so far; a folder wanted by several uploads at once is made once, and the others wait for it.
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private int _hashedOnServer;
    private int _readBack;

    private SftpTarget(SftpAddress address, ConnectionInfo connection, HostKeyCheck hostKey, SftpClient sftp, IReadOnlyList<PrivateKeyFile> keys)
    {
        _address = address;
        _connection = connection;
        _hostKey = hostKey;
        _sftp = sftp;
        _keys = keys;
    }

    public string Name => _address.ToString();

    /// <summary>Opens the connection: checks the server's key, logs in, and leaves the target ready.</summary>
    /// <exception cref="DeployRefusedException">The server cannot be reached, is not the one known, or refuses the login.</exception>
    public static SftpTarget Connect(SftpAddress address, SftpLogin login)
    {
        var keys = SftpKeys.Load(login);
        var methods = new List<AuthenticationMethod>();
        if (keys.Count > 0)
        {
            methods.Add(new PrivateKeyAuthenticationMethod(address.User, [.. keys]));
        }

        if (login.Password is not null)
        {
            methods.Add(new PasswordAuthenticationMethod(address.User, login.Password));
        }

        if (methods.Count == 0)
        {
            throw new DeployRefusedException(new Wording(
                $"không có khóa SSH nào ({string.Join(", ", SftpLogin.DefaultKeyNames.Select(n => "~/.ssh/" + n))}) và không có mật khẩu trong biến {SftpLogin.PasswordVariable} để đăng nhập vào {address.Host}; hãy chỉ khóa bằng --identity TỆP hoặc đặt biến đó",
                $"no SSH key ({string.Join(", ", SftpLogin.DefaultKeyNames.Select(n => "~/.ssh/" + n))}) and no password in {SftpLogin.PasswordVariable} to log in to {address.Host} with; give a key with --identity FILE or set the variable"));
        }

        var connection = new ConnectionInfo(address.Host, address.Port, address.User, [.. methods]) { Timeout = ConnectTimeout };
        // As ssh does, ask the server for a key of a type the known-hosts files hold for it: a server recorded by
        // its RSA key would otherwise present its Ed25519 key, unknown here, and be refused.
        var recorded = KnownHosts.RecordedTypes(login.KnownHostsFiles, address.Host, address.Port);
        if (recorded.Count > 0)
        {
            foreach (var algorithm in connection.HostKeyAlgorithms.Keys.Where(name => !recorded.Contains(KnownHosts.KeyTypeOfAlgorithm(name))).ToList())
            {
                connection.HostKeyAlgorithms.Remove(algorithm);
            }
        }

        var hostKey = new HostKeyCheck(address, login.KnownHostsFiles);
        var sftp = new SftpClient(connection) { OperationTimeout = OperationTimeout, KeepAliveInterval = TimeSpan.FromSeconds(15) };
        try
        {
            Open(sftp, hostKey, address, keys.Count > 0, login.Password is not null);
        }
        catch
        {
            sftp.Dispose();
            foreach (var key in keys)
            {
                key.Dispose();
            }

            throw;
        }

        return new SftpTarget(address, connection, hostKey, sftp, keys);
    }

    public byte[]? Read(string path) => Remote(path, remote =>
    {
        try
        {
            return _sftp.ReadAllBytes(remote);
        }
        catch (SftpPathNotFoundException)
        {
            return null;
        }
    });

    public bool HasAnything() => Remote(string.Empty, _ =>
        _sftp.Exists(FolderPath(_address.Folder)) && _sftp.ListDirectory(FolderPath(_address.Folder)).Any(entry => entry.Name is not "." and not ".."));

    public void Write(string path, byte[] bytes) => Remote(path, remote =>
    {
        var slash = remote.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : remote[..slash];
        var temporary = (slash < 0 ? string.Empty : remote[..(slash + 1)]) + IDeployTarget.TemporaryName(remote[(slash + 1)..]);
        // Most files go to folders that exist already: sending first and making the folder only when the server
        // says it is missing saves a round trip per file on a distant server.
        try
        {
            Upload(bytes, temporary);
        }
        catch (SftpPathNotFoundException) when (folder.Length > 0)
        {
            EnsureFolder(folder);
            Upload(bytes, temporary);
        }

        try
        {
            _sftp.RenameFile(temporary, remote, isPosix: true);
        }
        catch (NotSupportedException)
        {
            // A server without OpenSSH's extension renames only onto a free name: the old file steps aside under a
            // name of its own first, so a connection lost in between leaves it there (Deployment.Prepare reads a
            // manifest that stepped aside) rather than nothing.
            var previous = (slash < 0 ? string.Empty : remote[..(slash + 1)]) + IDeployTarget.PreviousName(remote[(slash + 1)..]);
            var moved = _sftp.Exists(remote);
            if (moved)
            {
                if (_sftp.Exists(previous))
                {
                    _sftp.DeleteFile(previous);
                }

                _sftp.RenameFile(remote, previous);
            }

            _sftp.RenameFile(temporary, remote);
            if (moved)
            {
                _sftp.DeleteFile(previous);
            }
        }

        return true;
    });

    public void Delete(string path) => Remote(path, remote =>
    {
        try
        {
            _sftp.DeleteFile(remote);
        }
        catch (SftpPathNotFoundException)
        {
            // Already gone: what the deployment wanted.
        }

        // The folders the file leaves empty go too, up to the target's own folder.
        var root = _address.Folder.TrimEnd('/');
        for (var slash = remote.LastIndexOf('/'); slash > root.Length && slash > 0; slash = remote.LastIndexOf('/', slash - 1))
        {
            var folder = remote[..slash];
            try
            {
                if (_sftp.ListDirectory(folder).Any(entry => entry.Name is not "." and not ".."))
                {
                    break;
                }

                _sftp.DeleteDirectory(folder);
            }
            catch (SftpPathNotFoundException)
            {
                // Gone already, by an earlier deployment cut short: the folders above may still be empty.
            }

            _folders.TryRemove(folder, out _);
        }

        return true;
    });

    public IReadOnlyDictionary<string, string> Sha256(IReadOnlyCollection<string> paths)
    {
        var hashes = HashOnServer(paths);
        _hashedOnServer += hashes.Count;
        // What the server's command did not vouch for is read back and hashed here: a file that is really wrong
        // is wrong both ways, and a server whose shell sees other paths than its SFTP (a chroot) still gets checked.
        var readBack = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        ParallelWork.Run(paths.Where(p => !hashes.ContainsKey(p)).ToList(), path =>
        {
            if (Read(path) is { } bytes)
            {
                readBack[path] = Convert.ToHexStringLower(SHA256.HashData(bytes));
            }
        });
        _readBack += readBack.Count;
        foreach (var (path, hash) in readBack)
        {
            hashes[path] = hash;
        }

        return hashes;
    }

    public Wording HowChecked => (_hashedOnServer, _readBack) switch
    {
        ( > 0, 0) => new Wording("đã được kiểm tra SHA-256 bằng sha256sum trên máy chủ", "had its SHA-256 checked by sha256sum on the server"),
        (0, _) => new Wording("đã được đọc lại qua SFTP và kiểm tra SHA-256", "was read back over SFTP and its SHA-256 checked"),
        _ => new Wording(
            $"đã được kiểm tra SHA-256 ({_hashedOnServer} tệp bằng sha256sum trên máy chủ, {_readBack} tệp đọc lại qua SFTP)",
            $"had its SHA-256 checked ({_hashedOnServer} by sha256sum on the server, {_readBack} read back over SFTP)"),
    };

    public void Dispose()
    {
        _sftp.Dispose();
        foreach (var key in _keys)
        {
            key.Dispose();
        }
    }

    /// <summary>
    /// The hashes <c>sha256sum</c> gives on the server, for the files it found; none when the account may not run
    /// commands (an SFTP-only account) or the command is missing.
    /// </summary>
    private Dictionary<string, string> HashOnServer(IReadOnlyCollection<string> paths)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var ssh = new SshClient(_connection) { KeepAliveInterval = TimeSpan.FromSeconds(15) };
            ssh.HostKeyReceived += _hostKey.OnReceived;
            ssh.Connect();
            var cd = _address.Folder.Length == 0 ? string.Empty : $"cd -- {Quoted(_address.Folder)} && ";
            foreach (var batch in Batches(paths))
            {
                using var command = ssh.CreateCommand($"{cd}LC_ALL=C sha256sum -- {string.Join(' ', batch.Select(Quoted))}");
                command.CommandTimeout = OperationTimeout;
                command.Execute();
                foreach (var line in command.Result.Split('\n'))
                {
                    // "HASH  NAME"; names with a backslash or a line break are written escaped, after a backslash.
                    if (line.Length > 66 && line[64] == ' ' && line[65] == ' ' && IsHex(line.AsSpan(0, 64)))
                    {
                        hashes[line[66..]] = line[..64];
                    }
                }
            }
        }
        catch (Exception e) when (e is SshException or SocketException or InvalidOperationException or ObjectDisposedException)
        {
            // No commands on this account: the files are read back instead.
        }

        return hashes;
    }

    private static IEnumerable<List<string>> Batches(IEnumerable<string> paths)
    {
        var batch = new List<string>();
        var length = 0;
        foreach (var path in paths)
        {
            if (batch.Count > 0 && length + path.Length > HashCommandLength)
            {
                yield return batch;
                batch = [];
                length = 0;
            }

            batch.Add(path);
            length += path.Length + 3;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Quoted(string text) => "'" + text.Replace("'", @"'\''", StringComparison.Ordinal) + "'";

    private static string FolderPath(string folder) => folder.Length == 0 ? "." : folder;

    private void Upload(byte[] bytes, string remote)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        _sftp.UploadFile(stream, remote, canOverride: true);
    }

    /// <summary>Makes the folder and those above it that are missing, as <c>mkdir -p</c> does.</summary>
    private void EnsureFolder(string folder)
    {
        if (folder.Length == 0 || folder == "/")
        {
            return;
        }

        _ = _folders.GetOrAdd(folder, key => new Lazy<bool>(() =>
        {
            try
            {
                _sftp.CreateDirectory(key);
            }
            catch (SftpPathNotFoundException)
            {
                var slash = key.LastIndexOf('/');
                EnsureFolder(slash <= 0 ? (slash == 0 ? "/" : string.Empty) : key[..slash]);
                _sftp.CreateDirectory(key);
            }
            catch (SshException) when (_sftp.Exists(key))
            {
                // Made meanwhile, or there all along: OpenSSH answers only "Failure" to making a folder that exists.
            }

            return true;
        })).Value;
    }

    /// <summary>Runs an operation on a file of the site, turning what the server or the network says into words for the office.</summary>
    private T Remote<T>(string path, Func<string, T> operation)
    {
        var remote = path.Length == 0 ? FolderPath(_address.Folder) : _address.RemotePath(path);
        try
        {
            return operation(remote);
        }
        catch (SftpPermissionDeniedException)
        {
            throw new DeployRefusedException(new Wording(
                $"máy chủ {_address.Host} không cho người dùng '{_address.User}' ghi hay đọc {remote} (permission denied); hãy xin người quản trị cổng quyền ghi vào {FolderPath(_address.Folder)}. Trang cũ vẫn còn nguyên",
                $"the server {_address.Host} does not let user '{_address.User}' write or read {remote} (permission denied); ask the portal's administrator for write access to {FolderPath(_address.Folder)}. The old site still works"));
        }
        catch (Exception e) when (e is SshConnectionException or SocketException or SshOperationTimeoutException or ObjectDisposedException
            || (e is InvalidOperationException && !_sftp.IsConnected))
        {
            throw new DeployRefusedException(new Wording(
                $"mất kết nối tới {_address.Host} khi đang xử lý {remote} ({e.Message}); trang cũ vẫn hoạt động (mỗi tệp được thay nguyên vẹn, manifest.json ghi lại lần đăng dở dang): hãy chạy lại lệnh deploy để đăng tiếp",
                $"the connection to {_address.Host} was lost at {remote} ({e.Message}); the old site still works (each file is replaced whole, and manifest.json records the unfinished deployment): run deploy again to finish"));
        }
        catch (SshException e)
        {
            // SFTP version 3, which OpenSSH speaks, says only "Failure" for a full disk or a quota.
            throw new DeployRefusedException(new Wording(
                $"máy chủ {_address.Host} không ghi được {remote} (máy chủ trả lời: {e.Message}); có thể ổ đĩa đã đầy hoặc hết hạn mức. Trang cũ vẫn còn nguyên; sửa xong hãy chạy lại lệnh deploy",
                $"the server {_address.Host} could not write {remote} (it answered: {e.Message}); its disk may be full or a quota reached. The old site still works; once fixed, run deploy again"));
        }
    }

    private static void Open(BaseClient client, HostKeyCheck hostKey, SftpAddress address, bool withKey, bool withPassword)
    {
        client.HostKeyReceived += hostKey.OnReceived;
        var where = $"{address.Host}:{address.Port.ToString(CultureInfo.InvariantCulture)}";
        try
        {
            client.Connect();
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
        {
            throw new DeployRefusedException(new Wording(
                $"{where} từ chối kết nối: hãy kiểm tra tên máy chủ, cổng (mặc định 22) và máy chủ SSH có đang chạy không",
                $"{where} refused the connection: check the host name, the port (22 unless given) and that the SSH server is running"));
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain)
        {
            throw new DeployRefusedException(new Wording(
                $"không tìm thấy máy chủ '{address.Host}': hãy kiểm tra tên trong --to",
                $"no server is called '{address.Host}': check the name in --to"));
        }
        catch (Exception e) when (e is SocketException or SshOperationTimeoutException)
        {
            throw new DeployRefusedException(new Wording(
                $"không kết nối được tới {where} trong {ConnectTimeout.TotalSeconds:0} giây ({e.Message}): hãy kiểm tra địa chỉ, cổng và mạng (tường lửa?)",
                $"could not reach {where} within {ConnectTimeout.TotalSeconds:0} s ({e.Message}): check the address, the port and the network (a firewall?)"));
        }
        catch (SshConnectionException) when (hostKey.Refusal is not null)
        {
            throw new DeployRefusedException(hostKey.Refusal);
        }
        catch (SshAuthenticationException)
        {
            var tried = (withKey, withPassword) switch
            {
                (true, true) => new Wording("khóa SSH và mật khẩu", "the SSH key and the password"),
                (true, false) => new Wording("khóa SSH", "the SSH key"),
                _ => new Wording("mật khẩu", "the password"),
            };
            throw new DeployRefusedException(new Wording(
                $"máy chủ {address.Host} không chấp nhận người dùng '{address.User}' với {tried.Vietnamese}: hãy kiểm tra tên người dùng, khóa công khai có trong authorized_keys của máy chủ, hoặc mật khẩu trong biến {SftpLogin.PasswordVariable}",
                $"the server {address.Host} refused user '{address.User}' with {tried.English}: check the user name, that the public key is in the server's authorized_keys, or the password in {SftpLogin.PasswordVariable}"));
        }
        catch (SshException e)
        {
            throw new DeployRefusedException(new Wording(
                $"không mở được kết nối SSH tới {where}: {e.Message}",
                $"could not open the SSH connection to {where}: {e.Message}"));
        }
    }
}
