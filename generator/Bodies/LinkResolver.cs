using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Media;

namespace InfoSiteGen.Bodies;

/// <summary>What a link in a body becomes: the href to write, and the content file to copy when it names one.</summary>
/// <param name="Fragment">For a link to a heading of another page (<c>page.md#id</c>): that page and the id, checked once every body is rendered.</param>
/// <param name="Image">For a link to a picture: its published copies (the original is never copied); the href is then its widest fallback.</param>
/// <param name="Drawing">For a link to an SVG drawing: its cleaned copy, which the href leads to.</param>
/// <param name="File">For a link to a video, sound or caption file: its cleaned copy, which the href leads to.</param>
public sealed record ResolvedLink(
    string Href, string? Asset, FragmentLink? Fragment = null, PublishedImage? Image = null, PublishedDrawing? Drawing = null, PublishedFile? File = null);

/// <summary>A link to <c>#id</c> on another item's page, written at <paramref name="At"/>.</summary>
public sealed record FragmentLink(string TargetSource, string Id, string Url, SourceLocation At);

/// <summary>
/// Resolves the links editors write between content files. A link to another item's <c>.md</c> file
/// becomes a link to that item's page (to its translation in the page's language when the link names
/// the file without a language suffix); a link to another file (a PDF, an image) has it copied into
/// the output. A link to a picture goes to its re-encoded copies instead (see <see cref="MediaCatalog"/>).
/// Links are relative to the file that holds them, as in any Markdown editor.
/// </summary>
public sealed class LinkResolver
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    private readonly string _contentDirectory;
    private readonly Dictionary<string, ContentItem> _bySource;
    private readonly Dictionary<(string Stem, string Language), ContentItem> _byStem;
    private readonly Dictionary<(string Key, string Language), ContentItem> _byTranslationKey;
    private readonly PublicationRules _rules;

    // The media this resolver's links led to: a body's own resolver (ReportingTo) lists exactly that body's.
    private readonly System.Collections.Concurrent.ConcurrentQueue<MediaUse> _mediaUses = new();

    public LinkResolver(string contentDirectory, IEnumerable<ContentItem> allItems, PublicationRules rules, DiagnosticBag diagnostics, MediaCatalog? images = null)
    {
        _contentDirectory = Path.GetFullPath(contentDirectory);
        _rules = rules;
        Media = images ?? new MediaCatalog(_contentDirectory, ImageSettings.Default, ImageCache.Default());
        Diagnostics = diagnostics;
        _bySource = allItems.ToDictionary(i => i.SourcePath, StringComparer.Ordinal);
        _byStem = new Dictionary<(string, string), ContentItem>();
        _byTranslationKey = new Dictionary<(string, string), ContentItem>();
        foreach (var item in _bySource.Values)
        {
            _byStem.TryAdd((ContentReader.StemOf(item.SourcePath), item.Language), item);
            _byTranslationKey.TryAdd((item.TranslationKey, item.Language), item);
        }
    }

    private LinkResolver(LinkResolver shared, DiagnosticBag diagnostics)
    {
        _contentDirectory = shared._contentDirectory;
        _rules = shared._rules;
        Media = shared.Media;
        _bySource = shared._bySource;
        _byStem = shared._byStem;
        _byTranslationKey = shared._byTranslationKey;
        Diagnostics = diagnostics;
    }

    private DiagnosticBag Diagnostics { get; }

    /// <summary>Where the pictures, drawings and clips the links lead to are planned.</summary>
    public MediaCatalog Media { get; }

    /// <summary>Every media file the links resolved so far lead to, in the order they were met.</summary>
    public IReadOnlyList<MediaUse> MediaUses => _mediaUses.ToArray();

    /// <summary>
    /// The same resolver reporting to another collector, so that each body's problems can be kept with it
    /// (the preview server replays them without rendering the body again).
    /// </summary>
    public LinkResolver ReportingTo(DiagnosticBag diagnostics) => new(this, diagnostics);

    public ResolvedLink? Resolve(ContentItem from, string url, SourceLocation at)
    {
        if (url.Length == 0 || url.StartsWith('#'))
        {
            return null;
        }

        var colon = url.IndexOf(':');
        var slash = url.IndexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            var scheme = url[..colon].ToLowerInvariant();
            if (!AllowedSchemes.Contains(scheme))
            {
                Diagnostics.Error(DiagnosticCodes.BrokenLink, at,
                    new Wording(
                        $"liên kết chỉ được là địa chỉ web (https://…), thư điện tử (mailto:), số điện thoại (tel:), hoặc đường dẫn tới tệp trong thư mục nội dung; không được dùng '{scheme}:'",
                        $"links may only be web addresses (https://…), e-mail (mailto:) or phone (tel:) links, or paths to files of the content folder; '{scheme}:' is not allowed"));
                return new ResolvedLink("#", null);
            }

            return null;
        }

        if (url.StartsWith('/') || url.StartsWith('\\'))
        {
            Diagnostics.Error(DiagnosticCodes.BrokenLink, at,
                new Wording(
                    $"liên kết '{url}' bắt đầu bằng '/', sẽ bị hỏng khi trang được đặt trong một thư mục con; hãy ghi đường dẫn tính từ tệp này, ví dụ '../laws/luat-tre-em.vi.md'",
                    $"the link '{url}' starts with '/', which breaks when the site is served from a sub-folder; write the path relative to this file, for example '../laws/luat-tre-em.vi.md'"));
            return null;
        }

        var (path, suffix) = SplitFragment(url);
        var target = CombineInsideContent(from.SourcePath, Uri.UnescapeDataString(path));
        if (target is null)
        {
            Diagnostics.Error(DiagnosticCodes.LinkOutsideContent, at,
                new Wording(
                    $"liên kết '{url}' trỏ ra ngoài thư mục nội dung; chỉ các tệp nằm trong thư mục này mới được đăng",
                    $"the link '{url}' points outside the content folder; only files inside it can be published"));
            return new ResolvedLink("#", null);
        }

        return target.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? ResolvePage(from, target, suffix, url, at)
            : ResolveFile(from, target, suffix, url, at);
    }

    private ResolvedLink? ResolvePage(ContentItem from, string target, string suffix, string url, SourceLocation at)
    {
        var stem = ContentReader.StemOf(target);
        if (!_bySource.TryGetValue(target, out var page) && !_byStem.TryGetValue((stem, from.Language), out page))
        {
            var named = _bySource.Values.Where(i => ContentReader.StemOf(i.SourcePath) == stem).MinBy(i => i.SourcePath, StringComparer.Ordinal);
            if (named is null)
            {
                Diagnostics.Error(DiagnosticCodes.BrokenLink, at,
                    new Wording(
                        $"liên kết '{url}' trỏ tới {target}, nhưng tệp này không tồn tại; hãy kiểm tra tên tệp và thư mục",
                        $"the link '{url}' points to {target}, which does not exist; check the file name and folder"));
                return null;
            }

            // The page's own language may have the item under another file name, paired by translation_key (인권.ko.md).
            page = _byTranslationKey.GetValueOrDefault((named.TranslationKey, from.Language)) ?? named;
        }

        if (!_rules.IsPublished(page))
        {
            Diagnostics.Error(DiagnosticCodes.LinkToUnpublished, at,
                new Wording(
                    $"liên kết '{url}' trỏ tới {page.SourcePath}, nhưng bài đó chưa được đăng (trạng thái {page.Status.ToString().ToLowerInvariant()} hoặc nằm ngoài thời gian đăng); hãy bỏ liên kết hoặc đăng bài đó trước",
                    $"the link '{url}' points to {page.SourcePath}, which is not published (status {page.Status.ToString().ToLowerInvariant()} or outside its publish dates); remove the link or publish that item first"));
            return null;
        }

        var fragment = suffix.StartsWith('#') && suffix.Length > 1 ? new FragmentLink(page.SourcePath, Uri.UnescapeDataString(suffix[1..]), url, at) : null;
        return new ResolvedLink(RelativeUrl.Between(from.UrlPath, page.UrlPath) + suffix, null, fragment);
    }

    private ResolvedLink? ResolveFile(ContentItem from, string target, string suffix, string url, SourceLocation at)
    {
        var absolute = Path.Combine(_contentDirectory, target);
        if (!File.Exists(absolute))
        {
            Diagnostics.Error(DiagnosticCodes.BrokenLink, at,
                new Wording(
                    $"liên kết '{url}' trỏ tới {target}, nhưng đó không phải tệp trong thư mục nội dung; hãy kiểm tra tên và thư mục (liên kết tới trang khác ghi tên tệp .md của trang đó, ví dụ 'lien-he.vi.md')",
                    $"the link '{url}' points to {target}, which is not a file of the content folder; check the name and folder (a link to another page names its .md file, for example 'lien-he.vi.md')"));
            return null;
        }

        if (SymbolicLinks.LeadOutside(absolute, _contentDirectory))
        {
            Diagnostics.Error(DiagnosticCodes.LinkOutsideContent, at,
                new Wording(
                    $"liên kết '{url}' dẫn ra ngoài thư mục nội dung qua một liên kết tượng trưng (symbolic link); hãy chép hẳn tệp vào thư mục nội dung",
                    $"the link '{url}' leads outside the content folder through a symbolic link; copy the file into the content folder"));
            return new ResolvedLink("#", null);
        }

        if (MediaCatalog.IsRaster(target))
        {
            _mediaUses.Enqueue(new MediaUse(MediaKind.Picture, target, at));
            var image = Media.Find(target, at, Diagnostics);
            var widest = image?.InFormat(image.FallbackFormat).Last().OutputPath;
            return widest is null ? new ResolvedLink("#", null) : new ResolvedLink(RelativeUrl.Between(from.UrlPath, widest), null, Image: image);
        }

        var extension = Path.GetExtension(target);
        if (MediaFiles.VideoExtensions.Contains(extension) || MediaFiles.AudioExtensions.Contains(extension) || MediaFiles.CaptionExtensions.Contains(extension))
        {
            // Clips are published without their metadata (the place of filming), never as the original file.
            _mediaUses.Enqueue(new MediaUse(MediaKind.File, target, at));
            var file = Media.FindFile(target, at, Diagnostics);
            return file is null ? new ResolvedLink("#", null) : new ResolvedLink(RelativeUrl.Between(from.UrlPath, file.OutputPath), null, File: file);
        }

        if (MediaCatalog.IsDrawing(target))
        {
            _mediaUses.Enqueue(new MediaUse(MediaKind.Drawing, target, at));
            var drawing = Media.FindDrawing(target, at, Diagnostics);
            return drawing is null ? new ResolvedLink("#", null) : new ResolvedLink(RelativeUrl.Between(from.UrlPath, drawing.OutputPath), null, Drawing: drawing);
        }

        if (MediaFiles.RefusedExtensions.Contains(extension) || LooksLikePictureOrClip(absolute))
        {
            Diagnostics.Error(DiagnosticCodes.UnusableMedia, at, new Wording(
                $"không đăng được '{target}': đó là ảnh, âm thanh hoặc video ở định dạng mà trang không làm sạch được (có thể còn vị trí chụp, tên máy, tên người); hãy lưu lại thành JPEG hoặc PNG (ảnh), MP4 (video), MP3 (âm thanh), với đúng đuôi tệp",
                $"'{target}' cannot be published: it is a picture, sound or video in a form the site cannot clean (it may carry where it was taken, the device, the owner); save it as JPEG or PNG (pictures), MP4 (video) or MP3 (sound), with the right file extension"));
            return new ResolvedLink("#", null);
        }

        return new ResolvedLink(RelativeUrl.Between(from.UrlPath, target) + suffix, target);
    }

    private static bool LooksLikePictureOrClip(string file)
    {
        Span<byte> head = stackalloc byte[16];
        using var stream = File.OpenRead(file);
        return MediaFiles.LooksLikePictureOrClip(head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)]);
    }

    /// <summary>Joins a relative link to the folder of the file holding it; null when it climbs out of the content folder.</summary>
    private static string? CombineInsideContent(string fromFile, string relative)
    {
        var parts = fromFile.Split('/').SkipLast(1).ToList();
        foreach (var segment in relative.Replace('\\', '/').Split('/'))
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

        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    private static (string Path, string Suffix) SplitFragment(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut < 0 ? (url, string.Empty) : (url[..cut], url[cut..]);
    }

}
