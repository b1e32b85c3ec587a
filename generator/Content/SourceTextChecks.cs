using System.Globalization;
using System.Text;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing;
using InfoSiteGen.Writing.LegacyEncodings;

namespace InfoSiteGen.Content;

/// <summary>
/// Checks of a file's text that no parser would notice: letters typed with an old Vietnamese font,
/// invisible characters pasted from word processors, and two ways of placing tones in one file.
/// </summary>
public static class SourceTextChecks
{
    /// <summary>The command that repairs legacy text, as the messages show it.</summary>
    public static string FixCommand(string displayPath) => $"infositegen fix-encoding {displayPath}";

    /// <summary>Runs the checks on decoded text and returns the text to publish (without invisible characters).</summary>
    public static string Inspect(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (MojibakeDetector.Detect(text).Likely is { } legacy)
        {
            diagnostics.Warning(DiagnosticCodes.LegacyEncoding, new SourceLocation(displayPath, legacy.Line, legacy.Column), new Wording(
                $"chữ ở đây có vẻ được gõ bằng mã {legacy.Encoding.DisplayName()} của phông chữ cũ (\"{legacy.FirstWord}\" là \"{legacy.Encoding.DecodeMisread(legacy.FirstWord)}\"); hãy chuyển sang Unicode bằng lệnh: {FixCommand(displayPath)}",
                $"this text looks like {legacy.Encoding.DisplayName()} typed with an old Vietnamese font (\"{legacy.FirstWord}\" is \"{legacy.Encoding.DecodeMisread(legacy.FirstWord)}\"); convert it to Unicode, run: {FixCommand(displayPath)}"));

            // Legacy text is left whole: in TCVN3 the soft hyphen is the letter ư, and fix-encoding needs the file as it is.
            return text;
        }

        text = RemoveInvisible(text, displayPath, diagnostics);
        text = NormaliseStrayNonBreakingSpaces(text, displayPath, diagnostics);
        CheckTonePlacement(text, displayPath, diagnostics);
        return text;
    }

    /// <summary>The hint added to the invalid UTF-8 error when the bytes read as TCVN3 or VNI.</summary>
    public static Wording? LegacyBytesHint(ReadOnlySpan<byte> bytes, string displayPath) =>
        MojibakeDetector.Detect(bytes).Likely is { } legacy
            ? new Wording(
                $"; chữ trong tệp có vẻ là mã {legacy.Encoding.DisplayName()}, hãy chuyển sang UTF-8 bằng lệnh: {FixCommand(displayPath)}",
                $"; it looks like {legacy.Encoding.DisplayName()}, run: {FixCommand(displayPath)}")
            : null;

    private static bool IsInvisible(string text, int i) => text[i] switch
    {
        '\u200B' or '\u200C' or '\u00AD' or '\uFEFF' => true,

        // A zero-width joiner between two emoji is part of the picture (a family, a flag), not a stray.
        '\u200D' => !(i > 0 && IsPictograph(text, i - 1) && i + 1 < text.Length && IsPictograph(text, i + 1)),
        _ => false,
    };

