using System.Text;

namespace InfoSiteGen.Reporting;

/// <summary>Escapes text for HTML and SVG, in text and in quoted attributes.</summary>
public static class MarkupText
{
    // WebUtility.HtmlEncode would also turn á, à, ã… into numeric references: valid, but unreadable in the file.
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
