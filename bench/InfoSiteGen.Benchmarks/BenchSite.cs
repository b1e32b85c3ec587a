using InfoSiteGen.Bodies;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pages;
using InfoSiteGen.Rendering;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Benchmarks;

/// <summary>How long a sample body is. The corpus's articles are all of one length, so the other two are cut from or joined out of them.</summary>
public enum BodySize
{
    /// <summary>The lead paragraph and one section of a typical article (about 150 words), like a slogan or a short notice.</summary>
    Short,

    /// <summary>The article of median length in the corpus (about 750 words).</summary>
    Typical,

    /// <summary>Six articles joined into one body (about 4,500 words, many repeated headings), like a long law summary.</summary>
    Long,
}

/// <summary>
/// The corpus taken through the real pipeline up to each stage, once per process, so that each benchmark
/// measures one stage on exactly the input the build gives it. Any diagnostic error stops the setup: a
/// benchmark of a build that would fail measures nothing useful.
/// </summary>
public sealed class BenchSite
{
    /// <summary>The build date: the corpus's items are all published on it.</summary>
    public static readonly DateOnly Now = new(2024, 1, 1);

    private readonly Dictionary<string, ContentItem> _bySource;

    private static readonly Lazy<BenchSite> Loaded = new(() => new BenchSite(BenchCorpus.ContentDirectory, BenchCorpus.ThemeDirectory));

    private BenchSite(string contentDirectory, string themeDirectory)
    {
        ContentDirectory = contentDirectory;
        ThemeDirectory = themeDirectory;
        var diagnostics = new DiagnosticBag();
        VietnameseCollation.EnsureAvailable();
        Config = SiteConfigLoader.Load(contentDirectory, diagnostics) ?? throw Failed("site.yml", diagnostics);
        Strings = UiStrings.Load(themeDirectory, Config.Languages, diagnostics) ?? throw Failed("the theme's UI strings", diagnostics);
        Files = ContentReader.Discover(contentDirectory, Config, diagnostics);
        Texts = Files.Select(f => SourceText.Read(f.AbsolutePath, f.RelativePath, diagnostics) ?? throw Failed(f.RelativePath, diagnostics)).ToArray();
        // The content stage keeps each item's Markdown apart; the samples below need it in the item.
        var files = new Pipeline.ContentFileCache(new Pipeline.PipelineStatistics());
        Items = files.ReadAll(contentDirectory, Config, Pipeline.ChangeSet.Unknown, diagnostics).Items
            .Select(item => item with { Body = files.MarkdownOf(item.SourcePath) ?? throw new InvalidOperationException(item.SourcePath + " changed while the benchmark read it") })
            .ToList();
        _bySource = Items.ToDictionary(item => item.SourcePath, StringComparer.Ordinal);
        Rules = new PublicationRules(Now, Preview: false);
        Published = Rules.Select(Items);
        Safety = new HtmlSafety(Config.AllowedFrameHosts);
        Resolver = new LinkResolver(contentDirectory, Items, Rules, diagnostics);
        Rendered = new Pipeline.BodyCache(new Pipeline.PipelineStatistics()).RenderAll(
            Published, Items, Rules, Resolver, Safety, contentDirectory, _ => null, MarkdownOf, structureChanged: true, diagnostics);
        Site = new SiteAssembler(Config, Strings, Rules, diagnostics).Assemble(Rendered);
        if (diagnostics.HasErrors)
        {
            throw Failed("the corpus", diagnostics);
        }

        var articles = Published.Where(i => i.Section == ContentSection.Articles && i.Language == Config.DefaultLanguage)
            .OrderBy(i => i.Body.Length).ThenBy(i => i.SourcePath, StringComparer.Ordinal).ToList();
        if (articles.Count < 6)
        {
            throw new InvalidOperationException($"the corpus {contentDirectory} has {articles.Count} published articles in '{Config.DefaultLanguage}'; the samples need at least 6");
        }

        Typical = articles[articles.Count / 2];
        FileOfTypical = Files.Single(f => f.RelativePath == Typical.SourcePath);
        var sections = Typical.Body.Split("\n## ");
        ShortBody = string.Join("\n## ", sections.Take(2));
        LongBody = string.Join("\n\n", articles.Skip(articles.Count / 2).Take(6).Select(i => i.Body));
    }

    public static BenchSite Instance => Loaded.Value;

    public string ContentDirectory { get; }

    public string ThemeDirectory { get; }

    public SiteConfig Config { get; }

    public UiStrings Strings { get; }

    public IReadOnlyList<ContentFile> Files { get; }

    /// <summary>The decoded text of each of <see cref="Files"/>, for parsing without file I/O.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>Every item, each with its Markdown.</summary>
    public IReadOnlyList<ContentItem> Items { get; }

    /// <summary>The Markdown of an item, by source path, as the Markdown stage asks for it.</summary>
    public string MarkdownOf(string sourcePath) => _bySource[sourcePath].Body;

    public PublicationRules Rules { get; }

    public IReadOnlyList<ContentItem> Published { get; }

    public HtmlSafety Safety { get; }

    public LinkResolver Resolver { get; }

    public IReadOnlyDictionary<string, RenderedItem> Rendered { get; }

    public AssembledSite Site { get; }

    public BuildSettings Settings => new(Now, Preview: false);

    /// <summary>The article of median length; the samples of every size are made from it and its neighbours.</summary>
    public ContentItem Typical { get; }

    public ContentFile FileOfTypical { get; }

    private string ShortBody { get; }

    private string LongBody { get; }

    /// <summary>The typical article with a body of <paramref name="size"/>, in the articles folder so its links resolve.</summary>
    public ContentItem Sample(BodySize size) => size switch
    {
        BodySize.Short => Typical with { Body = ShortBody },
        BodySize.Long => Typical with { Body = LongBody },
        _ => Typical,
    };

    /// <summary>The whole file text of <see cref="Sample"/>: the typical article's front matter, then the body.</summary>
    public string SampleText(BodySize size)
    {
        var text = Texts[Files.ToList().IndexOf(FileOfTypical)];
        var parts = FrontMatter.Split(text, FileOfTypical.RelativePath, new DiagnosticBag())
            ?? throw new InvalidOperationException($"{FileOfTypical.RelativePath} has no front matter");
        return "---\n" + parts.Yaml + "\n---\n" + Sample(size).Body;
    }

    private static InvalidOperationException Failed(string what, DiagnosticBag diagnostics) =>
        new($"reading {what} for the benchmarks failed:\n" + string.Join('\n', diagnostics.All.Select(d => d.ToString())));
}
