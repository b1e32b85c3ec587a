using System.Collections.Concurrent;
using System.Dynamic;
using System.Text.Encodings.Web;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using RazorLight.Internal.Buffering;

namespace InfoSiteGen.Rendering;

/// <summary>
/// RazorLight's engine handler with two per-render costs taken out, which at thousands of pages (each with a
/// layout and several partials) cost more than running the templates: every use of a template looked it up
/// in a memory cache that reads the clock, and every page and partial inspected its model's type by reflection.
/// Here the page factory of each template is kept once it is compiled, and the type facts once per model type.
/// Compiling, caching on disk and the rendering itself stay RazorLight's.
/// </summary>
internal sealed class PageRenderingHandler(IEngineHandler inner) : IEngineHandler
{
    private readonly ConcurrentDictionary<string, Func<ITemplatePage>> _factories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, ModelTypeInfo> _modelTypes = new();

    public ICachingProvider Cache => inner.Cache;

    public IRazorTemplateCompiler Compiler => inner.Compiler;

    public ITemplateFactoryProvider FactoryProvider => inner.FactoryProvider;

    public RazorLightOptions Options => inner.Options;

    public bool IsCachingEnabled => inner.IsCachingEnabled;

    public async Task<ITemplatePage> CompileTemplateAsync(string key)
    {
        if (_factories.TryGetValue(key, out var factory))
        {
            var page = factory();
            page.DisableEncoding = Options.DisableEncoding ?? false;
            return page;
        }

        var compiled = await inner.CompileTemplateAsync(key);
        if (inner.Cache?.RetrieveTemplate(key) is { Success: true } cached)
        {
            _factories.TryAdd(key, cached.Template.TemplatePageFactory);
        }

        return compiled;
    }

    public async Task RenderTemplateAsync<T>(ITemplatePage templatePage, T model, TextWriter textWriter, ExpandoObject? viewBag = null)
    {
        SetModelContext(templatePage, textWriter, model, viewBag);
        using var scope = new MemoryPoolViewBufferScope();
        await new RazorLight.TemplateRenderer(this, HtmlEncoder.Default, scope).RenderAsync(templatePage);
    }

    public async Task<string> RenderTemplateAsync<T>(ITemplatePage templatePage, T model, ExpandoObject? viewBag = null)
    {
        await using var writer = new StringWriter();
        await RenderTemplateAsync(templatePage, model, writer, viewBag);
        return writer.ToString();
    }

    public async Task RenderIncludedTemplateAsync<T>(
        ITemplatePage templatePage, T model, TextWriter textWriter, ExpandoObject? viewBag, RazorLight.TemplateRenderer templateRenderer)
    {
        SetModelContext(templatePage, textWriter, model, viewBag);
        await templateRenderer.RenderAsync(templatePage);
    }

    public async Task<string> CompileRenderAsync<T>(string key, T model, ExpandoObject? viewBag = null) =>
        await RenderTemplateAsync(await CompileTemplateAsync(key), model, viewBag);

    public Task<string> CompileRenderStringAsync<T>(string key, string content, T model, ExpandoObject? viewBag = null) =>
        inner.CompileRenderStringAsync(key, content, model, viewBag);

    private void SetModelContext<T>(ITemplatePage page, TextWriter writer, T model, ExpandoObject? viewBag)
    {
        var context = new PageContext(viewBag) { ExecutingPageKey = page.Key, Writer = writer };
        if (model is not null)
        {
            context.ModelTypeInfo = _modelTypes.GetOrAdd(model.GetType(), type => new ModelTypeInfo(type));
            var pageModel = context.ModelTypeInfo.CreateTemplateModel(model);
            page.SetModel(pageModel);
            context.Model = pageModel;
        }

        page.PageContext = context;
    }
}
