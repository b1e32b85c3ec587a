using InfoSiteGen.Media;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Media;

/// <summary>SVG drawings: published only when they can do nothing but draw, without comments or editor data.</summary>
public class DrawingTests
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2023-11-20\ndate: 2023-12-05";

    private const string Clean = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Created with Inkscape -->
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
             xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="210mm" height="105mm" viewBox="0 0 420 210"
             inkscape:export-filename="/home/nguyenvana/Tài liệu/so-do.png">
          <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Nguyễn Văn A</dc:creator></rdf:RDF></metadata>
          <defs><linearGradient id="g"><stop offset="0" stop-color="#9b1c1c"/></linearGradient></defs>
          <rect width="420" height="210" fill="url(#g)"/>
          <use xlink:href="#g"/>
          <text x="10" y="40">Quyền con người</text>
        </svg>
        """;

    [Fact]
    public void A_clean_drawing_keeps_its_drawing_and_loses_comments_metadata_and_editor_data()
    {
        var (bytes, width, height) = SvgDrawings.Clean(System.Text.Encoding.UTF8.GetBytes(Clean));
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Equal((794, 397), (width, height)); // 210 × 105 mm at 96 pixels per inch
        Assert.Contains("<text x=\"10\" y=\"40\">Quyền con người</text>", text, StringComparison.Ordinal);
        Assert.Contains("fill=\"url(#g)\"", text, StringComparison.Ordinal);
        Assert.Contains("xlink:href=\"#g\"", text, StringComparison.Ordinal);
        foreach (var gone in new[] { "Inkscape", "inkscape", "nguyenvana", "metadata", "Nguyễn Văn A", "<?xml", "<!--" })
        {
            Assert.DoesNotContain(gone, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>\n<script>alert(1)</script></svg>", "it contains a <script> element (line 2 of the drawing)")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>\n\n<rect onclick='x()' width='5' height='5'/></svg>", "<rect> has an event handler 'onclick' (line 3 of the drawing)")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='10' height='10'><image xlink:href='https://example.com/a.png'/></svg>", "it contains a <image> element (line 1 of the drawing)")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><a href='https://example.com/'><rect width='5' height='5'/></a></svg>", "<a> refers to 'https://example.com/' outside the drawing (line 1 of the drawing)")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><foreignObject><p>x</p></foreignObject></svg>", "it contains a <foreignObject> element (line 1 of the drawing)")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect style=\"fill: url('https://example.com/p.svg#x')\"/></svg>", "<rect> loads 'https://example.com/p.svg#x')' from outside the drawing (line 1 of the drawing)")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><style>@import url(https://example.com/a.css);</style></svg>", "it contains a <style> element (line 1 of the drawing)")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg'><rect width='5' height='5'/></svg>", "the drawing states no size (width, height or viewBox) (line 1 of the drawing)")]
    public async Task A_drawing_that_could_do_more_than_draw_is_refused_at_the_line_that_uses_it(string svg, string reason)
    {
        using var site = new TestSite();
        site.Write("articles/hinh.svg", svg);
        site.Item("articles/a.vi.md", $"title: A\n{Approved}", "![Sơ đồ tổ chức](hinh.svg)\n");

        var result = await site.BuildAsync();

        Assert.Equal(
            $"articles/a.vi.md:9:1: error: the drawing 'articles/hinh.svg' cannot be used: {reason}; a drawing on the site may only draw: no script, event handler, link or file from outside, or foreignObject; export it again as plain SVG from the drawing program [ISG0207]",
            Assert.Single(result.Diagnostics).ToString());
        Assert.False(Directory.Exists(site.OutputDirectory) && site.OutputFiles().Count > 0);
    }

    [Fact]
    public async Task A_clean_drawing_is_published_under_its_hash_with_its_size_and_text()
    {
        using var site = new TestSite();
        site.Write("articles/so-do.svg", Clean);
        site.Item("articles/a.vi.md", $"title: A\n{Approved}", "![Sơ đồ các mốc lịch sử](so-do.svg \"Các mốc chính\")\n");
        await site.BuildOkAsync();

        var page = site.Html("articles/a/index.html");
        var img = page.QuerySelector(".prose figure img")!;
        Assert.Matches(@"^\.\./\.\./media/so-do-[0-9a-f]{10}\.svg$", img.GetAttribute("src"));
        Assert.Equal(("794", "397", "Sơ đồ các mốc lịch sử", "lazy"), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("alt"), img.GetAttribute("loading")));
        Assert.Equal("Các mốc chính", page.QuerySelector(".prose figcaption")!.TextContent);
        Assert.DoesNotContain("nguyenvana", site.Read(img.GetAttribute("src")![6..]), StringComparison.Ordinal);
        Assert.False(site.Exists("articles/so-do.svg"));
    }
}
