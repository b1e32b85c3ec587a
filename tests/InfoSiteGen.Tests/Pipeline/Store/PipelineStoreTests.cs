using System.Collections;
using System.Reflection;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pipeline;
using InfoSiteGen.Pipeline.Store;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Pipeline.Store;

/// <summary>
/// The pipeline's work kept on disk between builds: a run that starts from the store reads and renders only what
/// changed, and holds exactly what a run from nothing would (every property of every item and body compared);
/// a store that does not fit (another day) or cannot be read in full is not used.
/// </summary>
public class PipelineStoreTests
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2023-11-20\ndate: 2023-12-05";

    private const string Vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nKính thưa các đại biểu.\n";

    /// <summary>A site using every kind of front matter and media the stored records carry.</summary>
    private static TestSite RichSite()
    {
        var site = new TestSite();
        site.WriteBytes("articles/phim.mp4", TestPictures.PhoneVideo());
        site.WriteBytes("articles/phim-poster.jpg", TestPictures.PlainPhoto(640, 360));
        site.WriteBytes("articles/anh.jpg", TestPictures.PlainPhoto(640, 480));
        site.WriteBytes("articles/mot.jpg", TestPictures.PlainPhoto(480, 360));
        site.WriteBytes("articles/loi-keu-goi.mp3", TestPictures.RadioSpot());
        site.Write("articles/so-do.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>");
        site.Write("articles/phu-de.vtt", Vtt);
        site.Item(
            "articles/phim.vi.md",
            $"title: Phim tài liệu\n{Approved}\ndepartment: so-tu-phap\ntopics: [quyen-tre-em, binh-dang-gioi]\nsummary: Phim về ngày Quyền con người.\n"
            + "publish_from: 2023-12-01\npublish_until: 2023-12-31\nimage: anh.jpg\nimage_alt: Hội trường\ncredit: Sở Văn hóa\n"
            + "video: phim.mp4\nposter: phim-poster.jpg\ncaptions: { vi: phu-de.vtt }\n"
            + "gallery:\n  - { src: mot.jpg, alt: Khách tham quan, caption: Khai mạc, credit: Sở Văn hóa }",
            "Kính thưa các đại biểu.\n\n## Phần một\n\nXem [mục một của bài kia](loi-keu-goi.vi.md#muc-mot) và sơ đồ:\n\n![Sơ đồ](so-do.svg)");
        site.Item("articles/loi-keu-goi.vi.md", $"title: Lời kêu gọi\n{Approved}\naudio: loi-keu-goi.mp3", "## Mục một\n\nLời kêu gọi toàn văn.");
        site.Item("articles/nhap.vi.md", "title: Bài nháp\nstatus: draft", "Chưa xong.");
        site.Write("laws/luat.pdf", "%PDF-1.4 bản tóm tắt");
        site.Item(
            "laws/luat.vi.md",
            $"title: Luật Trẻ em\n{Approved}\nnumber: 102/2016/QH13\nkind: Luật\nissuer: Quốc hội\nissued_on: 2016-04-05\neffective_on: 2017-06-01\n"
            + "legal_status: expired\nsource_url: https://vbpl.vn/\nattachment: luat.pdf\n"
            + "status_history:\n  - { on: 2022-01-01, status: amended, amended_by: moi.vi.md }\n  - { on: 2023-06-01, status: expired, replaced_by: moi.vi.md }",
            "Tóm tắt luật, kèm [toàn văn](luat.pdf).");
        site.Item("laws/moi.vi.md", $"title: Luật mới\n{Approved}\nnumber: 01/2022/QH15\nkind: Luật\nissuer: Quốc hội\nissued_on: 2022-01-01\nlegal_status: in_force", "Tóm tắt.");
        site.Item(
            "events/toa-dam.vi.md",
            $"title: Tọa đàm\n{Approved}\nstarts: 2023-12-08 14:00\nends: 2023-12-08 16:00\ntime_zone: Europe/Zurich\n"
            + "location: { name: Hội trường, address: 1 Đường Lê Lợi }\nregistration: https://example.org/dang-ky",
            "Tọa đàm về quyền con người.");
        site.Item("events/ngay-hoi.vi.md", $"title: Ngày hội\n{Approved}\nstarts: 2023-12-10\nlocation: Quảng trường", "Cả ngày.");
        site.Item("slogans/mot.vi.md", $"title: Một\n{Approved}\nweight: 3", "Khẩu hiệu thứ nhất.");
        return site;
    }

    private static SitePipeline PipelineOf(TestSite site, PipelineStatistics statistics, string now = "2023-12-10") => new(
        new PipelineInputs(
            site.ContentDirectory, site.ThemeDirectory, DateOnly.Parse(now), Preview: false, BaseUrl: null, site.ImageCacheDirectory,
            Store: PipelineStore.For(StoreDirectory(site), site.ContentDirectory)),
        statistics);

    private static string StoreDirectory(TestSite site) => Path.Combine(site.Root, "pipelines");

    private static async Task<(PipelineRun Run, IReadOnlyList<string> Diagnostics)> RunAsync(SitePipeline pipeline)
    {
        var diagnostics = new DiagnosticBag();
        var run = await pipeline.UpdateAsync(ChangeSet.Unknown, diagnostics);
        await run.StoreSaved;
        Assert.True(run.Site is not null, string.Join("\n", diagnostics.All));
        return (run, diagnostics.All.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task A_run_from_the_store_reads_and_renders_nothing_and_holds_exactly_what_the_first_run_made()
    {
        using var site = RichSite();
        var (first, firstDiagnostics) = await RunAsync(PipelineOf(site, new PipelineStatistics()));

        var statistics = new PipelineStatistics();
        var (second, secondDiagnostics) = await RunAsync(PipelineOf(site, statistics));

        Assert.Equal((0, 0), (statistics.FilesParsed, statistics.BodiesRendered));
        Assert.Equal(firstDiagnostics, secondDiagnostics);
        var comparison = new DeepComparison();
        Assert.Equal(first.Site!.Rendered.Keys.Order(StringComparer.Ordinal), second.Site!.Rendered.Keys.Order(StringComparer.Ordinal));
        foreach (var path in first.Site.Rendered.Keys)
        {
            comparison.Compare(first.Site.Rendered[path], second.Site.Rendered[path], path);
        }

        comparison.Compare(first.Read!.Items, second.Read!.Items, "items");
        Assert.True(comparison.Differences.Count == 0, string.Join("\n", comparison.Differences));
        // Every stored field was given a value by the site, so a field the store forgot would have shown above.
        var neverSet = comparison.SettableProperties.Except(comparison.PropertiesSet).Except(NeverSetInThisSite).Order(StringComparer.Ordinal).ToList();
        Assert.True(neverSet.Count == 0, "the site gives these properties no value, so the comparison cannot tell whether the store keeps them: " + string.Join(", ", neverSet));
    }

    // Always empty in the items the pipeline holds, or only set on copies made later (share images).
    private static readonly string[] NeverSetInThisSite = ["ContentItem.Body", "ImageVariant.Crop"];

    [Fact]
    public async Task After_a_body_edit_only_that_file_is_read_and_rendered_again()
    {
        using var site = RichSite();
        await RunAsync(PipelineOf(site, new PipelineStatistics()));
        site.Item("slogans/mot.vi.md", $"title: Một\n{Approved}\nweight: 3", "Khẩu hiệu thứ nhất, đã sửa.");

        var statistics = new PipelineStatistics();
        var (run, _) = await RunAsync(PipelineOf(site, statistics));

        Assert.Equal((1, 1), (statistics.FilesParsed, statistics.BodiesRendered));
        Assert.Contains("đã sửa", run.Site!.Rendered["slogans/mot.vi.md"].Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_item_renders_every_body_again_since_links_may_now_lead_to_it()
    {
        using var site = RichSite();
        var (first, _) = await RunAsync(PipelineOf(site, new PipelineStatistics()));
        site.Item("articles/moi.vi.md", $"title: Bài mới\n{Approved}", "Nội dung mới.");

        var statistics = new PipelineStatistics();
        var (run, _) = await RunAsync(PipelineOf(site, statistics));

        Assert.Equal(1, statistics.FilesParsed);
        Assert.Equal(first.Site!.Rendered.Count + 1, statistics.BodiesRendered);
        // A body whose file is not held in memory is read again to be rendered.
        Assert.Contains("Lời kêu gọi toàn văn.", run.Site!.Rendered["articles/loi-keu-goi.vi.md"].Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_made_for_another_day_is_not_used()
    {
        using var site = RichSite();
        await RunAsync(PipelineOf(site, new PipelineStatistics()));

        var statistics = new PipelineStatistics();
        await RunAsync(PipelineOf(site, statistics, now: "2023-12-11"));

        Assert.Equal(Directory.GetFiles(site.ContentDirectory, "*.md", SearchOption.AllDirectories).Length, statistics.FilesParsed);
    }

    [Theory]
    [InlineData("index cut short")]
    [InlineData("data file removed")]
    [InlineData("data file cut short")]
    public async Task A_store_that_cannot_be_read_in_full_is_not_used(string damage)
    {
        using var site = RichSite();
        var (first, _) = await RunAsync(PipelineOf(site, new PipelineStatistics()));
        var index = Assert.Single(Directory.GetFiles(StoreDirectory(site), "*.pipeline"));
        var data = Assert.Single(Directory.GetFiles(StoreDirectory(site), "*.html"));
        switch (damage)
        {
            case "index cut short":
                File.WriteAllBytes(index, File.ReadAllBytes(index)[..(int)(new FileInfo(index).Length / 2)]);
                break;
            case "data file removed":
                File.Delete(data);
                break;
            default:
                File.WriteAllBytes(data, File.ReadAllBytes(data)[..(int)(new FileInfo(data).Length - 10)]);
                break;
        }

        var statistics = new PipelineStatistics();
        var (run, _) = await RunAsync(PipelineOf(site, statistics));

        Assert.Equal(first.Site!.Rendered.Count, statistics.BodiesRendered);
        Assert.Equal(first.Site.Rendered["laws/luat.vi.md"].Body.Html, run.Site!.Rendered["laws/luat.vi.md"].Body.Html);
    }

    [Fact]
    public async Task Each_save_leaves_one_index_and_one_data_file()
    {
        using var site = RichSite();
        await RunAsync(PipelineOf(site, new PipelineStatistics()));
        site.Item("slogans/mot.vi.md", $"title: Một\n{Approved}\nweight: 3", "Khẩu hiệu thứ nhất, đã sửa.");
        await RunAsync(PipelineOf(site, new PipelineStatistics()));

        Assert.Equal(
            [".html", ".pipeline"],
            Directory.GetFiles(StoreDirectory(site)).Select(Path.GetExtension).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_preview_build_keeps_a_store_of_its_own_beside_the_one_of_the_builds_to_publish()
    {
        using var site = RichSite();
        await site.BuildOkAsync();
        var published = Assert.Single(Directory.GetFiles(Path.Combine(site.BuildRecordDirectory, "pipelines"), "*.pipeline"));
        var written = File.GetLastWriteTimeUtc(published);

        await site.BuildOkAsync(preview: true);

        Assert.Equal(2, Directory.GetFiles(Path.Combine(site.BuildRecordDirectory, "pipelines"), "*.pipeline").Length);
        Assert.Equal(written, File.GetLastWriteTimeUtc(published));
    }

    [Fact]
    public async Task A_build_reports_the_problems_of_files_taken_from_the_store_as_the_first_build_did()
    {
        using var site = new TestSite();
        site.Item("articles/a.vi.md", $"title: A\n{Approved}", "Xem [bài không có](khong-co.vi.md).");
        site.Item("articles/b.vi.md", $"title: B\n{Approved}\ntopics: [khong-co]", "Nội dung.");

        var first = await site.BuildAsync();
        var second = await site.BuildAsync();

        Assert.False(first.Succeeded);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.BuildRecordDirectory, "pipelines"), "*.pipeline"));
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(2, first.Diagnostics.Count(d => d.IsError));
    }

    [Fact]
    public async Task A_file_with_an_error_is_not_kept_so_the_next_run_reads_and_renders_it_again()
    {
        using var site = RichSite();
        site.Item("articles/hong.vi.md", $"title: Hỏng\n{Approved}", "Xem [bài không có](khong-co.vi.md).");
        var first = await PipelineOf(site, new PipelineStatistics()).UpdateAsync(ChangeSet.Unknown, new DiagnosticBag());
        await first.StoreSaved;

        var statistics = new PipelineStatistics();
        var diagnostics = new DiagnosticBag();
        var second = await PipelineOf(site, statistics).UpdateAsync(ChangeSet.Unknown, diagnostics);
        await second.StoreSaved;

        Assert.Equal((0, 1), (statistics.FilesParsed, statistics.BodiesRendered));
        Assert.Contains(diagnostics.All, d => d.IsError && d.Location.Path == "articles/hong.vi.md");
    }

    /// <summary>
    /// Compares two object graphs property by property (lists element by element), and notes which settable
    /// properties of the generator's records held a value other than their type's default somewhere.
    /// </summary>
    private sealed class DeepComparison
    {
        public List<string> Differences { get; } = [];

        public HashSet<string> SettableProperties { get; } = new(StringComparer.Ordinal);

        public HashSet<string> PropertiesSet { get; } = new(StringComparer.Ordinal);

        public void Compare(object? expected, object? actual, string path)
        {
            if (expected is null || actual is null)
            {
                if (expected is not null || actual is not null)
                {
                    Differences.Add($"{path}: {expected ?? "null"} != {actual ?? "null"}");
                }

                return;
            }

            // Lists of any kind: element by element.
            if (expected is IEnumerable sequence and not string)
            {
                var left = sequence.Cast<object?>().ToList();
                var right = ((IEnumerable)actual).Cast<object?>().ToList();
                if (left.Count != right.Count)
                {
                    Differences.Add($"{path}: {left.Count} elements != {right.Count}");
                    return;
                }

                for (var i = 0; i < left.Count; i++)
                {
                    Compare(left[i], right[i], $"{path}[{i}]");
                }

                return;
            }

            var type = expected.GetType();
            if (type != actual.GetType())
            {
                Differences.Add($"{path}: {type.Name} != {actual.GetType().Name}");
                return;
            }

            if (type.IsPrimitive || type.IsEnum || expected is string or DateOnly or DateTimeOffset or TimeSpan)
            {
                if (!expected.Equals(actual))
                {
                    Differences.Add($"{path}: {expected} != {actual}");
                }

                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.Name == nameof(InfoSiteGen.Bodies.RenderedBody.HtmlPlace))
                {
                    continue;
                }

                var value = property.GetValue(expected);
                var name = $"{type.Name}.{property.Name}";
                if (property.SetMethod is not null && type.Namespace?.StartsWith("InfoSiteGen", StringComparison.Ordinal) == true)
                {
                    SettableProperties.Add(name);
                    if (!IsDefault(value))
                    {
                        PropertiesSet.Add(name);
                    }
                }

                Compare(value, property.GetValue(actual), $"{path}.{property.Name}");
            }
        }

        private static bool IsDefault(object? value) => value switch
        {
            null => true,
            string text => text.Length == 0,
            IEnumerable sequence => !sequence.Cast<object?>().Any(),
            _ when value.GetType().IsValueType => value.Equals(Activator.CreateInstance(value.GetType())),
            _ => false,
        };
    }
}
