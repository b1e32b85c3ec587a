namespace InfoSiteGen.Tests.Support;

/// <summary>
/// The kinds of edit an editor makes, by name, on the site <see cref="Site"/> makes: the preview server and the
/// incremental build are both held to a clean build's output after each of them.
/// </summary>
public static class SiteEdits
{
    private const string Approved = "status: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-11-20";

    /// <summary>Every kind of edit, by name, as it changes the site's files.</summary>
    public static readonly IReadOnlyDictionary<string, Action<TestSite>> All = new Dictionary<string, Action<TestSite>>
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
        ["article body only"] = site => site.Item("articles/a.en.md", $"title: Article A\n{Approved}\ndate: 2023-12-01\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]", "Text of article A, now longer.\n\n## A new heading\n\nMore text."),
        ["picture taken out of a body"] = site => site.Item("articles/c.vi.md", $"title: Bài C\n{Approved}\ndate: 2023-10-01", "Nội dung bài C, nay không còn ảnh."),
        ["picture replaced by another"] = site => site.WriteBytes("articles/anh.jpg", TestPictures.PlainPhoto(480, 360)),
        ["file saved without a change"] = site => File.SetLastWriteTimeUtc(Path.Combine(site.ContentDirectory, "articles", "a.vi.md"), DateTime.UtcNow.AddMinutes(1)),
        ["theme stylesheet"] = site => File.AppendAllText(Path.Combine(site.ThemeDirectory, "assets", "site.css"), "\n.edited { color: inherit; }\n"),
        ["article body, same length"] = site => site.Item("articles/a.en.md", $"title: Article A\n{Approved}\ndate: 2023-12-01\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]", "Text of article Z."),
        ["article template"] = site => File.AppendAllText(Path.Combine(site.ThemeDirectory, "layouts", "article.cshtml"), "\n<p class=\"edited\">Bài viết</p>\n"),
        ["list partial template"] = site => File.AppendAllText(Path.Combine(site.ThemeDirectory, "partials", "item-list.cshtml"), "\n<p class=\"edited\">Danh sách</p>\n"),
        ["UI string"] = site => File.WriteAllText(
            Path.Combine(site.ThemeDirectory, "i18n", "en.yml"),
            File.ReadAllText(Path.Combine(Repository.Theme, "i18n", "en.yml")).Replace("\"Latest articles\"", "\"Newest articles\"", StringComparison.Ordinal)),
    };

    public static TheoryData<string> Names() => new(All.Keys);

    /// <summary>A small bilingual site with a theme of its own, which every edit applies to.</summary>
    public static TestSite Site()
    {
        // A theme of its own, so that its UI strings can be edited.
        var site = new TestSite().UseThemeCopy();

        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]", "Nội dung bài A.");
        site.Item("articles/a.en.md", $"title: Article A\n{Approved}\ndate: 2023-12-01\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]", "Text of article A.");
        site.Item("articles/b.vi.md", $"title: Bài B\n{Approved}\ndate: 2023-11-01\ndepartment: so-noi-vu", "Nội dung bài B, xem [bài A](a.vi.md).");
        // A picture in a body that most edits leave alone: its copies must stay published whatever else changes.
        site.WriteBytes("articles/anh.jpg", TestPictures.PlainPhoto(640, 480));
        site.Item("articles/c.vi.md", $"title: Bài C\n{Approved}\ndate: 2023-10-01", "Nội dung bài C.\n\n![Ảnh minh họa](anh.jpg)");
        site.Item("articles/nhap.vi.md", "title: Bài nháp\nstatus: draft\ndate: 2023-12-03", "Nội dung bài nháp.");
        site.Item("slogans/mot.vi.md", $"title: Một\n{Approved}\nweight: 1\npublish_from: 2023-11-30\npublish_until: 2023-12-30", "Khẩu hiệu thứ nhất.");
        site.Item("slogans/hai.vi.md", $"title: Hai\n{Approved}\nweight: 2\npublish_from: 2023-11-30\npublish_until: 2023-12-30", "Khẩu hiệu thứ hai.");
        site.Item("laws/luat.vi.md", $"title: Luật Trẻ em\n{Approved}\nnumber: 102/2016/QH13\nkind: Luật\nissuer: Quốc hội\nissued_on: 2016-04-05\nlegal_status: in_force", "Tóm tắt luật.");
        return site;
    }
}
