using System.Net;
using InfoSiteGen.Serving;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Serving;

/// <summary>
/// After each kind of edit an editor makes while previewing, every file the preview server serves is the file a
/// clean build of the same content writes (pages without the live-reload script), and what the edit removed is
/// gone: the preview never differs from what the office would publish.
/// </summary>
public class ServeMatchesBuildTests
{
    private const string Approved = "status: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-11-20";

    /// <summary>Every kind of edit, by name, as it changes the site's files.</summary>
    private static readonly Dictionary<string, Action<TestSite>> Edits = new()
    {
        ["slogan text"] = site => site.Item("slogans/mot.vi.md", $"title: Một\n{Approved}\nweight: 1\npublish_from: 2023-11-30\npublish_until: 2023-12-30", "Khẩu hiệu thứ nhất, đã sửa."),
        ["slogan window closes"] = site => site.Item("slogans/hai.vi.md", $"title: Hai\n{Approved}\nweight: 2\npublish_from: 2023-11-30\npublish_until: 2023-12-05", "Khẩu hiệu thứ hai."),
        ["article title, which lists show"] = site => site.Item("articles/a.vi.md", $"title: Bài A có tên mới\n{Approved}\ndate: 2023-12-01\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]", "Nội dung bài A."),
        ["article date, which reorders lists"] = site => site.Item("articles/b.vi.md", $"title: Bài B\n{Approved}\ndate: 2023-12-05\ndepartment: so-noi-vu", "Nội dung bài B, xem [bài A](a.vi.md)."),
        ["article department and topic"] = site => site.Item("articles/b.vi.md", $"title: Bài B\n{Approved}\ndate: 2023-11-01\ndepartment: so-tu-phap\ntopics: [binh-dang-gioi]", "Nội dung bài B, xem [bài A](a.vi.md)."),
        ["article approved from draft"] = site => site.Item("articles/nhap.vi.md", $"title: Bài nháp nay đã duyệt\n{Approved}\ndate: 2023-12-03", "Nội dung bài nháp."),
        ["new article"] = site => site.Item("articles/moi.vi.md", $"title: Bài mới\n{Approved}\ndate: 2023-12-08\ndepartment: so-tu-phap", "Nội dung bài mới."),
        ["new translation"] = site => site.Item("slogans/mot.en.md", $"title: One\n{Approved}\nweight: 1\npublish_from: 2023-11-30\npublish_until: 2023-12-30", "The first slogan."),
        ["removed article"] = site => File.Delete(Path.Combine(site.ContentDirectory, "articles", "b.vi.md")),
        ["renamed article"] = site => File.Move(Path.Combine(site.ContentDirectory, "articles", "a.en.md"), Path.Combine(site.ContentDirectory, "articles", "renamed.en.md")),
        ["law status"] = site => site.Item("laws/luat.vi.md", $"title: Luật Trẻ em\n{Approved}\nnumber: 102/2016/QH13\nkind: Luật\nissuer: Quốc hội\nissued_on: 2016-04-05\nlegal_status: amended", "Tóm tắt luật."),
        ["site.yml title"] = site => site.Write("site.yml", TestSite.DefaultSiteYml.Replace("Trang thử nghiệm", "Trang thử nghiệm đã đổi tên", StringComparison.Ordinal)),
        ["UI string"] = site => File.WriteAllText(
            Path.Combine(site.ThemeDirectory, "i18n", "en.yml"),
            File.ReadAllText(Path.Combine(Repository.Theme, "i18n", "en.yml")).Replace("\"Latest articles\"", "\"Newest articles\"", StringComparison.Ordinal)),
    };

    public static TheoryData<string> EditNames() => new(Edits.Keys);

    private static TestSite Site()
    {
        // A theme of its own, so that its UI strings can be edited.
        var site = new TestSite().UseThemeCopy();

        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]", "Nội dung bài A.");
        site.Item("articles/a.en.md", $"title: Article A\n{Approved}\ndate: 2023-12-01\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]", "Text of article A.");
        site.Item("articles/b.vi.md", $"title: Bài B\n{Approved}\ndate: 2023-11-01\ndepartment: so-noi-vu", "Nội dung bài B, xem [bài A](a.vi.md).");
        site.Item("articles/nhap.vi.md", "title: Bài nháp\nstatus: draft\ndate: 2023-12-03", "Nội dung bài nháp.");
        site.Item("slogans/mot.vi.md", $"title: Một\n{Approved}\nweight: 1\npublish_from: 2023-11-30\npublish_until: 2023-12-30", "Khẩu hiệu thứ nhất.");
        site.Item("slogans/hai.vi.md", $"title: Hai\n{Approved}\nweight: 2\npublish_from: 2023-11-30\npublish_until: 2023-12-30", "Khẩu hiệu thứ hai.");
        site.Item("laws/luat.vi.md", $"title: Luật Trẻ em\n{Approved}\nnumber: 102/2016/QH13\nkind: Luật\nissuer: Quốc hội\nissued_on: 2016-04-05\nlegal_status: in_force", "Tóm tắt luật.");
        return site;
    }

    [Theory]
    [MemberData(nameof(EditNames))]
    public async Task After_the_edit_every_served_file_is_the_built_one(string edit)
    {
        using var site = Site();
        await using var served = await ServedSite.StartAsync(site);
        await site.BuildOkAsync();

        await EditAndCompareAsync(site, served, edit);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Edits_one_after_another_keep_the_preview_equal_to_the_build(int seed)
    {
        using var site = Site();
        await using var served = await ServedSite.StartAsync(site);
        await site.BuildOkAsync();

        // Every edit once, in an order of its own per seed: each edit lands on a site the earlier ones changed.
        var edits = Edits.Keys.ToArray();
        new Random(seed).Shuffle(edits);
        foreach (var edit in edits)
        {
            await EditAndCompareAsync(site, served, edit);
        }
    }

    private static async Task EditAndCompareAsync(TestSite site, ServedSite served, string edit)
    {
        var before = site.OutputFiles();
        Edits[edit](site);
        await served.SettledAsync();
        await site.BuildOkAsync();
        var after = site.OutputFiles();

        // The manifest records when and how the build ran, and is the build's alone.
        foreach (var file in after.Where(f => f != "manifest.json"))
        {
            var response = await served.Client.GetAsync(Uri.EscapeDataString(file).Replace("%2F", "/", StringComparison.Ordinal));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"after '{edit}', {file} is built but the preview answers {(int)response.StatusCode}");
            var built = await File.ReadAllBytesAsync(Path.Combine(site.OutputDirectory, file));
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                var page = ServedSite.WithoutLiveReload(await response.Content.ReadAsStringAsync());
                Assert.True(System.Text.Encoding.UTF8.GetString(built) == page, $"after '{edit}', the preview's {file} differs from the build's:\n{FirstDifference(System.Text.Encoding.UTF8.GetString(built), page)}");
            }
            else
            {
                var servedBytes = await response.Content.ReadAsByteArrayAsync();
                Assert.True(built.SequenceEqual(servedBytes), $"after '{edit}', the preview's {file} differs from the build's");
            }
        }

        foreach (var gone in before.Except(after).Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var response = await served.Client.GetAsync(gone);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"after '{edit}', {gone} is no longer built but the preview answers {(int)response.StatusCode}");
        }
    }

    private static string FirstDifference(string built, string served)
    {
        var at = 0;
        while (at < built.Length && at < served.Length && built[at] == served[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 80);
        return $"built:  …{built[from..Math.Min(built.Length, at + 80)]}…\nserved: …{served[from..Math.Min(served.Length, at + 80)]}…";
    }
}
