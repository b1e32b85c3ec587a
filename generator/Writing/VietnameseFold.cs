using System.Globalization;
using System.Text;

namespace InfoSiteGen.Writing;

/// <summary>
/// Folds Vietnamese text to plain lower-case ASCII letters: every tone and vowel mark removed and
/// đ turned into d, which Unicode decomposition alone does not do (đ is a letter of its own, not d plus a mark).
/// </summary>
public static class VietnameseFold
{
    /// <summary>Removes marks and folds đ/Đ; keeps case and every other character.</summary>
    public static string RemoveMarks(string text)
    {
        return TryRemoveMarksByTable(text) ?? RemoveMarksByDecomposition(text);
    }

    // The unmarked letter of each character below U+1F00 (Latin, Greek, Cyrillic and the precomposed
    // Vietnamese letters), worked out by decomposition the first time it is asked for: 0 for not yet known,
    // NoTableEntry when the character has to go the long way. Slugs of headings and titles come through here.
    private static readonly char[] Unmarked = new char[0x1F00];
    private const char NoTableEntry = '\uFFFF';

    private static string? TryRemoveMarksByTable(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return text;
        }

        var folded = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c < 0x80 ? c : c < Unmarked.Length ? UnmarkedLetter(c) : NoTableEntry;
            }
        });
        return folded.Contains(NoTableEntry) ? null : folded;
    }

    private static char UnmarkedLetter(char c)
    {
        var known = Unmarked[c];
        if (known != 0)
        {
            return known;
        }

        var decomposed = char.IsSurrogate(c) || (c >= '\u0300' && c <= '\u036F') ? string.Empty : RemoveMarksByDecomposition(c.ToString());
        known = decomposed.Length == 1 ? decomposed[0] : NoTableEntry;
        Unmarked[c] = known;
        return known;
    }

    private static string RemoveMarksByDecomposition(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ':
                    builder.Append('d');
                    break;
                case 'Đ':
                    builder.Append('D');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lower-case, mark-free form used for comparisons that ignore diacritics.</summary>
    public static string Fold(string text) => RemoveMarks(text).ToLowerInvariant();
}
