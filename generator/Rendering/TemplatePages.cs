using System.Collections.Concurrent;
using RazorLight;

namespace InfoSiteGen.Rendering;

/// <summary>
/// The theme's compiled templates by key (<c>layouts/article.cshtml</c>). RazorLight compiles each one, or
/// loads it from the disk cache, the first time it is asked for; after that a new page object comes straight
/// from the factory kept here, because RazorLight's own lookup goes through a memory cache that reads the clock
/// on every use, and a site uses its templates tens of thousands of times.
/// </summary>
internal sealed class TemplatePages(IEngineHandler engine)
{
    private readonly ConcurrentDictionary<string, Func<ITemplatePage>> _factories = new(StringComparer.Ordinal);

    /// <exception cref="RazorLight.Compilation.TemplateCompilationException">The template does not compile.</exception>
    public async ValueTask<ITemplatePage> NewPageAsync(string key)
    {
        if (_factories.TryGetValue(key, out var factory))
        {
            return factory();
        }

        var compiled = await engine.CompileTemplateAsync(key);
        if (engine.Cache?.RetrieveTemplate(key) is { Success: true } cached)
        {
            _factories.TryAdd(key, cached.Template.TemplatePageFactory);
        }

        return compiled;
    }
}
