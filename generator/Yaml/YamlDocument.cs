using InfoSiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InfoSiteGen.Yaml;

/// <summary>Parses a YAML mapping (site.yml, UI strings, front matter) and turns syntax problems into diagnostics.</summary>
public static class YamlDocument
{
    /// <summary>
    /// Parses <paramref name="text"/> as a mapping. <paramref name="firstLine"/> is the line of the file the text
    /// starts on, so that positions point into the whole file (front matter starts on line 2).
    /// Returns null, with a diagnostic, when the text is not a valid mapping.
    /// </summary>
    public static YamlMap? ParseMapping(string text, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        var parser = PlainYamlReader.ParserFor(text);
        try
        {
            stream.Load(parser);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for a '[' or '{' still open at the end of the text.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, CurrentPosition(parser, path, firstLine),
                new Wording(
                    "đây không phải YAML hợp lệ (một danh sách mở bằng '[' hoặc một nhóm mở bằng '{' chưa được đóng); hãy đóng lại ngay trên cùng dòng",
                    "this is not valid YAML (a list opened with '[' or a group opened with '{' is never closed); close it on the same line"));
            return null;
        }
        catch (ArgumentException e)
        {
            // YamlDotNet throws this, without a position, for malformed tags (!…) and directives (%…); found by fuzzing.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, CurrentPosition(parser, path, firstLine),
                new Wording(
                    $"đây không phải YAML hợp lệ (chi tiết kỹ thuật: {FirstSentence(e.Message)}); hãy bỏ dấu '!' hoặc '%', hoặc đặt giá trị trong dấu ngoặc kép",
                    $"this is not valid YAML ({FirstSentence(e.Message)}); remove the '!' or '%' marks, or put the value in quotes"));
            return null;
        }
        catch (YamlException e)
        {
            var at = new SourceLocation(path, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column);
            if (e.Message.StartsWith("Duplicate key", StringComparison.Ordinal))
            {
                var key = e.Message["Duplicate key".Length..].Trim();
                diagnostics.Error(DiagnosticCodes.DuplicateKey, at,
                    new Wording(
                        $"khóa '{key}' xuất hiện hai lần; chỉ giữ lại một",
                        $"the key '{key}' appears twice; keep only one of them"));
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, at,
                    new Wording(
                        $"đây không phải YAML hợp lệ (chi tiết kỹ thuật: {Describe(e)}); hãy kiểm tra dấu ngoặc kép, dấu hai chấm và khoảng thụt đầu dòng ở dòng này hoặc dòng trước đó",
                        $"this is not valid YAML ({Describe(e)}); check the quotes, colons and indentation on this line or the one before"));
            }

            return null;
        }

        var source = new YamlSource(path, firstLine, diagnostics);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMap(new YamlMappingNode(), source);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, source.At(stream.Documents[0].RootNode),
                new Wording(
                    "nội dung ở đây phải là các dòng dạng 'khóa: giá trị'",
                    "expected lines of the form 'key: value'"));
            return null;
        }

        return new YamlMap(root, source);
    }

    private static SourceLocation CurrentPosition(IParser parser, string path, int firstLine)
    {
        var mark = parser.Current?.Start;
        return new SourceLocation(path, (int)(mark?.Line ?? 1) + firstLine - 1, (int)(mark?.Column ?? 1));
    }

    private static string FirstSentence(string message)
    {
        var parameter = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return (parameter > 0 ? message[..parameter] : message).TrimEnd('.').ToLowerInvariant();
    }

    private static string Describe(YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var parenthesis = message.IndexOf(" (", StringComparison.Ordinal);
        return (parenthesis > 0 ? message[..parenthesis] : message).TrimEnd('.').ToLowerInvariant();
    }
}

/// <summary>Where a YAML text sits in its file, and where its problems go.</summary>
public sealed record YamlSource(string Path, int FirstLine, DiagnosticBag Diagnostics)
{
    public SourceLocation At(YamlNode node) =>
        new(Path, (int)node.Start.Line + FirstLine - 1, (int)node.Start.Column);
}
