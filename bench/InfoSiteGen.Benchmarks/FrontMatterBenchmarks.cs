using System.Text;
using BenchmarkDotNet.Attributes;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Yaml;

namespace InfoSiteGen.Benchmarks;

/// <summary>
/// Reading one content file, step by step: decoding the bytes (UTF-8, line endings, NFC), cutting off the
/// front matter, parsing its YAML, and the whole item read. The body's length matters because the text is
/// split into lines and joined again.
/// </summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private byte[] _bytes = [];
    private string _text = "";
    private string _yaml = "";
    private ContentFile _file = null!;
    private ItemReader _reader = null!;

    [Params(BodySize.Short, BodySize.Typical, BodySize.Long)]
    public BodySize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var site = BenchSite.Instance;
        _text = site.SampleText(Size);
        _bytes = Encoding.UTF8.GetBytes(_text);
        _file = site.FileOfTypical;
        _yaml = FrontMatter.Split(_text, _file.RelativePath, new DiagnosticBag())!.Yaml;
        // The reader reports into its bag; nothing in the sample is wrong, so the bag stays empty across iterations.
        _reader = new ItemReader(site.Config, new DiagnosticBag());
    }

    [Benchmark]
    public string? Decode() => SourceText.Decode(_bytes, _file.RelativePath, new DiagnosticBag());

    [Benchmark]
    public FrontMatter? Split() => FrontMatter.Split(_text, _file.RelativePath, new DiagnosticBag());

    [Benchmark]
    public YamlMap? ParseYaml() => YamlDocument.ParseMapping(_yaml, _file.RelativePath, 2, new DiagnosticBag());

    [Benchmark]
    public ContentItem? ReadItem() => _reader.Read(_file, _text);
}
