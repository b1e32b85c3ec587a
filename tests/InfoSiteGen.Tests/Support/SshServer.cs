using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace InfoSiteGen.Tests.Support;

/// <summary>
/// A real OpenSSH server (Debian's <c>openssh-server</c>) on a free port of 127.0.0.1, with its own host key, a user
/// key it accepts, and a known-hosts file naming it, all in a temporary folder; it logs in the user running the
/// tests. <see cref="ReadOnly"/> serves SFTP read-only (writes are refused with "permission denied", as on a folder
/// the account may not write); <see cref="SftpOnly"/> lets the account run no commands, like most hosting accounts.
/// </summary>
public sealed class SshServer : IDisposable
{
    private readonly Process _process;

    public string Folder { get; }

    public int Port { get; }

    /// <summary>The private key the server accepts, and the known-hosts file that names the server's key.</summary>
    public string UserKey => Path.Combine(Folder, "user_key");

    public string KnownHosts => Path.Combine(Folder, "known_hosts");

    /// <summary>The folder deployments go to, inside the server's folder.</summary>
    public string Portal => Path.Combine(Folder, "portal");

    public string User => Environment.UserName;

    /// <summary>The SFTP address of <see cref="Portal"/>.</summary>
    public string Address => $"sftp://{User}@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}{Portal}/";

    private SshServer(string folder, int port, Process process)
    {
        Folder = folder;
        Port = port;
        _process = process;
    }

    public static async Task<SshServer> StartAsync(bool readOnly = false, bool sftpOnly = false)
    {
        var folder = Directory.CreateTempSubdirectory("infositegen-sshd-").FullName;
        foreach (var name in new[] { "host_key", "user_key" })
        {
            var (exit, _, errors) = await ChildProcess.RunAsync("ssh-keygen", ["-q", "-t", "ed25519", "-N", string.Empty, "-C", name, "-f", Path.Combine(folder, name)]);
            Assert.True(exit == 0, errors);
        }

        File.Copy(Path.Combine(folder, "user_key.pub"), Path.Combine(folder, "authorized_keys"));
        var port = FreePort();
        var hostKey = File.ReadAllText(Path.Combine(folder, "host_key.pub")).Split(' ');
        File.WriteAllText(Path.Combine(folder, "known_hosts"), $"[127.0.0.1]:{port} {hostKey[0]} {hostKey[1]}\n");
        File.WriteAllLines(Path.Combine(folder, "sshd_config"),
        [
            $"Port {port}",
            "ListenAddress 127.0.0.1",
            $"HostKey {Path.Combine(folder, "host_key")}",
            $"AuthorizedKeysFile {Path.Combine(folder, "authorized_keys")}",
            "PidFile none",
            "UsePAM no",
            "StrictModes no",
            "PermitRootLogin yes",
            "PasswordAuthentication yes",
            "KbdInteractiveAuthentication no",
            "MaxStartups 50",
            "LogLevel VERBOSE",
            readOnly ? "Subsystem sftp internal-sftp -R" : "Subsystem sftp internal-sftp",
            .. sftpOnly ? ["ForceCommand internal-sftp"] : Array.Empty<string>(),
        ]);
        // sshd run by root wants its privilege separation folder, which only the service's start script creates.
        Directory.CreateDirectory("/run/sshd");
        var start = new ProcessStartInfo("/usr/sbin/sshd") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-D", "-e", "-f", Path.Combine(folder, "sshd_config") })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start sshd");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new SshServer(folder, port, process);
        for (var waited = 0; !server.Listening(); waited += 50)
        {
            Assert.False(process.HasExited, "sshd exited at once; run /usr/sbin/sshd -t -f " + Path.Combine(folder, "sshd_config"));
            Assert.True(waited < 10_000, "sshd did not listen within 10 s");
            await Task.Delay(50);
        }

        return server;
    }

    /// <summary>Kills the server's processes serving open sessions, as a dropped connection would end them; the server goes on listening.</summary>
    public void CutSessions()
    {
        foreach (var child in Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(name => name!.All(char.IsAsciiDigit)))
        {
            try
            {
                // /proc/PID/stat: "PID (name) state PPID …"
                var stat = File.ReadAllText($"/proc/{child}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == _process.Id)
                {
                    Process.GetProcessById(int.Parse(child!, CultureInfo.InvariantCulture)).Kill(entireProcessTree: true);
                }
            }
            catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // The process ended meanwhile.
            }
        }
    }

    public void Dispose()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        try
        {
            CutSessions();
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already ended.
        }

        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private bool Listening()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
