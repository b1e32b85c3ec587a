using System.Diagnostics;
using System.Net;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pipeline;
using InfoSiteGen.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InfoSiteGen.Serving;

/// <summary>Kestrel could not listen on the port: another program uses it.</summary>
public sealed class PortInUseException(Wording wording, Exception inner) : Exception(wording.English, inner)
{
    public Wording Wording { get; } = wording;
}

/// <summary>
/// The preview server: builds the site, serves it with Kestrel on 127.0.0.1 only (it is for the editor's own
/// machine, never the network), and keeps it up to date — each batch of changes the watcher reports is one
/// update, run one at a time, after which every open page is told to reload.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public static readonly Wording PortInUse = new(
        "cổng {0} đang được chương trình khác dùng; chọn cổng khác, ví dụ --port {1}",
        "port {0} is used by another program; choose another, for example --port {1}");

    private readonly ServeOptions _options;
    private readonly ServeReporter _reporter;
    private readonly SitePipeline _pipeline;
    private readonly ChangeWatcher _watcher;
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private Task _updates = Task.CompletedTask;
    private Task _compilerWarmUp = Task.CompletedTask;
    private SiteSnapshot _current = null!;
    private int _version;

    private PreviewServer(ServeOptions options, TextWriter output)
    {
        _options = options;
        _reporter = new ServeReporter(output, options.Language);
        _pipeline = new SitePipeline(
            new PipelineInputs(options.ContentDirectory, options.ThemeDirectory, options.Now, options.Preview, BaseUrl: null, options.ImageCacheDirectory), Statistics);
        _watcher = new ChangeWatcher(options.ContentDirectory, options.ThemeDirectory);
    }

    /// <summary>The address of the site's home page, under the sub-path.</summary>
    public Uri Address { get; private set; } = null!;

    public PipelineStatistics Statistics { get; } = new();

    public ReloadHub Reloads { get; } = new();

    public SiteSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Cancelled when the server is asked to stop (Ctrl+C).</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <exception cref="PortInUseException">The port is taken.</exception>
    public static async Task<PreviewServer> StartAsync(ServeOptions options, TextWriter output)
    {
        var server = new PreviewServer(options, output);
        try
        {
            // The watcher already runs, so an edit made during the first build is not lost.
            server._reporter.Say(ServeReporter.Building);
            await server.UpdateAsync(ChangeSet.Unknown);
            await server.ListenAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        server._updates = Task.Run(async () =>
        {
            await server.Current.WarmUpAsync();
            // The compiler warms up beside the loop that follows changes, so an edit saved in the second
            // or so it takes is not kept waiting for it.
            server._compilerWarmUp = Task.Run(TemplateRenderer.WarmUpCompilerAsync);
            await server.FollowChangesAsync();
        });
        server._reporter.Say(ServeReporter.Listening, server.Address);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await _stopping.CancelAsync();
        }

        _watcher.Dispose();
        Reloads.Close();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _reporter.Say(ServeReporter.Stopped);
        }

        try
        {
            await _updates;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for changes.
        }

        // Set by the update loop, so read after it ends.
        await _compilerWarmUp;

        _stopping.Dispose();
    }

    private async Task ListenAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _options.ContentDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _options.Port));
        var app = builder.Build();
        var events = new EventStream(Reloads, () => Current);
        var requests = new SiteRequests(_options, () => Current);
        app.Run(context => context.Request.Path.Value switch
        {
            LiveReload.ScriptPath => SendScriptAsync(context.Response),
            LiveReload.EventsPath => events.StreamAsync(context),
            _ => requests.AnswerAsync(context),
        });

        try
        {
            await app.StartAsync();
        }
        catch (IOException e)
        {
            await app.DisposeAsync();
            var port = _options.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var next = (_options.Port + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw new PortInUseException(
                new Wording(string.Format(System.Globalization.CultureInfo.InvariantCulture, PortInUse.Vietnamese, port, next),
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, PortInUse.English, port, next)),
                e);
        }

        _app = app;

        // Ctrl+C reaches the host first; it stops the server through this token.
        app.Lifetime.ApplicationStopping.Register(() => _stopping.Cancel());
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), _options.PathPrefix);
    }

    private static Task SendScriptAsync(Microsoft.AspNetCore.Http.HttpResponse response)
    {
        response.ContentType = "text/javascript; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(response, LiveReload.Script);
    }

    private async Task FollowChangesAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var changes = await _watcher.NextAsync(_stopping.Token);
            await UpdateAsync(changes);
        }
    }

    private async Task UpdateAsync(ChangeSet changes)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var diagnostics = new DiagnosticBag();
            var run = await _pipeline.UpdateAsync(changes, diagnostics);
            if (run.Site is not null)
            {
                // Keeps the photos' fingerprints for the next start of serve or the next build.
                run.Site.Media.Cache.Save(DateTime.UtcNow);
            }

            var snapshot = new SiteSnapshot(++_version, diagnostics.All, run.Site, _options, Statistics);
            Volatile.Write(ref _current, snapshot);
            _reporter.Update(snapshot, clock.Elapsed);
            Reloads.Announce(snapshot.Version);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && Current is not null)
        {
            // A file vanished or was locked mid-update; the watcher reports the next change to it.
            _reporter.Say(ServeReporter.Failed, e.Message);
        }
    }
}
