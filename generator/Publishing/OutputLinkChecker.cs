using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Publishing;

/// <summary>
/// Checks the finished output the way a visitor would use it: every relative link, image, stylesheet
/// and script of every page must reach a file of the output, and a link to <c>#id</c> an element with that id.
/// A broken link here means a wrong menu path in site.yml or a theme bug, never a silent 404 on the portal.
/// </summary>
public sealed class OutputLinkChecker
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _idsByPage = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string Page, string Href)> _links = [];

    /// <summary>Records the links and ids of one page; safe to call from parallel renders.</summary>
    public void Inspect(string pageFile, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        _idsByPage[pageFile] = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[href], [src]"))
        {
            var href = element.GetAttribute("href") ?? element.GetAttribute("src");
            if (!string.IsNullOrEmpty(href) && !IsExternal(href))
            {
                _links.Add((pageFile, href));
            }
        }
    }

    /// <summary>Reports each broken target once, naming the first page that links to it and how many do.</summary>
    public void Report(OutputFolder output, DiagnosticBag diagnostics)
    {
        var broken = _links
            .Select(link => (link.Page, link.Href, Problem: Problem(link.Page, link.Href, output)))
            .Where(link => link.Problem is not null)
            .GroupBy(link => link.Problem!)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var group in broken)
        {
            var pages = group.Select(l => l.Page).Distinct().Order(StringComparer.Ordinal).ToList();
            var others = pages.Count > 1 ? $" (and {pages.Count - 1} other pages)" : string.Empty;
            diagnostics.Error(DiagnosticCodes.BrokenOutputLink, SourceLocation.StartOf($"output/{pages[0]}"),
                $"{group.Key}{others}; check the menu paths in site.yml and the links in the theme");
        }
    }

    private string? Problem(string page, string href, OutputFolder output)
    {
        if (href.StartsWith('/'))
        {
            return $"the link '{href}' starts with '/', which breaks when the site is served from a sub-folder or opened from disk";
        }

        var hashAt = href.IndexOf('#');
        var fragment = hashAt >= 0 ? Uri.UnescapeDataString(href[(hashAt + 1)..]) : null;
        var path = hashAt >= 0 ? href[..hashAt] : href;
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        var target = path.Length == 0 ? page : Resolve(page, Uri.UnescapeDataString(path));
        if (target is null || !output.Contains(target))
        {
            return $"the link '{href}' leads to {target ?? "a place outside the site"}, which is not in the output";
        }

        if (!string.IsNullOrEmpty(fragment) && _idsByPage.TryGetValue(target, out var ids) && !ids.Contains(fragment))
        {
            return $"the link '{href}' points to '#{fragment}', which is not an id on {target}";
        }

        return null;
    }

    private static string? Resolve(string page, string relative)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(segment);
            }
        }

        var joined = string.Join('/', parts);
        return relative.EndsWith('/') || joined.Length == 0 ? (joined.Length == 0 ? "index.html" : joined + "/index.html") : joined;
    }

    private static bool IsExternal(string href)
    {
        var colon = href.IndexOf(':');
        var slash = href.IndexOf('/');
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
