using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Media;
using InfoSiteGen.Writing;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoSiteGen.Bodies;

/// <summary>
/// Renders item bodies (CommonMark plus tables, footnotes, definition lists, task lists…) to HTML.
/// Raw HTML inside Markdown is cleaned by <see cref="HtmlSafety"/>, and attribute and media-embedding
/// extensions are left out, so an editor's Markdown can never put a script, an event handler or a frame
/// from an unlisted host on the site.
/// </summary>
public sealed class MarkdownRenderer(LinkResolver links, HtmlSafety safety, DiagnosticBag diagnostics, SearchTermCollector? searchTerms = null)
{
    private readonly SearchTermCollector _searchTerms = searchTerms ?? new SearchTermCollector();

    public RenderedBody Render(ContentItem item)
    {
        var pipeline = MarkdownPipelines.For(item.Body);
        var document = Markdig.Markdown.Parse(item.Body, pipeline);
        var headingBlocks = new List<HeadingBlock>();
        var assets = new List<string>();
        var fragments = new List<FragmentLink>();
        var text = Scratch.Text.Clear();
        var words = 0;
        var hasRawHtml = false;

        foreach (var node in document.Descendants())
        {
            if (node is HeadingBlock heading)
            {
                headingBlocks.Add(heading);
            }

            switch (node)
            {
                case HtmlBlock block:
                    hasRawHtml = true;
                    ReportUnsafe(item, block.Lines.ToString(), block.Line, block.Column);
                    break;
                case HtmlInline inline:
                    hasRawHtml = true;
                    ReportUnsafe(item, inline.Tag, inline.Line, inline.Column);
                    break;
                case LinkInline link:
                    ResolveLink(item, link, assets, fragments);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail:
                    // An autolink's address is written as is; it still may not use a scheme such as javascript:.
                    var at = new SourceLocation(item.SourcePath, item.BodyLine + autolink.Line, autolink.Column + 1);
                    if (links.Resolve(item, autolink.Url, at) is { Href: "#" })
                    {
                        autolink.Url = "#";
                    }

                    break;
                case LiteralInline literal:
                    var content = literal.Content.AsSpan();
                    words += CharacterClasses.CountReadingWords(content);
                    text.Append(content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                case Block:
                    // Keep words of separate lines and blocks apart.
                    if (text.Length > 0 && text[^1] != ' ')
                    {
                        text.Append(' ');
                    }

                    break;
            }
        }

        var headings = HeadingIds.Assign(headingBlocks);
        CheckHeadingLevels(item, headingBlocks);

        var writer = new StringWriter(Scratch.Html.Clear());
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new PictureLinkRenderer());
        renderer.ObjectRenderers.Replace<ParagraphRenderer>(new FigureParagraphRenderer());
        renderer.Render(document);
        // Markdig's own output is safe; only bodies with raw HTML pay for a full clean.
        var html = hasRawHtml ? safety.Clean(writer.ToString(), out _) : writer.ToString();
        var plainText = Trimmed(text);
        Scratch.LetGoOfLarge();
        return new RenderedBody(html, headings, words, assets.Distinct().ToList(), fragments)
        {
            Lead = plainText.Length <= RenderedBody.LeadLength ? plainText : plainText[..RenderedBody.LeadLength],
            SearchTerms = _searchTerms.DistinctTerms(item.Title, item.Summary, plainText),
        };
    }

    /// <summary>
    /// The builders a body's plain text and HTML are collected in, one pair per thread and reused from body to
    /// body: thousands of bodies would otherwise each allocate two builders of their own size, a tenth of
    /// everything a build allocates.
    /// </summary>
    private static class Scratch
    {
        [ThreadStatic]
        private static System.Text.StringBuilder? _text;

        [ThreadStatic]
        private static System.Text.StringBuilder? _html;

        public static System.Text.StringBuilder Text => _text ??= new System.Text.StringBuilder(16 * 1024);

        public static System.Text.StringBuilder Html => _html ??= new System.Text.StringBuilder(32 * 1024);

        /// <summary>Drops a builder an unusually long body made large, rather than keep its memory for the whole build.</summary>
        public static void LetGoOfLarge()
        {
            const int Large = 1 << 20;
            _text = _text?.Capacity > Large ? null : _text;
            _html = _html?.Capacity > Large ? null : _html;
        }
    }

    private static string Trimmed(System.Text.StringBuilder text)
    {
        int start = 0, end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.ToString(start, end - start);
    }

