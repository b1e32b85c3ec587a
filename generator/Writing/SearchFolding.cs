using System.Globalization;
using System.Text;

namespace InfoSiteGen.Writing;

/// <summary>
/// How text is normalised for search: split into words, then each word in two forms. The folded form
/// finds a word whatever marks were typed; the exact form ranks the marks the reader did type.
/// <c>theme/assets/search.js</c> repeats these rules in the browser and a test holds the two to agreement,
/// so a change here must be made there too.
/// </summary>
public static class SearchFolding
{
    // The five Vietnamese tones as combining marks, and the VIQR character each becomes in the exact form
    // (grave `, acute ', hook above ?, tilde ~, dot below .). The vowel marks (breve, circumflex, horn) are
    // not tones: they make other letters (ă, â, ơ...) and stay where they are.
    private const string ToneMarks = "\u0300\u0301\u0309\u0303\u0323";
    private const string ToneSuffixes = "`'?~.";
    private static readonly char[] ToneSuffixChars = ToneSuffixes.ToCharArray();

    /// <summary>
    /// Lower-case, with every tone and vowel mark removed and đ turned into d, whether the text came
    /// composed (NFC) or decomposed (NFD): <c>Đường</c> → <c>duong</c>.
    /// </summary>
    public static string Fold(string text) => VietnameseFold.Fold(text);

    /// <summary>
    /// Lower-case, keeping the vowel marks and đ, with each word's tone taken off its vowel and written
    /// after the word as a VIQR character: <c>hòa</c> and <c>hoà</c> both become <c>hoa`</c>.
    /// </summary>
    /// <remarks>
    /// Vietnamese writes the tone of <c>oa, oe, uy</c> on either vowel (the old and the new placement), and
    /// both are correct spellings of one word. Moving the tone to a canonical vowel would need the
    /// placement rules of the orthography; taking it off the syllable needs none and cannot be wrong.
    /// The VIQR characters are punctuation, never part of a word, so the tone can always be told from the
    /// word again (<see cref="FoldExact"/>). A word with several tone marks (French <c>élève</c>) keeps them
    /// all, in order.
    /// </remarks>
    public static string Exact(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var builder = new StringBuilder(decomposed.Length + 2);
        var tones = new StringBuilder(2);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var tone = rune.IsBmp ? ToneMarks.IndexOf((char)rune.Value) : -1;
            if (tone >= 0)
            {
                tones.Append(ToneSuffixes[tone]);
                continue;
            }

            // Letters, decimal digits and marks: marks count so that a decomposed letter is not cut in two.
            if (!CharacterClasses.IsWordPart(rune))
            {
                builder.Append(tones);
                tones.Clear();
            }

            builder.Append(rune.ToString());
        }

        builder.Append(tones);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The words of the text, composed (NFC), in order: runs of letters and digits, with the marks that
    /// belong to them. Everything else separates words, so each Vietnamese syllable is a word of its own
    /// and <c>102/2016/QH13</c> gives <c>102</c>, <c>2016</c> and <c>QH13</c>. Chinese, Japanese and Korean
    /// give each character and each pair of neighbouring characters (<see cref="IsPairedScript"/>).
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var composed = Composition.Compose(FoldWidths(text));
        var words = new List<string>();
        foreach (var range in WordRanges(composed))
        {
            words.Add(composed[range]);
        }

