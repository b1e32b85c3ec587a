using System.Globalization;
using System.Text.RegularExpressions;
using InfoSiteGen.BrowserTests.Support;

namespace InfoSiteGen.BrowserTests;

/// <summary>
/// The colours of the theme, read from the custom properties of theme/assets/site.css: every pair of text and
/// background colour the stylesheet uses has at least 4.5:1 contrast, and every ratio the stylesheet states is
/// true. axe checks the text it finds on the test site's pages; this checks the colours of the theme itself.
/// </summary>
public sealed partial class ThemeContrastTests
{
    /// <summary>The text colours of site.css and the backgrounds they are used on.</summary>
    public static TheoryData<string, string, string> PairsInUse() => new()
    {
        { "text", "background", "body text" },
        { "text", "surface", "footer, slogan banner, quoted slogan" },
        { "text", "notice", "preview banner" },
        { "muted", "background", "lead paragraphs, list and item details" },
        { "link", "background", "links, skip link, print button" },
        { "link", "surface", "footer links" },
        { "accent-dark", "background", "slogans on the slogan list" },
        { "accent-dark", "surface", "slogans in the home page banner" },
        { "on-accent", "accent", "header, current page of the pagination" },
        { "on-accent", "accent-dark", "main menu" },
        { "flag", "background", "NOT APPROVED flags, legal status in tables" },
        { "flag", "flag-background", "box of an amended or expired law" },
    };

    private static string Stylesheet => File.ReadAllText(Path.Combine(Repository.Theme, "assets", "site.css"));

    [Theory]
    [MemberData(nameof(PairsInUse))]
    public void Text_colour_has_at_least_4_5_to_1_on_its_background(string text, string background, string usedBy)
    {
        var colours = CustomProperties(Stylesheet);
        Assert.True(colours.ContainsKey(text) && colours.ContainsKey(background), $"site.css has no --{text} or no --{background} (used by {usedBy})");

        var ratio = Wcag.ContrastRatio(colours[text].Colour, colours[background].Colour);

        Assert.True(ratio >= 4.5, $"--{text} ({colours[text].Colour}) on --{background} ({colours[background].Colour}) has {ratio:0.00}:1, less than 4.5:1; it is used by: {usedBy}");
    }

    [Fact]
    public void Every_ratio_stated_in_the_stylesheet_is_true_and_every_pair_in_use_is_stated()
    {
        var colours = CustomProperties(Stylesheet);
        var problems = new List<string>();
        var stated = new HashSet<(string, string)>();
        foreach (var (name, (colour, comment)) in colours)
        {
            foreach (Match claim in StatedRatio().Matches(comment))
            {
                var background = claim.Groups["background"].Value;
                stated.Add((name, background));
                if (!colours.TryGetValue(background, out var other))
                {
                    problems.Add($"--{name} names --{background}, which site.css does not define");
                    continue;
                }

                var ratio = Wcag.ContrastRatio(colour, other.Colour);
                var claimed = double.Parse(claim.Groups["ratio"].Value, CultureInfo.InvariantCulture);
                // Ratios are stated rounded down to one decimal, so a stated ratio never promises more than there is.
                if (Math.Floor(ratio * 10) / 10 != claimed || ratio < 4.5)
                {
                    problems.Add($"--{name} ({colour}) on --{background} ({other.Colour}): site.css states {claimed}:1, the colours give {ratio:0.000}:1");
                }
            }
        }

        foreach (var pair in PairsInUse())
        {
            var (text, background) = ((string)pair[0], (string)pair[1]);
            if (!stated.Contains((text, background)))
            {
                problems.Add($"site.css does not state the ratio of --{text} on --{background} ({pair[2]})");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Screen_rules_use_only_the_checked_colours()
    {
        // Everything outside :root and the print stylesheet (black on paper) must take its colours from the
        // custom properties, or a colour could escape the checks above.
        var css = Comment().Replace(Stylesheet, string.Empty);
        css = WithoutBlock(WithoutBlock(css, ":root"), "@media print");

        var literals = ColourLiteral().Matches(css).Select(m => m.Value.Trim()).ToList();

        Assert.True(literals.Count == 0, "site.css uses colours that are not custom properties:\n" + string.Join("\n", literals));
    }

    [Theory]
    [InlineData("#000", "#fff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#767676", "#ffffff", 4.54)]
    [InlineData("#777777", "#ffffff", 4.48)]
    [InlineData("#0000ff", "#ffffff", 8.59)]
    public void Contrast_ratio_follows_the_wcag_definition(string first, string second, double expected)
    {
        Assert.Equal(expected, Wcag.ContrastRatio(first, second), 2);
        Assert.Equal(expected, Wcag.ContrastRatio(second, first), 2);
    }

    /// <summary>The colours of <c>:root</c>, by name without the dashes, each with the comment on its line.</summary>
    private static Dictionary<string, (string Colour, string Comment)> CustomProperties(string css)
    {
        var root = RootBlock().Match(css);
        Assert.True(root.Success, "site.css has no :root block");
        return CustomProperty().Matches(root.Groups["body"].Value)
            .ToDictionary(m => m.Groups["name"].Value, m => (m.Groups["colour"].Value, m.Groups["comment"].Value));
    }

    /// <summary>The stylesheet without the block that starts with <paramref name="prelude"/> (braces counted).</summary>
    private static string WithoutBlock(string css, string prelude)
    {
        var start = css.IndexOf(prelude + " {", StringComparison.Ordinal);
        if (start < 0)
        {
            return css;
        }

        var depth = 0;
        for (var i = css.IndexOf('{', start); i < css.Length; i++)
        {
            depth += css[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return css[..start] + css[(i + 1)..];
            }
        }

        return css[..start];
    }

    [GeneratedRegex(@":root\s*\{(?<body>[^}]*)\}")]
    private static partial Regex RootBlock();

    [GeneratedRegex(@"--(?<name>[\w-]+)\s*:\s*(?<colour>#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\s*;[ \t]*(/\*(?<comment>[^\n]*?)\*/)?")]
    private static partial Regex CustomProperty();

    [GeneratedRegex(@"(?<ratio>\d+(\.\d+)?):1 on --(?<background>[\w-]+)")]
    private static partial Regex StatedRatio();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"#[0-9a-fA-F]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^)]*\)|:\s*(white|black|red|blue|green|gray|grey|yellow|orange)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ColourLiteral();
}
