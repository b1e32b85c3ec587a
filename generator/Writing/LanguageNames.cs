using System.Globalization;

namespace InfoSiteGen.Writing;

/// <summary>
/// The names of a site's languages in the tool's two languages, for messages and reports: "tiếng Hàn" in a
/// Vietnamese sentence, "Korean" in an English one.
/// </summary>
public static class LanguageNames
{
    // What follows "tiếng" for the languages a provincial site is likely to carry; ICU has no Vietnamese names.
    private static readonly Dictionary<string, string> AfterTieng = new(StringComparer.Ordinal)
    {
        ["vi"] = "Việt",
        ["en"] = "Anh",
        ["zh"] = "Trung",
        ["ko"] = "Hàn",
        ["ja"] = "Nhật",
        ["fr"] = "Pháp",
        ["de"] = "Đức",
        ["ru"] = "Nga",
        ["lo"] = "Lào",
        ["km"] = "Khmer",
        ["th"] = "Thái",
        ["es"] = "Tây Ban Nha",
    };

    /// <summary>The language's name as it follows "tiếng" in Vietnamese: <c>Việt</c>, <c>Anh</c>, <c>Trung (zh-Hans)</c>.</summary>
    public static string Vietnamese(string code)
    {
        var language = code.Split('-')[0];
        return AfterTieng.TryGetValue(language, out var name)
            ? language == code ? name : $"{name} ({code})"
            : code;
    }

    /// <summary>The language's English name: <c>Vietnamese</c>, <c>Korean</c>, <c>Chinese (Simplified)</c>; the code when ICU has none.</summary>
    public static string English(string code) => code switch
    {
        "vi" => "Vietnamese",
        "en" => "English",
        _ => LanguageCulture.For(code) is { } culture && culture.EnglishName.Length > 0 && culture != CultureInfo.InvariantCulture ? culture.EnglishName : code,
    };
}
