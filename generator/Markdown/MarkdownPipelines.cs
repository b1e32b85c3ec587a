using Markdig;

namespace InfoSiteGen.Markdown;

/// <summary>
/// The Markdig pipelines bodies are parsed with. Every body gets CommonMark, pipe tables and precise source
/// positions. Two costly parts are added only to bodies that could use them, which gives the same HTML faster:
/// finding bare web addresses (Markdig looks back over the paragraph at every h, f, m and w that starts a word,
/// as much work as the rest of parsing), and the less common syntax extensions, whose parsers look at every
/// line and every letter that could start one.
/// </summary>
public static class MarkdownPipelines
{
    // Indexed by (bare addresses ? 2 : 0) + (rare syntax ? 1 : 0).
    private static readonly MarkdownPipeline[] Pipelines =
    [
        Build(bareAddresses: false, rareSyntax: false),
        Build(bareAddresses: false, rareSyntax: true),
        Build(bareAddresses: true, rareSyntax: false),
        Build(bareAddresses: true, rareSyntax: true),
    ];

    /// <summary>The pipeline with every extension, for tests that compare against it.</summary>
    public static MarkdownPipeline Full => Pipelines[3];

    /// <summary>The pipeline a body is parsed with.</summary>
    public static MarkdownPipeline For(string body) =>
        Pipelines[(MayHoldBareAddress(body) ? 2 : 0) + (MayHoldRareSyntax(body) ? 1 : 0)];

    private static MarkdownPipeline Build(bool bareAddresses, bool rareSyntax)
    {
        // The extensions go in the order they always had: Markdig tries parsers for one character in that order.
        var builder = new MarkdownPipelineBuilder();
        if (rareSyntax)
        {
            builder
                .UseAbbreviations()
                .UseCitations()
                .UseDefinitionLists()
                .UseEmphasisExtras()
                .UseFigures()
                .UseFooters()
                .UseFootnotes()
                .UseGridTables()
                .UseListExtras();
        }

        builder.UsePipeTables();
        if (rareSyntax)
        {
            builder.UseTaskLists();
        }

        if (bareAddresses)
        {
            builder.UseAutoLinks();
        }

        return builder.UsePreciseSourceLocation().Build();
    }

    /// <summary>True when the text has something a bare web address starts with: <c>://</c>, <c>www.</c>, <c>mailto:</c>, <c>tel:</c>.</summary>
    internal static bool MayHoldBareAddress(string text) =>
        text.Contains("://", StringComparison.Ordinal)
        || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
        || text.Contains("mailto:", StringComparison.OrdinalIgnoreCase)
        || text.Contains("tel:", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the text has anything the less common extensions could start with; false only when none of
    /// them can apply. It errs on the side of yes: ~ and ^ (strike-through, sub- and superscript, footnotes,
    /// figures, footers), ++ and ==, *[ (abbreviations), "" (citations), [ ], [x] (task lists), a : or + where a
    /// block can start (definition lists, grid tables), and a letter or Roman number followed by . or ) where a
    /// block can start (lettered lists). A block starts at the start of a line, after spaces or tabs (indentation,
    /// a list bullet and its space) or after the &gt; of a quote.
    /// </summary>
    internal static bool MayHoldRareSyntax(string text)
    {
        if (text.AsSpan().ContainsAny('~', '^')
            || text.Contains("++", StringComparison.Ordinal)
            || text.Contains("==", StringComparison.Ordinal)
            || text.Contains("*[", StringComparison.Ordinal)
            || text.Contains("\"\"", StringComparison.Ordinal)
            || text.Contains("[ ]", StringComparison.Ordinal)
            || text.Contains("[x]", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Look only where a block can start: at the first character, and after each character that can
        // come before a block's first character (a searched-for set, so the search runs vectorised).
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c is ':' or '+' || (char.IsAsciiLetter(c) && IsListLetter(text, i)))
            {
                return true;
            }

            var next = text.AsSpan(i).IndexOfAny(BeforeBlockStart);
            if (next < 0)
            {
                break;
            }

            i += next + 1;
        }

        return false;
    }

    // Spaces and tabs (indentation, after a list bullet), line ends, the other CommonMark whitespace, and the > of a quote.
    private static readonly System.Buffers.SearchValues<char> BeforeBlockStart = System.Buffers.SearchValues.Create(" \t\n\r\v\f>");

    private static readonly System.Buffers.SearchValues<char> RomanDigits = System.Buffers.SearchValues.Create("ivxlcdmIVXLCDM");

    /// <summary>A single letter or a Roman number, then . or ), then a space or the end: "a. ", "iv) ".</summary>
    private static bool IsListLetter(string text, int start)
    {
        // Most words fail at once: a letter that cannot begin a Roman number, not followed by . or ).
        if (!RomanDigits.Contains(text[start]) && !(start + 1 < text.Length && text[start + 1] is '.' or ')'))
        {
            return false;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        var letters = text.AsSpan(start, end - start);
        if (letters.Length > 1 && letters.ContainsAnyExcept(RomanDigits))
        {
            return false;
        }

        return end < text.Length && text[end] is '.' or ')' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]));
    }
}
