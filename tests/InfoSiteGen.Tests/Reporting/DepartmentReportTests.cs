using InfoSiteGen.Content;
using InfoSiteGen.Reporting;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Reporting;

/// <summary>The figures of the department report, on the fixed small site of <see cref="ReportSite"/> as of 2023-12-10.</summary>
public sealed class DepartmentReportTests : IDisposable
{
    private readonly TestSite _site = ReportSite.Create();

    public void Dispose() => _site.Dispose();

    private DepartmentFigures Department(DepartmentReport report, string? id) =>
        Assert.Single(report.Departments, d => d.Department?.Id == id);

    [Fact]
    public void Every_department_of_site_yml_has_a_row_in_its_order_and_items_without_department_come_last()
    {
        var report = ReportSite.Compute(_site);

        Assert.Equal(["so-tu-phap", "so-noi-vu", "ubnd-huyen", null], report.Departments.Select(d => d.Department?.Id));
        Assert.True(Department(report, "ubnd-huyen").IsEmpty);
        Assert.Equal(new StatusCounts(1, 0, 0), Department(report, null).Count(ContentSection.Pages, "vi"));
        Assert.Equal(new StatusCounts(1, 0, 0), Department(report, null).Count(ContentSection.Pages, "en"));
    }

    [Fact]
    public void Without_items_lacking_a_department_there_is_no_such_row()
    {
        File.Delete(Path.Combine(_site.ContentDirectory, "pages", "gioi-thieu.vi.md"));
        File.Delete(Path.Combine(_site.ContentDirectory, "pages", "gioi-thieu.en.md"));

        var report = ReportSite.Compute(_site);

        Assert.Equal(["so-tu-phap", "so-noi-vu", "ubnd-huyen"], report.Departments.Select(d => d.Department!.Id));
    }

    [Fact]
    public void Statuses_are_counted_per_type_and_language_one_per_file()
    {
        var report = ReportSite.Compute(_site);
        var justice = Department(report, "so-tu-phap");
        var homeAffairs = Department(report, "so-noi-vu");

        Assert.Equal(new StatusCounts(1, 1, 0), justice.Count(ContentSection.Articles, "vi"));
        Assert.Equal(new StatusCounts(1, 0, 0), justice.Count(ContentSection.Articles, "en"));
        Assert.Equal(new StatusCounts(1, 0, 0), justice.Count(ContentSection.Laws, "vi"));
        Assert.Equal(new StatusCounts(1, 0, 0), justice.Count(ContentSection.Laws, "en"));
        Assert.Equal(new StatusCounts(4, 1, 0), justice.Total);

        Assert.Equal(new StatusCounts(0, 0, 1), homeAffairs.Count(ContentSection.Articles, "en"));
        Assert.Equal(new StatusCounts(2, 0, 0), homeAffairs.Count(ContentSection.Slogans, "vi"));
        Assert.Equal(new StatusCounts(1, 0, 0), homeAffairs.Count(ContentSection.Slogans, "en"));
        Assert.Equal(default, homeAffairs.Count(ContentSection.Laws, "vi"));
        Assert.Equal(new StatusCounts(3, 0, 1), homeAffairs.Total);
    }

    [Fact]
    public void Totals_add_up_every_item_with_or_without_department()
    {
        var report = ReportSite.Compute(_site);

        Assert.Equal(new StatusCounts(9, 1, 1), report.Totals.Total);
        Assert.Equal(new StatusCounts(5, 1, 0), report.Totals.CountIn("vi"));
        Assert.Equal(new StatusCounts(4, 0, 1), report.Totals.CountIn("en"));
        Assert.Equal(
            report.Totals.Total,
            report.Departments.Aggregate(default(StatusCounts), (sum, d) => sum + d.Total));
        Assert.Equal(3, report.Totals.Untranslated.Count);
    }

