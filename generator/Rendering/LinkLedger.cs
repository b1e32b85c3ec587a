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
    // By site path as the templates wrote it: the pages linking to it, counted once each, and the first of them
    // in path order. Thousands of pages link to the same few dozen paths (menus, switchers), so this stays small.
    private readonly ConcurrentDictionary<string, Linkers> _targets = new(StringComparer.Ordinal);

    /// <summary>Notes that the page written to <paramref name="pageFile"/> links to <paramref name="sitePath"/>; call once per page and path.</summary>
    public void Record(string pageFile, string sitePath) =>
        _targets.GetOrAdd(sitePath, _ => new Linkers()).Add(pageFile);

    /// <summary>Reports each missing target once, naming the first page that links to it and how many others do.</summary>
    public void Report(Func<string, bool> exists, DiagnosticBag diagnostics)
    {
        var missing = _targets
            .Select(t => (File: t.Key.Length == 0 || t.Key.EndsWith('/') ? t.Key + "index.html" : t.Key, Linkers: t.Value))
            .Where(t => !exists(t.File))
            .GroupBy(t => t.File)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var group in missing)
        {
            var pages = group.Sum(t => t.Linkers.Count);
            var first = group.Select(t => t.Linkers.First).Min(StringComparer.Ordinal)!;
            var others = pages > 1 ? $" (and {pages - 1} other pages)" : string.Empty;
            var othersVi = pages > 1 ? $" (và {pages - 1} trang khác)" : string.Empty;
            diagnostics.Error(DiagnosticCodes.BrokenOutputLink, SourceLocation.StartOf($"output/{first}"), new Wording(
                $"trang này liên kết tới {group.Key}, nhưng trang đó không có trong kết quả{othersVi}; hãy kiểm tra đường dẫn menu trong site.yml và các liên kết trong giao diện",
                $"the page links to {group.Key}, which is not in the output{others}; check the menu paths in site.yml and the links in the theme"));
        }
    }

    private sealed class Linkers
    {
        private readonly Lock _gate = new();

        public int Count { get; private set; }

        public string First { get; private set; } = string.Empty;

        public void Add(string page)
        {
            lock (_gate)
            {
                if (Count++ == 0 || string.CompareOrdinal(page, First) < 0)
                {
                    First = page;
                }
            }
        }
    }
}
