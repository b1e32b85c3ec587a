using Markdig;

namespace InfoSiteGen.Bodies;

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
        // One vectorised search for every character these can start with; each one found is looked at in place.
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(RareSyntaxStarts); i >= 0;)
        {
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var found = text[i] switch
            {
                '~' or '^' => true,
                '+' => next == '+' || StartsBlock(text, i),
                '=' => next == '=',
                '*' => next == '[',
                '"' => next == '"',
                '[' => next is ' ' or 'x' or 'X' && i + 2 < text.Length && text[i + 2] == ']',
                ':' => StartsBlock(text, i),
                _ => EndsListLetter(text, i),
            };
            if (found)
            {
                return true;
            }

            var after = span[(i + 1)..].IndexOfAny(RareSyntaxStarts);
            i = after < 0 ? -1 : i + 1 + after;
        }

        return false;
    }

    // ~ ^ ++ == *[ "" [ ] [x], a : or + where a block starts, and the . or ) after a list letter.
    private static readonly System.Buffers.SearchValues<char> RareSyntaxStarts = System.Buffers.SearchValues.Create("~^+=*\"[:.)");

    // Spaces and tabs (indentation, after a list bullet), line ends, the other CommonMark whitespace, and the > of a quote.
    private static readonly System.Buffers.SearchValues<char> BeforeBlockStart = System.Buffers.SearchValues.Create(" \t\n\r\v\f>");

    private static readonly System.Buffers.SearchValues<char> RomanDigits = System.Buffers.SearchValues.Create("ivxlcdmIVXLCDM");

    /// <summary>Whether a block can start at <paramref name="i"/>: the first character, or one after a character that can come before a block's first.</summary>
    private static bool StartsBlock(string text, int i) => i == 0 || BeforeBlockStart.Contains(text[i - 1]);

    /// <summary>
    /// Whether the . or ) at <paramref name="end"/> closes a list letter: a single letter or a Roman number
    /// where a block can start, and then a space or the end: "a. ", "iv) ".
    /// </summary>
    private static bool EndsListLetter(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        var letters = text.AsSpan(start, end - start);
        return letters.Length > 0
            && StartsBlock(text, start)
            && (letters.Length == 1 || !letters.ContainsAnyExcept(RomanDigits))
            && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]));
    }
}
