using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Media;

namespace InfoSiteGen.Bodies;

/// <summary>An article's lead picture as published: its copies, its text alternative (empty when decorative) and who made it.</summary>
public sealed record LeadImage(PublishedImage Image, string Alt, string? Credit);

/// <summary>A law's attachment as published: where it is linked from its page and what the reader downloads.</summary>
public sealed record Attachment(string Href, string Asset, string FileType, long SizeBytes);

/// <summary>The Markdown stage: renders the body of a published item, and resolves its attachment, lead image and media.</summary>
public static class BodyRendering
{
    /// <summary>One item's body, attachment and lead image; the pipeline renders only the items that changed.</summary>
    public static RenderedItem Render(ContentItem item, MarkdownRenderer renderer, LinkResolver links, string contentDirectory, DiagnosticBag diagnostics)
    {
        var body = renderer.Render(item);
        var attachment = ResolveAttachment(item, links, contentDirectory, diagnostics);
        var image = ResolveImage(item, links, diagnostics);
        var media = MediaResolution.Resolve(item, body, links, diagnostics);
        return new(item.WithoutBody(), body, attachment, image) { Media = media, MediaUses = links.MediaUses };
    }

    /// <summary>A link to <c>other.md#id</c> must name a heading of that page: a wrong id fails silently in a browser.</summary>
    public static void CheckFragments(IReadOnlyDictionary<string, RenderedItem> bySource, DiagnosticBag diagnostics)
    {
        foreach (var link in bySource.Values.SelectMany(r => r.Body.FragmentLinks))
        {
            if (!bySource.TryGetValue(link.TargetSource, out var target) || target.Body.Headings.Any(h => h.Id == link.Id))
            {
                continue;
            }

            var ids = string.Join(", ", target.Body.Headings.Select(h => "#" + h.Id));
            var headings = target.Body.Headings.Count == 0
                ? new Wording("trang đó không có tiêu đề nào", "it has no headings")
                : new Wording("các tiêu đề của trang đó là: " + ids, "its headings are: " + ids);
            diagnostics.Error(DiagnosticCodes.BrokenLink, link.At, new Wording(
                $"liên kết '{link.Url}' trỏ tới '#{link.Id}', nhưng đó không phải tiêu đề nào của {link.TargetSource}; {headings.Vietnamese}",
                $"the link '{link.Url}' points to '#{link.Id}', which is not a heading of {link.TargetSource}; {headings.English}"));
        }
    }

    private static LeadImage? ResolveImage(ContentItem item, LinkResolver links, DiagnosticBag diagnostics)
    {
        if (item.Image is null || item.ImageAlt is null)
        {
            return null;
        }

        if (Uri.TryCreate(item.Image, UriKind.Absolute, out var external) && !external.IsFile)
        {
            diagnostics.Error(DiagnosticCodes.ExternalResource, item.LocationOf("image"),
                new Wording(
                    $"ảnh '{item.Image}' nằm trên một trang web khác, mà các trang đã đăng không được phép tải từ đó; hãy lưu ảnh vào thư mục nội dung và ghi đường dẫn tới tệp đó",
                    $"the image '{item.Image}' is on another web site, which the published pages may not load from; save the image in the content folder and give its path"));
            return null;
        }

        var at = item.LocationOf("image");
        var resolved = links.Resolve(item, item.Image, at);
        if (resolved?.Image is { } image)
        {
            return new LeadImage(image, AltText.Publish(item.ImageAlt, image.Source, item.LocationOf("image_alt"), diagnostics), item.ImageCredit);
        }

        if (resolved?.Drawing is { } drawing)
        {
            diagnostics.Error(DiagnosticCodes.UnusableMedia, at, new Wording(
                $"ảnh đầu bài phải là ảnh chụp hoặc tệp ảnh (JPEG, PNG…), không phải hình vẽ SVG '{drawing.Source}'; hình vẽ có thể đặt trong nội dung bài",
                $"the lead image must be a photo or picture file (JPEG, PNG…), not the SVG drawing '{drawing.Source}'; a drawing can go in the text"));
            return null;
        }

        if ((resolved?.Asset ?? resolved?.File?.Source) is { } asset)
        {
            diagnostics.Error(DiagnosticCodes.UnusableMedia, at, new Wording(
                $"'{asset}' không phải là ảnh mà trang có thể hiển thị; ảnh phải là tệp JPEG, PNG, WebP, GIF, TIFF hoặc AVIF",
                $"'{asset}' is not a picture the page can show; pictures must be JPEG, PNG, WebP, GIF, TIFF or AVIF files"));
        }

        return null;
    }

    private static Attachment? ResolveAttachment(ContentItem item, LinkResolver links, string contentDirectory, DiagnosticBag diagnostics)
    {
        if (item.Law?.Attachment is not { } attachment)
        {
            return null;
        }

        var resolved = links.Resolve(item, attachment, item.LocationOf("attachment"));
        if (resolved is { Image: not null } or { Drawing: not null } or { File: not null })
        {
            diagnostics.Error(DiagnosticCodes.UnusableMedia, item.LocationOf("attachment"), new Wording(
                $"tệp đính kèm '{attachment}' là ảnh, hình vẽ hay video; tệp đính kèm của văn bản pháp luật phải là tài liệu (PDF, DOCX…): hãy đặt ảnh chụp văn bản vào nội dung bài",
                $"the attachment '{attachment}' is a picture, drawing or clip; a law's attachment must be a document (PDF, DOCX…): put a scanned page in the text instead"));
            return null;
        }

        if (resolved?.Asset is null)
        {
            return null;
        }

        var size = new FileInfo(Path.Combine(contentDirectory, resolved.Asset)).Length;
        var type = Path.GetExtension(resolved.Asset).TrimStart('.').ToUpperInvariant();
        return new Attachment(resolved.Href, resolved.Asset, type, size);
    }
}

/// <summary>
/// A published item with its rendered body. The item no longer carries its Markdown, which is all in the rendered
/// body now: the later stages never read it, and on a large site the Markdown is a good part of the memory.
/// </summary>
public sealed record RenderedItem(ContentItem Item, RenderedBody Body, Attachment? Attachment, LeadImage? Image = null)
{
    /// <summary>The item's gallery, video and audio.</summary>
    public RenderedMedia Media { get; init; } = RenderedMedia.None;

    /// <summary>Every media file the item's page uses (body, lead picture, gallery, clips): what is published of the media.</summary>
    public IReadOnlyList<MediaUse> MediaUses { get; init; } = [];

    /// <summary>Every content file the item's page needs copied into the output.</summary>
    public IEnumerable<string> Assets =>
        Attachment?.Asset is { } attachment ? Body.Assets.Append(attachment) : Body.Assets;
}
