using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InfoSiteGen.Media;

/// <summary>
/// Caption files for videos: WebVTT, checked line by line, or SubRip (<c>.srt</c>), converted to WebVTT, which is
/// the only format the <c>track</c> element plays.
/// </summary>
public static partial class Captions
{
    [GeneratedRegex(@"^(?:(\d{2,4}):)?([0-5]\d):([0-5]\d)\.(\d{3})$")]
    private static partial Regex VttTime();

    [GeneratedRegex(@"^\s*(\d{1,2}):([0-5]\d):([0-5]\d)[,.](\d{1,3})\s*-->\s*(\d{1,2}):([0-5]\d):([0-5]\d)[,.](\d{1,3})\s*$")]
    private static partial Regex SrtTiming();

    /// <summary>The WebVTT text of a caption file, converting SubRip.</summary>
    /// <exception cref="UnusableMediaException">The file is not valid WebVTT or SubRip, with the line.</exception>
    public static string ToWebVtt(string fileName, byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF').ReplaceLineEndings("\n");
        }
        catch (DecoderFallbackException)
        {
            throw new UnusableMediaException("tệp phụ đề không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8", "the caption file is not UTF-8 text; save it again as UTF-8");
        }

        var vtt = fileName.EndsWith(".srt", StringComparison.OrdinalIgnoreCase) ? FromSubRip(text) : text;
        Check(vtt, isConverted: !ReferenceEquals(vtt, text));
        return WithoutNotes(vtt);
    }

    private static void Check(string vtt, bool isConverted)
    {
        var lines = vtt.Split('\n');
        if (!(lines[0] == "WEBVTT" || lines[0].StartsWith("WEBVTT ", StringComparison.Ordinal) || lines[0].StartsWith("WEBVTT\t", StringComparison.Ordinal)))
        {
            throw Invalid(1, "dòng đầu tiên phải là WEBVTT", "the first line must be WEBVTT", isConverted);
        }

        var cues = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            if (!lines[i].Contains("-->", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = lines[i].Split("-->", 2);
            var start = Time(parts[0].Trim());
            var endText = parts[1].Trim().Split([' ', '\t'], 2)[0];
            var end = Time(endText);
            if (start is null || end is null)
            {
                throw Invalid(i + 1, $"thời gian '{lines[i].Trim()}' không đúng dạng 00:00:01.000 --> 00:00:04.000", $"the timing '{lines[i].Trim()}' is not of the form 00:00:01.000 --> 00:00:04.000", isConverted);
            }

            if (end <= start)
            {
                throw Invalid(i + 1, "thời điểm kết thúc phải sau thời điểm bắt đầu", "the end time must be after the start time", isConverted);
            }

            cues++;
        }

        if (cues == 0)
        {
            throw Invalid(1, "tệp không có câu phụ đề nào", "the file has no captions", isConverted);
        }
    }

    /// <summary>
    /// The cues only: NOTE blocks are the captioner's comments, not for readers, and STYLE and REGION blocks could
    /// load styles from elsewhere.
    /// </summary>
    private static string WithoutNotes(string vtt)
    {
        var blocks = vtt.Split("\n\n");
        var kept = blocks.Where((block, i) => i == 0 || !(block.TrimStart('\n').StartsWith("NOTE", StringComparison.Ordinal)
            || block.TrimStart('\n').StartsWith("STYLE", StringComparison.Ordinal) || block.TrimStart('\n').StartsWith("REGION", StringComparison.Ordinal)));
        return string.Join("\n\n", kept);
    }

    private static TimeSpan? Time(string text)
    {
        var match = VttTime().Match(text);
        if (!match.Success)
        {
            return null;
        }

        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        return new TimeSpan(0, Part(1), Part(2), Part(3), Part(4));
    }

    /// <summary>SubRip blocks (number, timing with commas, text) as WebVTT cues.</summary>
    private static string FromSubRip(string srt)
    {
        var vtt = new StringBuilder("WEBVTT\n");
        var lines = srt.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var timing = SrtTiming().Match(lines[i]);
            if (timing.Success)
            {
                string At(int first) =>
                    $"{int.Parse(timing.Groups[first].Value, CultureInfo.InvariantCulture):00}:{timing.Groups[first + 1].Value}:{timing.Groups[first + 2].Value}.{timing.Groups[first + 3].Value.PadRight(3, '0')}";
                vtt.Append('\n').Append(At(1)).Append(" --> ").Append(At(5)).Append('\n');
            }
            else if (lines[i].Contains("-->", StringComparison.Ordinal))
            {
                throw Invalid(i + 1, $"thời gian '{lines[i].Trim()}' không đúng dạng 00:00:01,000 --> 00:00:04,000", $"the timing '{lines[i].Trim()}' is not of the form 00:00:01,000 --> 00:00:04,000", converted: false);
            }
            else if (lines[i].Trim().Length > 0 && !(int.TryParse(lines[i].Trim(), out _) && i + 1 < lines.Length && lines[i + 1].Contains("-->", StringComparison.Ordinal)))
            {
                vtt.Append(lines[i]).Append('\n');
            }
        }

        return vtt.ToString();
    }

    private static UnusableMediaException Invalid(int line, string vietnamese, string english, bool converted) =>
        converted
            ? new UnusableMediaException($"tệp phụ đề không chuyển được sang WebVTT: {vietnamese}", $"the caption file cannot be converted to WebVTT: {english}")
            : new UnusableMediaException($"tệp phụ đề không đúng định dạng WebVTT ở dòng {line}: {vietnamese}", $"the caption file is not valid WebVTT at line {line}: {english}");
}
