using System.Text.RegularExpressions;

namespace InfoSiteGen.Configuration;

/// <summary>
/// The language codes <c>languages:</c> accepts: BCP 47 tags of a language, an optional script and an optional
/// region (<c>vi</c>, <c>en</c>, <c>zh-Hans</c>, <c>pt-BR</c>, <c>hmn</c>), the forms browsers, <c>hreflang</c>
/// and ICU understand. A language's pages sit in a folder named by its code in lower case (<c>zh-hans/</c>).
/// </summary>
public static partial class LanguageCodes
{
    public static bool IsWellFormed(string code) => Tag().IsMatch(code);

    /// <summary>The code as BCP 47 spells it: language lower case, script title case, region upper case.</summary>
    public static string Canonical(string code)
    {
        var parts = code.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = i == 0 ? parts[i].ToLowerInvariant()
                : parts[i].Length == 4 ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant()
                : parts[i].ToUpperInvariant();
        }

        return string.Join('-', parts);
    }

    /// <summary>The folder of a language's pages: its code in lower case.</summary>
    public static string Folder(string code) => code.ToLowerInvariant();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
