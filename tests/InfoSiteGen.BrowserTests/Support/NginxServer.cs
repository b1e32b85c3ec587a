using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace InfoSiteGen.BrowserTests.Support;

/// <summary>
/// A real nginx for one test run, on 127.0.0.1 and a free port, serving folders under sub-paths as the
/// provincial portal would. Its configuration, pid file, logs and temporary folders all live in one folder
/// of the test run; nothing of the machine's own nginx is used. It runs in the foreground as a child of the
/// test host and is stopped when disposed.
/// </summary>
public sealed class NginxServer : IDisposable
{
    private readonly Process _process;
    private readonly string _executable;
    private readonly StringBuilder _output = new();

    private NginxServer(string executable, string folder, int port, Process process)
    {
        _executable = executable;
        Folder = folder;
        Port = port;
        _process = process;
    }

    public int Port { get; }

    /// <summary>The folder holding the configuration, pid file, logs and temporary files.</summary>
    public string Folder { get; }

    public string ConfigFile => Path.Combine(Folder, "nginx.conf");

    public string ErrorLog => Path.Combine(Folder, "error.log");

    /// <summary>
    /// Starts nginx serving each folder at its sub-path (e.g. <c>/nhan-quyen/</c>), with the folder's own
    /// 404.html for addresses under that sub-path that do not exist. The folders need not exist yet.
    /// </summary>
    public static async Task<NginxServer> StartAsync(string folder, IReadOnlyList<(string SubPath, string Directory)> sites)
    {
        var executable = Requirements.Nginx();
        Directory.CreateDirectory(folder);
        var failures = new List<string>();
        // Another program may take the free port between the moment it is chosen and nginx binding it: try again.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var port = FreePort();
            File.WriteAllText(Path.Combine(folder, "nginx.conf"), Config(folder, port, sites));
            File.Delete(Path.Combine(folder, "nginx.pid"));
            var process = Process.Start(new ProcessStartInfo(executable)
            {
                ArgumentList = { "-e", Path.Combine(folder, "error.log"), "-c", Path.Combine(folder, "nginx.conf"), "-p", folder + "/" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException($"could not start {executable}");
            var server = new NginxServer(executable, folder, port, process);
            process.OutputDataReceived += (_, e) => server.Record(e.Data);
            process.ErrorDataReceived += (_, e) => server.Record(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            if (await server.WaitUntilListeningAsync(TimeSpan.FromSeconds(15)))
            {
                return server;
            }

            var log = server.Log();
            server.Dispose();
            failures.Add($"port {port}: {log}");
            if (!log.Contains("Address already in use", StringComparison.Ordinal))
            {
                break;
            }
        }

        throw new InvalidOperationException("nginx did not start:\n" + string.Join("\n", failures));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            // "stop" sends the master process SIGTERM through the pid file: it ends its workers, then itself.
            using var stop = Process.Start(new ProcessStartInfo(_executable)
            {
                ArgumentList = { "-e", ErrorLog, "-c", ConfigFile, "-p", Folder + "/", "-s", "stop" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            stop?.WaitForExit(5000);
            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }

        _process.Dispose();
    }

    /// <summary>The server's error log and what it printed, for failure messages.</summary>
    public string Log()
    {
        string errors;
        try
        {
            errors = File.Exists(ErrorLog) ? File.ReadAllText(ErrorLog) : "(no error log)";
        }
        catch (IOException e)
        {
            errors = e.Message;
        }

        lock (_output)
        {
            return (errors + "\n" + _output).Trim();
        }
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>
    /// nginx writes its pid file only once it has bound its port, so the pid file and an accepted connection
    /// together mean this nginx, not another program, listens.
    /// </summary>
    private async Task<bool> WaitUntilListeningAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !_process.HasExited)
        {
            if (File.Exists(Path.Combine(Folder, "nginx.pid")))
            {
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, Port);
                    return true;
                }
                catch (SocketException)
                {
                }
            }

            await Task.Delay(50);
        }

        return false;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Config(string folder, int port, IReadOnlyList<(string SubPath, string Directory)> sites)
    {
        string Quote(string path) => "\"" + path.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        string In(string name) => Quote(Path.Combine(folder, name));

        var locations = new StringBuilder();
        foreach (var (subPath, directory) in sites)
        {
            locations.Append($$"""
                        location {{subPath}} {
                            alias {{Quote(directory.TrimEnd('/') + "/")}};
                            error_page 404 {{subPath}}404.html;
                        }

                """);
        }

        // Run as root, nginx would hand requests to workers running as "nobody", who may not be allowed to read
        // a temporary folder under a private home; the workers of this loopback-only test server keep the
        // user of the test run instead.
        var user = Environment.IsPrivilegedProcess ? "user root;\n" : string.Empty;
        return $$"""
            # Written by the browser tests: a server for one test run, on the loopback address only.
            daemon off;
            worker_processes 1;
            {{user}}pid {{In("nginx.pid")}};
            error_log {{In("error.log")}} warn;

            events {
                worker_connections 256;
            }

            http {
                access_log {{In("access.log")}};
                client_body_temp_path {{In("client_body")}};
                proxy_temp_path {{In("proxy")}};
                fastcgi_temp_path {{In("fastcgi")}};
                uwsgi_temp_path {{In("uwsgi")}};
                scgi_temp_path {{In("scgi")}};

                types {
                    text/html html;
                    text/css css;
                    application/javascript js;
                    application/json json;
                    application/xml xml;
                    text/plain txt;
                    image/png png;
                    image/jpeg jpg jpeg;
                    image/svg+xml svg;
                    image/webp webp;
                    application/pdf pdf;
                    application/zip zip;
                }
                default_type application/octet-stream;
                charset utf-8;
                charset_types text/css application/javascript application/json application/xml text/plain;

                server {
                    listen 127.0.0.1:{{port}};
                    server_name 127.0.0.1;

            {{locations}}    }
            }

            """;
    }
}
