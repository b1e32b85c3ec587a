using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Media;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Bodies;

/// <summary>A picture of a gallery as published.</summary>
public sealed record GalleryPicture(PublishedImage Image, string Alt, string? Caption, string? Credit);

/// <summary>A caption track of a video: its language, its published WebVTT file, and the same text as a <c>data:</c> address.</summary>
/// <param name="DataUrl">
/// What the <c>track</c> element loads. Browsers load caption files only from the page's own origin, and a page
/// opened from disk has none, so captions written into the page play from disk as well as from the portal.
/// </param>
public sealed record CaptionTrack(string Language, PublishedFile File, string DataUrl);

/// <summary>A self-hosted video or sound as published, with its poster (videos) and caption tracks.</summary>
public sealed record PublishedMedia(PublishedFile File, PublishedImage? Poster, IReadOnlyList<CaptionTrack> Captions);

/// <summary>An item's gallery, video and audio as published; the body is their transcript.</summary>
public sealed record RenderedMedia(IReadOnlyList<GalleryPicture> Gallery, PublishedMedia? Video, PublishedMedia? Audio)
{
    public static readonly RenderedMedia None = new([], null, null);

    public bool IsEmpty => Gallery.Count == 0 && Video is null && Audio is null;
}

/// <summary>
/// Resolves the media of an item's front matter in the Markdown stage, as links are: files relative to the item,
/// pictures through the <see cref="MediaCatalog"/>. An approved item's video needs captions in the item's language,
/// and a sound needs its transcript in the body, so nobody who cannot hear misses what it says.
/// </summary>
public static class MediaResolution
{
    public static RenderedMedia Resolve(ContentItem item, RenderedBody body, LinkResolver links, DiagnosticBag diagnostics)
    {
        var media = item.Media;
        if (media == ItemMedia.None)
        {
            return RenderedMedia.None;
        }

        var gallery = new List<GalleryPicture>();
        foreach (var entry in media.Gallery)
        {
            if (Picture(item, entry.Source, entry.At, links, diagnostics) is { } image)
            {
                gallery.Add(new GalleryPicture(image, AltText.Publish(entry.Alt, image.Source, entry.At, diagnostics), entry.Caption, entry.Credit));
            }
        }

        PublishedMedia? video = null;
        if (media.Video is { } videoFile && Clip(item, videoFile, MediaFiles.VideoExtensions, links, diagnostics, Kind.Video) is { } published)
        {
            var poster = media.Poster is { } p ? Picture(item, p.Path, p.At, links, diagnostics) : null;
            var captions = media.Captions
                .Select(c => (c.Key, File: Clip(item, c.Value, MediaFiles.CaptionExtensions, links, diagnostics, Kind.Captions)))
                .Where(c => c.File is not null)
                .Select(c => new CaptionTrack(c.Key, c.File!, "data:text/vtt;base64," + Convert.ToBase64String(links.Media.BytesOf(c.File!))))
                .ToList();
            if (item.Status == ItemStatus.Approved && !media.Captions.ContainsKey(item.Language))
            {
                diagnostics.Error(DiagnosticCodes.MissingCaptions, videoFile.At, new Wording(
                    $"video chưa có phụ đề tiếng {LanguageNames.Vietnamese(item.Language)}; người khiếm thính cần phụ đề để hiểu video: hãy thêm 'captions: {{ {item.Language}: tep-phu-de.vtt }}' (WebVTT hoặc SRT)",
                    $"the video has no {LanguageNames.English(item.Language)} captions, which deaf readers need to follow it; add 'captions: {{ {item.Language}: captions-file.vtt }}' (WebVTT or SRT)"));
            }

            video = new PublishedMedia(published, poster, captions);
        }

        PublishedMedia? audio = null;
        if (media.Audio is { } audioFile && Clip(item, audioFile, MediaFiles.AudioExtensions, links, diagnostics, Kind.Audio) is { } sound)
        {
            if (body.WordCount == 0)
            {
                diagnostics.Error(DiagnosticCodes.MissingCaptions, audioFile.At, new Wording(
                    "bài có âm thanh phải có nội dung lời nói được ghi lại trong phần nội dung bài, để người khiếm thính đọc được",
                    "an item with sound must have its words written out as the body, so that deaf readers can read them"));
            }

            audio = new PublishedMedia(sound, null, []);
        }

        return new RenderedMedia(gallery, video, audio);
    }

    private enum Kind
    {
        Video,
        Audio,
        Captions,
    }

    /// <summary>Media of the site are files of its content folder; an address on another site is refused, as for pictures in bodies.</summary>
    private static bool IsElsewhere(string path, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (!Uri.TryCreate(path, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            return false;
        }

        diagnostics.Error(DiagnosticCodes.ExternalResource, at, new Wording(
            $"'{path}' nằm trên một trang web khác, mà các trang đã đăng không được phép tải từ đó; hãy lưu tệp vào thư mục nội dung và ghi đường dẫn tới tệp đó",
            $"'{path}' is on another web site, which the published pages may not load from; save the file in the content folder and give its path"));
        return true;
    }

    private static PublishedImage? Picture(ContentItem item, string path, SourceLocation at, LinkResolver links, DiagnosticBag diagnostics)
    {
        if (IsElsewhere(path, at, diagnostics))
        {
            return null;
        }

        var resolved = links.Resolve(item, path, at);
        if (resolved is null || resolved.Image is not null || resolved.Href == "#")
        {
            return resolved?.Image;
        }

        diagnostics.Error(DiagnosticCodes.UnusableMedia, at, new Wording(
            $"'{path}' không phải là ảnh (JPEG, PNG, WebP, GIF, TIFF hoặc AVIF)",
            $"'{path}' is not a picture (JPEG, PNG, WebP, GIF, TIFF or AVIF)"));
        return null;
    }

    private static PublishedFile? Clip(ContentItem item, MediaReference reference, IReadOnlySet<string> extensions, LinkResolver links, DiagnosticBag diagnostics, Kind kind)
    {
        if (IsElsewhere(reference.Path, reference.At, diagnostics))
        {
            return null;
        }

        if (!extensions.Contains(Path.GetExtension(reference.Path)))
        {
            var (vi, en) = kind switch
            {
                Kind.Video => ("tệp video MP4 hoặc WebM", "an MP4 or WebM video file"),
                Kind.Audio => ("tệp âm thanh MP3, M4A hoặc Ogg", "an MP3, M4A or Ogg sound file"),
                _ => ("tệp phụ đề WebVTT (.vtt) hoặc SRT (.srt)", "a WebVTT (.vtt) or SRT (.srt) caption file"),
            };
            diagnostics.Error(DiagnosticCodes.UnusableMedia, reference.At, new Wording(
                $"'{reference.Path}' phải là {vi} nằm trong thư mục nội dung; video trên trang web khác chỉ nhúng được bằng <iframe> từ các máy chủ trong 'allowed_iframe_hosts'",
                $"'{reference.Path}' must be {en} of the content folder; a video on another site can only be embedded with an <iframe> from a host of 'allowed_iframe_hosts'"));
            return null;
        }

        return links.Resolve(item, reference.Path, reference.At)?.File;
    }
}
