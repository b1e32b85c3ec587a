using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Markdown;

/// <summary>A law's attachment as published: where it is linked from its page and what the reader downloads.</summary>
public sealed record Attachment(string Href, string Asset, string FileType, long SizeBytes);

/// <summary>The Markdown stage: renders the body of every published item, in parallel, and resolves law attachments.</summary>
public static class BodyRendering
{
    public static IReadOnlyDictionary<string, RenderedItem> RenderAll(
        IReadOnlyList<ContentItem> published, LinkResolver links, string contentDirectory, DiagnosticBag diagnostics)
    {
        var renderer = new MarkdownRenderer(links, diagnostics);
        var results = new RenderedItem[published.Count];
        Parallel.For(0, published.Count, i =>
        {
            var item = published[i];
            results[i] = new RenderedItem(item, renderer.Render(item), ResolveAttachment(item, links, contentDirectory));
        });
        return results.ToDictionary(r => r.Item.SourcePath, StringComparer.Ordinal);
    }

    private static Attachment? ResolveAttachment(ContentItem item, LinkResolver links, string contentDirectory)
    {
        if (item.Law?.Attachment is not { } attachment)
        {
            return null;
        }

        var resolved = links.Resolve(item, attachment, item.LocationOf("attachment"));
        if (resolved?.Asset is null)
        {
            return null;
        }

        var size = new FileInfo(Path.Combine(contentDirectory, resolved.Asset)).Length;
        var type = Path.GetExtension(resolved.Asset).TrimStart('.').ToUpperInvariant();
        return new Attachment(resolved.Href, resolved.Asset, type, size);
    }
}

/// <summary>A published item with its rendered body.</summary>
public sealed record RenderedItem(ContentItem Item, RenderedBody Body, Attachment? Attachment)
{
    /// <summary>Every content file the item's page needs copied into the output.</summary>
    public IEnumerable<string> Assets => Attachment is null ? Body.Assets : Body.Assets.Append(Attachment.Asset);
}
