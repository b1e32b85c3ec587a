using System.Diagnostics;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Markdown;

namespace InfoSiteGen.Benchmarks;

/// <summary>
/// The benchmark input: a deterministic bilingual corpus in the project's content format, made once per
/// process by <c>gen_corpus.py</c> (or taken from <c>INFOSITEGEN_BENCH_CORPUS</c>), read and rendered the way a
/// build does, so that each stage can be measured on the output of the stages before it.
/// </summary>
public sealed class Corpus
{
    /// <summary>Pages per language of the generated corpus: enough for every list and topic, small enough to set up fast.</summary>
    public const int PagesPerLanguage = 200;

    private static readonly Lazy<Corpus> Shared = new(Load);

    private Corpus(string contentDirectory, string themeDirectory, SiteConfig config, UiStrings strings, IReadOnlyList<ContentItem> items)
    {
        ContentDirectory = contentDirectory;
        ThemeDirectory = themeDirectory;
        Config = config;
        Strings = strings;
        Items = items;
        Rules = new PublicationRules(new DateOnly(2024, 1, 1), Preview: false);
        Links = new LinkResolver(contentDirectory, items, Rules, new DiagnosticBag());
        Safety = new HtmlSafety(config.AllowedFrameHosts);
    }

    public static Corpus Instance => Shared.Value;

    public string ContentDirectory { get; }

    public string ThemeDirectory { get; }

    public SiteConfig Config { get; }

    public UiStrings Strings { get; }

    public IReadOnlyList<ContentItem> Items { get; }

    public PublicationRules Rules { get; }

    public LinkResolver Links { get; }

    public HtmlSafety Safety { get; }

    /// <summary>Every published item with its body rendered, as the Site stage receives them.</summary>
    public IReadOnlyDictionary<string, RenderedItem> Rendered() =>
        BodyRendering.RenderAll(Rules.Select(Items), Links, Safety, ContentDirectory, new DiagnosticBag());

    private static Corpus Load()
    {
        var root = RepositoryRoot();
        var content = Environment.GetEnvironmentVariable("INFOSITEGEN_BENCH_CORPUS") ?? Generate(root);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(content, diagnostics) ?? throw Failed("site.yml", diagnostics);
        var theme = Path.Combine(root, "theme");
        var strings = UiStrings.Load(theme, config.Languages, diagnostics) ?? throw Failed("the theme's texts", diagnostics);
        var items = ContentReader.ReadAll(content, config, diagnostics);
        return diagnostics.HasErrors ? throw Failed(content, diagnostics) : new Corpus(content, theme, config, strings, items);
    }

    private static string Generate(string root)
    {
        var script = Environment.GetEnvironmentVariable("GEN_CORPUS") ?? Path.Combine(root, "..", "shared", "bench", "gen_corpus.py");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"the corpus generator {script} is missing; set GEN_CORPUS to its path or INFOSITEGEN_BENCH_CORPUS to a content folder");
        }

        var output = Path.Combine(Path.GetTempPath(), $"infositegen-bench-corpus-{PagesPerLanguage}");
        if (!File.Exists(Path.Combine(output, "site.yml")))
        {
            using var python = Process.Start(new ProcessStartInfo("python3", [script, "--pages", PagesPerLanguage.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", output, "--force"])
            {
                RedirectStandardOutput = true,
            }) ?? throw new InvalidOperationException("python3 could not be started; install it or set INFOSITEGEN_BENCH_CORPUS");
            python.StandardOutput.ReadToEnd();
            python.WaitForExit();
            if (python.ExitCode != 0)
            {
                throw new InvalidOperationException($"{script} failed with exit code {python.ExitCode}");
            }
        }

        return output;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "InfoSiteGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the benchmarks must run from inside the repository (InfoSiteGen.sln not found above " + AppContext.BaseDirectory + ")");
    }

    private static InvalidOperationException Failed(string what, DiagnosticBag diagnostics) =>
        new($"the benchmark corpus has errors in {what}:\n" + string.Join('\n', diagnostics.All));
}
