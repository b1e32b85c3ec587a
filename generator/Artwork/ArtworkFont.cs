using System.Security.Cryptography;
using SkiaSharp;

namespace InfoSiteGen.Artwork;

/// <summary>
/// The typeface artwork is set in: a bold sans-serif with every Vietnamese letter, embedded in the PDFs. The
/// theme may ship one (<c>theme/fonts/artwork.ttf</c>, or <c>.otf</c>, under its own licence); otherwise the first
/// found on the system of DejaVu Sans Bold (Debian's fonts-dejavu-core), Noto Sans Bold and Liberation Sans Bold.
/// The build summary names the file, so the office knows which font went to the print shop.
/// </summary>
public sealed class ArtworkFont : IDisposable
{
    private static readonly string[] SystemFonts = ["DejaVuSans-Bold.ttf", "NotoSans-Bold.ttf", "LiberationSans-Bold.ttf"];

    private static readonly string[] FontFolders = ["/usr/share/fonts", "/usr/local/share/fonts"];

    private ArtworkFont(string path, SKTypeface typeface, string sha256)
    {
        Path = path;
        Typeface = typeface;
        Sha256 = sha256;
    }

    public string Path { get; }

    public SKTypeface Typeface { get; }

    /// <summary>The hash of the font file: artwork set in another font is other artwork.</summary>
    public string Sha256 { get; }

    /// <summary>The theme's font, else a system one; null when none is found.</summary>
    public static ArtworkFont? Find(string themeDirectory)
    {
        var candidates = new[] { "artwork.ttf", "artwork.otf" }.Select(name => System.IO.Path.Combine(themeDirectory, "fonts", name))
            .Concat(SystemFonts.SelectMany(name => FontFolders.Where(Directory.Exists)
                .SelectMany(folder => Directory.EnumerateFiles(folder, name, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))));
        foreach (var path in candidates.Where(File.Exists))
        {
            var bytes = File.ReadAllBytes(path);
            var typeface = SKTypeface.FromData(SKData.CreateCopy(bytes));
            if (typeface is not null)
            {
                return new ArtworkFont(path, typeface, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }
        }

        return null;
    }

    /// <summary>The characters of the text the font has no letter for.</summary>
    public IReadOnlyList<char> Missing(string text)
    {
        using var font = new SKFont(Typeface);
        return text.Where(c => !char.IsWhiteSpace(c) && !font.ContainsGlyph(c)).Distinct().ToList();
    }

    public void Dispose() => Typeface.Dispose();
}
