using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace InfoSiteGen.Serving;

/// <summary>
/// Answers the browser's requests from the current snapshot, as a web server would serve the built folder
/// under the sub-path: <c>PREFIX/laws/</c> is <c>laws/index.html</c>, a folder without its slash is redirected
/// to it, a missing address gets the site's 404 page, and everything relative links point to is there. Pages
/// get the live-reload script; while the site has errors, every page is the error page instead.
/// </summary>
public sealed class SiteRequests(ServeOptions options, Func<SiteSnapshot> current)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static readonly Wording OutsidePrefix = new(
        "Trang web được xem trước tại {0}",
        "The site is previewed at {0}");

    public async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = request.Path.Value is { Length: > 0 } value ? value : "/";
        var prefix = options.PathPrefix;
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            if (path == "/" || path + "/" == prefix)
            {
                response.Redirect(prefix + request.QueryString);
                return;
            }

            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, OutsidePrefix.In(options.Language), prefix) + "\n");
            return;
        }

        var snapshot = current();
        var relative = path[prefix.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        if (snapshot.SourceFileOf(relative) is { } file)
        {
            response.ContentType = ContentTypeOf(relative);
            if (Publishing.AssetCopier.IsMinified(relative))
            {
                await response.Body.WriteAsync(Publishing.AssetCopier.MinifiedBytes(file));
            }
            else
            {
                await response.SendFileAsync(file);
            }

            return;
        }

        if (!snapshot.IsBuilt)
        {
            await SendErrorPageAsync(response, snapshot, snapshot.Errors);
            return;
        }

        if (snapshot.RenderAsync(relative) is { } rendering)
        {
            await SendPageAsync(response, snapshot, await rendering, StatusCodes.Status200OK);
            return;
        }

        if (snapshot.HasPage(relative + "/index.html"))
        {
            response.Redirect(path + "/" + request.QueryString);
            return;
        }

        if ((snapshot.GeneratedFile(relative) ?? snapshot.PictureFile(relative)) is { } bytes)
        {
            response.ContentType = ContentTypeOf(relative);
            await response.Body.WriteAsync(bytes);
            return;
        }

        if (snapshot.RenderAsync(NotFoundPage.FileName) is { } notFound)
        {
            await SendPageAsync(response, snapshot, await notFound, StatusCodes.Status404NotFound);
            return;
        }

        response.StatusCode = StatusCodes.Status404NotFound;
    }

    private async Task SendPageAsync(HttpResponse response, SiteSnapshot snapshot, RenderedPage page, int status)
    {
        if (page.Html is null)
        {
            await SendErrorPageAsync(response, snapshot, [page.Problem!]);
            return;
        }

        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        await response.Body.WriteAsync(LiveReload.Inject(page.Html, snapshot.Version));
    }

    private async Task SendErrorPageAsync(HttpResponse response, SiteSnapshot snapshot, IReadOnlyList<Diagnostic> errors)
    {
        response.StatusCode = StatusCodes.Status500InternalServerError;
        response.ContentType = "text/html; charset=utf-8";
        await response.Body.WriteAsync(ErrorPage.Render(errors, options.Language, snapshot.Version));
    }

    private static string ContentTypeOf(string path)
    {
        var type = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        var isText = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/xml" or "application/json" or "image/svg+xml"
            || type.EndsWith("+xml", StringComparison.Ordinal);
        return isText ? type + "; charset=utf-8" : type;
    }
}
