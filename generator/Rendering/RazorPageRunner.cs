using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using RazorLight;

namespace InfoSiteGen.Rendering;

/// <summary>
/// Runs compiled templates: a page, then each layout it names around it, with partials written where they
/// are included. It does what RazorLight's renderer does for the features Razor templates have here (layouts,
/// <c>RenderBody</c>, sections, <c>IncludeAsync</c>), but into plain text buffers: RazorLight keeps every
/// written piece in paged buffers and copies them out again, and dispatches every include through a dynamic
/// call, which together cost more than running the templates themselves.
/// </summary>
internal sealed class RazorPageRunner(TemplatePages templates, HtmlEncoder encoder)
{
    private const int BufferSize = 16 * 1024;

    // RazorLight converts a model of an anonymous type (new { ... } in a template) into an ExpandoObject
    // for templates declared with a dynamic model; its model type facts are kept per type.
    private readonly ConcurrentDictionary<Type, ModelTypeInfo> _modelTypes = new();
    private readonly ConcurrentBag<StringBuilder> _buffers = [];

    /// <summary>Runs the template <paramref name="key"/> with <paramref name="model"/> and appends its text to <paramref name="output"/>.</summary>
    public async Task RenderAsync(string key, object? model, TextWriter output) => await RenderAsync(key, model, output, viewBag: null);

    // A partial shares the view bag of the page that includes it, as in RazorLight.
    private async Task RenderAsync(string key, object? model, TextWriter output, System.Dynamic.ExpandoObject? viewBag)
    {
        var page = await templates.NewPageAsync(key);
        var context = new PageContext(viewBag) { ExecutingPageKey = page.Key };
        if (model is not null)
        {
            context.ModelTypeInfo = _modelTypes.GetOrAdd(model.GetType(), type => new ModelTypeInfo(type));
            context.Model = context.ModelTypeInfo.CreateTemplateModel(model);
        }

        var body = await RunAsync(page, context);
        var layouts = new List<ITemplatePage>();
        for (var inner = page; !string.IsNullOrEmpty(inner.Layout); inner = layouts[^1])
        {
            var layout = await templates.NewPageAsync(inner.Layout);
            if (layouts.Exists(l => l.Key == layout.Key))
            {
                throw new InvalidOperationException($"the layout {layout.Key.TrimStart('/')} includes itself");
            }

            inner.IsLayoutBeingRendered = true;
            layout.PreviousSectionWriters = inner.SectionWriters;
            layout.BodyContent = new BufferedHtml(body);
            var wrapped = await RunAsync(layout, context);
            Return(body);
            body = wrapped;
            layouts.Add(layout);
        }

        foreach (var layout in layouts)
        {
            layout.EnsureRenderedBodyOrSections();
        }

        foreach (var chunk in body.GetChunks())
        {
            output.Write(chunk.Span);
        }

        Return(body);
    }

    // One page object runs once, into a buffer of its own. A page and its layouts share one context, as in
    // RazorLight: a section defined by the page writes to the context's writer, which is the layout's by the
    // time the layout renders the section.
    private async Task<StringBuilder> RunAsync(ITemplatePage page, PageContext context)
    {
        var buffer = _buffers.TryTake(out var reused) ? reused : new StringBuilder(BufferSize);
        context.Writer = new StringWriter(buffer);
        context.ExecutingPageKey = page.Key;
        page.PageContext = context;
        if (context.Model is not null)
        {
            page.SetModel(context.Model);
        }

        page.DisableEncoding = false;
        ((TemplatePageBase)page).HtmlEncoder = encoder;
        // Read when the include runs: inside a section, that is the layout's writer.
        page.IncludeFunc = (key, model) => RenderAsync(key, model, context.Writer, context.ViewBag as System.Dynamic.ExpandoObject);
        await page.ExecuteAsync();
        return buffer;
    }

    private void Return(StringBuilder buffer)
    {
        // A rare very long page would otherwise keep its large buffer alive for the rest of the build.
        if (buffer.Capacity <= 4 * BufferSize)
        {
            _buffers.Add(buffer.Clear());
        }
    }

    /// <summary>A rendered page as the body its layout writes out.</summary>
    private sealed class BufferedHtml(StringBuilder text) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            foreach (var chunk in text.GetChunks())
            {
                writer.Write(chunk.Span);
            }
        }
    }
}