        return words;
    }

    /// <summary>
    /// Full-width Latin letters and digits (<c>ＡＢＣ１２３</c>) and half-width katakana (<c>ｶﾀｶﾅ</c>) in their usual
    /// widths, so that a reader's keyboard width does not matter; everything else as it is. Compose afterwards:
    /// a half-width voiced mark becomes a combining mark.
    /// </summary>
    public static string FoldWidths(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uFF00', '\uFFEF');
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\uFF00' and <= '\uFFEF')
            {
                builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Scripts whose words are not separated by spaces (Chinese, Japanese), and Korean, whose words carry their
    /// particles: their text is indexed by each character and each pair of neighbouring characters, so that any
    /// part of it, two characters long or more, finds the pages that have it, and a single character finds its own.
    /// </summary>
    public static bool IsPairedScript(int codePoint) => codePoint is
        0x3005 or (>= 0x3040 and <= 0x30FF) or (>= 0x3130 and <= 0x318F) or (>= 0x31F0 and <= 0x31FF)
        or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA960 and <= 0xA97F)
        or (>= 0xAC00 and <= 0xD7FF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);

    /// <summary>Where the words of already composed text are, for callers that look words up without copying them.</summary>
    internal static WordRangeEnumerator WordRanges(string composed) => new(composed);

    /// <summary>
    /// The word ranges of a text, for <c>foreach</c> without an allocation: the search index goes through
    /// every word of every page, so this loop is one of the hottest of a build. A run holding Chinese, Japanese
    /// or Korean is split into its pieces (<see cref="PairedPieces"/>), which may overlap.
    /// </summary>
    internal struct WordRangeEnumerator(string text)
    {
        private int _position;
        private List<Range>? _pieces;
        private int _piece;

        public Range Current { get; private set; }

        public readonly WordRangeEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_pieces is not null)
            {
                if (++_piece < _pieces.Count)
                {
                    Current = _pieces[_piece];
                    return true;
                }

                _pieces = null;
            }

            var start = Skip(_position, words: false);
            if (start >= text.Length)
            {
                _position = start;
                return false;
            }

            _position = Skip(start, words: true);
            // Every paired script sits between U+3005 and U+FAFF or beyond U+FFFF (surrogates): one vector search
            // tells a Vietnamese or English word from one that needs splitting.
            if (text.AsSpan(start, _position - start).IndexOfAnyInRange('\u3005', '\uFAFF') < 0)
            {
                Current = new Range(start, _position);
                return true;
            }

            _pieces = PairedPieces(text, start, _position);
            _piece = 0;
            Current = _pieces[0];
            return true;
        }

        /// <summary>The first position from <paramref name="i"/> on that is not (or, with words false, that is) in a word.</summary>
        private readonly int Skip(int i, bool words)
        {
            while (true)
            {
                i += CharacterClasses.CountWhile(text.AsSpan(i), words);
                if (i >= text.Length || !char.IsSurrogate(text[i]))
                {
                    return i;
                }

                var (isWord, length) = UnitAt(text, i);
                if (isWord != words)
                {
                    return i;
                }

                i += length;
            }
        }
    }

    /// <summary>
    /// The pieces of a word that holds characters of a paired script: each run of other letters whole, and for
    /// the paired characters (with the marks that follow them) each one, then each with the one before it:
    /// <c>人权理事会</c> gives 人, 权, 人权, 理, 权理, 事, 理事, 会, 事会.
    /// </summary>
    private static List<Range> PairedPieces(string text, int start, int end)
    {
        var pieces = new List<Range>();
        var runStart = -1;
        var previousPaired = -1;
        var i = start;
        while (i < end)
        {
            var rune = Rune.GetRuneAt(text, i);
            var unitEnd = i + rune.Utf16SequenceLength;
            while (unitEnd < end && Rune.GetRuneAt(text, unitEnd) is var next && Rune.GetUnicodeCategory(next) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                unitEnd += next.Utf16SequenceLength;
            }

            if (IsPairedScript(rune.Value))
            {
                if (runStart >= 0)
                {
                    pieces.Add(new Range(runStart, i));
                    runStart = -1;
                }

                pieces.Add(new Range(i, unitEnd));
                if (previousPaired >= 0)
                {
                    pieces.Add(new Range(previousPaired, unitEnd));
                }

                previousPaired = i;
            }
            else
            {
                runStart = runStart < 0 ? i : runStart;
                previousPaired = -1;
            }

            i = unitEnd;
        }

        if (runStart >= 0)
        {
            pieces.Add(new Range(runStart, end));
        }

        return pieces;
    }

    /// <summary>Whether the character (or surrogate pair) at <paramref name="i"/> belongs to a word, and its length.</summary>
    private static (bool IsWord, int Length) UnitAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            return (CharacterClasses.IsWordPart(new Rune(c, text[i + 1])), 2);
        }

        // A lone surrogate is no letter (enumerating runes would give U+FFFD for it), nor in the table.
        return (CharacterClasses.IsWordPart(c), 1);
    }

    /// <summary>The folded form of an exact form: its tone suffix dropped, then folded.</summary>
    public static string FoldExact(string exact) => Fold(exact.TrimEnd(ToneSuffixChars));
}
