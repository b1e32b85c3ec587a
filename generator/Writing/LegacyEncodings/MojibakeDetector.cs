namespace InfoSiteGen.Writing.LegacyEncodings;

/// <summary>What the detector found for one legacy encoding: how many distinct words point to it, and the first of them.</summary>
public sealed record LegacyEvidence(LegacyEncoding Encoding, int Words, int Line, int Column, string FirstWord);

/// <summary>The evidence for each encoding and the verdict drawn from it.</summary>
public sealed record LegacyDetection(LegacyEvidence? Tcvn3, LegacyEvidence? Vni)
{
    /// <summary>The encoding the text is in, when the evidence is clear; null when there is none or it points both ways.</summary>
    public LegacyEvidence? Likely => (Tcvn3, Vni) switch
    {
        (null, null) => null,
        ({ } t, null) => t,
        (null, { } v) => v,
        ({ } t, { } v) when t.Words >= 3 * v.Words => t,
        ({ } t, { } v) when v.Words >= 3 * t.Words => v,
        _ => null,
    };

    /// <summary>Both encodings have evidence and neither clearly more: the text cannot be converted without being told which.</summary>
    public bool Ambiguous => Tcvn3 is not null && Vni is not null && Likely is null;
}

/// <summary>
/// Tells whether a file's text is TCVN3 or VNI, either as raw bytes or (more often) read as Windows-1252
/// and saved again as UTF-8, where it shows as "ViÖt Nam" or "Vieät Nam".
/// </summary>
/// <remarks>
/// False alarms would teach editors to ignore the warning, so the test is strict: a word counts only if
/// it is not a Vietnamese syllable as written, but decoding it gives one. French, German or English words
/// with "é", "ä" or "·" do not decode to syllables, and correct Vietnamese is a syllable already. A file is
/// flagged only with <see cref="MinimumWords"/> distinct such words, and only if they are at least half of
/// the words that have letters outside ASCII and are not Vietnamese as written.
/// </remarks>
public static class MojibakeDetector
{
    public const int MinimumWords = 3;

    /// <summary>Text as read from a UTF-8 file.</summary>
    public static LegacyDetection Detect(string text)
    {
        // Every build looks at every file: one quick pass rules out the common case, text with no legacy letter
        // that correct Vietnamese would not have, before the word-by-word test.
        var found = Telltales(text);
        return new(
            (found & Tcvn3Flag) != 0 ? Evidence(text, LegacyEncoding.Tcvn3) : null,
            (found & VniFlag) != 0 ? Evidence(text, LegacyEncoding.Vni) : null);
    }

    /// <summary>Raw bytes of a file that is not UTF-8: each byte is looked at as the Windows-1252 character it would show as.</summary>
    public static LegacyDetection Detect(ReadOnlySpan<byte> bytes) => Detect(Windows1252.GetString(bytes));

    // Letters of correct Vietnamese that Windows-1252 also has: text made only of these (and ASCII) is not legacy.
    private const string VietnameseInLatin1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

    // The tell-tale letters of each encoding, as one table of flags indexed by character: all of them are below
    // U+2200 (the highest is ™). A table lookup per character is several times faster than SearchValues on text
    // where most letters are outside ASCII, as Vietnamese is.
    private const byte Tcvn3Flag = 1;
    private const byte VniFlag = 2;
    private static readonly byte[] TelltaleFlags = BuildTelltaleFlags();

    private static byte[] BuildTelltaleFlags()
    {
        IEnumerable<char> Letters(LegacyEncoding encoding) => Enumerable.Range(0x80, 0x80).Select(b => Windows1252.ToChar((byte)b))
            .Where(c => !VietnameseInLatin1.Contains(c) && IsWordChar(c, encoding));
        var tcvn3 = Letters(LegacyEncoding.Tcvn3).ToArray();
        var vni = Letters(LegacyEncoding.Vni).ToArray();
        var table = new byte[Math.Max(tcvn3.Max(), vni.Max()) + 1];
        foreach (var c in tcvn3)
        {
            table[c] |= Tcvn3Flag;
        }

        foreach (var c in vni)
        {
            table[c] |= VniFlag;
        }

        return table;
    }

    /// <summary>Which encodings' tell-tale letters the text has, as flags.</summary>
    private static int Telltales(string text)
    {
        var table = TelltaleFlags;
        var found = 0;
        foreach (var c in text)
        {
            if (c < table.Length)
            {
                found |= table[c];
            }
        }

        return found;
    }

    private static LegacyEvidence? Evidence(string text, LegacyEncoding encoding)
    {
        var characteristic = new HashSet<string>(StringComparer.Ordinal);
        var foreign = new HashSet<string>(StringComparer.Ordinal);
        (int Line, int Column, string Word)? first = null;
        int line = 1, lineStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
                i++;
                continue;
            }

            if (!IsWordChar(text[i], encoding))
            {
                i++;
                continue;
            }

            var start = i;
            var ascii = true;
            while (i < text.Length && IsWordChar(text[i], encoding))
            {
                ascii &= char.IsAscii(text[i]);
                i++;
            }

            if (ascii || i - start < 2)
            {
                continue;
            }

            var word = text[start..i];
            if (VietnameseSyllable.IsValid(word))
            {
                continue;
            }

            var lower = word.ToLowerInvariant();
            foreign.Add(lower);
            if (!characteristic.Contains(lower) && Changes(word, encoding) && VietnameseSyllable.IsValid(encoding.DecodeMisread(word)))
            {
                characteristic.Add(lower);
                first ??= (line, start - lineStart + 1, word);
            }
        }

        return first is { } f && characteristic.Count >= MinimumWords && 2 * characteristic.Count >= foreign.Count
            ? new LegacyEvidence(encoding, characteristic.Count, f.Line, f.Column, f.Word)
            : null;
    }

    /// <summary>A word that is not Vietnamese as written but is once decoded: the mark of legacy text.</summary>
    public static bool IsLegacyWord(string word, LegacyEncoding encoding) =>
        word.Length >= 2 && !word.All(char.IsAscii) && !VietnameseSyllable.IsValid(word)
        && VietnameseSyllable.IsValid(encoding.DecodeMisread(word));

    /// <summary>The words of a line as this encoding sees them: runs of ASCII letters and of characters that are legacy letters.</summary>
    public static IEnumerable<(int Start, int Length)> Words(string text, LegacyEncoding encoding)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i], encoding))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i], encoding))
            {
                i++;
            }

            yield return (start, i - start);
        }
    }

    /// <summary>Whether decoding would change anything in the word: most correct Vietnamese words are ruled out here cheaply.</summary>
    private static bool Changes(string word, LegacyEncoding encoding) =>
        word.Any(c => c >= 0x80 && Windows1252.TryGetByte(c, out var b) && (encoding == LegacyEncoding.Vni || Tcvn3.IsLetterByte(b) && Tcvn3.Decode([b]) != c.ToString()));

    internal static bool IsWordChar(char c, LegacyEncoding encoding) =>
        char.IsAsciiLetter(c) || (c >= 0x80 && Windows1252.TryGetByte(c, out var b) && encoding.IsLetterByte(b));
}
