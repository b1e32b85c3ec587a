namespace InfoSiteGen.Media;

/// <summary>One published copy of a picture: its format (<c>webp</c>, <c>avif</c>, <c>jpeg</c>, <c>png</c>), size and path in the output.</summary>
/// <param name="Crop">A cut around the centre to exactly this size (share images) rather than the whole picture resized.</param>
public sealed record ImageVariant(string Format, int Width, int Height, string OutputPath, bool Crop = false)
{
    public string MimeType => "image/" + Format;
}

/// <summary>
/// A picture of the content folder as the site publishes it: never the original file, but copies the build
/// re-encodes at several widths, upright, in sRGB and without any metadata. Names carry a hash of the source
/// and the settings, so a changed photo never shows the old one from a browser's cache.
/// </summary>
/// <param name="Source">The original, relative to the content folder.</param>
/// <param name="Key">The hash of the source's bytes and the settings, which names the copies.</param>
/// <param name="Width">Width of the picture upright, before any resizing.</param>
/// <param name="Height">Height of the picture upright, before any resizing.</param>
/// <param name="Variants">Every copy, the widest first within each format.</param>
/// <param name="Name">The start of every copy's path: <c>media/</c>, the file's name as a slug and the key.</param>
public sealed record PublishedImage(string Source, string Key, int Width, int Height, string FallbackFormat, IReadOnlyList<ImageVariant> Variants, string Name)
{
    /// <summary>The cut of the picture social networks show when a page whose lead picture it is gets shared.</summary>
    public ImageVariant ShareCrop => new("jpeg", ShareImage.Width, ShareImage.Height, Name + "-share.jpg", Crop: true);

    /// <summary>The copy an old browser shows and whose size the <c>img</c> element states: the fallback nearest 800 pixels wide.</summary>
    public ImageVariant Fallback => Variants.Where(v => v.Format == FallbackFormat).OrderBy(v => Math.Abs(v.Width - 800)).ThenBy(v => v.Width).First();

    /// <summary>The copies of one format, narrowest first, as <c>srcset</c> lists them.</summary>
    public IEnumerable<ImageVariant> InFormat(string format) => Variants.Where(v => v.Format == format).OrderBy(v => v.Width);

    /// <summary>The formats a browser may choose from, best first, the fallback last.</summary>
    public IEnumerable<string> Formats => Variants.Select(v => v.Format).Distinct();
}
