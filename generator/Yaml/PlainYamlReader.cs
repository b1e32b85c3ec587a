using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace InfoSiteGen.Yaml;

/// <summary>
/// Reads the plain shape nearly every front matter has — one <c>key: value</c> per line, values that are
/// single-line plain or quoted text, <c>[a, b]</c> lists and <c>- item</c> lists, comments and blank lines —
/// into the parsing events YamlDotNet's own parser would give for it, positions included. Anything else
/// (escapes, multi-line values, nesting, anchors, tags, a repeated key…) is left to YamlDotNet, by
/// returning null. Thousands of front matters are read per build, and YamlDotNet's general parser costs
/// several times what reading this shape needs; a property test holds the two to the same events.
/// </summary>
public static class PlainYamlReader
{
    // Characters that give a plain value a meaning other than text when they start it (YAML's indicators),
    // and characters this reader leaves to YamlDotNet wherever they are in a plain value.
    private static readonly System.Buffers.SearchValues<char> Indicators = System.Buffers.SearchValues.Create("-?:,[]{}#&*!|>'\"%@`~ ");
    private static readonly System.Buffers.SearchValues<char> NotInPlainValues = System.Buffers.SearchValues.Create("[]{}\"'\\");
    private static readonly System.Buffers.SearchValues<char> NotInListItems = System.Buffers.SearchValues.Create(",[]{}#:\"'\\");

    /// <summary>A parser over <paramref name="text"/>: the plain reader's events when it can read it, YamlDotNet's parser when not.</summary>
    public static IParser ParserFor(string text) =>
        TryRead(text) is { } events ? new Replay(events) : new Parser(new StringReader(text));

    /// <summary>The events of <paramref name="text"/>, or null when it is not of the plain shape.</summary>
    public static IReadOnlyList<ParsingEvent>? TryRead(string text)
    {
        if (text.AsSpan().ContainsAny('\r', '\t') || text.AsSpan().ContainsAnyInRange('\u0000', '\u0008'))
        {
            return null;
        }

        var reader = new Reader(text);
        return reader.Read() ? reader.Events : null;
    }

    /// <summary>Read events handed out one by one, as YamlDotNet's loader asks a parser for them.</summary>
    private sealed class Replay(IReadOnlyList<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }

    private sealed class Reader(string text)
    {
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private int _lineStart;

        public List<ParsingEvent> Events { get; } = [];

        public bool Read()
        {
            Events.Add(new StreamStart(Mark(0), Mark(0)));
            var mappingStarted = false;
            while (NextContentLine() is { } line)
            {
                if (line.Indent != 0 || !TryKey(line, out var keyEnd))
                {
                    return false;
                }

                if (!mappingStarted)
                {
                    Events.Add(new DocumentStart(null, null, isImplicit: true, Mark(line.Start), Mark(line.Start)));
                    Events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block, Mark(line.Start), Mark(line.Start)));
                    mappingStarted = true;
                }

                var key = text[line.Start..keyEnd];
                if (!_keys.Add(key))
                {
                    return false;
                }

                Events.Add(PlainScalar(key, line.Start, keyEnd));
                var valueStart = SkipSpaces(keyEnd + 1, line.End);
                var valueEnd = TrimEnd(valueStart, line.End);
                if (!(valueStart == valueEnd ? TryBlockList() : TryValue(valueStart, valueEnd, allowList: true)))
                {
                    return false;
                }
            }

            if (!mappingStarted)
            {
                return false;
            }

