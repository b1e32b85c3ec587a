using System.Globalization;
using System.Text;

namespace InfoSiteGen.Publishing.Search;

/// <summary>
/// Writes text as a double-quoted JavaScript string literal that is safe in a script file and inside a
/// <c>&lt;script&gt;</c> element: '&lt;' is escaped, so neither <c>&lt;/script</c> nor <c>&lt;!--</c> (the
/// only sequences an HTML parser looks for in a script) can appear, and so are the line separators U+2028/U+2029 that older engines reject in
/// strings and lone surrogates that UTF-8 cannot carry. Other letters stay as they are, which keeps
/// Vietnamese text at two or three bytes a letter instead of six.
/// </summary>
public static class ScriptString
{
    public static void Append(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '<' or '\u2028' or '\u2029' or < ' ' or '\u007f':
                    AppendEscape(builder, c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        AppendEscape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        Append(builder, text);
        return builder.ToString();
    }

    private static void AppendEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
