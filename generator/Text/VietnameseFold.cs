using System.Globalization;
using System.Text;

namespace InfoSiteGen.Text;

/// <summary>
/// Folds Vietnamese text to plain lower-case ASCII letters: every tone and vowel mark removed and
/// đ turned into d, which Unicode decomposition alone does not do (đ is a letter of its own, not d plus a mark).
/// </summary>
public static class VietnameseFold
{
    /// <summary>Removes marks and folds đ/Đ; keeps case and every other character.</summary>
    public static string RemoveMarks(string text)
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
