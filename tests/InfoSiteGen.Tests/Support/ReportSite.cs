using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pipeline;
using InfoSiteGen.Reporting;

namespace InfoSiteGen.Tests.Support;

/// <summary>
/// A fixed small site for the department report: two departments with items, one without, pages
/// without department, every status, untranslated items in both languages and publication windows
/// on both sides of 2023-12-10.
/// </summary>
public static class ReportSite
{
    public const string SiteYml = """
        title: { vi: "Trang thử nghiệm", en: "Test site" }
        languages: [vi, en]
        departments:
          - id: so-tu-phap
            name: { vi: "Sở Tư pháp", en: "Department of Justice" }
          - id: so-noi-vu
            name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" }
          - id: ubnd-huyen
            name: { vi: "UBND các huyện, thành phố", en: "People's Committees of districts" }
        topics:
          - id: quyen-tre-em
            name: { vi: "Quyền trẻ em", en: "Children's rights" }
        """;

    private const string Approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2023-11-20";

    /// <summary>A new site with the fixed content; dispose it.</summary>
    public static TestSite Create()
    {
        var site = new TestSite(SiteYml);
        site.Item("articles/hoi-nghi.vi.md", $"title: Hội nghị tuyên truyền\n{Approved}\ndate: 2023-12-05\ndepartment: so-tu-phap");
        site.Item("articles/hoi-nghi.en.md", $"title: Awareness conference\n{Approved}\ndate: 2023-12-05\ndepartment: so-tu-phap\nslug: conference");
        site.Item("articles/chi-tieng-viet.md", "title: Bài chỉ có tiếng Việt\nstatus: review\ndate: 2023-12-08\ndepartment: so-tu-phap");
        site.Item("laws/luat-tre-em.vi.md", $"title: Luật Trẻ em\n{Approved}\nnumber: 102/2016/QH13\nissued_on: 2016-04-05\ndepartment: so-tu-phap");
        site.Item("laws/luat-tre-em.en.md", $"title: Law on Children\n{Approved}\nnumber: 102/2016/QH13\nissued_on: 2016-04-05\ndepartment: so-tu-phap\nslug: law-on-children");
        site.Item("slogans/mot.vi.md", $"title: Khẩu hiệu 1\n{Approved}\ndate: 2023-11-20\ndepartment: so-noi-vu\npublish_from: 2023-11-30\npublish_until: 2023-12-30", "Khẩu hiệu một.");
        site.Item("slogans/mot.en.md", $"title: Slogan 1\n{Approved}\ndate: 2023-11-20\ndepartment: so-noi-vu\npublish_from: 2023-11-30\npublish_until: 2023-12-30\nslug: one", "Slogan one.");
        site.Item("slogans/hai.vi.md", $"title: Khẩu hiệu 2\n{Approved}\ndate: 2023-12-01\ndepartment: so-noi-vu\npublish_from: 2023-12-15\npublish_until: 2023-12-30", "Khẩu hiệu hai.");
        site.Item("articles/nhap.en.md", "title: Draft in English\nstatus: draft\ndate: 2023-12-09\ndepartment: so-noi-vu");
        site.Item("pages/gioi-thieu.vi.md", $"title: Giới thiệu\n{Approved}\ndate: 2023-11-20");
        site.Item("pages/gioi-thieu.en.md", $"title: About\n{Approved}\ndate: 2023-11-20\nslug: about");
        return site;
    }

    /// <summary>Reads a test site's content as the report command does and fails the test on any error.</summary>
    public static DepartmentReport Compute(TestSite site, string now = "2023-12-10")
    {
        var diagnostics = new DiagnosticBag();
        var day = DateOnly.Parse(now, System.Globalization.CultureInfo.InvariantCulture);
        var read = new SitePipeline(new PipelineInputs(site.ContentDirectory, site.ThemeDirectory, day, Preview: false, BaseUrl: null, site.ImageCacheDirectory)).Read(diagnostics);
        Assert.True(read is not null && !diagnostics.HasErrors, string.Join("\n", diagnostics.All));
        return DepartmentReport.Compute(read.Items, read.Config, day);
    }
}
