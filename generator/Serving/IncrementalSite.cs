using System.Security.Cryptography;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Markdown;
using InfoSiteGen.Rendering;
using InfoSiteGen.Site;
using InfoSiteGen.Text;

namespace InfoSiteGen.Serving;

/// <summary>
/// The build pipeline of <see cref="SiteBuild"/> for a site that changes while it is served: the same stages
/// in the same order, with the expensive ones — reading files, rendering Markdown, compiling templates —
/// remembering what they did and redoing only what a change affects. The cheap whole-site steps (site.yml,
/// interface texts, translation checks, publication rules, assembling the pages) run on every update, so
/// every problem a build would find is found here too. Pages are not rendered here: the snapshot renders
/// them on request. Updates must not overlap; the server runs them one after another.
/// </summary>
public sealed class IncrementalSite
{
    private readonly ServeOptions _options;
    private readonly ServeStatistics _statistics;
    private readonly ContentFileCache _files;
    private readonly BodyCache _bodies;
    private byte[] _siteYmlHash = [];
    private TemplateRenderer? _templates;
    private int _version;

    public IncrementalSite(ServeOptions options, ServeStatistics statistics)
    {
        _options = options;
        _statistics = statistics;
        _files = new ContentFileCache(statistics);
        _bodies = new BodyCache(statistics);
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
        ForgetAllWhenSiteYmlChanged();
        var config = SiteConfigLoader.Load(_options.ContentDirectory, diagnostics);
        if (config is null)
        {
            return null;
        }

        var strings = UiStrings.Load(_options.ThemeDirectory, config.Languages, diagnostics);

        var items = _files.ReadAll(_options.ContentDirectory, config, changes.ContentFiles, diagnostics);
        TranslationPairing.Check(items, diagnostics);
        TranslationPairing.CheckUniqueUrls(items, diagnostics);
        var rules = new PublicationRules(_options.Now, _options.Preview);
        var published = rules.Select(items);

        var resolver = new LinkResolver(_options.ContentDirectory, items, rules, diagnostics);
        var rendered = _bodies.RenderAll(
            published, items, rules, resolver, new HtmlSafety(config.AllowedFrameHosts), _options.ContentDirectory, _files.HashOf, diagnostics);
        if (strings is null)
        {
            return null;
        }

        var site = new SiteAssembler(config, strings, rules, diagnostics).Assemble(rendered);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        // A new engine forgets the templates it loaded; unchanged ones come back from the disk cache, edited ones are compiled.
        _templates = _templates is null || changes.TemplatesChanged ? TemplateRenderer.Reload(_options.ThemeDirectory) : _templates;
        if (!await _templates.PrepareAsync(site.Pages.Select(p => p.Template), diagnostics))
        {
            // The engine may hold a half-loaded template; start from the disk cache next time.
            _templates = null;
            return null;
        }

        return new SiteSnapshot.Parts(config, strings, _templates, site);
    }

    /// <summary>site.yml decides how every file is read (departments, topics, languages, addresses), so a change to it starts over.</summary>
    private void ForgetAllWhenSiteYmlChanged()
    {
        var path = Path.Combine(_options.ContentDirectory, SiteConfigLoader.FileName);
        byte[] hash;
        try
        {
            hash = File.Exists(path) ? SHA256.HashData(File.ReadAllBytes(path)) : [];
        }
        catch (IOException)
        {
            hash = [];
        }

        if (!hash.AsSpan().SequenceEqual(_siteYmlHash))
        {
            _files.Clear();
            _bodies.Clear();
            _siteYmlHash = hash;
        }
    }
}
