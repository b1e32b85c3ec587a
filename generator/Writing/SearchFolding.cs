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
    /// and <c>102/2016/QH13</c> gives <c>102</c>, <c>2016</c> and <c>QH13</c>.
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var composed = Composition.Compose(text);
        var words = new List<string>();
        foreach (var range in WordRanges(composed))
        {
            words.Add(composed[range]);
        }

        return words;
    }

    /// <summary>Where the words of already composed text are, for callers that look words up without copying them.</summary>
    internal static WordRangeEnumerator WordRanges(string composed) => new(composed);

    /// <summary>
    /// The word ranges of a text, for <c>foreach</c> without an allocation: the search index goes through
    /// every word of every page, so this loop is one of the hottest of a build.
    /// </summary>
    internal struct WordRangeEnumerator(string text)
    {
        private int _position;

        public Range Current { get; private set; }

        public readonly WordRangeEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var start = Skip(_position, words: false);
            if (start >= text.Length)
            {
                _position = start;
                return false;
            }

            _position = Skip(start, words: true);
            Current = new Range(start, _position);
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
