using System.Text;

namespace InfoSiteGen.Text;

/// <summary>Whitespace as summaries and snippets show it.</summary>
public static class Whitespace
{
    /// <summary>Runs of whitespace (line breaks included) become one space; the ends are trimmed.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
