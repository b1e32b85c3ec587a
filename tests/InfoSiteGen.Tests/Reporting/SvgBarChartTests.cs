using AngleSharp.Html.Parser;
using InfoSiteGen.Reporting;

namespace InfoSiteGen.Tests.Reporting;

/// <summary>The inline SVG bar chart: lengths in proportion, values and series written as text.</summary>
public class SvgBarChartTests
{
    private static AngleSharp.Dom.IElement Render(params BarGroup[] groups) =>
        new HtmlParser().ParseDocument($"<body>{SvgBarChart.Render("c", "Chart", "Chart — figures below", groups, groups.SelectMany(g => g.Bars).Max(b => b.Value))}</body>")
            .QuerySelector("svg")!;

    [Fact]
    public void Bar_lengths_are_in_proportion_to_the_largest_value()
    {
        var svg = Render(new BarGroup("A", [new Bar(0, "vi", 10, "10"), new Bar(1, "en", 5, "5")]));

        var widths = svg.QuerySelectorAll("rect[y]").Select(r => int.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, widths.Count);
        Assert.Equal(widths[0], 2 * widths[1]);
    }

    [Fact]
    public void Series_differ_by_pattern_not_only_colour_and_every_bar_carries_its_label_and_value()
    {
        var svg = Render(new BarGroup("A", [new Bar(0, "vi", 3, "3"), new Bar(1, "en", 0, "0")]), new BarGroup("B <&>", [new Bar(0, "vi", 1, "1"), new Bar(1, "en", 2, "2")]));

        Assert.Equal(["A", "vi", "3", "en", "0", "B <&>", "vi", "1", "en", "2"], svg.QuerySelectorAll("text").Select(t => t.TextContent));
        var fills = svg.QuerySelectorAll("rect[y]").Select(r => r.GetAttribute("fill")).ToList();
        Assert.Equal(["#1f4e79", "#1f4e79", "url(#c-hatch)"], fills);
        Assert.NotNull(svg.QuerySelector("pattern#c-hatch"));
    }

    [Fact]
    public void It_is_an_image_named_for_screen_readers()
    {
        var svg = Render(new BarGroup("A", [new Bar(0, string.Empty, 1, "1/1 (100%)")]));

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Chart — figures below", svg.GetAttribute("aria-label"));
        Assert.Equal("Chart", svg.QuerySelector("title")!.TextContent);
    }
}
