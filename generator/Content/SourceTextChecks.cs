using System.Globalization;
using System.Text;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Text.LegacyEncodings;

namespace InfoSiteGen.Content;

/// <summary>
/// Checks of a file's text that no parser would notice: letters typed with an old Vietnamese font,
/// invisible characters pasted from word processors, and two ways of placing tones in one file.
/// </summary>
public static class SourceTextChecks
{
    /// <summary>The command that repairs legacy text, as the messages show it.</summary>
    public static string FixCommand(string displayPath) => $"dotnet run --project generator -- fix-encoding {displayPath}";

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
    /// "hoà, thuý, khoẻ" (tone on the second vowel, the older rule) and "hòa, thúy, khỏe" (the newer rule) are
    /// both correct, but one text should use one of them; mixing them also splits search results.
    /// </summary>
    private static void CheckTonePlacement(string text, string displayPath, DiagnosticBag diagnostics)
    {
        int oldStyle = 0, newStyle = 0, firstOld = -1, firstNew = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            // Only words ending in oa, oe or uy without a final consonant; after q the u belongs to the consonant.
            if (i - wordStart < 2 || !"oòóỏõọuùúủũụOÒÓỎÕỌUÙÚỦŨỤ".Contains(text[i - 2]) || !"aàáảãạeèéẻẽẹyỳýỷỹỵAÀÁẢÃẠEÈÉẺẼẸYỲÝỶỸỴ".Contains(text[i - 1])
                || (i - wordStart >= 3 && text[i - 3] is 'q' or 'Q'))
            {
                continue;
            }

            var pair = text.Substring(i - 2, 2).ToLowerInvariant().Normalize(NormalizationForm.FormD);
            var bases = string.Concat(pair.Where(c => c < 0x300 || c > 0x36F));
            var tone = pair.IndexOfAny(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
            if (bases is not ("oa" or "oe" or "uy") || tone < 0 || pair.Length != 3)
            {
                continue;
            }

            if (tone == 2)
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
