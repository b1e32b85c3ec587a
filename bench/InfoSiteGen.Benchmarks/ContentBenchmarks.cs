using BenchmarkDotNet.Attributes;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Yaml;

namespace InfoSiteGen.Benchmarks;

/// <summary>The Content stage: a file's front matter split off and parsed, and every file of the corpus read.</summary>
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private string _text = string.Empty;
    private SiteConfig _config = null!;
    private string _content = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Instance;
        _config = corpus.Config;
        _content = corpus.ContentDirectory;
        var first = corpus.Items.First(i => i.Section == ContentSection.Articles);
        _text = File.ReadAllText(Path.Combine(_content, first.SourcePath));
    }

    [Benchmark(Description = "front matter: split and parse one article")]
    public YamlMap? FrontMatterOfOneFile()
    {
        var diagnostics = new DiagnosticBag();
        var parts = FrontMatter.Split(_text, "articles/a.md", diagnostics)!;
        return YamlDocument.ParseMapping(parts.Yaml, "articles/a.md", parts.YamlFirstLine, diagnostics);
    }

    [Benchmark(Description = "content: read every file of the corpus")]
    public int ReadTheCorpus() => ContentReader.ReadAll(_content, _config, new DiagnosticBag()).Count;
}
