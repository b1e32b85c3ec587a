using System.Text;

namespace InfoSiteGen.Writing.LegacyEncodings;

/// <summary>The converted text and what changed.</summary>
public sealed record LegacyConversion(string Text, int LinesChanged, int CharactersChanged, int FirstLineChanged);

/// <summary>
/// Converts a file's bytes from a legacy encoding to Unicode, line by line, touching only what is legacy:
/// files often mix the two (a title typed afresh in Unicode above a body pasted from an old document).
/// </summary>
/// <remarks>
/// A line that is not UTF-8 is legacy bytes and is decoded whole. A UTF-8 line that Windows-1252 can hold
/// entirely is converted whole when it has at least one legacy word: single legacy words can look like
/// correct Vietnamese ("cã" is "có" in TCVN3), so converting word by word would miss them. A line with
/// Unicode Vietnamese letters in it is already partly correct, and only its legacy words are converted.
/// ASCII is the same in every encoding involved, so front matter keys and Markdown syntax never change.
/// </remarks>
public static class LegacyConverter
{

    public static LegacyConversion Convert(ReadOnlySpan<byte> bytes, LegacyEncoding encoding)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var rest = bytes[start..];
        var builder = new StringBuilder(rest.Length);
        int lines = 0, characters = 0, first = 0, number = 0;
        while (true)
        {
            number++;
            var end = rest.IndexOf((byte)'\n');
            var lineBytes = end < 0 ? rest : rest[..end];
            var original = TryUtf8(lineBytes);
            var converted = original is null ? encoding.Decode(lineBytes) : ConvertLine(original, encoding);
            var before = original ?? Windows1252.GetString(lineBytes);
            if (!string.Equals(converted, before, StringComparison.Ordinal))
            {
                lines++;
                first = first == 0 ? number : first;
                characters += converted.Count(c => !char.IsAscii(c)) - CountUnchanged(before, converted);
            }

            builder.Append(converted);
            if (end < 0)
            {
                break;
            }

            builder.Append('\n');
            rest = rest[(end + 1)..];
        }

        return new LegacyConversion(builder.ToString().Normalize(NormalizationForm.FormC), lines, characters, first);
    }

    private static string ConvertLine(string line, LegacyEncoding encoding)
    {
        var words = MojibakeDetector.Words(line, encoding).Where(w => MojibakeDetector.IsLegacyWord(line.Substring(w.Start, w.Length), encoding)).ToList();
        if (words.Count == 0)
        {
            return line;
        }

        if (line.All(c => Windows1252.TryGetByte(c, out _)))
        {
            return encoding.DecodeMisread(line);
        }

        var builder = new StringBuilder(line.Length);
        var at = 0;
        foreach (var (start, length) in words)
        {
            builder.Append(line, at, start - at).Append(encoding.DecodeMisread(line.Substring(start, length)));
            at = start + length;
        }

        return builder.Append(line, at, line.Length - at).ToString();
    }

    /// <summary>Non-ASCII characters that were already in the line and are still there (Unicode letters, quotes, dashes).</summary>
    private static int CountUnchanged(string before, string after)
    {
        var left = before.Where(c => !char.IsAscii(c)).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var kept = 0;
        foreach (var c in after.Where(c => !char.IsAscii(c)))
        {
            if (left.TryGetValue(c, out var n) && n > 0)
            {
                left[c] = n - 1;
                kept++;
            }
        }

        return kept;
    }

    /// <summary>The text of bytes that are valid UTF-8, else null.</summary>
    internal static string? TryUtf8(ReadOnlySpan<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null;
}
