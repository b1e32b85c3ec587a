using System.Text;

namespace InfoSiteGen.Importing;

/// <summary>
/// Collects the pieces of one Word paragraph — text with its bold, italic and link, and ready Markdown such as
/// pictures and footnote marks — and writes them as one line of Markdown. Neighbouring pieces with the same look
/// share their markers (<c>**in đậm**</c>, not <c>**in** **đậm**</c>), spaces stay outside the markers, where
/// Markdown needs them, and characters that Markdown would read as markup are escaped.
/// </summary>
internal sealed partial class MarkdownInline
{
    private sealed record Piece(string Text, bool Bold, bool Italic, string? Link, bool IsMarkdown);

    private readonly List<Piece> _pieces = [];

    public bool IsEmpty => _pieces.All(p => !p.IsMarkdown && string.IsNullOrWhiteSpace(p.Text));

    public void Text(string text, bool bold, bool italic, string? link)
    {
        if (text.Length > 0)
        {
            _pieces.Add(new Piece(text, bold, italic, link, false));
        }
    }

    /// <summary>Markdown written as it is: a picture, a footnote mark, a line break.</summary>
    public void Markdown(string markdown) => _pieces.Add(new Piece(markdown, false, false, null, true));

    /// <summary>The pictures among the pieces, as Markdown.</summary>
    public IEnumerable<string> Pictures() => _pieces.Where(p => p.IsMarkdown && p.Text.StartsWith("![", StringComparison.Ordinal)).Select(p => p.Text);

    /// <summary>The plain text, without markup, for titles and the legal header.</summary>
    public string PlainText() => Collapse(string.Concat(_pieces.Where(p => !p.IsMarkdown).Select(p => p.Text)));

    public string ToMarkdown(bool plain = false)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < _pieces.Count)
        {
            var link = _pieces[i].Link;
            var end = i;
            while (end < _pieces.Count && _pieces[end].Link == link && !(_pieces[end].IsMarkdown && link is not null))
            {
                end++;
            }

            if (end == i)
            {
                end = i + 1;
            }

            var inner = Emphasised(_pieces.GetRange(i, end - i), plain);
            result.Append(link is null || inner.Trim().Length == 0 ? inner : LinkTo(inner, link));
            i = end;
        }

        return Collapse(result.ToString()).Trim();
    }

    private static string Emphasised(List<Piece> pieces, bool plain)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < pieces.Count)
        {
            if (pieces[i].IsMarkdown)
            {
                result.Append(pieces[i].Text);
                i++;
                continue;
            }

            var (bold, italic) = plain ? (false, false) : (pieces[i].Bold, pieces[i].Italic);
            var text = new StringBuilder();
            while (i < pieces.Count && !pieces[i].IsMarkdown && (plain || (pieces[i].Bold == bold && pieces[i].Italic == italic)))
            {
                text.Append(pieces[i].Text);
                i++;
            }

            var escaped = Escape(Collapse(text.ToString()));
            var marker = (bold ? "**" : string.Empty) + (italic ? "*" : string.Empty);
            var core = escaped.Trim();
            if (marker.Length == 0 || core.Length == 0)
            {
                result.Append(escaped);
                continue;
            }

            // "** đậm **" is not emphasis in Markdown: the spaces go outside the markers.
            var leading = escaped[..(escaped.Length - escaped.TrimStart().Length)];
            var trailing = escaped[escaped.TrimEnd().Length..];
            result.Append(leading).Append(marker).Append(core).Append(marker).Append(trailing);
        }

        return result.ToString();
    }

    private static string LinkTo(string inner, string link)
    {
        var target = link.IndexOfAny([' ', '(', ')', '<', '>']) >= 0 ? "<" + link.Replace(">", "%3E", StringComparison.Ordinal) + ">" : link;
        var leading = inner[..(inner.Length - inner.TrimStart().Length)];
        var trailing = inner[inner.TrimEnd().Length..];
        return $"{leading}[{inner.Trim()}]({target}){trailing}";
    }

    /// <summary>Tabs and runs of spaces become one space; line breaks written as Markdown are kept.</summary>
    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = c is ' ' or '\t';
            if (space && result.Length > 0 && result[^1] == ' ')
            {
                continue;
            }

            result.Append(space ? ' ' : c);
        }

        return result.ToString();
    }

    /// <summary>
    /// Backslashes the characters that Markdown would take for markup, with the site's extensions: <c>~</c> and
    /// <c>^</c> (strike-through, sub- and superscript), and doubled <c>+</c> and <c>=</c> (inserted, marked).
    /// </summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var doubled = c is '+' or '=' && ((i + 1 < text.Length && text[i + 1] == c) || (i > 0 && text[i - 1] == c));
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '^' || doubled)
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>
    /// Escapes what would start a block at the beginning of a line: "1. ", "- ", "+ ", "= ", and the lettered and
    /// Roman-numbered lists of the site's list extension ("a) ", "I. ").
    /// </summary>
    public static string EscapeLineStart(string line)
    {
        if (LetteredItem().Match(line) is { Success: true } lettered)
        {
            var at = lettered.Groups["mark"].Index;
            return line[..at] + "\\" + line[at..];
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < line.Length - 1 && line[digits] is '.' or ')' && line[digits + 1] == ' ')
        {
            return line[..digits] + "\\" + line[digits..];
        }

        return line.Length > 1 && line[0] is '-' or '+' or '=' && line[1] == ' ' ? "\\" + line : line;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[A-Za-z]|[IVXLCDM]+|[ivxlcdm]+)(?<mark>[.)]) ")]
    private static partial System.Text.RegularExpressions.Regex LetteredItem();
}