    /// <summary>
    /// The page title is the page's only level-1 heading, and levels go down one at a time, so screen reader
    /// users can move through the page by its outline.
    /// </summary>
    private void CheckHeadingLevels(ContentItem item, List<HeadingBlock> headings)
    {
        var previous = 1;
        foreach (var heading in headings)
        {
            var at = new SourceLocation(item.SourcePath, item.BodyLine + heading.Line, heading.Column + 1);
            if (heading.Level == 1)
            {
                diagnostics.Warning(DiagnosticCodes.HeadingLevel, at,
                    new Wording(
                        "trong bài có tiêu đề cấp 1 (#): tiêu đề của bài đã là tiêu đề chính của trang; hãy bắt đầu các mục bằng ##",
                        "a level-1 heading (#) in the body: the title is already the page's main heading; start sections with ##"));
            }
            else if (heading.Level > previous + 1)
            {
                diagnostics.Warning(DiagnosticCodes.HeadingLevel, at,
                    new Wording(
                        $"tiêu đề này nhảy từ cấp {previous} lên cấp {heading.Level}; ở đây hãy dùng {new string('#', previous + 1)}",
                        $"this heading skips from level {previous} to level {heading.Level}; use {new string('#', previous + 1)} here"));
            }

            previous = heading.Level;
        }
    }

    /// <summary>Warns, at the line of the raw HTML, about each thing the clean-up will remove from it.</summary>
    private void ReportUnsafe(ContentItem item, string rawHtml, int line, int column)
    {
        safety.Clean(rawHtml, out var removed);
        if (removed.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.UnsafeHtml, new SourceLocation(item.SourcePath, item.BodyLine + line, column + 1),
                new Wording(
                    $"đã bỏ phần HTML không được phép dùng trên trang: {string.Join(", ", removed.Distinct())}; hãy viết nội dung bằng Markdown",
                    $"HTML that is not allowed on the site was removed: {string.Join(", ", removed.Distinct())}; write the content in Markdown instead"));
        }
    }

    /// <summary>Keeps the HTML of a picture on its link for <see cref="PictureLinkRenderer"/>; a link to anything else than a picture is an error.</summary>
    private void PreparePicture(ContentItem item, LinkInline link, ResolvedLink resolved, SourceLocation at)
    {
        if (resolved.Image is { } image)
        {
            var alt = AltText.Publish(PlainText(link), image.Source, at, diagnostics);
            link.SetData(PictureLinkRenderer.HtmlKey, PictureMarkup.Write(image, alt, path => RelativeUrl.Between(item.UrlPath, path), lazy: true));
        }
        else if (resolved.Drawing is { } drawing)
        {
            var alt = AltText.Publish(PlainText(link), drawing.Source, at, diagnostics);
            link.SetData(PictureLinkRenderer.HtmlKey, PictureMarkup.Write(drawing, alt, path => RelativeUrl.Between(item.UrlPath, path)));
        }
        else if ((resolved.Asset ?? resolved.File?.Source) is { } asset)
        {
            diagnostics.Error(DiagnosticCodes.UnusableMedia, at, new Wording(
                $"'{asset}' không phải là ảnh mà trang có thể hiển thị; ảnh phải là tệp JPEG, PNG, WebP, GIF, TIFF hoặc AVIF (với tệp khác, hãy bỏ dấu ! để thành liên kết tải về)",
                $"'{asset}' is not a picture the page can show; pictures must be JPEG, PNG, WebP, GIF, TIFF or AVIF files (for another file, drop the ! to make it a download link)"));
        }
    }

    /// <summary>The text of a link's label without markup, as Markdig writes it into <c>alt</c>.</summary>
    private static string PlainText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        HeadingIds.AppendText(container, text);
        return text.ToString();
    }

    private void ResolveLink(ContentItem item, LinkInline link, List<string> assets, List<FragmentLink> fragments)
    {
        var at = new SourceLocation(item.SourcePath, item.BodyLine + link.Line, link.Column + 1);
        if (link.IsImage && !link.Any())
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, at,
                new Wording(
                    "ảnh này chưa có lời mô tả thay thế; hãy ghi ảnh thể hiện điều gì vào giữa hai dấu ngoặc vuông: ![mô tả](tep.jpg), hoặc ![trang trí](tep.jpg) nếu ảnh chỉ để trang trí",
                    "this image has no text alternative; write what it shows between the brackets: ![description](file.jpg), or ![decorative](file.jpg) if it only decorates"));
        }

        if (link.Url is null)
        {
            return;
        }

        if (link.IsAutoLink)
        {
            // A bare web address turned into a link: always http(s) or www.
            return;
        }

        if (link.IsImage && Uri.TryCreate(link.Url, UriKind.Absolute, out var external) && !external.IsFile)
        {
            diagnostics.Error(DiagnosticCodes.ExternalResource, at,
                new Wording(
                    $"ảnh '{link.Url}' nằm trên một trang web khác, mà các trang đã đăng không được phép tải từ đó; hãy lưu ảnh vào thư mục nội dung và liên kết tới tệp đó",
                    $"the image '{link.Url}' is on another web site, which the published pages may not load from; save the image in the content folder and link to that file"));
            return;
        }

        var resolved = links.Resolve(item, link.Url, at);
        if (resolved is null)
        {
            return;
        }

        link.Url = resolved.Href;
        if (link.IsImage)
        {
            PreparePicture(item, link, resolved, at);
        }

        if (resolved.Asset is not null)
        {
            assets.Add(resolved.Asset);
        }

        if (resolved.Fragment is not null)
        {
            fragments.Add(resolved.Fragment);
        }
    }
}