    [Fact]
    public void Items_in_one_language_only_are_listed_by_path_and_language_whatever_their_status()
    {
        var report = ReportSite.Compute(_site);

        var justice = Assert.Single(Department(report, "so-tu-phap").Untranslated);
        Assert.Equal(("articles/chi-tieng-viet.md", "vi", ItemStatus.Review), (justice.SourcePath, justice.Language, justice.Status));
        Assert.Equal(["en"], justice.Missing);

        var homeAffairs = Department(report, "so-noi-vu").Untranslated;
        Assert.Equal(["articles/nhap.en.md", "slogans/hai.vi.md"], homeAffairs.Select(u => u.SourcePath));
        Assert.Equal(["en", "vi"], homeAffairs.Select(u => u.Language));
        Assert.Equal(["vi"], homeAffairs[0].Missing);
        Assert.Equal(1, Department(report, "so-noi-vu").UntranslatedCount(ContentSection.Slogans, "vi"));
        Assert.Equal(0, Department(report, "so-noi-vu").UntranslatedCount(ContentSection.Slogans, "en"));
    }

    [Fact]
    public void A_draft_translation_is_a_translation()
    {
        _site.Item("slogans/hai.en.md", "title: Slogan 2\nstatus: draft\ndate: 2023-12-01\ndepartment: so-noi-vu\nslug: two", "Two.");

        var report = ReportSite.Compute(_site);

        Assert.Equal(["articles/nhap.en.md"], Department(report, "so-noi-vu").Untranslated.Select(u => u.SourcePath));
    }

    [Fact]
    public void Translation_coverage_counts_an_item_and_its_translations_once()
    {
        var report = ReportSite.Compute(_site);

        Assert.Equal(new TranslationCoverage(2, 3), Department(report, "so-tu-phap").Coverage);
        Assert.Equal(66, Department(report, "so-tu-phap").Coverage.Percent);
        Assert.Equal(new TranslationCoverage(1, 3), Department(report, "so-noi-vu").Coverage);
        Assert.Null(Department(report, "ubnd-huyen").Coverage.Percent);
        Assert.Equal(new TranslationCoverage(4, 7), report.Totals.Coverage);
    }

    [Fact]
    public void The_latest_publication_date_is_that_of_items_published_on_the_report_date()
    {
        var report = ReportSite.Compute(_site);

        // Not the item in review dated 2023-12-08.
        Assert.Equal(new DateOnly(2023, 12, 5), Department(report, "so-tu-phap").LatestPublished);

        // Not the slogan dated 2023-12-01 whose window opens on 2023-12-15, nor the draft dated 2023-12-09.
        Assert.Equal(new DateOnly(2023, 11, 20), Department(report, "so-noi-vu").LatestPublished);
        Assert.Null(Department(report, "ubnd-huyen").LatestPublished);
        Assert.Equal(new DateOnly(2023, 12, 5), report.Totals.LatestPublished);
    }

    [Fact]
    public void After_the_windows_close_only_items_without_window_count_for_the_latest_date()
    {
        var report = ReportSite.Compute(_site, now: "2024-01-15");

        Assert.Null(Department(report, "so-noi-vu").LatestPublished);
        Assert.Equal(new DateOnly(2023, 12, 5), Department(report, "so-tu-phap").LatestPublished);
        Assert.Null(report.NextChange);
    }

    [Fact]
    public void The_next_scheduled_change_is_the_build_s()
    {
        var report = ReportSite.Compute(_site);

        Assert.Equal("2023-12-15 (1 slogan appears)", ScheduledChangeText.Describe(report.NextChange!));
        Assert.Equal("15/12/2023 (1 khẩu hiệu bắt đầu được đăng); cần chạy lại lệnh build vào ngày đó", ReportLabels.For("vi").NextChange(report.NextChange));
        Assert.Equal("2023-12-15 (1 slogan appears); rebuild the site on that day", ReportLabels.For("en").NextChange(report.NextChange));
    }

    [Fact]
    public void Without_windows_ahead_the_next_change_says_none_in_both_languages()
    {
        Assert.Equal("không có (không có thời hạn đăng nào bắt đầu hoặc kết thúc sau ngày này)", ReportLabels.For("vi").NextChange(null));
        Assert.Equal("none (no publication window opens or closes after this date)", ReportLabels.For("en").NextChange(null));
    }
}
