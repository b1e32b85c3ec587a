using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Media;

/// <summary>Which kind of media file a link leads to, as <see cref="MediaCatalog"/> publishes it.</summary>
public enum MediaKind
{
    /// <summary>A raster picture, published as re-encoded copies.</summary>
    Picture,

    /// <summary>An SVG drawing, published cleaned.</summary>
    Drawing,

    /// <summary>A video, sound or caption file, published without its metadata.</summary>
    File,
}

/// <summary>A media file of the content folder that an item uses, and where it is named.</summary>
public sealed record MediaUse(MediaKind Kind, string Asset, SourceLocation At);

/// <summary>
/// The media the published items use, each with the first place (in path order) that names it, where a problem
/// found while publishing it is reported. Made from the items' own lists of uses (<see cref="MediaCatalog.InUse"/>),
/// so a body that was not rendered again still has its pictures published, and a picture no item uses any more is not.
/// </summary>
public sealed record MediaInUse(
    IReadOnlyList<(PublishedImage Image, SourceLocation FirstUse)> Pictures,
    IReadOnlyList<PublishedDrawing> Drawings,
    IReadOnlyList<(PublishedFile File, SourceLocation FirstUse)> Files);
