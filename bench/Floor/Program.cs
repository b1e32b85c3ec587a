using System.Diagnostics;
using Markdig;

// The part of a build no static site generator can skip, done as plainly as possible on both cores, to compare with
// the whole build (README, "What 0.40 of a lean Hugo leaves"):
//   markdown CONTENT                    read every .md file and turn its body (after the front matter) into HTML
//   write OUTPUT PAGES BYTES            write PAGES pages of BYTES bytes, each in a folder of its own
if (args is ["markdown", var content])
{
    var clock = Stopwatch.StartNew();
    var files = Directory.GetFiles(content, "*.md", SearchOption.AllDirectories);
    var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();
    long characters = 0;
    Parallel.ForEach(files, file =>
    {
        var text = File.ReadAllText(file);
        var end = text.StartsWith("---", StringComparison.Ordinal) ? text.IndexOf("\n---", 3, StringComparison.Ordinal) : -1;
        var html = Markdown.ToHtml(end > 0 ? text[(end + 4)..] : text, pipeline);
        Interlocked.Add(ref characters, html.Length);
    });
    Console.WriteLine($"{files.Length} bodies, {characters / 1e6:0.0} million characters of HTML, {clock.Elapsed.TotalSeconds:0.00} s");
    return 0;
}

if (args is ["write", var output, var pageText, var sizeText] && int.TryParse(pageText, out var pages) && int.TryParse(sizeText, out var size))
{
    var clock = Stopwatch.StartNew();
    var bytes = new byte[size];
    new Random(1).NextBytes(bytes);
    Parallel.For(0, pages, i =>
    {
        var folder = Path.Combine(output, i % 2 == 0 ? "articles" : "en/articles", $"page-{i}");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "index.html"), bytes);
    });
    Console.WriteLine($"{pages} pages of {size} bytes, {clock.Elapsed.TotalSeconds:0.00} s");
    return 0;
}

Console.Error.WriteLine("usage: Floor markdown CONTENT | write OUTPUT PAGES BYTES");
return 2;
