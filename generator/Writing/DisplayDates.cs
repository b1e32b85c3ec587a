using System.Globalization;

namespace InfoSiteGen.Writing;

/// <summary>Dates as each language writes them: <c>10/12/2023</c> in Vietnamese, <c>10 December 2023</c> in English.</summary>
public static class DisplayDates
{
    public static string Format(DateOnly date, string language) => language switch
    {
        "vi" => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
