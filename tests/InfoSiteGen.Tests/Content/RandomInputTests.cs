using CsCheck;
using InfoSiteGen.Bodies;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Tests.Content;

/// <summary>
/// Random input, generated and shrunk by CsCheck, through reading, front matter and Markdown: whatever an
/// editor's file holds, the generator answers with diagnostics, never with a crash.
/// </summary>
public class RandomInputTests
{
    private static readonly SiteConfig Config = SiteConfigLoader.Parse(Support.TestSite.DefaultSiteYml, new DiagnosticBag())!;

    /// <summary>Pieces that make front matter and Markdown interesting: fences, keys, YAML and Markdown syntax, Vietnamese.</summary>
    private static readonly string[] Pieces =
    [
        "---\n", "title: ", "status: ", "approved", "draft", "date: ", "2023-12-10", "31/02/2023", "topics: [", "]", "{", "}",
        "department: ", "so-tu-phap", "\"", "'", ":", "- ", "  ", "\n", "\r\n", "\t", "#", "## ", "*", "_", "`", "```\n", "[x](", ")",
        "![", "<", ">", "<script>", "</div>", "|", "---|", "> ", "1. ", "Đường", "ngưỡng", "e\u0301", "\u0000", "&amp;", "\\",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]),
        Gen.Char.AlphaNumeric.Select(c => c.ToString())).Array[0, 60].Select(string.Concat);

    [Fact]
    public void Random_bytes_are_decoded_or_reported_never_thrown() =>
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            var diagnostics = new DiagnosticBag();
            var text = SourceText.Decode(bytes, "articles/x.md", diagnostics);
            return text is not null || diagnostics.HasErrors;
        }, iter: 2000);

    [Fact]
    public void Random_files_are_read_into_an_item_or_reported_never_thrown() =>
        Text.Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            var file = new ContentFile("/nowhere/articles/x.md", "articles/x.md", ContentSection.Articles, "vi", "x");
            var item = new ItemReader(Config, diagnostics).Read(file, text);
            return item is not null || diagnostics.HasErrors;
        }, iter: 2000);

    [Fact]
    public void Random_markdown_bodies_render_without_throwing()
    {
        var rules = new PublicationRules(new DateOnly(2023, 12, 10), Preview: false);
        Text.Sample(body =>
        {
            var diagnostics = new DiagnosticBag();
            var item = new ContentItem
            {
                SourcePath = "articles/x.md",
                Section = ContentSection.Articles,
                Language = "vi",
                TranslationKey = "articles:x",
                Title = "X",
                Status = ItemStatus.Approved,
                Slug = "x",
                UrlPath = "articles/x/",
                Body = body,
                BodyLine = 5,
            };
            var renderer = new MarkdownRenderer(new LinkResolver(Path.GetTempPath(), [item], rules, diagnostics), new HtmlSafety([]), diagnostics);
            var rendered = renderer.Render(item);
            return !rendered.Html.Contains("<script", StringComparison.OrdinalIgnoreCase);
        }, iter: 2000);
    }
}
