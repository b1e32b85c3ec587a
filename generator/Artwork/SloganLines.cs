namespace InfoSiteGen.Artwork;

/// <summary>A slogan set on lines at the size that fills its box.</summary>
/// <param name="Size">The em size, in the box's unit.</param>
public sealed record FittedText(IReadOnlyList<string> Lines, double Size);

/// <summary>
/// Sets a slogan as large as its box allows: tries every number of lines up to the format's limit, breaks each
/// so the lines are as even as possible (the longest line as short as it can be), and keeps the count that gives
/// the largest type. Some breaks are never made: inside a date or number group ("10/12/1948 - 10/12/2023",
/// "10 December 1948", "75 năm"), on either side of a dash, inside a common Vietnamese word of two syllables
/// ("Kỷ niệm", "Việt Nam", "nhân quyền": Vietnamese writes each syllable apart, so a line may otherwise end in the
/// middle of a word), or so that a line holds a single word.
/// </summary>
public static class SloganLines
{
    /// <param name="width">The width of a run of text at em size 1.</param>
    /// <param name="lineHeight">The distance between baselines at em size 1.</param>
    public static FittedText Fit(string text, Func<string, double> width, double lineHeight, double boxWidth, double boxHeight, int maxLines)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return new FittedText([], 0);
        }

        FittedText? best = null;
        for (var lines = 1; lines <= Math.Min(maxLines, words.Length); lines++)
        {
            if (Balanced(words, lines, width) is not { } set)
            {
                continue;
            }

            var longest = set.Max(width);
            var size = Math.Min(boxWidth / longest, boxHeight / (lines * lineHeight));
            // One line more must be worth it: a clearly larger type, not a rounding difference.
            if (best is null || size > best.Size * 1.02)
            {
                best = new FittedText(set, size);
            }
        }

        // No allowed break at all: the whole slogan on one line.
        return best ?? new FittedText([string.Join(' ', words)], Math.Min(boxWidth / width(string.Join(' ', words)), boxHeight / lineHeight));
    }

    /// <summary>Whether a line may end after word <paramref name="i"/>.</summary>
    public static bool CanBreakAfter(IReadOnlyList<string> words, int i)
    {
        var before = words[i];
        var after = words[i + 1];
        if (IsDash(before) || IsDash(after))
        {
            return false;
        }

        if (char.IsLetter(before[^1]) && Compounds.Contains($"{before.ToLowerInvariant()} {after.TrimEnd(',', '.', ';', ':', '!', '?', ')').ToLowerInvariant()}"))
        {
            return false;
        }

        // Number groups stay whole: two numbers side by side, a number and the word after a short one
        // ("10 December", "75 năm"), and a number after any word ("December 1948", "năm 2023").
        var numberBefore = HasDigit(before);
        var numberAfter = HasDigit(after);
        return !(numberBefore && numberAfter)
            && !(numberBefore && before.Count(char.IsAsciiDigit) <= 2 && !before.Contains('/'))
            && !(numberAfter && IsPlainNumber(after));
    }

    /// <summary>The words on <paramref name="count"/> lines with the longest line as short as possible, or null when the rules allow no such set.</summary>
    private static List<string>? Balanced(string[] words, int count, Func<string, double> width)
    {
        var n = words.Length;
        // cost[k, j]: the longest line when the first j words are set on k lines; -1 when impossible.
        var cost = new double[count + 1, n + 1];
        var from = new int[count + 1, n + 1];
        for (var k = 0; k <= count; k++)
        {
            for (var j = 0; j <= n; j++)
            {
                cost[k, j] = double.PositiveInfinity;
            }
        }

        cost[0, 0] = 0;
        for (var k = 1; k <= count; k++)
        {
            for (var j = 1; j <= n; j++)
            {
                if (j < n && !CanBreakAfter(words, j - 1))
                {
                    continue;
                }

                for (var i = k - 1; i < j; i++)
                {
                    if (double.IsPositiveInfinity(cost[k - 1, i]) || (count > 1 && j - i == 1))
                    {
                        continue;
                    }

                    var line = width(string.Join(' ', words[i..j]));
                    var longest = Math.Max(cost[k - 1, i], line);
                    if (longest < cost[k, j])
                    {
                        cost[k, j] = longest;
                        from[k, j] = i;
                    }
                }
            }
        }

        if (double.IsPositiveInfinity(cost[count, n]))
        {
            return null;
        }

        var lines = new List<string>();
        for (int k = count, j = n; k > 0; j = from[k, j], k--)
        {
            lines.Insert(0, string.Join(' ', words[from[k, j]..j]));
        }

        return lines;
    }

    /// <summary>
    /// Words of two syllables common in public campaign texts, kept on one line. Not a dictionary: a word missing
    /// here may be broken between its syllables, as a hand-set banner sometimes is.
    /// </summary>
    private static readonly HashSet<string> Compounds = new(
        """
        kỷ niệm|nhân quyền|con người|việt nam|thế giới|quốc tế|liên hợp|hợp quốc|hội đồng|thành viên|tích cực|chủ động
        vai trò|cam kết|đóng góp|nỗ lực|thúc đẩy|bảo vệ|bảo đảm|đảm bảo|ưu tiên|thực hiện|tự do|tín ngưỡng|tôn giáo
        dân tộc|thiểu số|mua bán|chào mừng|hưởng ứng|pháp luật|cộng hòa|xã hội|chủ nghĩa|nhân dân|tuyên truyền
        chính phủ|nhà nước|đất nước|phát triển|hòa bình|bình đẳng|trẻ em|phụ nữ|người dân|hiến pháp|công dân|quyền lợi
        lợi ích|nghĩa vụ|trách nhiệm|đoàn kết|hữu nghị|hợp tác|an ninh|chính trị|kinh tế|văn hóa|giáo dục|y tế|lao động
        việc làm|an sinh|ủy ban|chỉ đạo|nhân loại|tiến bộ|công bằng|dân chủ|văn minh|hạnh phúc|độc lập|thống nhất
        toàn vẹn|lãnh thổ|chủ quyền|quê hương|người cao|cao tuổi|khuyết tật|dân số|gia đình|cộng đồng|đồng bào
        """.Split(['|', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        StringComparer.Ordinal);

    private static bool IsDash(string word) => word is "-" or "–" or "—";

    private static bool HasDigit(string word) => word.Any(char.IsAsciiDigit);

    // "(10" opens a group of its own: a line may end before the parenthesis.
    private static bool IsPlainNumber(string word) => word.TrimEnd(')', ',', '.', ';', ':', '!').All(char.IsAsciiDigit);
}
