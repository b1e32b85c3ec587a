using System.Globalization;

namespace InfoSiteGen.Text;

/// <summary>
/// Vietnamese alphabetical order (a &lt; ă &lt; â, d &lt; đ, tones after the base letter), from ICU's vi-VN
/// collation. .NET in globalization-invariant mode has no ICU and would sort by code point, so that is refused.
/// </summary>
public static class VietnameseCollation
{
    private static readonly Lazy<StringComparer> Lazy = new(Create);

    public static StringComparer Comparer => Lazy.Value;

    /// <summary>Throws with a plain explanation when the runtime cannot sort Vietnamese.</summary>
    public static void EnsureAvailable() => _ = Lazy.Value;

    private static StringComparer Create()
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo("vi-VN", predefinedOnly: true);
            return StringComparer.Create(culture, CompareOptions.None);
        }
        catch (CultureNotFoundException)
        {
            throw new InvalidOperationException(
                ".NET is running in globalization-invariant mode (no ICU), so Vietnamese cannot be sorted correctly; " +
                "install ICU (Debian: apt-get install libicu72) and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        }
    }
}
