using System.Text.Json;
using Microsoft.Playwright;

namespace InfoSiteGen.BrowserTests.Support;

/// <summary>How a crawl tells the site's own pages and files from the rest, and how it checks them.</summary>
public sealed record CrawlRules
{
    /// <summary>A link the crawl follows: same origin over HTTP, inside the output folder over file://.</summary>
    public required Func<Uri, bool> Follows { get; init; }

    /// <summary>A problem with a request the browser makes, such as one to another host, or null.</summary>
    public required Func<Uri, string?> CheckRequest { get; init; }

    /// <summary>Whether a linked file that is not a page is there; returns the problem or null.</summary>
    public required Func<IBrowserContext, Uri, Task<string?>> CheckFile { get; init; }

    /// <summary>A problem with how a followed link is written, or null.</summary>
    public Func<Uri, string?> CheckLink { get; init; } = _ => null;

    /// <summary>Every page but the not-found page must have a language switcher.</summary>
    public bool RequireLanguageSwitcher { get; init; }

    /// <summary>Addresses expected to answer 404 (the not-found page), whose links are followed all the same.</summary>
    public IReadOnlySet<Uri> ExpectedNotFound { get; init; } = new HashSet<Uri>();
}

/// <summary>A page the crawl visited: its language and the ids a link's fragment can name.</summary>
public sealed record CrawledPage(Uri Url, string Lang, IReadOnlySet<string> Ids);

/// <summary>What a crawl found: the pages it visited, every request the browser made, and every problem.</summary>
public sealed record CrawlResult(IReadOnlyDictionary<Uri, CrawledPage> Pages, IReadOnlyList<Uri> Requests, IReadOnlyList<string> Problems);

