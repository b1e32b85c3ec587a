using System.Globalization;

namespace InfoSiteGen.BrowserTests.Support;

/// <summary>Colour contrast as WCAG 2.2 defines it (relative luminance of sRGB colours).</summary>
public static class Wcag
{
    /// <summary>The contrast ratio of two colours written #rgb or #rrggbb, from 1 to 21.</summary>
    public static double ContrastRatio(string first, string second)
    {
        var a = RelativeLuminance(first);
        var b = RelativeLuminance(second);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>0 for black, 1 for white.</summary>
    public static double RelativeLuminance(string hex)
    {
        var digits = hex.TrimStart('#');
        if (digits.Length == 3)
        {
            digits = string.Concat(digits.Select(c => new string(c, 2)));
        }

        if (digits.Length != 6)
        {
            throw new FormatException($"'{hex}' is not a colour written #rgb or #rrggbb");
        }

        double Channel(int at)
        {
            var value = int.Parse(digits.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }
}
