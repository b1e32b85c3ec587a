using System.Text;

namespace InfoSiteGen.Text;

/// <summary>Whitespace as summaries and snippets show it.</summary>
public static class Whitespace
{
    /// <summary>
    /// Runs of whitespace (line breaks included) become one space and the ends are trimmed; with
    /// <paramref name="maxLength"/>, the result is cut to at most that many characters, never ending in a space.
    /// </summary>
    public static string Collapse(ReadOnlySpan<char> text, int maxLength = int.MaxValue)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                // A cut never leaves a space at the end.
                if (builder.Length + 1 >= maxLength)
                {
                    break;
                }

                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
