namespace InfoSiteGen.Writing;

/// <summary>
/// The CLDR cardinal plural category of a whole number in a language: which form of a counted phrase it takes
/// ("1 item", "2 items"; "1 документ", "2 документа", "5 документов"). .NET has no plural rules of its own, so the
/// rules of the languages a provincial site may carry are written out here from the CLDR tables, for whole numbers
/// only (counts of pages, documents and results). A language not listed uses <c>other</c> for every number, which
/// is right for the many languages without plural forms (Vietnamese, Chinese, Japanese, Korean, Thai, Lao, Khmer,
/// Indonesian, Malay) and at worst reads like "1 items". The browser's <c>Intl.PluralRules</c> applies the same
/// CLDR rules to counts the site's scripts show.
/// </summary>
public static class PluralRules
{
    /// <summary>The categories CLDR defines, in its order.</summary>
    public static readonly IReadOnlyList<string> Categories = ["zero", "one", "two", "few", "many", "other"];

    // "one" for 1 and nothing else (for whole numbers).
    private static readonly HashSet<string> OneForOne =
    [
        "en", "de", "nl", "sv", "da", "nb", "nn", "no", "fi", "et", "it", "es", "ca", "gl", "el", "hu", "tr", "bg", "ka",
        "sq", "mn", "ur", "sw", "af", "eu", "az", "kk", "ky", "uz", "tk", "ta", "te", "ml", "kn", "or", "ne", "ps", "so", "ug", "mr",
    ];

    // "one" for 0 and 1.
    private static readonly HashSet<string> OneForZeroAndOne = ["fr", "pt", "hi", "bn", "gu", "pa", "am", "fa", "zu", "hy"];

    // "many" for whole millions, in CLDR since version 38.
    private static readonly HashSet<string> ManyForMillions = ["fr", "pt", "es", "it", "ca"];

    // one / few / many by the last digits.
    private static readonly HashSet<string> EastSlavic = ["ru", "uk", "be"];

    public static string Category(string language, long count)
    {
        var n = Math.Abs(count);
        var primary = Primary(language);
        if (ManyForMillions.Contains(primary) && n != 0 && n % 1_000_000 == 0)
        {
            return "many";
        }

        // European Portuguese counts like English; Brazilian Portuguese, the default, like French.
        if (OneForOne.Contains(primary) || language.Equals("pt-PT", StringComparison.OrdinalIgnoreCase))
        {
            return n == 1 ? "one" : "other";
        }

        if (OneForZeroAndOne.Contains(primary))
        {
            return n <= 1 ? "one" : "other";
        }

        if (EastSlavic.Contains(primary))
        {
            return (n % 10, n % 100) switch
            {
                (1, not 11) => "one",
                ( >= 2 and <= 4, < 12 or > 14) => "few",
                _ => "many",
            };
        }

        return primary switch
        {
            "pl" => n == 1 ? "one" : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? "few" : "many",
            "cs" or "sk" => n == 1 ? "one" : n is >= 2 and <= 4 ? "few" : "other",
            "lt" => n % 10 == 1 && n % 100 is < 11 or > 19 ? "one" : n % 10 is >= 2 and <= 9 && n % 100 is < 11 or > 19 ? "few" : "other",
            "ro" => n == 1 ? "one" : n == 0 || n % 100 is >= 1 and <= 19 ? "few" : "other",
            "ar" => n switch
            {
                0 => "zero",
                1 => "one",
                2 => "two",
                _ when n % 100 is >= 3 and <= 10 => "few",
                _ when n % 100 is >= 11 and <= 99 => "many",
                _ => "other",
            },
            "he" => n switch
            {
                1 => "one",
                2 => "two",
                _ => "other",
            },
            _ => "other",
        };
    }

    /// <summary>The language subtag of a BCP 47 code, lower case (<c>zh-Hans</c> → <c>zh</c>, <c>pt-BR</c> → <c>pt</c>).</summary>
    private static string Primary(string language)
    {
        var dash = language.IndexOf('-');
        return (dash < 0 ? language : language[..dash]).ToLowerInvariant();
    }
}
