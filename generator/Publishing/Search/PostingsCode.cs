using System.Text;

namespace InfoSiteGen.Publishing.Search;

/// <summary>
/// Writes the ascending document numbers of one term as a short run of printable ASCII, whichever of two
/// forms is shorter: the gaps between numbers as variable-length digits, or (for a word on most pages)
/// a bitmap of six pages per character after a leading '!'.
/// </summary>
/// <remarks>
/// The digits are the 90 characters from '#' to '~' except '&lt;' and '\', so a posting list never needs
/// escaping in a JavaScript string, can never spell <c>&lt;/script</c>, and leaves ' ' free to separate lists.
/// A gap is written in base 45: every digit but the last from the upper 45 characters, the last from the
/// lower 45, so most gaps take one character and no separator is needed. search.js decodes both forms.
/// </remarks>
public static class PostingsCode
{
    public const char BitmapMarker = '!';
    public const int Base = 45;

    /// <summary>The 90 digit characters, in value order.</summary>
    public static readonly string Alphabet = BuildAlphabet();

    public static string Encode(IReadOnlyList<int> documents)
    {
        if (documents.Count == 0)
        {
            return "";
        }

        var gaps = EncodeGaps(documents);
        var bitmapLength = 1 + ((documents[^1] + 6) / 6);
        return bitmapLength < gaps.Length ? EncodeBitmap(documents, bitmapLength - 1) : gaps;
    }

    /// <summary>The inverse of <see cref="Encode"/>, as search.js does it; for tests.</summary>
    public static List<int> Decode(string code)
    {
        var documents = new List<int>();
        if (code.StartsWith(BitmapMarker))
        {
            for (var i = 1; i < code.Length; i++)
            {
                var bits = Alphabet.IndexOf(code[i]);
                for (var bit = 0; bit < 6; bit++)
                {
                    if ((bits & (1 << bit)) != 0)
                    {
                        documents.Add(((i - 1) * 6) + bit);
                    }
                }
            }

            return documents;
        }

        var previous = -1;
        var value = 0;
        foreach (var c in code)
        {
            var digit = Alphabet.IndexOf(c);
            if (digit >= Base)
            {
                value = (value * Base) + digit - Base;
            }
            else
            {
                previous += 1 + (value * Base) + digit;
                documents.Add(previous);
                value = 0;
            }
        }

        return documents;
    }

    private static string EncodeGaps(IReadOnlyList<int> documents)
    {
        var builder = new StringBuilder(documents.Count);
        var previous = -1;
        Span<char> digits = stackalloc char[8];
        foreach (var document in documents)
        {
            if (document <= previous)
            {
                throw new ArgumentException("document numbers must be ascending and distinct", nameof(documents));
            }

            // Gaps are at least 1, so store gap - 1: a term on consecutive pages costs one '#' per page.
            var value = document - previous - 1;
            previous = document;
            var count = 0;
            digits[count++] = Alphabet[value % Base];
            for (value /= Base; value > 0; value /= Base)
            {
                digits[count++] = Alphabet[Base + (value % Base)];
            }

            for (var i = count - 1; i >= 0; i--)
            {
                builder.Append(digits[i]);
            }
        }

        return builder.ToString();
    }

    private static string EncodeBitmap(IReadOnlyList<int> documents, int length)
    {
        var bits = new int[length];
        foreach (var document in documents)
        {
            bits[document / 6] |= 1 << (document % 6);
        }

        var builder = new StringBuilder(length + 1).Append(BitmapMarker);
        foreach (var value in bits)
        {
            builder.Append(Alphabet[value]);
        }

        return builder.ToString();
    }

    private static string BuildAlphabet()
    {
        var builder = new StringBuilder(2 * Base);
        for (var c = '#'; c <= '~'; c++)
        {
            if (c is not '<' and not '\\')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
