using InfoSiteGen.Artwork;

namespace InfoSiteGen.Tests.Artwork;

/// <summary>
/// Setting a slogan on lines: as large as the box allows, lines as even as possible, never a break inside a date or
/// number group or around a dash, never a line of one word. Widths here are one unit per character, so the
/// expected lines can be worked out by hand.
/// </summary>
public class SloganLinesTests
{
    private static double Width(string text) => text.Length;

    [Fact]
    public void A_wide_box_takes_one_line_and_a_tall_box_even_lines()
    {
        const string text = "Việt Nam nỗ lực phòng, chống mua bán người.";

        var wide = SloganLines.Fit(text, Width, 1, boxWidth: 1000, boxHeight: 30, maxLines: 2);
        var tall = SloganLines.Fit(text, Width, 1, boxWidth: 100, boxHeight: 100, maxLines: 2);

        Assert.Equal([text], wide.Lines);
        Assert.Equal(1000.0 / text.Length, wide.Size, 3);
        Assert.Equal(["Việt Nam nỗ lực phòng,", "chống mua bán người."], tall.Lines);
        Assert.Equal(100.0 / "Việt Nam nỗ lực phòng,".Length, tall.Size, 3);
    }

    [Fact]
    public void A_date_range_is_never_broken_and_the_line_may_end_before_its_parenthesis()
    {
        const string text = "Chào mừng Kỷ niệm 75 năm ngày Nhân quyền thế giới (10/12/1948 - 10/12/2023).";

        var fitted = SloganLines.Fit(text, Width, 1, boxWidth: 40, boxHeight: 100, maxLines: 4);

        Assert.Contains(fitted.Lines, line => line.Contains("(10/12/1948 - 10/12/2023).", StringComparison.Ordinal));
        Assert.True(fitted.Lines.Count > 1);
        Assert.All(fitted.Lines, line => Assert.DoesNotMatch(@"(\s75$|^năm\s)", line));
        Assert.Equal(text, string.Join(' ', fitted.Lines));
    }

    [Theory]
    [InlineData("ngày 10 December 1948 nữa", 1, false)] // "10 December"
    [InlineData("ngày 10 December 1948 nữa", 2, false)] // "December 1948"
    [InlineData("ngày 10 December 1948 nữa", 0, false)] // before a bare number
    [InlineData("ngày 10 December 1948 nữa", 3, true)]
    [InlineData("từ 1948 - 2023 đến", 1, false)]
    [InlineData("từ 1948 - 2023 đến", 2, false)]
    [InlineData("giới (10/12/1948 - 10/12/2023).", 0, true)]
    [InlineData("Kỷ niệm 75 năm", 2, false)]
    [InlineData("Kỷ niệm 75 năm", 1, false)]
    [InlineData("Kỷ niệm 75 năm", 0, false)] // "Kỷ niệm" is one word
    [InlineData("Việt Nam luôn bảo đảm quyền", 0, false)]
    [InlineData("Việt Nam luôn bảo đảm quyền", 1, true)]
    [InlineData("Việt Nam luôn bảo đảm quyền", 3, false)]
    [InlineData("quyền con người.", 1, false)]
    [InlineData("phòng, chống mua", 0, true)]
    public void Breaks_are_refused_inside_number_groups_and_around_dashes(string text, int after, bool allowed)
    {
        Assert.Equal(allowed, SloganLines.CanBreakAfter(text.Split(' '), after));
    }

    [Fact]
    public void No_line_holds_a_single_word()
    {
        var fitted = SloganLines.Fit("Nhân quyền cho mọi người", Width, 1, boxWidth: 6, boxHeight: 100, maxLines: 5);

        Assert.All(fitted.Lines, line => Assert.Contains(' ', line));
        Assert.Equal(2, fitted.Lines.Count);
    }
}
