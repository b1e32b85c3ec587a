using System.Globalization;
using System.Text;
using System.Text.Json;

namespace InfoSiteGen.BrowserTests.Support;

/// <summary>What one Lighthouse report says about one page.</summary>
/// <param name="Scores">Each category's score from 0 to 100, by category id (performance, accessibility, best-practices, seo).</param>
/// <param name="FailedAudits">The pass-or-fail audits that failed, as "id (title): score".</param>
/// <param name="Requests">Every address the page requested while Lighthouse loaded it.</param>
public sealed record LighthouseReport(
    string Name, IReadOnlyDictionary<string, int> Scores, double LargestContentfulPaintMs, double CumulativeLayoutShift,
    IReadOnlyList<string> FailedAudits, IReadOnlyList<string> Requests, IReadOnlyList<string> RunWarnings)
{
    public static LighthouseReport Read(string name, string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        var root = json.RootElement;
        var audits = root.GetProperty("audits");
        var scores = root.GetProperty("categories").EnumerateObject().ToDictionary(
            category => category.Name,
            category => category.Value.GetProperty("score").ValueKind == JsonValueKind.Number
                ? (int)Math.Round(category.Value.GetProperty("score").GetDouble() * 100)
                : -1);
        var failed = audits.EnumerateObject()
            // Pass-or-fail audits. Metrics count through the performance score and layout shift on its own; the
            // "opportunities" (compression, cache lifetime, minified CSS) are the web server's settings and count for nothing.
            .Where(audit => audit.Value.GetProperty("scoreDisplayMode").GetString() == "binary"
                && audit.Value.GetProperty("score").ValueKind == JsonValueKind.Number
                && audit.Value.GetProperty("score").GetDouble() < 1)
            .Select(audit => $"{audit.Name} ({audit.Value.GetProperty("title").GetString()}): {audit.Value.GetProperty("score").GetDouble():0.##}")
            .ToList();
        var requests = audits.GetProperty("network-requests").GetProperty("details").GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("url").GetString()!)
            .ToList();
        var warnings = root.GetProperty("runWarnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        return new LighthouseReport(name, scores,
            audits.GetProperty("largest-contentful-paint").GetProperty("numericValue").GetDouble(),
            audits.GetProperty("cumulative-layout-shift").GetProperty("numericValue").GetDouble(),
            failed, requests, warnings);
    }

    public int Score(string category) => Scores.TryGetValue(category, out var score) ? score : -1;
}

/// <summary>
/// Lighthouse (the npm package, in its default mobile emulation, with Debian's Chromium) run once over every
/// kind of page of the test site through nginx, and over the broken site's front page to show that it looks.
/// The full JSON reports stay under TestResults/lighthouse with a table of the results, which tests/run.sh prints.
/// </summary>
public sealed class LighthouseRun
{
    /// <summary>The name of the report on the broken site, whose image comes from another host.</summary>
    public const string BrokenPage = "broken-site";

    public static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    private readonly Dictionary<string, LighthouseReport> _reports;

    private LighthouseRun(Dictionary<string, LighthouseReport> reports, string log)
    {
        _reports = reports;
        Log = log;
    }

    public static string Folder => Path.Combine(Repository.TestResults, "lighthouse");

    public static string SummaryFile => Path.Combine(Folder, "summary.txt");

    /// <summary>What the script printed, for the message of a failing test.</summary>
    public string Log { get; }

    public LighthouseReport For(string name) =>
        _reports.TryGetValue(name, out var report) ? report : throw new InvalidOperationException($"Lighthouse wrote no report for {name}:\n{Log}");

    public static async Task<LighthouseRun> RunAsync(BrowserSite site)
    {
        var node = Judges.Node();
        var script = Judges.LighthouseScript();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        var pages = PageCase.All.Select(page => (page.Name, Url: site.Url(page)))
            .Append((Name: BrokenPage, Url: site.BrokenBaseUrl))
            .ToList();
        // About ten seconds a page, most of it Lighthouse's own waiting for the page to go quiet.
        var (_, output, errors) = await Judges.RunAsync(node,
            new[] { script, Folder }.Concat(pages.Select(page => $"{page.Name}={page.Url.AbsoluteUri}")),
            TimeSpan.FromMinutes(20));
        var reports = pages
            .Select(page => Path.Combine(Folder, page.Name + ".json"))
            .Where(File.Exists)
            .Select(file => LighthouseReport.Read(Path.GetFileNameWithoutExtension(file), file))
            .ToDictionary(report => report.Name);
        File.WriteAllText(SummaryFile, Summary(reports.Values.Where(r => r.Name != BrokenPage)), new UTF8Encoding(false));
        return new LighthouseRun(reports, output + errors);
    }

    /// <summary>One line per page: the four scores, Largest Contentful Paint and Cumulative Layout Shift.</summary>
    private static string Summary(IEnumerable<LighthouseReport> reports)
    {
        var text = new StringBuilder("Lighthouse (mobile)                  perf  a11y  best   seo     LCP     CLS\n");
        foreach (var report in reports)
        {
            text.Append(CultureInfo.InvariantCulture, $"{report.Name,-36}");
            foreach (var category in Categories)
            {
                text.Append(CultureInfo.InvariantCulture, $"{report.Score(category),6}");
            }

            text.Append(CultureInfo.InvariantCulture, $"{report.LargestContentfulPaintMs / 1000,6:0.0} s{report.CumulativeLayoutShift,8:0.000}\n");
        }

        return text.ToString();
    }
}
