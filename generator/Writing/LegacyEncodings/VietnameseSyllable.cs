using System.Text;
using System.Text.RegularExpressions;

namespace InfoSiteGen.Writing.LegacyEncodings;

/// <summary>
/// Whether a word is spelled like one Vietnamese syllable: an initial consonant, a vowel group and a
/// final consonant from the short lists the orthography allows, with at most one tone. It is how legacy
/// text is told from French or German: "ViÖt" is no syllable but decodes to one ("Việt"), while "été"
/// decodes to nothing Vietnamese.
/// </summary>
public static partial class VietnameseSyllable
{
    private const string Tones = "\u0300\u0301\u0303\u0309\u0323";

    // Every file of every build asks about the same few thousand words; the answers are kept, up to a bound.
    private const int CacheLimit = 100_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Known = new(StringComparer.Ordinal);

    public static bool IsValid(string word)
    {
        if (Known.TryGetValue(word, out var known))
        {
            return known;
        }

        var valid = Check(word);
        if (Known.Count < CacheLimit)
        {
            Known.TryAdd(word, valid);
        }

        return valid;
    }

    private static bool Check(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        char? tone = null;
        foreach (var c in decomposed)
        {
            if (Tones.Contains(c))
            {
                if (tone is not null)
                {
                    return false;
                }

                tone = c;
            }
            else
            {
                builder.Append(c);
            }
        }

        var match = Shape().Match(builder.ToString().Normalize(NormalizationForm.FormC));
        if (!match.Success)
        {
            return false;
        }

        // A syllable ending in a stop (c, ch, p, t) can only carry the acute or the dot below.
        if (match.Groups["stop"].Success && tone is not (null or '\u0301' or '\u0323'))
        {
            return false;
        }

        // Spelling rules for the sound k and g: k, gh, ngh before e, ê, i (y); c, g, ng before the others.
        var onset = match.Groups["onset"].Value;
        var front = match.Groups["nucleus"].Value[0] is 'e' or 'ê' or 'i' or 'y';
        return onset switch
        {
            "c" or "ng" => !front,
            "k" or "gh" or "ngh" => front,
            "g" => !(match.Groups["nucleus"].Value[0] is 'e' or 'ê'),
            _ => true,
        };
    }

    [GeneratedRegex(
        "^(?<onset>ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?" +
        "(?<nucleus>uyê|uya|uyu|uây|uôi|ươi|ươu|oai|oay|oeo|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])" +
        "(?:(?<stop>ch|[cpt])|ng|nh|[mn])?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