/// <summary>
/// Follows every link of a site in Chromium, breadth first from its start pages, visiting each page once.
/// Records each request the browser makes, and reports as problems: requests that fail or answer an error,
/// requests the rules refuse, links to ids that are not on their target page, linked files that are missing,
/// and language-switcher links that do not lead to a page in the language they announce.
/// </summary>
public static class Crawler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string ReadPage = """
        () => JSON.stringify({
          lang: document.documentElement.lang,
          ids: [...document.querySelectorAll('[id]')].map(e => e.id)
            .concat([...document.querySelectorAll('a[name]')].map(a => a.name)),
          links: [...document.querySelectorAll('a[href], area[href]')].map(a => ({
            href: a.href,
            switcher: a.closest('.language-switcher') !== null,
            hreflang: a.getAttribute('hreflang') || '',
          })),
          resources: [...document.querySelectorAll('link[href]')].map(l => ({ href: l.href, rel: l.rel })),
        })
        """;

    public static async Task<CrawlResult> CrawlAsync(IBrowser browser, IReadOnlyList<Uri> starts, CrawlRules rules)
    {
        var problems = new List<string>();
        var requests = new List<Uri>();
        var pages = new Dictionary<Uri, CrawledPage>();
        var links = new List<(Uri From, string FromLang, Uri To, bool Switcher, string HrefLang)>();
        var checkedFiles = new HashSet<Uri>();
        var queue = new Queue<Uri>();
        var queued = new HashSet<Uri>();

        // Playwright raises its events on another thread than the crawl's own.
        void Report(string problem)
        {
            lock (problems)
            {
                problems.Add(problem);
            }
        }

        void Enqueue(Uri url)
        {
            if (queued.Add(url))
            {
                queue.Enqueue(url);
            }
        }

        await using var context = await browser.NewContextAsync();
        // A request the rules refuse is recorded below and stopped here, so that it never leaves the machine.
        await context.RouteAsync("**/*", route => rules.CheckRequest(new Uri(route.Request.Url)) is null
            ? route.ContinueAsync()
            : route.AbortAsync("blockedbyclient"));
        context.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            lock (requests)
            {
                requests.Add(url);
            }

            if (rules.CheckRequest(url) is { } problem)
            {
                Report($"request refused: {url} ({problem}), made by {request.Frame.Url}");
            }
        };
        context.RequestFailed += (_, request) => Report($"request failed: {request.Url} ({request.Failure}), made by {request.Frame.Url}");
        context.Response += (_, response) =>
        {
            if (response.Status >= 400 && !rules.ExpectedNotFound.Contains(WithoutFragment(new Uri(response.Url))))
            {
                Report($"HTTP {response.Status}: {response.Url}, requested by {response.Request.Frame.Url}");
            }
        };

        var tab = await context.NewPageAsync();
        foreach (var start in starts)
        {
            Enqueue(start);
        }

        while (queue.TryDequeue(out var url))
        {
            IResponse? response;
            try
            {
                response = await tab.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            }
            catch (PlaywrightException e)
            {
                Report($"page did not open: {url} ({e.Message.Split('\n')[0]})");
                continue;
            }

            var expected = rules.ExpectedNotFound.Contains(url) ? 404 : 200;
            if (response is not null && response.Status != expected && url.Scheme != Uri.UriSchemeFile)
            {
                Report($"page answered {response.Status} instead of {expected}: {url}");
            }

            var read = JsonSerializer.Deserialize<PageData>(await tab.EvaluateAsync<string>(ReadPage), Json)!;
            pages[url] = new CrawledPage(url, read.Lang, read.Ids.ToHashSet(StringComparer.Ordinal));
            if (rules.RequireLanguageSwitcher && !rules.ExpectedNotFound.Contains(url) && !read.Links.Any(l => l.Switcher))
            {
                Report($"no language switcher on {url}");
            }

            foreach (var link in read.Links)
            {
                if (!Uri.TryCreate(link.Href, UriKind.Absolute, out var target) || !rules.Follows(target))
                {
                    continue;
                }

                if (rules.CheckLink(target) is { } problem)
                {
                    Report($"link {link.Href} on {url}: {problem}");
                    continue;
                }

                var page = WithoutFragment(target);
                if (IsPage(page))
                {
                    Enqueue(page);
                    links.Add((url, read.Lang, target, link.Switcher, link.HrefLang));
                }
                else if (checkedFiles.Add(page) && await rules.CheckFile(context, page) is { } missing)
                {
                    Report($"linked file {page} on {url}: {missing}");
                }
            }

            foreach (var resource in read.Resources)
            {
                if (!Uri.TryCreate(resource.Href, UriKind.Absolute, out var target) || !rules.Follows(target))
                {
                    continue;
                }

                var page = WithoutFragment(target);
                if (IsPage(page))
                {
                    // hreflang alternates and the canonical address are pages too.
                    Enqueue(page);
                }
                else if (checkedFiles.Add(page) && await rules.CheckFile(context, page) is { } missing)
                {
                    Report($"<link rel=\"{resource.Rel}\"> file {page} on {url}: {missing}");
                }
            }
        }

        foreach (var (from, fromLang, to, switcher, hreflang) in links)
        {
            var target = WithoutFragment(to);
            if (!pages.TryGetValue(target, out var page))
            {
                continue; // the visit failed, and said so
            }

            if (to.Fragment.Length > 1 && !page.Ids.Contains(Uri.UnescapeDataString(to.Fragment[1..])))
            {
                Report($"link {to} on {from}: no element with id '{Uri.UnescapeDataString(to.Fragment[1..])}' on {target}");
            }

            if (switcher && (page.Lang == fromLang || page.Lang != hreflang))
            {
                Report($"language switcher of {from} (lang {fromLang}) announces '{hreflang}' but leads to {target} with <html lang=\"{page.Lang}\">");
            }
        }

        List<Uri> requested;
        lock (requests)
        {
            requested = requests.ToList();
        }

        lock (problems)
        {
            return new CrawlResult(pages, requested, problems.Distinct().ToList());
        }
    }

    /// <summary>Pages are the site's folders and HTML files; anything else (PDF, image, feed) is a file to check.</summary>
    public static bool IsPage(Uri url) =>
        url.AbsolutePath.EndsWith('/') || url.AbsolutePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    public static Uri WithoutFragment(Uri url) => new(url.GetLeftPart(UriPartial.Query));

    private sealed record PageData(string Lang, string[] Ids, LinkData[] Links, ResourceData[] Resources);

    private sealed record LinkData(string Href, bool Switcher, string HrefLang);

    private sealed record ResourceData(string Href, string Rel);
}
