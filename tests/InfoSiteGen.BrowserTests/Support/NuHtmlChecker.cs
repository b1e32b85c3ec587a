using System.Text.Json;

namespace InfoSiteGen.BrowserTests.Support;

/// <summary>One message of the Nu HTML Checker: type "error", or "info" with sub-type "warning".</summary>
public sealed record NuMessage(string Url, string Type, string? SubType, int? Line, int? Column, string Message, string? Extract)
{
    public bool IsErrorOrWarning => Type is "error" or "non-document-error" || SubType == "warning";

    public override string ToString() => $"{Url}:{Line}:{Column}: {Type}{(SubType is null ? "" : " " + SubType)}: {Message}" +
        (Extract is null ? "" : $"\n    {Extract.ReplaceLineEndings(" ")}");
}

/// <summary>
/// The W3C Nu HTML Checker (vnu.jar) run once over every HTML page and stylesheet of both builds, through
/// nginx: over HTTP the pages' Content-Security-Policy means what it means on the portal, where a check of
/// the files on disk would report every stylesheet as blocked.
/// </summary>
public sealed class NuHtmlChecker
{
    private NuHtmlChecker(IReadOnlyList<Uri> checkedUrls, IReadOnlyList<NuMessage> messages)
    {
        CheckedUrls = checkedUrls;
        Messages = messages;
    }

    public IReadOnlyList<Uri> CheckedUrls { get; }

    public IReadOnlyList<NuMessage> Messages { get; }

    public IEnumerable<NuMessage> MessagesFor(Uri url) => Messages.Where(m => m.Url == url.AbsoluteUri);

    public static async Task<NuHtmlChecker> RunAsync(BrowserSite site)
    {
        var java = Judges.Java();
        var jar = Judges.VnuJar();
        var urls = UrlsOf(site.OutputDirectory, site.BaseUrl)
            .Concat(UrlsOf(site.PreviewOutputDirectory, site.PreviewBaseUrl))
            .Append(new Uri(site.BrokenBaseUrl, BrokenSite.InvalidPage))
            .ToList();
        // The checker refuses addresses on this machine unless told otherwise; it prints its report on stderr.
        var (_, _, report) = await Judges.RunAsync(java,
            new[] { "-Dnu.validator.servlet.allow-forbidden-hosts=true", "-jar", jar, "--format", "json", "--also-check-css" }
                .Concat(urls.Select(url => url.AbsoluteUri)),
            TimeSpan.FromMinutes(5));
        return new NuHtmlChecker(urls, Parse(report));
    }

    private static IEnumerable<Uri> UrlsOf(string folder, Uri baseUrl) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".css", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(file => new Uri(baseUrl, Path.GetRelativePath(folder, file).Replace('\\', '/')));

    private static List<NuMessage> Parse(string report)
    {
        var start = report.IndexOf("{\"", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("the Nu HTML Checker printed no report:\n" + report);
        }

        using var json = JsonDocument.Parse(report[start..]);
        return json.RootElement.GetProperty("messages").EnumerateArray().Select(m => new NuMessage(
            m.TryGetProperty("url", out var url) ? url.GetString()! : "(no address)",
            m.GetProperty("type").GetString()!,
            m.TryGetProperty("subType", out var subType) ? subType.GetString() : null,
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : null,
            m.TryGetProperty("firstColumn", out var column) ? column.GetInt32() : null,
            m.GetProperty("message").GetString()!,
            m.TryGetProperty("extract", out var extract) ? extract.GetString() : null)).ToList();
    }
}
