using InfoSiteGen.Bodies;
using InfoSiteGen.Content;
using InfoSiteGen.Pages;

namespace InfoSiteGen.Pipeline;

/// <summary>
/// Brings an assembled site up to date after edits to item bodies only, without assembling it again: the pages
/// of the edited items get their new bodies, and the site's files are listed again (a body may link to a new
/// attachment). Lists, neighbours, translations and addresses come from front matter, which did not change.
/// Slogans are left to a full assembly, as their bodies appear on other pages; so are items whose attachment
/// or lead image changed, as lists show them.
/// </summary>
public static class SitePatch
{
    /// <summary>The patched site, or null when the edits need a full assembly.</summary>
    public static AssembledSite? Apply(AssembledSite site, IReadOnlyDictionary<string, RenderedItem> before, IReadOnlyDictionary<string, RenderedItem> after)
    {
        if (before.Count != after.Count)
        {
            return null;
        }

        var edited = new Dictionary<string, RenderedItem>(StringComparer.Ordinal);
        foreach (var (path, now) in after)
        {
            if (!before.TryGetValue(path, out var then))
            {
                return null;
            }

            if (ReferenceEquals(now, then))
            {
                continue;
            }

            if (now.Item.Section == ContentSection.Slogans || now.Attachment != then.Attachment || now.Image != then.Image)
            {
                return null;
            }

            edited[path] = now;
        }

        var pages = site.Pages
            .Select(page => page is ItemPage itemPage && edited.TryGetValue(itemPage.Item.SourcePath, out var now)
                // The page's law keeps its status as of the build date, which the assembly set and a body cannot change.
                ? itemPage with { Item = now.Item with { Law = itemPage.Item.Law }, Body = now.Body, Media = now.Media }
                : page)
            .ToList();
        var assets = after.Values.SelectMany(r => r.Assets).Distinct().Order(StringComparer.Ordinal).ToList();
        return new AssembledSite(pages, assets) { Artwork = site.Artwork };
    }
}
