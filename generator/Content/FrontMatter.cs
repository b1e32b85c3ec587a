using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Content;

/// <summary>A content file cut in two: the YAML between the '---' lines and the Markdown after them.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    /// <summary>Splits <paramref name="text"/>; reports a missing opening or closing fence and returns null.</summary>
    public static FrontMatter? Split(string text, string path, DiagnosticBag diagnostics)
    {
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SourceLocation.StartOf(path),
                "the file is empty; a content file starts with a '---' line, then at least 'title:' and 'status:', then a closing '---' line");
            return null;
        }

        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != Fence)
        {
            diagnostics.Error(DiagnosticCodes.NoFrontMatter, SourceLocation.StartOf(path),
                "the file must start with a line '---' that opens the front matter (title, status, …)");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is Fence or "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = i + 1 < lines.Length ? string.Join('\n', lines, i + 1, lines.Length - i - 1) : string.Empty;
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }

        diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, SourceLocation.StartOf(path),
            "the front matter opened by '---' on this line is never closed; add a line '---' after the last key");
        return null;
    }
}
