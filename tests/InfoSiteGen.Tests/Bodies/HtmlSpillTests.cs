using System.Text;
using InfoSiteGen.Bodies;

namespace InfoSiteGen.Tests.Bodies;

/// <summary>The file a build keeps rendered bodies in gives back each body as it was, and leaves nothing behind.</summary>
public sealed class HtmlSpillTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "isg-spill-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Bodies_kept_from_several_threads_read_back_as_written()
    {
        using var spill = HtmlSpill.Create(_folder);
        var bodies = Enumerable.Range(0, 400)
            .Select(i => $"<p>Bài {i}: quyền con người, 人权 {new string('ệ', i * 7)}</p>")
            .ToArray();
        var slices = new HtmlSpill.Slice[bodies.Length];

        Parallel.For(0, bodies.Length, i => slices[i] = spill.Keep(Encoding.UTF8.GetBytes(bodies[i])));

        Assert.All(Enumerable.Range(0, bodies.Length), i => Assert.Equal(bodies[i], slices[i].Read()));
    }

    [Fact]
    public void The_file_is_gone_from_its_folder_from_the_start()
    {
        using var spill = HtmlSpill.Create(_folder);
        var slice = spill.Keep(Encoding.UTF8.GetBytes("<p>Nội dung.</p>"));

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
        Assert.Equal("<p>Nội dung.</p>", slice.Read());
    }

    [Fact]
    public void A_body_moved_to_the_spill_keeps_its_html_and_everything_else()
    {
        using var spill = HtmlSpill.Create(_folder);
        var body = new RenderedBody("<h2 id=\"a\">Mục</h2><p>Điều 1.</p>", [new Heading(2, "Mục", "a")], 2, [], []) { Lead = "Mục Điều 1." };

        var spilled = body.SpilledTo(spill);

        Assert.Equal(body.Html, spilled.Html);
        Assert.Equal((body.Headings, body.WordCount, body.Lead), (spilled.Headings, spilled.WordCount, spilled.Lead));
        Assert.Same(spilled, spilled.SpilledTo(spill));
    }
}