    private static bool IsPictograph(string text, int i) =>
        char.IsSurrogate(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.OtherSymbol;

    private static readonly System.Buffers.SearchValues<char> InvisibleCandidates = System.Buffers.SearchValues.Create("\u200B\u200C\u200D\u00AD\uFEFF");

    private static string RemoveInvisible(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (!text.AsSpan().ContainsAny(InvisibleCandidates))
        {
            return text;
        }

        var first = -1;
        var count = 0;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsInvisible(text, i))
            {
                first = first < 0 ? i : first;
                count++;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        if (count == 0)
        {
            return text;
        }

        diagnostics.Warning(DiagnosticCodes.InvisibleCharacters, LocationOf(text, first, displayPath), new Wording(
            $"{count} ký tự vô hình (khoảng trắng độ rộng 0, gạch nối mềm, BOM) đã được bỏ khỏi trang đăng, ký tự đầu tiên ở đây; tệp của bạn không bị đổi, hãy xoá chúng trong tệp nếu muốn",
            $"{count} invisible character{(count == 1 ? string.Empty : "s")} (zero-width space, soft hyphen, byte-order mark) removed from what is published, the first here; your file is unchanged, delete them there if you wish"));
        return builder.ToString();
    }

    /// <summary>
    /// Non-breaking spaces are right between two words that must stay on one line ("75 năm", "Điều 5"), and
    /// are kept there. Word and web pages also leave them where Markdown or YAML needs an ordinary space — after
    /// "#", "-", "1." or "key:" the line is then no longer a heading, a list item or a key — and at the start
    /// or end of lines and beside other spaces, where they only push text around. Those become ordinary
    /// spaces (or go, at the end of a line), with one warning per file.
    /// </summary>
    private static string NormaliseStrayNonBreakingSpaces(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (!text.AsSpan().ContainsAny('\u00A0', '\u202F'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var first = -1;
        var count = 0;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                lineStart = i + 1;
            }

            if (!IsNonBreakingSpace(c) || !IsStray(text, i, lineStart))
            {
                builder.Append(c);
                continue;
            }

            first = first < 0 ? i : first;
            count++;
            if (!AtLineEnd(text, i))
            {
                builder.Append(' ');
            }
        }

        if (count == 0)
        {
            return text;
        }

        diagnostics.Warning(DiagnosticCodes.StrayNonBreakingSpace, LocationOf(text, first, displayPath), new Wording(
            $"{count} khoảng trắng không ngắt dòng nằm ở chỗ cần khoảng trắng thường (sau #, -, 1. hay \"tên:\", ở đầu hay cuối dòng, cạnh khoảng trắng khác) đã được đổi thành khoảng trắng thường trên trang đăng, chỗ đầu tiên ở đây; tệp của bạn không bị đổi, hãy gõ lại các khoảng trắng đó nếu muốn",
            $"{count} non-breaking space{(count == 1 ? string.Empty : "s")} where an ordinary space belongs (after #, -, 1. or \"key:\", at the start or end of a line, next to another space) became ordinary spaces in what is published, the first here; your file is unchanged, retype those spaces there if you wish"));
        return builder.ToString();
    }

    private static bool IsNonBreakingSpace(char c) => c is '\u00A0' or '\u202F';

    private static bool IsSpace(char c) => c is ' ' or '\t' || IsNonBreakingSpace(c);

    private static bool IsStray(string text, int i, int lineStart)
    {
        if ((i > lineStart && IsSpace(text[i - 1])) || (i + 1 < text.Length && IsSpace(text[i + 1])) || AtLineEnd(text, i))
        {
            return true;
        }

        var before = text.AsSpan(lineStart, i - lineStart).TrimStart(" \t\u00A0\u202F");
        return before.IsEmpty || IsBlockMarker(before) || IsYamlKey(before);
    }

    private static bool AtLineEnd(string text, int i)
    {
        for (var j = i + 1; j < text.Length && text[j] != '\n'; j++)
        {
            if (!IsSpace(text[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>#…######, -, *, +, &gt; or an ordered-list number such as 1. or 12): what opens a Markdown block.</summary>
    private static bool IsBlockMarker(ReadOnlySpan<char> before)
    {
        if (before is "-" or "*" or "+" or ">" || (before.Length <= 6 && !before.ContainsAnyExcept('#')))
        {
            return true;
        }

        return before.Length is >= 2 and <= 10 && before[^1] is '.' or ')' && !before[..^1].ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>A YAML key and its colon, such as <c>title:</c>.</summary>
    private static bool IsYamlKey(ReadOnlySpan<char> before) =>
        before.Length >= 2 && before[^1] == ':' && char.IsAsciiLetter(before[0])
        && !before[..^1].ContainsAnyExcept(YamlKeyCharacters);

    private static readonly System.Buffers.SearchValues<char> YamlKeyCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    /// <summary>
    /// "hoà, thuý, khoẻ" (tone on the second vowel, the older rule) and "hòa, thúy, khỏe" (the newer rule) are
    /// both correct, but one text should use one of them; mixing them also splits search results.
    /// </summary>
    private static void CheckTonePlacement(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var (oldStyle, newStyle, firstOld, firstNew) = CountTonePlacements(text);
        if (oldStyle == 0 || newStyle == 0)
        {
            return;
        }

        // Point at the first word of the less common style: that is the one to change.
        var start = oldStyle < newStyle ? firstOld : firstNew;
        diagnostics.Warning(DiagnosticCodes.MixedTonePlacement, LocationOf(text, start, displayPath), new Wording(
            $"tệp dùng cả hai cách đặt dấu: {oldStyle} từ kiểu cũ (\"hoà\", \"thuý\") và {newStyle} từ kiểu mới (\"hòa\", \"thúy\"); hãy chọn một cách cho cả tệp",
            $"the file places tones two ways: {oldStyle} word{(oldStyle == 1 ? string.Empty : "s")} the older way (\"hoà\", \"thuý\") and {newStyle} the newer way (\"hòa\", \"thúy\"); choose one for the whole file"));
    }

    /// <summary>
    /// The words ending in oa, oe or uy with the tone on the second vowel (old style) and on the first (new
    /// style), and where the first of each begins. Such a word ends in a vowel with a tone and a vowel without,
    /// so the scan jumps from one toned vowel to the next rather than walking every word of the file.
    /// </summary>
    internal static (int Old, int New, int FirstOld, int FirstNew) CountTonePlacements(string text)
    {
        int oldStyle = 0, newStyle = 0, firstOld = -1, firstNew = -1;
        var from = 0;
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAny(TonedOnly);
            if (found < 0)
            {
                break;
            }

            var toned = from + found;
            from = toned + 1;

            // The toned vowel must be one of the word's last two letters, and the word at least two letters long.
            var end = !IsLetterAt(text, toned + 1) ? toned + 1 : !IsLetterAt(text, toned + 2) ? toned + 2 : -1;
            if (end < 0 || !IsLetterAt(text, end - 2))
            {
                continue;
            }

            from = end;
            var wordStart = end - 2;
            while (IsLetterAt(text, wordStart - 1))
            {
                wordStart--;
            }

            // After q the u belongs to the consonant (quý, quà).
            if (end - wordStart >= 3 && text[end - 3] is 'q' or 'Q')
            {
                continue;
            }

            var (first, firstTone) = ToneOf(text[end - 2]);
            var (second, secondTone) = ToneOf(text[end - 1]);
            if ((first, second) is not (('o', 'a') or ('o', 'e') or ('u', 'y')) || (firstTone == 0) == (secondTone == 0))
            {
                continue;
            }

            if (secondTone != 0)
            {
                oldStyle++;
                firstOld = firstOld < 0 ? wordStart : firstOld;
            }
            else
            {
                newStyle++;
                firstNew = firstNew < 0 ? wordStart : firstNew;
            }
        }

        return (oldStyle, newStyle, firstOld, firstNew);
    }

    private static bool IsLetterAt(string text, int index) => (uint)index < (uint)text.Length && CharacterClasses.IsLetter(text[index]);

    // Each vowel of oa, oe and uy with its five tones, in the order none, grave, acute, hook, tilde, dot,
    // small then capital. (char.ToLowerInvariant would ask ICU for every letter outside ASCII: too slow here.)
    private const string TonedVowels = "oòóỏõọuùúủũụaàáảãạeèéẻẽẹyỳýỷỹỵOÒÓỎÕỌUÙÚỦŨỤAÀÁẢÃẠEÈÉẺẼẸYỲÝỶỸỴ";

    // TonedVowels as a table by character, built once: the check looks up the last two letters of every word.
    // Each entry is the plain small vowel in the high byte and the tone in the low one; 0 for other characters.
    private static readonly ushort[] ToneTable = BuildToneTable();

    // The vowels of TonedVowels that carry a tone.
    private static readonly System.Buffers.SearchValues<char> TonedOnly =
        System.Buffers.SearchValues.Create(TonedVowels.Where((_, at) => at % 6 != 0).ToArray());

    private static ushort[] BuildToneTable()
    {
        var table = new ushort[TonedVowels.Max() + 1];
        for (var at = 0; at < TonedVowels.Length; at++)
        {
            table[TonedVowels[at]] = (ushort)((TonedVowels[at % 30 - (at % 6)] << 8) | (at % 6));
        }

        return table;
    }

    /// <summary>The plain small vowel (o, u, a, e or y) and its tone (0 for none, 1–5), or ('\0', 0) for any other letter.</summary>
    private static (char Vowel, int Tone) ToneOf(char c)
    {
        var entry = c < ToneTable.Length ? ToneTable[c] : 0;
        return ((char)(entry >> 8), entry & 0xFF);
    }

    private static SourceLocation LocationOf(string text, int index, string displayPath)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(displayPath, line, index - lineStart + 1);
    }
}
