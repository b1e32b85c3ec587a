using AngleSharp.Dom;
using Ganss.Xss;

namespace InfoSiteGen.Bodies;

/// <summary>
/// Cleans the HTML that editors write inside Markdown (often pasted from Word or another site): scripts,
/// styles, forms, event-handler attributes, inline styles and <c>javascript:</c> links are removed, and an
/// <c>&lt;iframe&gt;</c> stays only when it shows a page of a host listed under <c>allowed_iframe_hosts</c> in
/// site.yml. What was removed is reported so the editor can fix the source.
/// </summary>
public sealed class HtmlSafety(IReadOnlyCollection<string> allowedFrameHosts)
{
    // Setting up a sanitizer costs more than most cleaning, so each thread keeps one, with the list its events
    // report removals into; a sanitizer is not shared between threads because those events carry no caller.
    private readonly ThreadLocal<(HtmlSanitizer Sanitizer, List<string> Removed)> _perThread = new(() =>
    {
        var removed = new List<string>();
        return (Create(removed, allowedFrameHosts), removed);
    });

    /// <summary>Cleans <paramref name="html"/> and lists what was removed, as "&lt;script&gt;" or "onclick on &lt;div&gt;".</summary>
    public string Clean(string html, out IReadOnlyList<string> removed)
    {
        var (sanitizer, found) = _perThread.Value;
        found.Clear();
        var clean = sanitizer.Sanitize(html);
        removed = [.. found];
        return clean;
    }

    private static HtmlSanitizer Create(List<string> removed, IReadOnlyCollection<string> allowedFrameHosts)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");

        // Inline styles would be blocked by the pages' Content-Security-Policy anyway; the theme styles content.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Add("iframe");
        sanitizer.AllowedAttributes.Add("allowfullscreen");
        sanitizer.AllowedAttributes.Add("title");
        sanitizer.AllowedAttributes.Add("class");

        // The pictures the Markdown stage writes: copies of the site's own files at several widths.
        sanitizer.AllowedTags.Add("picture");
        sanitizer.AllowedTags.Add("source");
        foreach (var attribute in new[] { "srcset", "sizes", "type", "loading", "decoding", "fetchpriority" })
        {
            sanitizer.AllowedAttributes.Add(attribute);
        }

        sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.TagName.ToLowerInvariant()}>");
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"{e.Attribute.Name} on <{e.Tag.TagName.ToLowerInvariant()}>");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"style on <{e.Tag.TagName.ToLowerInvariant()}>");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "iframe" } frame && !IsAllowedFrame(frame.GetAttribute("src"), allowedFrameHosts))
            {
                removed.Add($"<iframe> from {HostOf(frame.GetAttribute("src")) ?? "an unknown place"}");
                frame.Remove();
            }
        };
        return sanitizer;
    }

    private static bool IsAllowedFrame(string? source, IReadOnlyCollection<string> allowedFrameHosts) =>
        HostOf(source) is { } host && allowedFrameHosts.Contains(host, StringComparer.OrdinalIgnoreCase)
        && source!.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string? HostOf(string? source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) ? uri.Host : null;
}
