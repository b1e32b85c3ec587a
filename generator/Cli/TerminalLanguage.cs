using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Cli;

/// <summary>
/// The language the tool speaks at the terminal: <c>--lang vi|en</c> when given, else the environment variable
/// <c>INFOSITEGEN_LANG</c>, else Vietnamese.
/// </summary>
public static class TerminalLanguage
{
    public const string Variable = "INFOSITEGEN_LANG";

    public static readonly Wording BadLanguage = new(
        "--lang '{0}' không được hỗ trợ; dùng vi hoặc en",
        "--lang '{0}' is not supported; use vi or en");

    public static readonly Wording BadVariable = new(
        "biến môi trường " + Variable + " có giá trị '{0}', không được hỗ trợ; dùng vi hoặc en",
        "the environment variable " + Variable + " is '{0}', which is not supported; use vi or en");

    /// <summary>vi or en; null for anything else.</summary>
    public static ToolLanguage? Parse(string? code) => code switch
    {
        "vi" => ToolLanguage.Vietnamese,
        "en" => ToolLanguage.English,
        _ => null,
    };

    /// <summary>The language when <c>--lang</c> is absent: <c>INFOSITEGEN_LANG</c>, else Vietnamese.</summary>
    public static ToolLanguage FromEnvironment(Func<string, string?> environment)
    {
        var value = environment(Variable)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return ToolLanguage.Vietnamese;
        }

        return Parse(value.ToLowerInvariant()) ?? throw new UsageException(BadVariable.Fill(value));
    }

    /// <summary>The language of a command's <c>--lang</c>, or <paramref name="fallback"/> when it is not given.</summary>
    public static ToolLanguage Choose(ParsedArguments parsed, ToolLanguage fallback) =>
        parsed.Value("lang") is { } code ? Parse(code) ?? throw new UsageException(BadLanguage.Fill(code)) : fallback;

    /// <summary>
    /// A look at <c>--lang</c> before a command has read its options, so that a mistake on the command line is
    /// reported in the language asked for; a value that is not vi or en leaves <paramref name="fallback"/>.
    /// </summary>
    public static ToolLanguage Peek(IReadOnlyList<string> args, ToolLanguage fallback) => Given(args) ?? fallback;

    /// <summary>The language of the first <c>--lang</c> when it is vi or en; null when there is none or it is another.</summary>
    public static ToolLanguage? Given(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count)
            {
                return Parse(args[i + 1]);
            }

            if (args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                return Parse(args[i]["--lang=".Length..]);
            }
        }

        return null;
    }

    /// <summary><c>lỗi: </c> or <c>error: </c>, for a message that is not about a place in a file.</summary>
    public static string ErrorPrefix(ToolLanguage language) => language == ToolLanguage.English ? "error: " : "lỗi: ";

    public static string WarningPrefix(ToolLanguage language) => language == ToolLanguage.English ? "warning: " : "cảnh báo: ";

    /// <summary>A decimal number with the decimal mark of the language: 1,25 in Vietnamese, 1.25 in English.</summary>
    public static string Number(double value, string format, ToolLanguage language)
    {
        var text = value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
        return language == ToolLanguage.English ? text : text.Replace('.', ',');
    }

    /// <summary>A size in kilobytes with one decimal, as the summaries print it: 3556.7 KB, 3556,7 KB.</summary>
    public static string Kilobytes(long bytes, ToolLanguage language) =>
        Number(bytes / 1024.0, "0.0", language) + " KB";
}
