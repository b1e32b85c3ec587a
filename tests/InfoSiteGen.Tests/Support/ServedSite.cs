using System.Text.RegularExpressions;
using System.Threading.Channels;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Serving;

namespace InfoSiteGen.Tests.Support;

/// <summary>
/// A <see cref="TestSite"/> served by the preview server in this process, on a port of 127.0.0.1 the system
/// chooses, with an HTTP client for it and a listener on its live-reload events.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    /// <summary>Generous: an update of a small site takes well under a second, but a template compiles in seconds on a busy machine.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly StreamReader _events;
    private readonly Channel<int> _reloads = Channel.CreateUnbounded<int>();
    private readonly Task _listening;

    private ServedSite(PreviewServer server, HttpClient client, StreamReader events, StringWriter terminal)
    {
        Server = server;
        Client = client;
        _events = events;
        Terminal = terminal;
        _listening = Task.Run(ListenAsync);
    }

    public PreviewServer Server { get; }

    /// <summary>A client whose base address is the site's home page (under the sub-path) and that does not follow redirects.</summary>
    public HttpClient Client { get; }

    public StringWriter Terminal { get; }

    public static async Task<ServedSite> StartAsync(TestSite site, string pathPrefix = "/", ToolLanguage language = ToolLanguage.English)
    {
        var terminal = new StringWriter();
        var options = new ServeOptions(site.ContentDirectory, site.ThemeDirectory, DateOnly.Parse("2023-12-10"), Port: 0, PathPrefix: pathPrefix, Language: language)
        {
            ImageCacheDirectory = site.ImageCacheDirectory,
        };
        var server = await PreviewServer.StartAsync(options, terminal);
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = Patience };
        var response = await client.GetAsync(new Uri(server.Address, LiveReload.EventsPath), HttpCompletionOption.ResponseHeadersRead);
        var events = new StreamReader(await response.Content.ReadAsStreamAsync());

        // The stream opens with a comment once the server has subscribed it to updates.
        await events.ReadLineAsync();
        return new ServedSite(server, client, events, terminal);
    }

    /// <summary>Waits for the next reload event and returns the version of the site it announces.</summary>
    public async Task<int> NextReloadAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        return await _reloads.Reader.ReadAsync(patience.Token);
    }

    /// <summary>
    /// Waits for the next reload and for the preview to settle: an editor's save can reach the watcher as more than
    /// one batch of changes, each announced. Returns the version once no reload has come for longer than the
    /// watcher's longest batch.
    /// </summary>
    public async Task<int> SettledAsync()
    {
        var version = await NextReloadAsync();
        while (true)
        {
            using var quiet = new CancellationTokenSource(ChangeWatcher.Longest * 2);
            try
            {
                version = await _reloads.Reader.ReadAsync(quiet.Token);
            }
            catch (OperationCanceledException)
            {
                return version;
            }
        }
    }

    /// <summary>A page as the build writes it: without the live-reload script of whatever version.</summary>
    public static string WithoutLiveReload(string page) =>
        Regex.Replace(page, Regex.Escape(LiveReload.Tag(0)).Replace("\"0\"", "\"[0-9]+\"", StringComparison.Ordinal), string.Empty);

    private async Task ListenAsync()
    {
        try
        {
            while (await _events.ReadLineAsync() is { } line)
            {
                if (line == "event: reload" && await _events.ReadLineAsync() is { } data)
                {
                    await _reloads.Writer.WriteAsync(int.Parse(data["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or HttpRequestException)
        {
            // The server stopped.
        }
        finally
        {
            _reloads.Writer.TryComplete();
        }
    }

    public async Task<string> TextAsync(string path) => await Client.GetStringAsync(path);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        _events.Dispose();
        await _listening;
    }
}
