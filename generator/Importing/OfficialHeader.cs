using System.Globalization;
using System.Text.RegularExpressions;

namespace InfoSiteGen.Importing;

/// <summary>What the header of an official Vietnamese document states.</summary>
/// <param name="Title">The kind and the subject as the title: "Luật Tín ngưỡng, tôn giáo".</param>
public sealed record OfficialFacts(string? Number, string? Kind, string? Issuer, DateOnly? IssuedOn, string? Title);

/// <summary>
/// Reads the header every official Vietnamese document opens with (Decree 30/2020/ND-CP): the issuing body, the
/// national motto, "Số: 02/2016/QH14", the place and date "Hà Nội, ngày 18 tháng 11 năm 2016", then the kind of
/// document in capitals ("LUẬT") and its subject ("TÍN NGƯỠNG, TÔN GIÁO"). The header is usually a two-column table,
/// sometimes plain paragraphs. What is read becomes front matter and leaves the body.
/// </summary>
internal static partial class OfficialHeader
{
    private static readonly string[] Kinds =
    [
        "HIẾN PHÁP", "BỘ LUẬT", "LUẬT", "PHÁP LỆNH", "LỆNH", "NGHỊ QUYẾT LIÊN TỊCH", "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "QUYẾT ĐỊNH",
        "THÔNG TƯ LIÊN TỊCH", "THÔNG TƯ", "CHỈ THỊ", "KẾ HOẠCH", "HƯỚNG DẪN", "THÔNG BÁO", "BÁO CÁO", "CÔNG VĂN", "TỜ TRÌNH",
    ];

    /// <summary>How far into the document the header and the title may reach.</summary>
    private const int HeaderReach = 12;

    /// <summary>The national motto: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in capitals, or "Độc lập - Tự do - Hạnh phúc".</summary>
    public static bool IsMotto(string text) => MottoPattern().IsMatch(text.ToUpperInvariant()) || SloganPattern().IsMatch(text.ToUpperInvariant());

    /// <summary>Reads the facts and removes the blocks that stated them.</summary>
    public static OfficialFacts Take(List<Block> blocks)
    {
        var reach = blocks.Take(HeaderReach).ToList();
        var kindAt = reach.FindIndex(b => b.Kind is BlockKind.Paragraph or BlockKind.Heading && IsCapitals(b.PlainText) && Kinds.Contains(b.PlainText.Trim().ToUpperInvariant()));

        // The header is what comes before the kind of document: a table, or lines of capitals, motto, number and date.
        var before = reach.Take(kindAt >= 0 ? kindAt : 6).ToList();
        var headerBlocks = before.Where(b => b.Kind == BlockKind.OfficialHeader || (b.Kind == BlockKind.Paragraph && IsHeaderLine(b.PlainText))).ToList();
        // Only the national motto makes it a header: "Thực hiện Kế hoạch số 45/KH-UBND ngày…" opening an article stays text.
        var isOfficial = headerBlocks.Any(b => b.Kind == BlockKind.OfficialHeader || IsMotto(b.PlainText));
        var consumed = new HashSet<Block>(isOfficial ? headerBlocks : [], ReferenceEqualityComparer.Instance);
        var header = consumed.SelectMany(b => b.PlainText.Split('\n')).ToList();

        string? kind = null;
        string? title = null;
        if (kindAt >= 0)
        {
            kind = SentenceCase(reach[kindAt].PlainText.Trim());
            consumed.Add(reach[kindAt]);
            title = kind;
            if (kindAt + 1 < reach.Count && reach[kindAt + 1].Kind is BlockKind.Paragraph or BlockKind.Heading && IsCapitals(reach[kindAt + 1].PlainText))
            {
                title = kind + " " + SentenceCase(reach[kindAt + 1].PlainText.Trim());
                consumed.Add(reach[kindAt + 1]);
            }
        }

        var all = string.Join("\n", header);
        var number = NumberPattern().Match(all) is { Success: true } n ? n.Groups["number"].Value : null;
        var date = DatePattern().Match(all) is { Success: true } d && DateOnly.TryParseExact(
            $"{d.Groups["y"].Value}-{int.Parse(d.Groups["m"].Value, CultureInfo.InvariantCulture):00}-{int.Parse(d.Groups["d"].Value, CultureInfo.InvariantCulture):00}",
            "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : (DateOnly?)null;
        var issuer = header.Select(l => l.Trim())
            .FirstOrDefault(l => l.Length > 1 && IsCapitals(l) && !IsMotto(l) && !l.All(c => c is '-' or '_' or '–' or '—' or ' '));

        blocks.RemoveAll(consumed.Contains);
        return new OfficialFacts(number, kind, issuer is null ? null : SentenceCase(issuer), date, title);
    }

    /// <summary>A line of the header: the issuer or motto in capitals, "Độc lập - Tự do - Hạnh phúc", the number, the place and date.</summary>
    private static bool IsHeaderLine(string text) =>
        text.Length < 100 && ((IsCapitals(text) && !text.Any(char.IsDigit)) || IsMotto(text) || NumberPattern().IsMatch(text) || DatePattern().IsMatch(text));

    /// <summary>True for a line written in capitals (at least one letter, none small).</summary>
    private static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>"TÍN NGƯỠNG, TÔN GIÁO" → "Tín ngưỡng, tôn giáo": proper names lose their capitals, which the editor checks.</summary>
    private static string SentenceCase(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    [GeneratedRegex(@"^\s*CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM\s*$", RegexOptions.Multiline)]
    private static partial Regex MottoPattern();

    [GeneratedRegex(@"^\s*ĐỘC\s+LẬP\s*[-–—]\s*TỰ\s+DO", RegexOptions.Multiline)]
    private static partial Regex SloganPattern();

    [GeneratedRegex(@"Số\s*[:.]?\s*(?<number>[0-9]+(?:/[0-9A-Za-zĐđ\-]+)+)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();
}
