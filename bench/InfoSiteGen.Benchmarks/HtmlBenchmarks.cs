using BenchmarkDotNet.Attributes;
using InfoSiteGen.Markdown;
using InfoSiteGen.Publishing;

namespace InfoSiteGen.Benchmarks;

/// <summary>
/// Work on finished HTML: cleaning a body that holds raw HTML (only such bodies pay for it), and turning a
/// rendered page into the bytes, hash and staged file of the output.
/// </summary>
[MemoryDiagnoser]
public class HtmlBenchmarks
{
    private const string RawHtmlBody = """
        <p>Đoạn văn có <strong>HTML</strong> viết tay và một <a href="../van-ban/index.html">liên kết</a>.</p>
        <table><tr><th>Năm</th><th>Nội dung</th></tr><tr><td>2023</td><td>Kỷ niệm 75 năm Ngày Nhân quyền thế giới</td></tr></table>
        <script>alert('x')</script><p onclick="x()">Đoạn cuối.</p>
        """;

    private HtmlSafety _safety = null!;
    private System.Text.StringBuilder _page = null!;
    private OutputFolder _output = null!;
    private string _folder = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _safety = new HtmlSafety([]);
        _page = new System.Text.StringBuilder().Insert(0, "<p>Quyền con người là giá trị chung của nhân loại.</p>\n", 300);
        _folder = Path.Combine(Path.GetTempPath(), "infositegen-bench-output-" + Guid.NewGuid().ToString("N"));
        _output = OutputFolder.Begin(Path.Combine(_folder, "output"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _output.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "html: clean a body with raw HTML")]
    public string CleanRawHtml() => _safety.Clean(RawHtmlBody, out _);

    [Benchmark(Description = "html: encode, hash and stage a 17 KB page")]
    public void WritePage() => _output.WriteText("a/index.html", _page);
}
