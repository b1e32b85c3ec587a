using System.Globalization;
using System.Text.RegularExpressions;

namespace InfoSiteGen.Writing;

/// <summary>
/// What ICU knows of a site language: its culture (for dates, numbers and alphabetical order), its name in itself
/// and its Open Graph locale. Vietnamese and English keep the province's house styles (<c>vi-VN</c>, <c>en-GB</c>);
/// any other code takes ICU's data, and a code ICU has no data for (<c>hmn</c>) falls back to neutral forms:
/// ISO dates, code-point order, the code as its name.
/// </summary>
public static partial class LanguageCulture
{
    /// <summary>The culture of <paramref name="language"/>, or null when ICU has none.</summary>
    public static CultureInfo? For(string language)
    {
        var name = language switch { "vi" => "vi-VN", "en" => "en-GB", _ => language };
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The culture for numbers: the language's, else the invariant culture.</summary>
    public static CultureInfo Numbers(string language) => For(language) ?? CultureInfo.InvariantCulture;

    /// <summary>
    /// The language's long date without the day of the week (<c>yyyy년 M월 d일</c>, <c>d MMMM yyyy</c>), or the ISO
    /// form when ICU has no data for it. Days of the week make dates long in lists, and Vietnamese and English
    /// dates on the site have none.
    /// </summary>
    public static string LongDatePattern(string language) =>
        For(language) is { } culture ? Weekday().Replace(culture.DateTimeFormat.LongDatePattern, string.Empty).Trim() : "yyyy-MM-dd";

    /// <summary>The language's name in itself, with a capital where its script has them (<c>한국어</c>, <c>Français</c>).</summary>
    public static string NativeName(string language)
    {
        if (For(language) is not { } culture || culture.NativeName.Length == 0)
        {
            return language;
        }

        var name = culture.NativeName;
        return char.ToUpper(name[0], culture) + name[1..];
    }

    /// <summary>The Open Graph locale (<c>vi_VN</c>, <c>ko_KR</c>): language and region, joined by an underscore.</summary>
    public static string OpenGraphLocale(string language)
    {
        if (language is "vi" or "en")
        {
            return language == "vi" ? "vi_VN" : "en_GB";
        }

        try
        {
            var specific = CultureInfo.CreateSpecificCulture(language);
            var region = specific.Name.Split('-').LastOrDefault(p => p.Length == 2 && p.All(char.IsAsciiLetterUpper));
            return region is null ? language.Split('-')[0] : $"{language.Split('-')[0]}_{region}";
        }
        catch (CultureNotFoundException)
        {
            return language.Split('-')[0];
        }
    }

    // The day of the week and what ties it to the date: "dddd, " (de), "dddd " (fr), " dddd" (ko), ", dddd" (hu), "ddddที่ " (th).
    [GeneratedRegex(@"[,،]?\s*dddd\S*?(?=\s|$)[,،]?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();
}
