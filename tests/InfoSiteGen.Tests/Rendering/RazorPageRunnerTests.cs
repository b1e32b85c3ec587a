using System.Text.Encodings.Web;
using System.Text.Unicode;
using InfoSiteGen.Rendering;
using RazorLight;

namespace InfoSiteGen.Tests.Rendering;

/// <summary>
/// The page runner does for layouts, sections and partials what RazorLight's renderer does: each test runs
/// small templates written here and asserts the exact text.
/// </summary>
public sealed class RazorPageRunnerTests : IDisposable
{
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "infositegen-runner-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    [Fact]
    public async Task A_page_is_wrapped_in_its_layouts_from_the_inside_out()
    {
        Template("outer.cshtml", "<html>@RenderBody()</html>");
        Template("inner.cshtml", "@{ Layout = \"outer.cshtml\"; }<main>@RenderBody()</main>");
        Template("page.cshtml", "@inherits TemplatePage<string>\n@{ Layout = \"inner.cshtml\"; }<p>@Model</p>");

        Assert.Equal("<html><main><p>Đà Nẵng &amp; Huế</p></main></html>", await RenderAsync("page.cshtml", "Đà Nẵng & Huế"));
    }

    [Fact]
    public async Task A_section_renders_where_the_layout_asks_and_a_partial_inside_it_lands_there_too()
    {
        Template("layout.cshtml", "<body>@RenderBody()</body><footer>@RenderSection(\"scripts\", required: false)</footer>");
        Template("script.cshtml", "@inherits TemplatePage<string>\n<script src=\"@Model\"></script>");
        Template("page.cshtml", "@{ Layout = \"layout.cshtml\"; }<p>body</p>\n@section scripts {\n<i>s</i>@{ await IncludeAsync(\"script.cshtml\", \"a.js\"); }\n}\n");

        Assert.Equal("<body><p>body</p>\n</body><footer>\n<i>s</i><script src=\"a.js\"></script></footer>", await RenderAsync("page.cshtml", null));
    }

    [Fact]
    public async Task Partials_are_written_in_place_with_their_own_model_and_may_have_a_layout()
    {
        Template("box.cshtml", "<div>@RenderBody()</div>");
        Template("item.cshtml", "@inherits TemplatePage<int>\n@{ Layout = \"box.cshtml\"; }<b>@Model</b>");
        Template("named.cshtml", "@inherits TemplatePage<dynamic>\n<em>@Model.Name</em>");
        Template("page.cshtml", "<ul>@for (var i = 1; i <= 2; i++) { <li>@{ await IncludeAsync(\"item.cshtml\", i); }</li> }</ul>@{ await IncludeAsync(\"named.cshtml\", new { Name = \"x\" }); }");

        Assert.Equal("<ul> <li><div><b>1</b></div></li>  <li><div><b>2</b></div></li> </ul><em>x</em>", await RenderAsync("page.cshtml", null));
    }

    [Fact]
    public async Task A_partial_sees_the_view_bag_of_the_page_that_includes_it()
    {
        Template("note.cshtml", "<i>@ViewBag.Note</i>");
        Template("page.cshtml", "@{ ViewBag.Note = \"ghi chú\"; }<p>@{ await IncludeAsync(\"note.cshtml\", null); }</p>");

        Assert.Equal("<p><i>ghi chú</i></p>", await RenderAsync("page.cshtml", null));
    }

    [Fact]
    public async Task A_layout_that_wraps_itself_is_refused()
    {
        Template("a.cshtml", "@{ Layout = \"b.cshtml\"; }@RenderBody()");
        Template("b.cshtml", "@{ Layout = \"a.cshtml\"; }@RenderBody()");
        Template("page.cshtml", "@{ Layout = \"a.cshtml\"; }x");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RenderAsync("page.cshtml", null));
        Assert.Equal("the layout a.cshtml includes itself", error.Message);
    }

    [Fact]
    public async Task A_section_the_layout_never_renders_is_an_error()
    {
        Template("layout.cshtml", "@RenderBody()");
        Template("page.cshtml", "@{ Layout = \"layout.cshtml\"; }x\n@section extra {\ny\n}\n");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RenderAsync("page.cshtml", null));
        Assert.Contains("extra", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_rendered_one_after_another_do_not_share_text()
    {
        Template("layout.cshtml", "[@RenderBody()]");
        Template("page.cshtml", "@inherits TemplatePage<string>\n@{ Layout = \"layout.cshtml\"; }@Model");
        var runner = Runner();

        var texts = new List<string>();
        foreach (var model in new[] { "một đoạn dài hơn", "b" })
        {
            await using var writer = new StringWriter();
            await runner.RenderAsync("page.cshtml", model, writer);
            texts.Add(writer.ToString());
        }

        Assert.Equal(["[một đoạn dài hơn]", "[b]"], texts);
    }

    private void Template(string name, string text)
    {
        Directory.CreateDirectory(_theme);
        File.WriteAllText(Path.Combine(_theme, name), text);
    }

    private RazorPageRunner Runner()
    {
        var engine = new RazorLightEngineBuilder()
            .UseFileSystemProject(_theme, ".cshtml")
            .SetOperatingAssembly(typeof(RazorPageRunner).Assembly)
            .UseMemoryCachingProvider()
            .Build();
        return new RazorPageRunner(new TemplatePages(engine.Handler), HtmlEncoder.Create(UnicodeRanges.All));
    }

    private async Task<string> RenderAsync(string key, object? model)
    {
        await using var writer = new StringWriter();
        await Runner().RenderAsync(key, model, writer);
        return writer.ToString();
    }
}
