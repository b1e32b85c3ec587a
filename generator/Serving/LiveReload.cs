using System.Globalization;
using System.Text;

namespace InfoSiteGen.Serving;

/// <summary>
/// The script that reloads a served page when the site changes, and its insertion into served pages. The pages'
/// Content-Security-Policy forbids inline scripts, so the script is a file of the server's own, loaded from the
/// same host; it listens to the server's event stream and names the version of the site the page shows, so a
/// change made between loading the page and connecting is not missed. Built files never contain it: only the
/// server inserts it, into the pages it serves.
/// </summary>
public static class LiveReload
{
    /// <summary>The server's own addresses, outside any sub-path, so that they never clash with the site's.</summary>
    public const string ScriptPath = "/__infositegen/live-reload.js";

    public const string EventsPath = "/__infositegen/events";

    public const string Script = """
        // Reloads this page when the preview server has updated the site (InfoSiteGen serve).
        (function () {
          var version = document.currentScript.getAttribute('data-version');
          var events = new EventSource('/__infositegen/events?version=' + encodeURIComponent(version));
          events.addEventListener('reload', function () {
            events.close();
            location.reload();
          });
        })();
        """;

    /// <summary>The page with the script added at the end of its body (or of the document, when it has no body).</summary>
    public static byte[] Inject(byte[] html, int version)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = Tag(version);
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var injected = end < 0 ? text + tag : string.Concat(text.AsSpan(0, end), tag, text.AsSpan(end));
        return Encoding.UTF8.GetBytes(injected);
    }

    public static string Tag(int version) =>
        $"<script src=\"{ScriptPath}\" data-version=\"{version.ToString(CultureInfo.InvariantCulture)}\"></script>\n";
}
