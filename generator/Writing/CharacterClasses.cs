using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace InfoSiteGen.Writing;

/// <summary>
/// Letter, digit and mark tests for single UTF-16 characters, answered from a table of every character
/// built once. The checks and the search index ask them for every character of every page, and outside
/// Latin-1 (most Vietnamese letters: ạ, ư, ế…) <see cref="char.IsLetter(char)"/> and friends go through
/// the Unicode category lookup each time. The answers are exactly theirs; surrogates are never letters.
/// </summary>
public static class CharacterClasses
{
    private const byte Letter = 1;
    private const byte Digit = 2;
    private const byte Mark = 4;

    private static readonly byte[] Table = Build();

    /// <summary>The same as <see cref="char.IsLetter(char)"/>.</summary>
    public static bool IsLetter(char c) => (Table[c] & Letter) != 0;

    /// <summary>A letter, a decimal digit or a combining mark: a character that belongs to a word.</summary>
    public static bool IsWordPart(char c) => Table[c] != 0;

    /// <summary>
    /// The number of words: runs of letters and digits. Every body's text goes through here for its reading
    /// time, so the loop has no branch per character and reads the table without a bounds check (it has an
    /// entry for every char).
    /// </summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(Table);
        int count = 0, inWord = 0;
        foreach (var c in text)
        {
            var letter = (Unsafe.Add(ref table, c) & (Letter | Digit)) == 0 ? 0 : 1;
            count += letter & (inWord ^ 1);
            inWord = letter;
        }

        return count;
    }

    /// <summary>
    /// The words a reader reads, for the reading time: <see cref="CountWords"/>, and for Chinese and Japanese, which
    /// put no spaces between words, a word per 1.3 ideographs or kana, since readers take in about 260 of them a
    /// minute where they read 200 words (Korean separates its words, so it is counted by them).
    /// </summary>
    public static int CountReadingWords(ReadOnlySpan<char> text)
    {
        var words = CountWords(text);
        if (text.IndexOfAnyInRange('\u3040', '\uFAFF') < 0)
        {
            return words;
        }

        var characters = 0;
        foreach (var c in text)
        {
            characters += c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') ? 1 : 0;
        }

        return words + (characters * 10 / 13);
    }

    /// <summary>
    /// How many characters from the start are word parts (with <paramref name="wordParts"/> false: are not),
    /// stopping before the first surrogate, which only the pair it belongs to can classify. The search index
    /// splits every page into words with this.
    /// </summary>
    public static int CountWhile(ReadOnlySpan<char> text, bool wordParts)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(Table);
        var i = 0;
        while (i < text.Length && !char.IsSurrogate(text[i]) && (Unsafe.Add(ref table, text[i]) != 0) == wordParts)
        {
            i++;
        }

        return i;
    }

    /// <summary>The same for any character, including those outside the BMP (written as a surrogate pair).</summary>
    public static bool IsWordPart(Rune rune) => rune.IsBmp ? Table[rune.Value] != 0 : ClassOf(Rune.GetUnicodeCategory(rune)) != 0;

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = ClassOf(CharUnicodeInfo.GetUnicodeCategory((char)c));
        }

        return table;
    }

    private static byte ClassOf(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => Letter,
        UnicodeCategory.DecimalDigitNumber => Digit,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Mark,
        _ => 0,
    };
}
