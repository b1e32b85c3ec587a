using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Content;

/// <summary>A picture of an item's gallery, as written: the file (relative to the item), its description, caption and credit.</summary>
public sealed record GalleryEntry(string Source, string Alt, string? Caption, string? Credit, SourceLocation At);

/// <summary>A file named in front matter, with where it is named.</summary>
public sealed record MediaReference(string Path, SourceLocation At);

/// <summary>
/// The pictures, video and sound an item carries besides its body: a <c>gallery</c>, a self-hosted <c>video</c>
/// with its <c>poster</c> and <c>captions</c> per language, an <c>audio</c> spot. The body is the transcript.
/// </summary>
public sealed record ItemMedia(
    IReadOnlyList<GalleryEntry> Gallery,
    MediaReference? Video,
    MediaReference? Poster,
    IReadOnlyDictionary<string, MediaReference> Captions,
    MediaReference? Audio)
{
    public static readonly ItemMedia None = new([], null, null, new Dictionary<string, MediaReference>(), null);

    /// <summary>Front matter keys of articles and pages for media.</summary>
    public static readonly IReadOnlyList<string> Keys = ["gallery", "video", "poster", "captions", "audio"];
}
