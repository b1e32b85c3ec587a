using AngleSharp.Css.Parser;
using InfoSiteGen.Publishing;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Publishing;

/// <summary>The published stylesheet: smaller, and the same rules as the theme's.</summary>
public class CssMinifierTests
{
    [Theory]
    [InlineData("/* colours */\na {\n  color: red;\n  margin: 0 auto;\n}\n", "a{color:red;margin:0 auto}")]
    [InlineData("main time, .a > .b {\n  width: calc(100% - 2rem);\n}", "main time,.a>.b{width:calc(100% - 2rem)}")]
    [InlineData("@media (max-width: 40rem) and (prefers-reduced-motion: reduce) {\n  a { color: red }\n}", "@media (max-width:40rem) and (prefers-reduced-motion:reduce){a{color:red}}")]
    [InlineData("q::before { content: \"/* not a comment */  \\\"x\\\"\"; }", "q::before{content:\"/* not a comment */  \\\"x\\\"\"}")]
    [InlineData("nav :focus-visible { outline: 2px solid; }", "nav :focus-visible{outline:2px solid}")]
    [InlineData(":lang(zh-Hans), :lang(ko) { font-family: system-ui, \"Noto Sans CJK SC\", sans-serif !important; }", ":lang(zh-Hans),:lang(ko){font-family:system-ui,\"Noto Sans CJK SC\",sans-serif !important}")]
    public void Drops_comments_and_needless_space_and_keeps_strings_and_meaningful_space(string css, string minified) =>
        Assert.Equal(minified, CssMinifier.Minify(css));

    [Fact]
    public void The_theme_stylesheet_keeps_every_rule_and_loses_a_quarter_of_its_size()
    {
        var source = File.ReadAllText(Path.Combine(Repository.Theme, "assets", "site.css"));

        var minified = CssMinifier.Minify(source);

        // AngleSharp keeps comments as rules of their own: the theme's have no "/*" inside a string.
        var withoutComments = System.Text.RegularExpressions.Regex.Replace(source, @"/\*.*?\*/", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.Equal(Rules(withoutComments), Rules(minified));
        Assert.True(minified.Length < source.Length * 3 / 4, $"{minified.Length} of {source.Length} characters");
    }

    /// <summary>The stylesheet as AngleSharp reads it, written out again in its own form.</summary>
    private static string Rules(string css)
    {
        var writer = new StringWriter();
        new CssParser().ParseStyleSheet(css).ToCss(writer, new AngleSharp.Css.PrettyStyleFormatter());
        return writer.ToString();
    }

    [Fact]
    public async Task The_built_site_publishes_the_minified_stylesheet()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: approved\napproved_by: X");

        await site.BuildOkAsync();

        Assert.Equal(CssMinifier.Minify(File.ReadAllText(Path.Combine(Repository.Theme, "assets", "site.css"))), site.Read("assets/site.css"));
    }
}
