using System.Security.Cryptography;
using InfoSiteGen.Artwork;
using InfoSiteGen.Bodies;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Media;
using InfoSiteGen.Pages;
using InfoSiteGen.Pipeline.Store;
using InfoSiteGen.Rendering;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Pipeline;

/// <summary>What the pipeline works from: the folders, the date the site stands at, and whether drafts are shown.</summary>
/// <param name="BaseUrl">Overrides <c>base_url</c> of site.yml when given.</param>
/// <param name="ImageCacheDirectory">Where processed pictures are kept between runs.</param>
/// <param name="RunsOnce">
/// The pipeline is run once (build, check): each file's Markdown is let go as soon as it is rendered, since no
/// later update will render it again. On a large site the Markdown waiting to be rendered is a good part of the memory.
/// </param>
/// <param name="BodySpill">Where the rendered bodies' HTML waits for the pages, when not in memory (a build).</param>
/// <param name="Store">Where the pipeline's work is kept between runs (a build): the first update starts from it, and every update replaces it.</param>
public sealed record PipelineInputs(
    string ContentDirectory,
    string ThemeDirectory,
    DateOnly Now,
    bool Preview,
    Uri? BaseUrl,
    string ImageCacheDirectory,
    bool RunsOnce = false,
    HtmlSpill? BodySpill = null,
    PipelineStore? Store = null);

/// <summary>The site assembled and its templates compiled: what writing the output, or serving it, needs.</summary>
/// <param name="Media">Where the media are planned and made.</param>
/// <param name="MediaInUse">The media the published items use: what is published of them.</param>
/// <param name="Rendered">Every published item with its rendered body, by source path.</param>
/// <param name="NextChange">When the site must next be rebuilt because a publication window opens or closes.</param>
public sealed record PreparedSite(
    SiteConfig Config,
    UiStrings Strings,
    TemplateRenderer Templates,
    AssembledSite Site,
    MediaCatalog Media,
    MediaInUse MediaInUse,
    IReadOnlyDictionary<string, RenderedItem> Rendered,
    ScheduledChange? NextChange)
{
    /// <summary>Draws the slogan artwork; null when the site makes none.</summary>
    public ArtworkStudio? Artwork { get; init; }
}

/// <summary>What one update produced: the prepared site when there were no errors, and what was read of the content whenever site.yml could be read.</summary>
public sealed record PipelineRun(PreparedSite? Site, ContentRead? Read)
{
    /// <summary>Done when the pipeline store holds this update's work (it is written while the pages are).</summary>
    public Task StoreSaved { get; init; } = Task.CompletedTask;
}

/// <summary>
/// The stages that turn the content into a site ready to write, for every command: load the configuration,
/// read the content, check translations, choose what is published, render the Markdown, assemble the pages,
/// compile the templates. <c>build</c>, <c>check</c> and <c>report</c> run it once; <c>serve</c> keeps it and
/// runs it again after each change, so each stage remembers its work and redoes only what a change affects.
/// Reading and rendering are per file; the whole-site steps (translation checks, link targets, assembling the
/// pages) are redone when a change reaches beyond bodies (see <see cref="ContentReading"/>), and otherwise
/// reused, the edited pages patched in. Templates are loaded again only when the theme's templates change.
/// Content problems are collected, not thrown. Updates must not overlap.
/// </summary>
public sealed class SitePipeline
{
    private readonly PipelineInputs _inputs;
    private readonly PipelineStatistics _statistics;
    private readonly ContentFileCache _files;
    private readonly BodyCache _bodies;
    private ImageCache? _images;
    private Task<ArtworkStudio?>? _artwork;
    private byte[] _siteYmlHash = [];
    private byte[] _stringsHash = [];
    private IReadOnlyList<Diagnostic>? _pairingProblems;
    private LinkResolver? _links;
    private (AssembledSite Site, IReadOnlyDictionary<string, RenderedItem> Rendered)? _assembled;
    private Task<TemplateRenderer>? _templates;
    private bool _templatesFailed;
    private Task _storeSaved = Task.CompletedTask;
    private Task<StoredPipeline?>? _storeLoading;
    private long _checkedAt;

