using System.Globalization;

namespace InfoSiteGen.Writing;

/// <summary>
/// Dates as each language writes them: <c>10/12/2023</c> in Vietnamese, <c>10 December 2023</c> in English, and
/// in any other language its long date from ICU (<c>2023년 12월 10일</c>, <c>2023年12月10日</c>).
/// </summary>
public static class DisplayDates
{
    public static string Format(DateOnly date, string language) => language switch
    {
        "vi" => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        "en" => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        _ => date.ToString(LanguageCulture.LongDatePattern(language), LanguageCulture.Numbers(language)),
    };

    /// <summary>
    /// The pattern <c>theme/assets/search.js</c> writes result dates with (<c>d</c>, <c>dd</c>, <c>M</c>, <c>MM</c>,
    /// <c>MMMM</c>, <c>yyyy</c> and quoted text), so they read like the dates of the pages; null, for ISO dates,
    /// when the language's dates need more (another calendar's era).
    /// </summary>
    public static string? ScriptPattern(string language)
    {
        var pattern = language switch { "vi" => "dd/MM/yyyy", "en" => "d MMMM yyyy", _ => LanguageCulture.LongDatePattern(language) };
        return pattern.Contains('g') || LanguageCulture.For(language)?.Calendar is not (null or GregorianCalendar) ? null : pattern;
    }

    /// <summary>The month names for <see cref="ScriptPattern"/>'s <c>MMMM</c>, comma-separated, as they stand after a day.</summary>
    public static string? ScriptMonths(string language)
    {
        if (language == "vi" || ScriptPattern(language) is not { } pattern || !pattern.Contains("MMMM", StringComparison.Ordinal))
        {
            return null;
        }

        var names = language == "en" ? CultureInfo.InvariantCulture.DateTimeFormat.MonthNames : LanguageCulture.Numbers(language).DateTimeFormat.MonthGenitiveNames;
        return string.Join(',', names.Take(12));
    }

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
