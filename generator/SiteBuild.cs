using System.Diagnostics;
using InfoSiteGen.Bodies;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Media;
using InfoSiteGen.Pages;
using InfoSiteGen.Publishing;
using InfoSiteGen.Rendering;
using InfoSiteGen.Writing;

namespace InfoSiteGen;

/// <summary>
/// The whole pipeline, in order: load the configuration, read the content, choose what is published,
/// render the Markdown, assemble the site, render the pages, write and check the output, swap it in.
/// Each stage only reads what the stages before it produced. Content problems are collected, not thrown,
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
                return await RunAsync(options with { OutputDirectory = Path.Combine(scratch, "output"), ZipFile = null, CheckOnly = false }, progress);
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
        var diagnostics = new DiagnosticBag();
        var pagesPerLanguage = new Dictionary<string, int>();
        var filesWritten = 0;

        var (site, read) = await BuildSiteAsync(options, diagnostics, progress);
        if (site is not null)
        {
            foreach (var language in site.Config.Languages)
            {
                pagesPerLanguage[language] = site.Pages.PageCount(language);
            }

            filesWritten = site.FilesWritten;
        }

        return new BuildResult(diagnostics.All, pagesPerLanguage, filesWritten, clock.Elapsed, site?.NextChange, site?.SearchIndexBytes)
        {
            Images = site?.Images ?? default,
            Content = read,
        };
    }

    private sealed record BuiltSite(SiteConfig Config, AssembledSite Pages, int FilesWritten, ScheduledChange? NextChange, IReadOnlyDictionary<string, long> SearchIndexBytes)
    {
        public (int Published, int Processed) Images { get; init; }
    }

    /// <returns>The site when it was built; what was read of the content whenever site.yml could be read.</returns>
    private static async Task<(BuiltSite? Site, ContentRead? Read)> BuildSiteAsync(BuildOptions options, DiagnosticBag diagnostics, IBuildProgress progress)
    {
        progress.StageStarted("configuration");
        VietnameseCollation.EnsureAvailable();
        var config = SiteConfigLoader.Load(options.ContentDirectory, diagnostics);
        if (config is null)
        {
            return (null, null);
        }

        config = config with { BaseUrl = options.BaseUrl ?? config.BaseUrl };
        var strings = UiStrings.Load(options.ThemeDirectory, config.Languages, diagnostics);
        // The templates load while the content is read and rendered; the templates stage reports their problems.
        var templatesLoading = Task.Run(() => TemplateRenderer.LoadAllAsync(options.ThemeDirectory));
        try
        {
            progress.StageStarted("content");
            var items = ContentReader.ReadAll(options.ContentDirectory, config, diagnostics);
            var read = new ContentRead(config, items, diagnostics.DecomposedLetters, diagnostics.DecomposedFiles);
            return (await BuildFromContentAsync(options, config, items, strings, templatesLoading, diagnostics, progress), read);
        }
        finally
        {
            // Even a build that stops early waits for the load: it may be writing a compiled template to the disk cache.
            await templatesLoading;
        }
    }

    private static async Task<BuiltSite?> BuildFromContentAsync(
        BuildOptions options, SiteConfig config, IReadOnlyList<ContentItem> items, UiStrings? strings, Task templatesLoading, DiagnosticBag diagnostics, IBuildProgress progress)
    {
        TranslationPairing.Check(items, diagnostics);
        TranslationPairing.CheckUniqueUrls(items, diagnostics);
        var rules = new PublicationRules(options.Now, options.Preview);
        var published = rules.Select(items);

        progress.StageStarted("markdown");
        var images = new MediaCatalog(options.ContentDirectory, config.Images, new ImageCache(options.ImageCacheDirectory));
        var resolver = new LinkResolver(options.ContentDirectory, items, rules, diagnostics, images);
        var rendered = BodyRendering.RenderAll(published, resolver, new HtmlSafety(config.AllowedFrameHosts), options.ContentDirectory, diagnostics);

        if (strings is null)
        {
            return null;
        }

        // The search indexes need only the rendered bodies, so they are made while the site is assembled and the pages render.
        var searchScripts = Task.Run(() => SearchFiles.Build(rendered.Values.Select(r => (r.Item, r.Body))));

        progress.StageStarted("site");
        var site = new SiteAssembler(config, strings, rules, diagnostics).Assemble(rendered);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        progress.StageStarted("templates");
        await templatesLoading;
        var templates = TemplateRenderer.For(options.ThemeDirectory);
        if (!await templates.PrepareAsync(site.Pages.Select(p => p.Template), diagnostics))
        {
            return null;
        }

        progress.StageStarted("pages");
        using var output = OutputFolder.Begin(options.OutputDirectory);
        output.StartCreatingFolders(site.Pages.Select(p => p.OutputFile));
        var links = new LinkLedger();
        var settings = new BuildSettings(options.Now, options.Preview);
        var writer = new PageWriter(templates, config, strings, settings, output, links, diagnostics);
        // The site-wide files need only the assembled site, so they are made while the pages render.
        var siteWide = Task.Run(async () =>
        {
            SiteFiles.Write(site, config, settings, output, diagnostics);
            return SearchFiles.Write(site, output, await searchScripts);
        });
        // Pictures are decoded and encoded (or taken from the cache) while the pages render.
        var shares = ShareImages.Needed(site.Pages, config);
        var pictures = Task.Run(() => MediaPublishing.Write(images, shares.Crops, shares.Cards, output, diagnostics));
        await writer.WriteAllAsync(site.Pages, progress);
        AssetCopier.Copy(options.ThemeDirectory, options.ContentDirectory, site.Assets, output);
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

        output.WriteBytes(Manifest.FileName, Manifest.Write(output, site.Pages, options.ContentDirectory, settings));
        output.Commit();
        if (options.ZipFile is not null)
        {
            SiteZip.Write(options.OutputDirectory, options.ZipFile);
        }

        return new BuiltSite(config, site, output.Files.Count, ScheduledChange.Next(items, options.Now), searchIndexBytes)
        {
            Images = (images.Planned.Count, images.Cache.Processed),
        };
    }
}