    public SitePipeline(PipelineInputs inputs, PipelineStatistics? statistics = null)
    {
        _inputs = inputs;
        _statistics = statistics ?? new PipelineStatistics();
        _files = new ContentFileCache(_statistics);
        _bodies = new BodyCache(_statistics, inputs.BodySpill);
    }

    /// <summary>Brings the site up to date with the changes the watcher saw (<see cref="ChangeSet.Unknown"/> the first time).</summary>
    public async Task<PipelineRun> UpdateAsync(ChangeSet changes, DiagnosticBag diagnostics, IBuildProgress? progress = null)
    {
        progress ??= IBuildProgress.None;
        if (_inputs.RunsOnce && _siteYmlHash.Length > 0)
        {
            throw new InvalidOperationException("a pipeline made to run once has let its Markdown go and cannot be updated");
        }

        progress.StageStarted("configuration");
        _statistics.Updated();
        _checkedAt = DateTime.UtcNow.Ticks;
        var templatesLoading = LoadTemplates(changes);
        try
        {
            var (config, configChanged) = LoadConfiguration(diagnostics);
            if (config is null)
            {
                return new PipelineRun(null, null);
            }

            LookForArtworkFont(config);
            var stringsChanged = Changed(ref _stringsHash, config.Languages.Select(language => Path.Combine(_inputs.ThemeDirectory, "i18n", language + ".yml")));
            var strings = UiStrings.Load(_inputs.ThemeDirectory, config.Languages, diagnostics);

            progress.StageStarted("content");
            var reading = ReadContent(config, configChanged, changes, diagnostics);
            var read = new ContentRead(config, reading.Items, diagnostics.DecomposedLetters, diagnostics.DecomposedFiles);
            var site = await PrepareAsync(config, strings, reading, stringsChanged, diagnostics, progress);
            return new PipelineRun(site, read) { StoreSaved = _storeSaved };
        }
        finally
        {
            // Even an update that stops early waits for the load: it may be writing a compiled template to the disk cache.
            await templatesLoading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// The first update makes the template renderer and loads every template on another core, from the moment it
    /// starts, since neither needs the configuration or the content: RazorLight's engine takes tens of milliseconds
    /// to set up, and each compiled template is an assembly to load. Later updates load them again only when the
    /// theme's templates changed or failed to compile. PrepareAsync reports their problems.
    /// </summary>
    /// <returns>The loading, done or not.</returns>
    private Task LoadTemplates(ChangeSet changes)
    {
        if (_templates is null || _templates.IsFaulted)
        {
            var theme = _inputs.ThemeDirectory;
            _templates = Task.Run(async () =>
            {
                var renderer = TemplateRenderer.For(theme);
                await TemplateRenderer.LoadAllAsync(theme);
                return renderer;
            });
        }
        else if (changes.TemplatesChanged || _templatesFailed)
        {
            // A new engine forgets the templates it loaded; unchanged ones come back from the disk cache, edited ones are compiled.
            _templates = Task.FromResult(TemplateRenderer.Reload(_inputs.ThemeDirectory));
            _templatesFailed = false;
        }

        return _templates;
    }

    /// <summary>Only the configuration and content stages, with their checks: what <c>report</c> needs.</summary>
    public ContentRead? Read(DiagnosticBag diagnostics)
    {
        var (config, configChanged) = LoadConfiguration(diagnostics);
        if (config is null)
        {
            return null;
        }

        var reading = ReadContent(config, configChanged, ChangeSet.Unknown, diagnostics);
        return new ContentRead(config, reading.Items, diagnostics.DecomposedLetters, diagnostics.DecomposedFiles);
    }

    private (SiteConfig? Config, bool Changed) LoadConfiguration(DiagnosticBag diagnostics)
    {
        VietnameseCollation.EnsureAvailable();
        var first = _siteYmlHash.Length == 0;
        var changed = Changed(ref _siteYmlHash, [Path.Combine(_inputs.ContentDirectory, SiteConfigLoader.FileName)]);
        if (changed)
        {
            // site.yml decides how every file is read (departments, topics, languages, addresses): start over.
            _files.Clear();
            _bodies.Clear();
        }

        var config = SiteConfigLoader.Load(_inputs.ContentDirectory, diagnostics);
        if (first && config is not null && _inputs.Store is { } store)
        {
            // Tens of megabytes of objects to make: loaded on another core while the UI strings are read and the content
            // folder is listed, which do not need it. The files are taken in once listed, the bodies after the files.
            var (fingerprint, terms) = (StoreFingerprint(), _bodies.SearchTerms);
            _storeLoading = Task.Run(() => store.Load(fingerprint, terms));
            _files.RememberWhenLoaded(_storeLoading.ContinueWith(loading => loading.Result?.Files, TaskScheduler.Default));
        }

        return (config is null ? null : config with { BaseUrl = _inputs.BaseUrl ?? config.BaseUrl }, changed);
    }

    private ContentReading ReadContent(SiteConfig config, bool configChanged, ChangeSet changes, DiagnosticBag diagnostics)
    {
        var reading = _files.ReadAll(_inputs.ContentDirectory, config, changes, diagnostics);
        if (_storeLoading is { } loading)
        {
            _storeLoading = null;
            if (loading.GetAwaiter().GetResult() is { } stored)
            {
                _bodies.Remember(stored.Bodies, stored.LinkContext);
            }
        }

        var reshaped = reading.StructureChanged || configChanged;
        CheckTranslations(reading.Items, reshaped, diagnostics);
        return reading with { StructureChanged = reshaped };
    }

    private async Task<PreparedSite?> PrepareAsync(
        SiteConfig config, UiStrings? strings, ContentReading reading, bool stringsChanged, DiagnosticBag diagnostics, IBuildProgress progress)
    {
        var items = reading.Items;
        var reshaped = reading.StructureChanged;
        var rules = new PublicationRules(_inputs.Now, _inputs.Preview);
        var published = rules.Select(items);

        progress.StageStarted("markdown");
        if (reshaped || _links is null)
        {
            // Bodies report through a resolver of their own (see BodyCache); this one only holds the link targets.
            _links = new LinkResolver(_inputs.ContentDirectory, items, rules, new DiagnosticBag(), new MediaCatalog(_inputs.ContentDirectory, config.Images, _images ??= new ImageCache(_inputs.ImageCacheDirectory)));
        }

        var rendered = _bodies.RenderAll(
            published, items, rules, _links, new HtmlSafety(config.AllowedFrameHosts), _inputs.ContentDirectory, _files.HashOf, _inputs.RunsOnce ? _files.TakeMarkdown : _files.MarkdownOf, reshaped, diagnostics);
        SaveToStore();
        if (strings is null)
        {
            return null;
        }

        progress.StageStarted("site");
        var site = !reshaped && !stringsChanged && _assembled is { } last ? SitePatch.Apply(last.Site, last.Rendered, rendered) : null;
        if (site is null)
        {
            site = new SiteAssembler(config, strings, rules, diagnostics, ArtworkFor(config, diagnostics)).Assemble(rendered);
            _statistics.SiteAssembled();
        }

        if (diagnostics.HasErrors)
        {
            // Only an error-free site is a sound base for patching.
            _assembled = null;
            return null;
        }

        _assembled = (site, rendered);

        progress.StageStarted("templates");
        var templates = await _templates!;
        if (!await templates.PrepareAsync(site.Pages.Select(p => p.Template), diagnostics))
        {
            // The next update loads them again, whatever the watcher says.
            _templatesFailed = true;
            return null;
        }

        var mediaInUse = _links.Media.InUse(rendered.Values.SelectMany(r => r.MediaUses), diagnostics);
        return new PreparedSite(config, strings, templates, site, _links.Media, mediaInUse, rendered, ScheduledChange.Next(items, _inputs.Now))
        {
            Artwork = ArtworkStudioFor(config),
        };
    }

    /// <summary>
    /// Everything the stored work depends on besides the content files themselves, which the store checks one by one:
    /// the generator, the folders, what decides publication, the base address, and site.yml.
    /// </summary>
    private string StoreFingerprint() => string.Join('\n',
        BuildRecord.GeneratorIdentity,
        Path.GetFullPath(_inputs.ContentDirectory),
        Path.GetFullPath(_inputs.ThemeDirectory),
        _inputs.Now.DayNumber,
        _inputs.Preview,
        _inputs.BaseUrl?.AbsoluteUri,
        Convert.ToHexStringLower(_siteYmlHash));

    /// <summary>Writes the files read and the bodies rendered to the store while the later stages go on.</summary>
    private void SaveToStore()
    {
        if (_inputs.Store is not { } store)
        {
            return;
        }

        // Taken now, before a later update changes them.
        var (fingerprint, checkedAt, files, (bodies, linkContext)) = (StoreFingerprint(), _checkedAt, _files.Remembered(), _bodies.Remembered());
        var previous = _storeSaved;
        _storeSaved = Task.Run(async () =>
        {
            await previous;
            store.Save(fingerprint, checkedAt, files, bodies, linkContext);
        });
    }

    /// <summary>
    /// Once site.yml asks for artwork (<c>print:</c>), looks for its font on another core while the content is read:
    /// the first font loaded starts the drawing library, tens of milliseconds. The font is looked for once.
    /// </summary>
    private void LookForArtworkFont(SiteConfig config)
    {
        if (config.Print is not null && _artwork is null)
        {
            var (theme, cache) = (_inputs.ThemeDirectory, Path.Combine(_inputs.ImageCacheDirectory, "artwork"));
            _artwork = Task.Run(() => ArtworkFont.Find(theme) is { } font ? new ArtworkStudio(font, cache) : null);
        }
    }

    /// <summary>The artwork studio when the site makes artwork (<c>print:</c>) and a font was found.</summary>
    /// <remarks>
    /// Waited for without an await, so that the site is still assembled on the thread the update runs on rather than
    /// on whichever pool thread finished the font.
    /// </remarks>
    private ArtworkStudio? ArtworkStudioFor(SiteConfig config) =>
        config.Print is null || _artwork is null ? null : _artwork.GetAwaiter().GetResult();

    /// <summary>The artwork studio for assembling the site, with a warning when the site makes artwork and no font was found.</summary>
    private ArtworkStudio? ArtworkFor(SiteConfig config, DiagnosticBag diagnostics)
    {
        var studio = ArtworkStudioFor(config);
        if (studio is null && config.Print is not null)
        {
            diagnostics.Warning(DiagnosticCodes.ArtworkFontMissing, SourceLocation.StartOf(SiteConfigLoader.FileName), new Wording(
                "không tìm thấy phông chữ đậm có đủ chữ tiếng Việt (DejaVu Sans Bold, Noto Sans Bold hoặc Liberation Sans Bold) nên không tạo ấn phẩm từ khẩu hiệu; hãy cài gói fonts-dejavu-core hoặc đặt phông vào theme/fonts/artwork.ttf",
                "no bold font with every Vietnamese letter was found (DejaVu Sans Bold, Noto Sans Bold or Liberation Sans Bold), so no artwork is made from the slogans; install the package fonts-dejavu-core or put a font in theme/fonts/artwork.ttf"));
        }

        return studio;
    }

    /// <summary>Translation pairs and unique addresses depend on front matter only, so their findings are kept until it changes.</summary>
    private void CheckTranslations(IReadOnlyList<ContentItem> items, bool reshaped, DiagnosticBag diagnostics)
    {
        if (reshaped || _pairingProblems is null)
        {
            var found = new DiagnosticBag();
            TranslationPairing.Check(items, found);
            TranslationPairing.CheckUniqueUrls(items, found);
            LawStatusHistory.CheckTargets(items, found);
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
