using System.Globalization;

namespace InfoSiteGen.Configuration;

/// <summary>Whether artwork is for print (a PDF of a physical size, in millimetres) or a screen (a PNG, in pixels).</summary>
public enum ArtworkMedium
{
    Print,
    Screen,
}

/// <summary>
/// One kind of artwork made from every slogan. Sizes are millimetres for print and pixels for screens;
/// <paramref name="MinTextSize"/> is the smallest type (em size, same unit) still readable at the distance the
/// format is seen from, below which the build warns instead of printing an unreadable banner.
/// </summary>
public sealed record ArtworkFormat(string Id, ArtworkMedium Medium, double Width, double Height, int MaxLines, double MinTextSize)
{
    public string Extension => Medium == ArtworkMedium.Print ? "pdf" : "png";

    /// <summary>The size as people say it: "6000 × 800 mm", "1920 × 1080 px".</summary>
    public string SizeLabel => string.Create(CultureInfo.InvariantCulture, $"{Width:0.#} × {Height:0.#} {(Medium == ArtworkMedium.Print ? "mm" : "px")}");

    /// <summary>
    /// What the campaign plan asks for: a banner (băng rôn) of 6 × 0.8 m set on one or two lines, a 3 × 2 m panel
    /// (pa-nô), an A2 poster, a full-HD slide for LED screens and a square image for social networks. Readable
    /// minimums: a banner is read from 20–30 m (letters of about 10 cm), a panel from 15 m, a poster from 2 m.
    /// </summary>
    public static readonly IReadOnlyList<ArtworkFormat> Defaults =
    [
        new("banner", ArtworkMedium.Print, 6000, 800, 2, 100),
        new("panel", ArtworkMedium.Print, 3000, 2000, 4, 80),
        new("poster", ArtworkMedium.Print, 420, 594, 6, 10),
        new("slide", ArtworkMedium.Screen, 1920, 1080, 5, 40),
        new("social", ArtworkMedium.Screen, 1080, 1080, 6, 36),
    ];
}

/// <summary>A colour written <c>#rrggbb</c>.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb? Parse(string text) =>
        text.Length == 7 && text[0] == '#' && int.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? new Rgb((byte)(value >> 16), (byte)(value >> 8), (byte)value)
            : null;

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
}

/// <summary>
/// <c>print:</c> of site.yml: the artwork made from the approved slogans (which formats, their sizes, colours,
/// margin, and a line naming the campaign). Without <c>print:</c>, no artwork is made.
/// </summary>
/// <param name="MarginPercent">The blank margin inside the trimmed edge, as a share of the shorter side.</param>
public sealed record PrintSettings(IReadOnlyList<ArtworkFormat> Formats, Rgb Background, Rgb Lettering, double MarginPercent, LocalizedText Campaign)
{
    /// <summary>The print shop's cutting allowance: the background runs this far past the trimmed edge of a PDF.</summary>
    public const double BleedMillimetres = 3;

    /// <summary>The theme's red with pale yellow letters, the look of public-campaign banners.</summary>
    public static readonly PrintSettings Default = new(ArtworkFormat.Defaults, new Rgb(0x9b, 0x1c, 0x1c), new Rgb(0xff, 0xf4, 0xd6), 8, LocalizedText.Empty);

}
