using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InfoSiteGen.Configuration;

namespace InfoSiteGen.Artwork;

/// <summary>
/// One piece of artwork to make: a slogan's approved text in one format. Everything the drawing depends on is
/// here, so <see cref="Key"/> (with the font's own hash) names the drawing in the artwork cache.
/// </summary>
/// <param name="Text">The approved text, NFC, exactly as it is set.</param>
/// <param name="Campaign">The line naming the campaign under the slogan; empty for none.</param>
/// <param name="DraftMark">Printed across the top of an unapproved slogan's artwork in a preview; empty when approved.</param>
/// <param name="Subject">The PDF's subject: who approved the text and when.</param>
public sealed record SloganArtwork(
    string Text,
    string Language,
    ArtworkFormat Format,
    Rgb Background,
    Rgb Lettering,
    double MarginPercent,
    string Campaign,
    string DraftMark,
    string Subject)
{
    /// <summary>
    /// The generator build: the drawing and the line setting are code, and artwork cached by another build of it
    /// may be set differently, so it is drawn again.
    /// </summary>
    private static readonly string Generator = typeof(SloganArtwork).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public string Key(string fontSha256) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
        Generator, fontSha256, Text, Language, Format.Id, Format.Medium, Invariant(Format.Width), Invariant(Format.Height), Format.MaxLines,
        Invariant(Format.MinTextSize), Background, Lettering, Invariant(MarginPercent), Campaign, DraftMark, Subject))))[..32];

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
