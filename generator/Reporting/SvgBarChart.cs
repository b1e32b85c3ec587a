using System.Text;

namespace InfoSiteGen.Reporting;

/// <summary>One bar: its series decides its fill and is written before it; its value text is written after it.</summary>
public sealed record Bar(int Series, string Label, double Value, string ValueText);

/// <summary>A labelled group of bars, such as one department's bar per language.</summary>
public sealed record BarGroup(string Label, IReadOnlyList<Bar> Bars);

/// <summary>
/// A horizontal bar chart as inline SVG. Each group's label sits on its own line above its bars, so long
/// department names need no measuring; every bar carries its series name and value as text, and the
/// series differ in pattern as well as colour, so the chart reads in black and white and without colour
/// vision. Screen readers get the title and are pointed to the table of the same figures.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 720;
    private const int GroupLabelHeight = 20;
    private const int BarRowHeight = 20;
    private const int BarHeight = 14;
    private const int GroupGap = 10;
    private const int SeriesLabelWidth = 96;
    private const int ValueTextWidth = 120;

    private static readonly string[] Colours = ["#1f4e79", "#b34700"];

    /// <param name="id">Unique in the page: the patterns are named after it.</param>
    /// <param name="accessibleName">Read by screen readers instead of the drawing.</param>
    public static string Render(string id, string title, string accessibleName, IReadOnlyList<BarGroup> groups, double maximum)
    {
        var labelled = groups.Any(g => g.Bars.Any(b => b.Label.Length > 0));
        var barStart = labelled ? SeriesLabelWidth : 8;
        var barSpace = Width - barStart - ValueTextWidth;
        var height = groups.Sum(g => GroupLabelHeight + (g.Bars.Count * BarRowHeight) + GroupGap);

        var svg = new StringBuilder();
        svg.Append($"<svg role=\"img\" aria-label=\"{MarkupText.Escape(accessibleName)}\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" ")
            .Append("font-family=\"system-ui, 'Segoe UI', Arial, sans-serif\" font-size=\"12\">\n");
        svg.Append($"<title>{MarkupText.Escape(title)}</title>\n");
        if (groups.Any(g => g.Bars.Any(b => b.Series % 2 == 1)))
        {
            svg.Append("<defs>\n")
                .Append($"<pattern id=\"{id}-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">")
                .Append($"<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><rect width=\"3\" height=\"6\" fill=\"{Colours[1]}\"/></pattern>\n")
                .Append("</defs>\n");
        }

        var y = 0;
        foreach (var group in groups)
        {
            svg.Append($"<text x=\"0\" y=\"{y + 14}\" font-weight=\"bold\">{MarkupText.Escape(group.Label)}</text>\n");
            y += GroupLabelHeight;

            // The axis the group's bars start from, so that a zero reads as zero rather than as a missing bar.
            svg.Append($"<line x1=\"{barStart}\" y1=\"{y}\" x2=\"{barStart}\" y2=\"{y + (group.Bars.Count * BarRowHeight)}\" stroke=\"#000000\" stroke-width=\"1\"/>\n");
            foreach (var bar in group.Bars)
            {
                var length = maximum > 0 ? (int)Math.Round(Math.Clamp(bar.Value / maximum, 0, 1) * barSpace, MidpointRounding.AwayFromZero) : 0;
                var fill = bar.Series % 2 == 0 ? Colours[0] : $"url(#{id}-hatch)";
                if (bar.Label.Length > 0)
                {
                    svg.Append($"<text x=\"{barStart - 6}\" y=\"{y + 13}\" text-anchor=\"end\">{MarkupText.Escape(bar.Label)}</text>\n");
                }

                if (length > 0)
                {
                    svg.Append($"<rect x=\"{barStart}\" y=\"{y + 2}\" width=\"{length}\" height=\"{BarHeight}\" fill=\"{fill}\" stroke=\"#000000\" stroke-width=\"0.5\"/>\n");
                }

                svg.Append($"<text x=\"{barStart + length + 6}\" y=\"{y + 13}\">{MarkupText.Escape(bar.ValueText)}</text>\n");
                y += BarRowHeight;
            }

            y += GroupGap;
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
