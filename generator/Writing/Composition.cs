using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace InfoSiteGen.Writing;

/// <summary>
/// Unicode composition (NFC) that skips the ICU call when the characters alone show the text is composed
/// already, as nearly all Vietnamese and English text is: every page's text goes through here once or twice
/// per build, and asking ICU costs about as much as parsing the Markdown.
/// </summary>
public static class Composition
{
    /// <summary>The text in NFC: the same string when it is composed already.</summary>
    public static string Compose(string text) => IsComposed(text) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// The text with each half of a surrogate pair that has lost its other half replaced by U+FFFD, as a UTF-8
    /// decoder would: such a character can be neither normalised (ICU refuses it) nor written as UTF-8. Text
    /// read from files never has one; a caller's string might.
    /// </summary>
    public static string WellFormed(string text) =>
        text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) : text;

    public static bool IsComposed(string text) => IsSurelyComposed(text) || text.IsNormalized(NormalizationForm.FormC);

    /// <summary>
    /// True when every character is composed and cannot combine with its neighbour: those below the combining
    /// marks (U+0300), the precomposed Latin letters U+1E00–U+1EFF (ạ, ế, ữ…) and the punctuation U+2010–U+205F
    /// (dashes, curly quotes, ellipsis). False means "ask ICU", not "decomposed".
    /// </summary>
    private static bool IsSurelyComposed(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAnyExceptInRange('\0', '\u02FF');
        if (first < 0)
        {
            return true;
        }

        // Vietnamese text has a precomposed letter every few characters, so the rest is tested a vector at a time.
        var rest = MemoryMarshal.Cast<char, ushort>(text[first..]);
        var at = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; at + Vector<ushort>.Count <= rest.Length; at += Vector<ushort>.Count)
            {
                var v = new Vector<ushort>(rest[at..]);
                var combining = Vector.GreaterThanOrEqual(v, new Vector<ushort>(0x0300));
                var letters = Vector.LessThan(v - new Vector<ushort>(0x1E00), new Vector<ushort>(0x0100));
                var punctuation = Vector.LessThan(v - new Vector<ushort>(0x2010), new Vector<ushort>(0x0050));
                if (!Vector.AndNot(Vector.AndNot(combining, letters), punctuation).Equals(Vector<ushort>.Zero))
                {
                    return false;
                }
            }
        }

        foreach (char c in rest[at..])
        {
            if (c >= '\u0300' && c is not (>= '\u1E00' and <= '\u1EFF') && c is not (>= '\u2010' and <= '\u205F'))
            {
                return false;
            }
        }

        return true;
    }
}
