using System.Diagnostics;
using InfoSiteGen.Bodies;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pages;
using InfoSiteGen.Pipeline;
using InfoSiteGen.Pipeline.Store;
using InfoSiteGen.Publishing;
using InfoSiteGen.Rendering;

namespace InfoSiteGen;

/// <summary>
/// The whole pipeline, in order: <see cref="SitePipeline"/> loads the configuration, reads the content, chooses
/// what is published, renders the Markdown, assembles the site and compiles the templates; then the pages are
/// rendered, the output written and checked, and swapped in. Each stage only reads what the stages before it produced. Content problems are collected, not thrown,
/// and any error stops the build before the output folder is touched.
/// </summary>
public static class SiteBuild
{
    /// <exception cref="OutputRefusedException">The output folder is one the build must not replace.</exception>
    public static async Task<BuildResult> RunAsync(BuildOptions options, IBuildProgress? progress = null)
    {
        if (options.CheckOnly)
        {
            // A check goes through every stage into a scratch folder of its own, so the output folder stays untouched.
            var scratch = Path.Combine(Path.GetTempPath(), "infositegen-check-" + Guid.NewGuid().ToString("N"));
            try
            {
                return await RunAsync(options with { OutputDirectory = Path.Combine(scratch, "output"), ZipFile = null, CheckOnly = false, BuildRecordDirectory = null }, progress);
            }
            finally
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
        }

        OutputSafety.Check(options.OutputDirectory, options.ContentDirectory, options.ThemeDirectory);
        progress ??= IBuildProgress.None;
        var clock = Stopwatch.StartNew();
        // Listed before anything is read, so that a file saved during the build counts as changed next time.
        var sources = BuildRecord.SourcesOf(options);
        var last = BuildRecord.Last(options);
        if (last?.Unchanged(options, sources) is { } unchanged)
        {
            if (options.ZipFile is not null)
            {
                SiteZip.Write(options.OutputDirectory, options.ZipFile);
            }

            return unchanged with { Duration = clock.Elapsed };
        }

        var diagnostics = new DiagnosticBag();
        var pagesPerLanguage = new Dictionary<string, int>();
        var filesWritten = 0;

        var (site, read) = await BuildSiteAsync(options, last, diagnostics, progress);
        if (site is not null)
        {
            foreach (var language in site.Config.Languages)
            {
                pagesPerLanguage[language] = site.Pages.PageCount(language);
            }

            filesWritten = site.Files.Count;
        }

        var result = new BuildResult(diagnostics.All, pagesPerLanguage, filesWritten, clock.Elapsed, site?.NextChange, site?.SearchIndexBytes)
        {
            Images = site?.Images ?? default,
            Artwork = site?.Artwork,
            Content = read,
        };
        BuildRecord.Save(options, sources, result, site?.Files ?? []);
        return result;
    }

    /// <param name="Files">Every file of the output, relative to its folder.</param>
    private sealed record BuiltSite(SiteConfig Config, AssembledSite Pages, IReadOnlyList<string> Files, ScheduledChange? NextChange, IReadOnlyDictionary<string, long> SearchIndexBytes)
    {
        public (int Published, int Processed) Images { get; init; }

        public ArtworkSummary? Artwork { get; init; }
    }

    /// <returns>The site when it was built; what was read of the content whenever site.yml could be read.</returns>
    private static async Task<(BuiltSite? Site, ContentRead? Read)> BuildSiteAsync(BuildOptions options, BuildRecord? last, DiagnosticBag diagnostics, IBuildProgress progress)
    {
        // The bodies' HTML waits for the pages on the disk of the output, not in memory.
        using var spill = HtmlSpill.Create(OutputFolder.ParentOf(options.OutputDirectory));
        // One store per content folder and kind of build, so a preview between two builds to publish costs neither its store.
        using var store = options.BuildRecordDirectory is null
            ? null
            : PipelineStore.For(Path.Combine(options.BuildRecordDirectory, "pipelines"), options.ContentDirectory, $"{options.Preview}\n{options.BaseUrl}");
        var run = await PrepareAsync(options, spill, store, diagnostics, progress);
        try
        {
            return (run.Site is null ? null : await WriteAsync(options, run.Site, last, diagnostics, progress), run.Read);
        }
        finally
        {
            // The store is written from the spill file and the store's own: both stay open until it is done.
            await run.StoreSaved;
        }
    }

