using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace InfoSiteGen.Serving;

/// <summary>
/// The server-sent event stream a served page listens to: a <c>reload</c> event each time the site is updated,
/// and one at once when the page shows an older version of the site than the current one.
/// </summary>
public sealed class EventStream(ReloadHub hub, Func<SiteSnapshot> current)
{
    public async Task StreamAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        var channel = hub.Subscribe();
        try
        {
            // A comment sends the headers now, so the browser knows the stream is open.
            await response.WriteAsync(": InfoSiteGen live reload\n\n", context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            var shown = context.Request.Query["version"].ToString();
            var version = current().Version;
            if (shown.Length > 0 && shown != version.ToString(CultureInfo.InvariantCulture))
            {
                await SendReloadAsync(response, version, context.RequestAborted);
            }

            await foreach (var update in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await SendReloadAsync(response, update, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            hub.Unsubscribe(channel);
        }
    }

    private static async Task SendReloadAsync(HttpResponse response, int version, CancellationToken cancellation)
    {
        await response.WriteAsync($"event: reload\ndata: {version.ToString(CultureInfo.InvariantCulture)}\n\n", cancellation);
        await response.Body.FlushAsync(cancellation);
    }
}
