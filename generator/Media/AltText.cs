using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Media;

/// <summary>
/// Text alternatives of pictures. Every picture needs one; a picture that only decorates (adds nothing a reader
/// would miss) says so with the word <c>trang trí</c> or <c>decorative</c> as its text, and is then published with
/// an empty <c>alt</c>, which screen readers skip. A text that is only the file name or a word such as "ảnh" or
/// "image" tells a blind reader nothing: a warning.
/// </summary>
public static class AltText
{
    /// <summary>The words an editor writes as the text of a decorative picture.</summary>
    public static readonly IReadOnlyList<string> DecorativeMarkers = ["trang trí", "decorative"];

    private static readonly HashSet<string> EmptyWords = new(
        ["ảnh", "anh", "hình", "hinh", "hình ảnh", "hinh anh", "image", "picture", "photo", "img", "pic", "ảnh minh họa", "ảnh minh hoạ", "minh họa", "minh hoạ"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The <c>alt</c> to publish for <paramref name="written"/>: empty for a decorative picture. Warns about texts that say nothing.</summary>
    public static string Publish(string written, string source, SourceLocation at, DiagnosticBag diagnostics)
    {
        var text = written.Trim();
        if (DecorativeMarkers.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return "";
        }

        var file = Path.GetFileName(source);
        if (text.StartsWith("TODO", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Warning(DiagnosticCodes.WeakAltText, at, new Wording(
                $"ảnh {file} vẫn còn '{text}' thay cho lời mô tả (do lệnh import để lại vì văn bản Word không có); hãy viết một câu mô tả nội dung ảnh",
                $"the picture {file} still has '{text}' for its text alternative (left by import, as the Word document had none); write a sentence describing it"));
            return text;
        }

        if (EmptyWords.Contains(text) || string.Equals(text, file, StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, Path.GetFileNameWithoutExtension(file), StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Warning(DiagnosticCodes.WeakAltText, at, new Wording(
                $"lời mô tả '{text}' của ảnh {file} không cho người khiếm thị biết ảnh thể hiện gì; hãy viết một câu mô tả nội dung ảnh, hoặc ghi 'trang trí' nếu ảnh chỉ để trang trí",
                $"the text alternative '{text}' of {file} does not tell a blind reader what the picture shows; write a sentence describing it, or 'decorative' if it only decorates"));
        }

        return text;
    }
}