    // A method of its own so that the pipeline, which remembers every file as read, is let go before the pages are
    // written: a build runs it once.
    private static Task<PipelineRun> PrepareAsync(BuildOptions options, HtmlSpill spill, PipelineStore? store, DiagnosticBag diagnostics, IBuildProgress progress) =>
        new SitePipeline(new PipelineInputs(
                options.ContentDirectory, options.ThemeDirectory, options.Now, options.Preview, options.BaseUrl, options.ImageCacheDirectory, RunsOnce: true, BodySpill: spill, Store: store))
            .UpdateAsync(ChangeSet.Unknown, diagnostics, progress);

    /// <summary>The Publishing stage: renders every page into the output, with the site-wide files and the pictures, checks the links, and swaps the output in.</summary>
    /// <param name="last">The record of the last build into the output folder, read once at the start of the build.</param>
    private static async Task<BuiltSite?> WriteAsync(BuildOptions options, PreparedSite prepared, BuildRecord? last, DiagnosticBag diagnostics, IBuildProgress progress)
    {
        var (config, strings, templates, site, images, mediaInUse, rendered, nextChange) = prepared;
        // The search indexes need only the rendered bodies, so they are made while the pages render.
        var searchScripts = Task.Run(() => SearchFiles.Build(rendered.Values.Select(r => (r.Item, r.Body))));

        progress.StageStarted("pages");
        using var output = OutputFolder.Begin(options.OutputDirectory, last?.DescribesOutput(options) == true);
        output.StartCreatingFolders(site.Pages.Select(p => p.OutputFile));
        var links = new LinkLedger();
        var settings = new BuildSettings(options.Now, options.Preview);
        var writer = new PageWriter(templates, config, strings, settings, output, links, diagnostics);
        // The site-wide files need only the assembled site, so they are made while the pages render.
        var siteWide = Task.Run(async () =>
        {
            SiteFiles.Write(site, config, strings, settings, output, diagnostics);
            return SearchFiles.Write(site, output, await searchScripts);
        });
        // Pictures are decoded and encoded (or taken from the cache) while the pages render.
        var shares = ShareImages.Needed(site.Pages, config);
        var pictures = Task.Run(() => MediaPublishing.Write(images, mediaInUse, shares.Crops, shares.Cards, output, diagnostics));
        await writer.WriteAllAsync(site.Pages, progress);
        AssetCopier.Copy(options.ThemeDirectory, options.ContentDirectory, site.Assets, output);
        foreach (var artwork in site.Artwork)
        {
            output.WriteBytes(artwork.OutputPath, artwork.Bytes);
        }
        var indexSizes = await siteWide;
        var picturesPublished = await pictures;
        images.Cache.Save(DateTime.UtcNow);
        if (!picturesPublished)
        {
            // The pages link to the copies of the damaged picture: that is reported once, not once per copy.
            return null;
        }

        var searchIndexBytes = config.Languages.Where(indexSizes.ContainsKey).ToDictionary(l => l, l => indexSizes[l]);

        progress.StageStarted("checks");
        links.Report(output.Contains, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        output.WriteBytes(Manifest.FileName, Manifest.Write(output, site, options.ContentDirectory, settings));
        output.Commit();
        if (options.ZipFile is not null)
        {
            SiteZip.Write(options.OutputDirectory, options.ZipFile);
        }

        return new BuiltSite(config, site, output.Produced.Select(f => f.Path).ToList(), nextChange, searchIndexBytes)
        {
            Images = (mediaInUse.Pictures.Count, images.Cache.Processed),
            Artwork = prepared.Artwork is { } studio
                ? new ArtworkSummary(site.Artwork.Count, site.Artwork.Select(f => f.SloganSource).Distinct().Count(), studio.Drawn, studio.Font.Path)
                : null,
        };
    }
}
