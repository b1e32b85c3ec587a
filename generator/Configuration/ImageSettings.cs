namespace InfoSiteGen.Configuration;

/// <summary>
/// How the build makes the published copies of the site's pictures (<c>images:</c> in site.yml): the widths it
/// makes of each (never wider than the picture itself), whether AVIF is made besides WebP, and the largest
/// picture it accepts. The JPEG or PNG fallback and WebP are always made.
/// </summary>
/// <param name="CardPerPage">
/// True (<c>share_cards: pages</c>): a page without a lead picture is shared with a card of its own title. False
/// (<c>share_cards: site</c>): with the site's card of its language, for sites of thousands of pages, where drawing
/// a card per page costs more than the rest of the build.
/// </param>
public sealed record ImageSettings(IReadOnlyList<int> Widths, bool Avif, int MaxMegapixels, bool CardPerPage = true)
{
    /// <summary>From a phone's width to a wide desktop column at twice the pixel density.</summary>
    public static readonly ImageSettings Default = new([480, 800, 1200, 1600], Avif: false, MaxMegapixels: 50);

    /// <summary>JPEG and lossy WebP quality: the defaults of sharp and libvips, visually lossless for photos.</summary>
    public const int Quality = 80;

    /// <summary>AVIF reaches the same look at a lower number.</summary>
    public const int AvifQuality = 50;

    public long MaxPixels => MaxMegapixels * 1_000_000L;

    /// <summary>What changes the bytes of a published copy: part of its name and of its cache key.</summary>
    /// <remarks>The widths belong to it: the narrower copies are made from the widest, so they change with it.</remarks>
    public string Key => $"v1;q{Quality};a{AvifQuality};{(Avif ? "avif" : "")};{string.Join(',', Widths)}";
}
