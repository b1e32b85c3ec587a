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

    private ServedSite(PreviewServer server, HttpClient client, StreamReader events, StringWriter terminal)
    {
        Server = server;
        Client = client;
        _events = events;
        Terminal = terminal;
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
        while (await _events.ReadLineAsync(patience.Token) is { } line)
        {
            if (line == "event: reload")
            {
                var data = await _events.ReadLineAsync(patience.Token);
                return int.Parse(data!["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    public async Task<string> TextAsync(string path) => await Client.GetStringAsync(path);

    public async ValueTask DisposeAsync()
    {
        _events.Dispose();
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
