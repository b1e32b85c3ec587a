using System.Security.Cryptography;
using InfoSiteGen.Bodies;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Media;
using InfoSiteGen.Pages;
using InfoSiteGen.Rendering;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Serving;

/// <summary>
/// The build pipeline of <see cref="SiteBuild"/> for a site that changes while it is served: the same stages in
/// the same order, finding the same problems, with each stage remembering its work and redoing only what a change
/// affects. Reading and rendering are per file; the whole-site steps (translation checks, link targets, assembling
/// the pages) are redone when a change reaches beyond bodies (see <see cref="ContentReading"/>), and otherwise
/// reused, the edited pages patched in. Templates are loaded again only when the theme's templates change. Pages
/// are not rendered here: the snapshot renders them on request. Updates must not overlap; the server runs them
/// one after another.
/// </summary>
public sealed class IncrementalSite
{
    private readonly ServeOptions _options;
    private readonly ServeStatistics _statistics;
    private readonly ContentFileCache _files;
    private readonly BodyCache _bodies;
    private readonly ImageCache _images;
    private byte[] _siteYmlHash = [];
    private byte[] _stringsHash = [];
    private IReadOnlyList<Diagnostic>? _pairingProblems;
    private LinkResolver? _links;
    private (AssembledSite Site, IReadOnlyDictionary<string, RenderedItem> Rendered)? _assembled;
    private TemplateRenderer? _templates;
    private int _version;

    public IncrementalSite(ServeOptions options, ServeStatistics statistics)
    {
        _options = options;
        _statistics = statistics;
        _files = new ContentFileCache(statistics);
        _bodies = new BodyCache(statistics);
        _images = new ImageCache(options.ImageCacheDirectory);
    }

    public async Task<SiteSnapshot> UpdateAsync(ChangeSet changes)
    {
        var diagnostics = new DiagnosticBag();
        var parts = await BuildAsync(changes, diagnostics);
        _statistics.Updated();
        return new SiteSnapshot(++_version, diagnostics.All, diagnostics.HasErrors ? null : parts, _options, _statistics);
    }

    private async Task<SiteSnapshot.Parts?> BuildAsync(ChangeSet changes, DiagnosticBag diagnostics)
    {
        VietnameseCollation.EnsureAvailable();
        var configChanged = Changed(ref _siteYmlHash, [Path.Combine(_options.ContentDirectory, SiteConfigLoader.FileName)]);
        if (configChanged)
        {
            // site.yml decides how every file is read (departments, topics, languages, addresses): start over.
            _files.Clear();
            _bodies.Clear();
        }

        var config = SiteConfigLoader.Load(_options.ContentDirectory, diagnostics);
        if (config is null)
        {
            return null;
        }

        var stringsChanged = Changed(ref _stringsHash, config.Languages.Select(language => Path.Combine(_options.ThemeDirectory, "i18n", language + ".yml")));
        var strings = UiStrings.Load(_options.ThemeDirectory, config.Languages, diagnostics);

        var reading = _files.ReadAll(_options.ContentDirectory, config, changes, diagnostics);
        var items = reading.Items;
        var reshaped = reading.StructureChanged || configChanged;
        var rules = new PublicationRules(_options.Now, _options.Preview);
        CheckTranslations(items, reshaped, diagnostics);
        var published = rules.Select(items);

        if (reshaped || _links is null)
        {
            // Bodies report through a resolver of their own (see BodyCache); this one only holds the link targets.
            _links = new LinkResolver(_options.ContentDirectory, items, rules, new DiagnosticBag(), new MediaCatalog(_options.ContentDirectory, config.Images, _images));
        }

        var rendered = _bodies.RenderAll(
            published, items, rules, _links, new HtmlSafety(config.AllowedFrameHosts), _options.ContentDirectory, _files.HashOf, reshaped, diagnostics);
        if (strings is null)
        {
            return null;
        }

        var site = !reshaped && !stringsChanged && _assembled is { } last ? SitePatch.Apply(last.Site, last.Rendered, rendered) : null;
        site ??= new SiteAssembler(config, strings, rules, diagnostics).Assemble(rendered);
        if (diagnostics.HasErrors)
        {
            // Only an error-free site is a sound base for patching.
            _assembled = null;
            return null;
        }

        _assembled = (site, rendered);
        // Keeps the photos' fingerprints for the next start of serve or the next build.
        _images.Save(DateTime.UtcNow);

        // A new engine forgets the templates it loaded; unchanged ones come back from the disk cache, edited ones are compiled.
        _templates = _templates is null || changes.TemplatesChanged ? TemplateRenderer.Reload(_options.ThemeDirectory) : _templates;
        if (!await _templates.PrepareAsync(site.Pages.Select(p => p.Template), diagnostics))
        {
            _templates = null;
            return null;
        }

        return new SiteSnapshot.Parts(config, strings, _templates, site, _links.Media);
    }

    /// <summary>Translation pairs and unique addresses depend on front matter only, so their findings are kept until it changes.</summary>
    private void CheckTranslations(IReadOnlyList<ContentItem> items, bool reshaped, DiagnosticBag diagnostics)
    {
        if (reshaped || _pairingProblems is null)
        {
            var found = new DiagnosticBag();
            TranslationPairing.Check(items, found);
            TranslationPairing.CheckUniqueUrls(items, found);
            _pairingProblems = found.All;
        }

        foreach (var problem in _pairingProblems)
        {
            diagnostics.Add(problem);
        }
    }

    /// <summary>Hashes the files' bytes together and says whether the result differs from the last one, which it replaces.</summary>
    private static bool Changed(ref byte[] last, IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            try
            {
                hash.AppendData(File.Exists(path) ? File.ReadAllBytes(path) : []);
            }
            catch (IOException)
            {
                // Being saved: its change is reported again.
            }

            hash.AppendData([0]);
        }

        var now = hash.GetHashAndReset();
        var changed = !now.AsSpan().SequenceEqual(last);
        last = now;
        return changed;
    }
}
