using System.Globalization;

namespace InfoSiteGen.Writing;

/// <summary>
/// Alphabetical order per language: ICU's collation of the language (code-point order when ICU has none for
/// it). Vietnamese uses ICU's vi-VN collation (a &lt; ă &lt; â, d &lt; đ, tones
/// after the base letter). .NET in globalization-invariant mode has no ICU and would sort by code point,
/// so that is refused with a plain explanation rather than producing wrongly sorted lists.
/// </summary>
public static class VietnameseCollation
{
    private static readonly Lazy<StringComparer> Vietnamese = new(() => Create("vi-VN"));
    private static readonly Lazy<StringComparer> English = new(() => Create("en-GB"));
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, StringComparer> Others = new();

    public static StringComparer Comparer => Vietnamese.Value;

    /// <summary>The alphabetical order of <paramref name="language"/>.</summary>
    public static StringComparer For(string language) => language switch
    {
        "vi" => Vietnamese.Value,
        "en" => English.Value,
        _ => Others.GetOrAdd(language, l => LanguageCulture.For(l) is { } culture ? StringComparer.Create(culture, CompareOptions.None) : StringComparer.Ordinal),
    };

    /// <summary>Throws with a plain explanation when the runtime cannot sort Vietnamese.</summary>
    public static void EnsureAvailable() => _ = Vietnamese.Value;

    private static StringComparer Create(string name)
    {
        try
        {
            return StringComparer.Create(CultureInfo.GetCultureInfo(name, predefinedOnly: true), CompareOptions.None);
        }
        catch (CultureNotFoundException)
        {
            throw new GlobalizationUnavailableException(new(
                ".NET đang chạy ở chế độ không có dữ liệu ngôn ngữ (thiếu ICU), nên không sắp xếp đúng được tiếng Việt; " +
                "hãy cài ICU (Debian: apt-get install libicu72) và bỏ biến DOTNET_SYSTEM_GLOBALIZATION_INVARIANT",
                ".NET is running in globalization-invariant mode (no ICU), so Vietnamese cannot be sorted correctly; " +
                "install ICU (Debian: apt-get install libicu72) and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"));
        }
    }
}

/// <summary>The runtime has no ICU data: Vietnamese collation and formats are unavailable.</summary>
public sealed class GlobalizationUnavailableException(Diagnostics.Wording wording) : Exception(wording.English)
{
    public Diagnostics.Wording Wording { get; } = wording;
}
