using System.Collections.Concurrent;
using System.Text;
using InfoSiteGen.Configuration;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Media;
using InfoSiteGen.Pages;
using InfoSiteGen.Pipeline;
using InfoSiteGen.Publishing;
using InfoSiteGen.Rendering;

namespace InfoSiteGen.Serving;

/// <summary>A page as the theme rendered it, or the problem that stopped the template.</summary>
public sealed record RenderedPage(byte[]? Html, Diagnostic? Problem);

/// <summary>
/// The site as it stands after one update: the assembled pages, or the errors that stopped the update.
/// Pages are rendered when first asked for and kept until the next update replaces the snapshot, so an
/// edit costs the pages a reader looks at, not every page of the site. The generated files that cover the
/// whole site (search indexes, sitemap, feeds) are likewise made on the first request for one of them.
/// </summary>
public sealed class SiteSnapshot
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, SitePage> _pages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _contentAssets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<RenderedPage>>> _rendered = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyDictionary<string, byte[]>> _generated;
    private readonly Lazy<IReadOnlyDictionary<string, ShareImage>> _shares;
    private readonly Lazy<IReadOnlyDictionary<string, PublishedImage>> _pictures;
    private readonly Lazy<IReadOnlyDictionary<string, PublishedDrawing>> _drawings;
    private readonly Lazy<IReadOnlyDictionary<string, PublishedFile>> _files;
    private readonly Lazy<IReadOnlyDictionary<string, ArtworkFile>> _artwork;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, byte[]>?>> _pictureCopies = new(StringComparer.Ordinal);
    private readonly ServeOptions _options;
    private readonly PipelineStatistics _statistics;
    private readonly PreparedSite? _parts;

    public SiteSnapshot(int version, IReadOnlyList<Diagnostic> diagnostics, PreparedSite? parts, ServeOptions options, PipelineStatistics statistics)
    {
        Version = version;
        Diagnostics = diagnostics;
        _parts = parts;
        _options = options;
        _statistics = statistics;
        if (parts is not null)
        {
            foreach (var page in parts.Site.Pages)
            {
                _pages[page.OutputFile] = page;
            }

            _contentAssets.UnionWith(parts.Site.Assets);
        }

        _generated = new Lazy<IReadOnlyDictionary<string, byte[]>>(Generate, LazyThreadSafetyMode.ExecutionAndPublication);
        _shares = new Lazy<IReadOnlyDictionary<string, ShareImage>>(() =>
            (parts?.Site.Pages ?? []).Select(p => ShareImages.For(p, parts!.Config)).DistinctBy(s => s.OutputPath).ToDictionary(s => s.OutputPath, StringComparer.Ordinal));
        // Looked up by output path: made once per snapshot, not per request.
        _drawings = new Lazy<IReadOnlyDictionary<string, PublishedDrawing>>(() =>
            (parts?.MediaInUse.Drawings ?? []).ToDictionary(d => d.OutputPath, StringComparer.Ordinal));
        _artwork = new Lazy<IReadOnlyDictionary<string, ArtworkFile>>(() =>
            (parts?.Site.Artwork ?? []).ToDictionary(f => f.OutputPath, StringComparer.Ordinal));
        _files = new Lazy<IReadOnlyDictionary<string, PublishedFile>>(() =>
            (parts?.MediaInUse.Files ?? []).Select(f => f.File).ToDictionary(f => f.OutputPath, StringComparer.Ordinal));
        _pictures = new Lazy<IReadOnlyDictionary<string, PublishedImage>>(() =>
            (parts?.MediaInUse.Pictures ?? []).SelectMany(p => p.Image.Variants.Select(v => (v.OutputPath, p.Image))).ToDictionary(e => e.OutputPath, e => e.Image, StringComparer.Ordinal));
    }

    /// <summary>
    /// A copy of a picture the pages use (<c>media/…</c>), made with all copies of its picture when first asked for;
    /// null when there is no such copy or the picture cannot be decoded (the build reports that).
    /// </summary>
    public byte[]? PictureFile(string relativePath)
    {
        if (_parts is null)
        {
            return null;
        }

        if (_drawings.Value.TryGetValue(relativePath, out var drawing))
        {
            return drawing.Bytes;
        }

        if (_artwork.Value.TryGetValue(relativePath, out var artwork))
        {
            return artwork.Bytes;
        }

        if (_files.Value.TryGetValue(relativePath, out var file))
        {
            return _parts.Media.BytesOf(file);
        }

        var share = _shares.Value.GetValueOrDefault(relativePath);
        if (share?.Card is { } card)
        {
            return MediaPublishing.Produce(_parts.Media.Cache, card);
        }

        var image = share?.Picture ?? _pictures.Value.GetValueOrDefault(relativePath);
        if (image is null)
        {
            return null;
        }

        var copies = _pictureCopies.GetOrAdd(image.Key + (share is null ? "" : "+share"), _ => new Lazy<IReadOnlyDictionary<string, byte[]>?>(() =>
        {
            try
            {
                return MediaPublishing.Produce(_parts.Media, image, withShareCrop: share is not null).ToDictionary(c => c.Variant.OutputPath, c => c.Bytes, StringComparer.Ordinal);
            }
            catch (Exception e) when (e is UnusableMediaException or IOException or UnauthorizedAccessException or NetVips.VipsException)
            {
                // The build reports the picture with its file and line; the preview shows it missing, as a browser would.
                return null;
            }
        })).Value;
        return copies?.GetValueOrDefault(relativePath);
    }

    /// <summary>Counts updates; the live-reload script compares it with the version of the page it sits on.</summary>
    public int Version { get; }

    /// <summary>Every problem of the update, warnings included.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public IReadOnlyList<Diagnostic> Errors => Diagnostics.Where(d => d.IsError).ToList();

    /// <summary>False when the content or theme has errors; then every page shows them instead.</summary>
    public bool IsBuilt => _parts is not null;

    public bool HasPage(string outputFile) => _pages.ContainsKey(outputFile);

    /// <summary>Renders the page written to <paramref name="outputFile"/> (once per snapshot), or null when there is none.</summary>
    public Task<RenderedPage>? RenderAsync(string outputFile)
    {
        if (!_pages.TryGetValue(outputFile, out var page) || _parts is null)
        {
            return null;
        }

        return _rendered.GetOrAdd(outputFile, _ => new Lazy<Task<RenderedPage>>(() => RenderNowAsync(page, _parts))).Value;
    }

    /// <summary>
    /// Renders one page of each template, so the first page an editor opens after a save does not also pay for
    /// loading the templates and preparing their code.
    /// </summary>
    public async Task WarmUpAsync()
    {
        foreach (var page in _pages.Values.DistinctBy(p => p.Template).ToList())
        {
            await RenderAsync(page.OutputFile)!;
        }
    }

    /// <summary>The file of the theme or content folder served at a site path, when the built site would hold it.</summary>
    public string? SourceFileOf(string relativePath)
    {
        if (relativePath.StartsWith("assets/", StringComparison.Ordinal))
        {
            var themeAssets = Path.Combine(_options.ThemeDirectory, "assets");
            var file = Path.GetFullPath(Path.Combine(themeAssets, relativePath["assets/".Length..]));
            var hidden = relativePath.Split('/').Any(part => part.StartsWith('.'));
            return !hidden && file.StartsWith(themeAssets + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file)
                && !Content.SymbolicLinks.LeadOutside(file, _options.ThemeDirectory)
                ? file
                : null;
        }

        return _contentAssets.Contains(relativePath) ? Path.Combine(_options.ContentDirectory, relativePath) : null;
    }

    /// <summary>A generated file (sitemap, feed, robots.txt, search index), or null.</summary>
    public byte[]? GeneratedFile(string relativePath) =>
        _parts is not null && _generated.Value.TryGetValue(relativePath, out var bytes) ? bytes : null;

    private async Task<RenderedPage> RenderNowAsync(SitePage page, PreparedSite parts)
    {
        try
        {
            var view = new PageView(page, parts.Config, parts.Strings, new BuildSettings(_options.Now, _options.Preview));
            var html = await parts.Templates.RenderAsync(page, view);
            _statistics.PageRendered();
            return new RenderedPage(Utf8NoBom.GetBytes(html), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The same message a build gives for a template that fails on a page.
            var problem = new Diagnostic(Severity.Error, DiagnosticCodes.TemplateError, SourceLocation.StartOf($"theme/layouts/{page.Template}.cshtml"),
                new Wording(
                    $"mẫu giao diện bị lỗi khi dựng {page.OutputFile}: {e.GetBaseException().Message}",
                    $"the template failed while rendering {page.OutputFile}: {e.GetBaseException().Message}"));
            return new RenderedPage(null, problem);
        }
    }

    private IReadOnlyDictionary<string, byte[]> Generate()
    {
        if (_parts is null)
        {
            return new Dictionary<string, byte[]>();
        }

        var sink = new MemoryFileSink();
        // A missing base URL matters when the site is published, which `build` reports; the preview does not repeat it.
        SiteFiles.Write(_parts.Site, _parts.Config, _parts.Strings, new BuildSettings(_options.Now, _options.Preview), sink, new DiagnosticBag());
        SearchFiles.Write(_parts.Site, sink);
        return sink.Files;
    }
}
