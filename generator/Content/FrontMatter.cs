using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Content;

/// <summary>A content file cut in two: the YAML between the '---' lines and the Markdown after them.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    /// <summary>Splits <paramref name="text"/>; reports a missing opening or closing fence and returns null.</summary>
    public static FrontMatter? Split(string text, string path, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SourceLocation.StartOf(path),
                new Wording(
                    "tệp trống; một tệp nội dung bắt đầu bằng dòng '---', sau đó ít nhất là 'title:' và 'status:', rồi một dòng '---' để đóng lại",
                    "the file is empty; a content file starts with a '---' line, then at least 'title:' and 'status:', then a closing '---' line"));
            return null;
        }

        // The text is walked line by line in place: splitting a whole file into lines to find two of them
        // would copy every body once more.
        var firstEnd = text.IndexOf('\n');
        if (!IsFence(text.AsSpan(0, firstEnd < 0 ? text.Length : firstEnd), allowDots: false))
        {
            diagnostics.Error(DiagnosticCodes.NoFrontMatter, SourceLocation.StartOf(path),
                new Wording(
                    "tệp phải bắt đầu bằng dòng '---' để mở phần thông tin đầu bài (title, status, …)",
                    "the file must start with a line '---' that opens the front matter (title, status, …)"));
            return null;
        }

        var yamlStart = firstEnd + 1;
        for (int lineStart = yamlStart, lineNumber = 2; firstEnd >= 0 && lineStart <= text.Length; lineNumber++)
        {
            var end = text.IndexOf('\n', lineStart);
            var lineEnd = end < 0 ? text.Length : end;
            if (IsFence(text.AsSpan(lineStart, lineEnd - lineStart), allowDots: true))
            {
                var yaml = lineStart == yamlStart ? string.Empty : text[yamlStart..(lineStart - 1)];
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return new FrontMatter(yaml, 2, body, lineNumber + 1);
            }

            if (end < 0)
            {
                break;
            }

            lineStart = end + 1;
        }

        diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, SourceLocation.StartOf(path),
            new Wording(
                "phần thông tin đầu bài mở bằng '---' ở dòng này chưa được đóng; hãy thêm một dòng '---' sau khóa cuối cùng",
                "the front matter opened by '---' on this line is never closed; add a line '---' after the last key"));
        return null;
    }

    /// <summary>A '---' line (or '...', which YAML also accepts as the end of a document), trailing spaces allowed.</summary>
    private static bool IsFence(ReadOnlySpan<char> line, bool allowDots)
    {
        var trimmed = line.TrimEnd();
        return trimmed.SequenceEqual(Fence) || (allowDots && trimmed.SequenceEqual("..."));
    }
}