            var end = EndOfText();
            Events.Add(new MappingEnd(end, end));
            Events.Add(new DocumentEnd(isImplicit: true, end, end));
            Events.Add(new StreamEnd(end, end));
            return true;
        }

        private readonly record struct Line(int Start, int End, int Indent, int LineStart);

        // The next line that is not blank and not a comment, with the reading position moved past it.
        private Line? NextContentLine()
        {
            while (_lineStart < text.Length)
            {
                var end = text.IndexOf('\n', _lineStart);
                end = end < 0 ? text.Length : end;
                var first = SkipSpaces(_lineStart, end);
                var line = new Line(first, end, first - _lineStart, _lineStart);
                _lineStart = end + 1;
                if (first < end && text[first] != '#')
                {
                    return line;
                }
            }

            return null;
        }

        private Line? PeekContentLine()
        {
            var start = _lineStart;
            var line = NextContentLine();
            _lineStart = start;
            return line;
        }

        // A key: a letter, digit or _ and then those or -, followed by a colon and a space or the line's end.
        private bool TryKey(Line line, out int keyEnd)
        {
            keyEnd = line.Start;
            while (keyEnd < line.End && (char.IsAsciiLetterOrDigit(text[keyEnd]) || text[keyEnd] is '_' || (text[keyEnd] == '-' && keyEnd > line.Start)))
            {
                keyEnd++;
            }

            return keyEnd > line.Start && keyEnd < line.End && text[keyEnd] == ':' && (keyEnd + 1 == line.End || text[keyEnd + 1] == ' ');
        }

        // The value of a key, or an item of a list written with dashes.
        private bool TryValue(int start, int end, bool allowList)
        {
            // A value that goes on over the next lines is left to YamlDotNet.
            if (PeekContentLine() is { Indent: > 0 } next && text[next.Start] != '-')
            {
                return false;
            }

            return text[start] switch
            {
                '"' or '\'' => TryQuoted(start, end),
                '[' => allowList && TryFlowList(start, end),
                _ => TryPlain(start, end, NotInPlainValues),
            };
        }

        private bool TryPlain(int start, int end, System.Buffers.SearchValues<char> excluded)
        {
            var value = text.AsSpan(start, end - start);
            if (Indicators.Contains(value[0]) || value.ContainsAny(excluded) || value.Contains(": ", StringComparison.Ordinal)
                || value.Contains(" #", StringComparison.Ordinal) || value[^1] == ':')
            {
                return false;
            }

            Events.Add(PlainScalar(value.ToString(), start, end));
            return true;
        }

        // "text" or 'text' closing at the end of the line, with no quote or backslash inside.
        private bool TryQuoted(int start, int end)
        {
            var quote = text[start];
            if (end - start < 2 || text[end - 1] != quote || text.AsSpan(start + 1, end - start - 2).ContainsAny(quote, '\\'))
            {
                return false;
            }

            var style = quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted;
            Events.Add(new Scalar(AnchorName.Empty, TagName.Empty, text[(start + 1)..(end - 1)], style, isPlainImplicit: false, isQuotedImplicit: true, Mark(start), Mark(end)));
            return true;
        }

        // [a, b, c] on one line, items plain words or phrases without punctuation that means something in a list.
        private bool TryFlowList(int start, int end)
        {
            if (text[end - 1] != ']')
            {
                return false;
            }

            Events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow, Mark(start), Mark(start)));
            var position = SkipSpaces(start + 1, end - 1);
            while (position < end - 1)
            {
                var comma = text.IndexOf(',', position, end - 1 - position);
                var itemEnd = TrimEnd(position, comma < 0 ? end - 1 : comma);
                if (itemEnd == position || !TryPlain(position, itemEnd, NotInListItems))
                {
                    return false;
                }

                if (comma < 0)
                {
                    break;
                }

                position = SkipSpaces(comma + 1, end - 1);
                if (position == end - 1)
                {
                    return false;
                }
            }

            Events.Add(new SequenceEnd(Mark(end - 1), Mark(end - 1)));
            return true;
        }

        // The lines of "- item" under a key with no value on its own line.
        private bool TryBlockList()
        {
            if (PeekContentLine() is not { } first || !IsListItem(first))
            {
                return false;
            }

            // YamlDotNet ends the start of a list at its first dash, or just after it when the dashes are not indented.
            var startEnd = first.Indent == 0 ? first.Start + 1 : first.Start;
            Events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block, Mark(first.Start), Mark(startEnd)));
            while (PeekContentLine() is { } line && IsListItem(line))
            {
                if (line.Indent != first.Indent)
                {
                    return false;
                }

                NextContentLine();
                var valueStart = SkipSpaces(line.Start + 1, line.End);
                var valueEnd = TrimEnd(valueStart, line.End);
                if (!TryValue(valueStart, valueEnd, allowList: false))
                {
                    return false;
                }
            }

            // YamlDotNet ends the list where the next key starts, or at the end of the text.
            var end = PeekContentLine() is { } after ? Mark(after.LineStart) : EndOfText();
            Events.Add(new SequenceEnd(end, end));
            return true;
        }

        private bool IsListItem(Line line) => text[line.Start] == '-' && line.Start + 1 < line.End && text[line.Start + 1] == ' ';

        private Scalar PlainScalar(string value, int start, int end) =>
            new(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false, Mark(start), Mark(end));

        private int SkipSpaces(int i, int end)
        {
            while (i < end && text[i] == ' ')
            {
                i++;
            }

            return i;
        }

        private int TrimEnd(int start, int end)
        {
            while (end > start && text[end - 1] == ' ')
            {
                end--;
            }

            return end;
        }

        // Where YamlDotNet puts the end of the text: on the line after the last, as if the text ended with a line break.
        private Mark EndOfText() => Mark(text.Length, text.AsSpan().Count('\n') + (text.EndsWith('\n') ? 1 : 2), 1);

        // YamlDotNet's positions: lines and columns from 1, index from 0.
        private Mark Mark(int index)
        {
            var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', Math.Min(index, text.Length) - 1) + 1;
            var line = 1 + text.AsSpan(0, lineStart).Count('\n');
            return Mark(index, line, index - lineStart + 1);
        }

        private static Mark Mark(int index, int line, int column) => new(index, line, column);
    }
}
