using System.Globalization;
using System.Text;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Content;

/// <summary>
/// Reads a text file the way editors' files arrive: a UTF-8 byte-order mark is dropped, Windows line
/// endings become '\n', decomposed (NFD) letters are composed (NFC). Bytes that are not UTF-8 are an
/// error at the line they sit on, rather than being silently replaced. Text typed with an old Vietnamese
/// font, invisible characters and mixed tone placement are warned about (<see cref="SourceTextChecks"/>).
/// </summary>
public static class SourceText
{
    /// <summary>Content files larger than this are refused: no real article or summary comes near it.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string absolutePath, string displayPath, DiagnosticBag diagnostics) =>
        ReadBytes(absolutePath, displayPath, diagnostics) is { } bytes ? Decode(bytes, displayPath, diagnostics) : null;

    /// <summary>The file's bytes, or null (with an error) when it is too large to be a content file.</summary>
    public static byte[]? ReadBytes(string absolutePath, string displayPath, DiagnosticBag diagnostics)
    {
        var size = new FileInfo(absolutePath).Length;
        if (size > MaxBytes)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceLocation.StartOf(displayPath),
                new Wording(
                    $"tệp có dung lượng {size / (1024.0 * 1024.0):0.0} MB; một tệp nội dung chỉ được tối đa {MaxBytes / (1024 * 1024)} MB, vì vậy hãy chia nhỏ tệp hoặc đăng tài liệu dưới dạng tệp đính kèm",
                    $"the file is {size / (1024.0 * 1024.0):0.0} MB; a content file may be at most {MaxBytes / (1024 * 1024)} MB, so split it or publish the material as an attachment"));
            return null;
        }

        return File.ReadAllBytes(absolutePath);
    }

    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var (line, column) = PositionOf(bytes, start, offset);
            // The byte offset (from 0, as hex viewers count) finds the spot when the line is too long to scan by eye.
            var bad = offset < bytes.Length ? $"0x{bytes[offset]:X2}" : "?";
            var message = new Wording(
                $"tệp không phải văn bản UTF-8 hợp lệ (byte {bad} ở vị trí byte {offset}; có lẽ tệp đã được lưu bằng bảng mã cũ); hãy mở tệp và lưu lại với bảng mã UTF-8",
                $"the file is not valid UTF-8 text (byte {bad} at byte offset {offset}; it was probably saved in an old encoding); open it and save it again as UTF-8");
            if (SourceTextChecks.LegacyBytesHint(bytes.AsSpan(start), displayPath) is { } hint)
            {
                message = new Wording(message.Vietnamese + hint.Vietnamese, message.English + hint.English);
            }

            diagnostics.Error(DiagnosticCodes.InvalidUtf8, new SourceLocation(displayPath, line, column), message);
            return null;
        }

        if (text.Contains('\r'))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        if (!Composition.IsComposed(text))
        {
            diagnostics.CountDecomposed(DecomposedLetters(text));
            text = text.Normalize(NormalizationForm.FormC);
        }
        return SourceTextChecks.Inspect(text, displayPath, diagnostics);
    }

    /// <summary>Letters followed by one or more combining marks: ệ typed as e + ̂ + ̣ counts once.</summary>
    private static int DecomposedLetters(string text)
    {
        var count = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (IsCombining(text[i]) && !IsCombining(text[i - 1]))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsCombining(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static (int Line, int Column) PositionOf(byte[] bytes, int start, int offset)
    {
        int line = 1, lineStart = start;
        for (var i = start; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Count characters, not bytes, up to the bad byte: UTF-8 continuation bytes do not start a character.
        var column = 1;
        for (var i = lineStart; i < offset && i < bytes.Length; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
