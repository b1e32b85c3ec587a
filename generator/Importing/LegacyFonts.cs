using InfoSiteGen.Writing.LegacyEncodings;

namespace InfoSiteGen.Importing;

/// <summary>How the text of a run set in an old Vietnamese font is turned into Unicode.</summary>
/// <param name="UpperCase">
/// The font is one of the capitals-only variants (<c>.VnTimeH</c>, <c>.VnArialH</c>): TCVN3 has no codes for most
/// toned capitals, so these fonts draw the lower-case codes as capitals, and the letters must become capitals.
/// </param>
public sealed record LegacyFont(LegacyEncoding Encoding, bool UpperCase);

/// <summary>
/// Recognises the old Vietnamese fonts by name: the TCVN3 (ABC) family, whose names start with ".Vn"
/// (<c>.VnTime</c>, <c>.VnArial</c>, <c>.VnTimeH</c>…), and the VNI family, whose names start with "VNI-" or "VNI "
/// (<c>VNI-Times</c>, <c>VNI-Helve</c>…). Text in them is stored in Word as the Windows-1252 characters of their
/// bytes, or, when Word took the font for a symbol font, as the private-use characters U+F020–U+F0FF.
/// </summary>
public static class LegacyFonts
{
    public static LegacyFont? Of(string? fontName)
    {
        if (string.IsNullOrWhiteSpace(fontName))
        {
            return null;
        }

        var name = fontName.Trim();
        if (name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase))
        {
            // The capitals-only fonts end in H: .VnTimeH, .VnArialH, .VnCentury SchoolbookH, .VnAvantH.
            return new LegacyFont(LegacyEncoding.Tcvn3, name.EndsWith('H'));
        }

        return name.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase)
            ? new LegacyFont(LegacyEncoding.Vni, false)
            : null;
    }

    /// <summary>The Unicode text of a run written in <paramref name="font"/>.</summary>
    public static string ToUnicode(string text, LegacyFont font)
    {
        var bytesAsRead = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                // Symbol-font storage: the byte sits in the private-use area at U+F000 + byte.
                span[i] = c is >= '\uF020' and <= '\uF0FF' ? Windows1252.ToChar((byte)(c - 0xF000)) : c;
            }
        });
        var unicode = font.Encoding.DecodeMisread(bytesAsRead);
        return font.UpperCase ? unicode.ToUpperInvariant() : unicode;
    }
}
