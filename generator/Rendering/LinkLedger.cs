using System.Collections.Concurrent;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Rendering;

/// <summary>
/// Every site path a template linked to, by page, so that the finished output can be checked for links
/// that lead nowhere (a wrong menu path in site.yml, a theme bug) without parsing every page again.
/// Links inside Markdown bodies are checked earlier, when they are resolved.
/// </summary>
public sealed class LinkLedger
{
    private readonly ConcurrentBag<(string Page, string Target)> _links = [];

    /// <summary>Notes that the page written to <paramref name="pageFile"/> links to <paramref name="sitePath"/>.</summary>
    public void Record(string pageFile, string sitePath) =>
        _links.Add((pageFile, sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath));

    /// <summary>Reports each missing target once, naming the first page that links to it and how many others do.</summary>
    public void Report(Func<string, bool> exists, DiagnosticBag diagnostics)
    {
        var missing = _links.Where(link => !exists(link.Target))
            .GroupBy(link => link.Target)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var group in missing)
        {
            var pages = group.Select(l => l.Page).Distinct().Order(StringComparer.Ordinal).ToList();
            var others = pages.Count > 1 ? $" (and {pages.Count - 1} other pages)" : string.Empty;
            diagnostics.Error(DiagnosticCodes.BrokenOutputLink, SourceLocation.StartOf($"output/{pages[0]}"),
                $"the page links to {group.Key}, which is not in the output{others}; check the menu paths in site.yml and the links in the theme");
        }
    }
}
