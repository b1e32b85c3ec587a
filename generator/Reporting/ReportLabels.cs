using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Reporting;

/// <summary>
/// The words of the report in its language: Vietnamese for the editors and the steering committee,
/// English on request. Kept here rather than in the theme because the report is not part of the site.
/// </summary>
public sealed class ReportLabels
{
    public static readonly IReadOnlyList<string> Languages = ["vi", "en"];

    private static readonly ReportLabels Vietnamese = new()
    {
        Language = "vi",
        Title = "Báo cáo nội dung theo đơn vị",
        AsOfPrefix = "tính đến ngày",
        CountingNote = "Mỗi tệp nội dung được đếm một lần: một mục có bản tiếng Việt và bản tiếng Anh được đếm một lần ở mỗi ngôn ngữ. "
            + "Số đã duyệt gồm cả các mục đã duyệt nhưng chưa đến hoặc đã hết thời hạn đăng. "
            + "Ngày đăng mới nhất là ngày (date) mới nhất của các mục đang được đăng vào ngày báo cáo.",
        Summary = "Tổng hợp",
        ByDepartment = "Theo đơn vị",
        Totals = "Tổng cộng",
        Charts = "Biểu đồ",
        Department = "Đơn vị",
        DepartmentId = "Mã đơn vị",
        Type = "Loại",
        LanguageColumn = "Ngôn ngữ",
        Approved = "Đã duyệt",
        Review = "Chờ duyệt",
        Draft = "Bản nháp",
        Untranslated = "Chưa có bản dịch",
        LatestPublished = "Ngày đăng mới nhất",
        Total = "Tổng cộng",
        NoDepartment = "(không có đơn vị)",
        NothingYet = "Chưa có mục nào.",
        NextChangeLabel = "Thay đổi theo lịch tiếp theo",
        ItemsChartTitle = "Số mục theo đơn vị và ngôn ngữ (mọi trạng thái)",
        CoverageChartTitle = "Tỷ lệ mục có đủ bản dịch theo đơn vị",
        FiguresBelow = "số liệu trong bảng bên dưới",
        CoverageNote = "Một mục và các bản dịch của nó được tính là một mục, dù ở trạng thái nào.",
        Items = "Số mục",
        Complete = "Có đủ bản dịch",
        Share = "Tỷ lệ",
    };

    private static readonly ReportLabels English = new()
    {
        Language = "en",
        Title = "Content report by department",
        AsOfPrefix = "as of",
        CountingNote = "Each content file counts once: an item with a Vietnamese and an English version counts once in each language. "
            + "Approved includes approved items before or after their publication dates. "
            + "The latest publication is the latest date of the items published on the report date.",
        Summary = "Summary",
        ByDepartment = "By department",
        Totals = "Totals",
        Charts = "Charts",
        Department = "Department",
        DepartmentId = "Department id",
        Type = "Type",
        LanguageColumn = "Language",
        Approved = "Approved",
        Review = "In review",
        Draft = "Draft",
        Untranslated = "Without translation",
        LatestPublished = "Latest publication",
        Total = "Total",
        NoDepartment = "(no department)",
        NothingYet = "No items yet.",
        NextChangeLabel = "Next scheduled change",
        ItemsChartTitle = "Items per department and language (all statuses)",
        CoverageChartTitle = "Translation coverage per department",
        FiguresBelow = "figures in the table below",
        CoverageNote = "An item and its translations count as one item, whatever their status.",
        Items = "Items",
        Complete = "Translated",
        Share = "Share",
    };

    private ReportLabels()
    {
    }

    public required string Language { get; init; }

    public required string Title { get; init; }

    public required string AsOfPrefix { get; init; }

    public required string CountingNote { get; init; }

    public required string Summary { get; init; }

    public required string ByDepartment { get; init; }

    public required string Totals { get; init; }

    public required string Charts { get; init; }

    public required string Department { get; init; }

    public required string DepartmentId { get; init; }

    public required string Type { get; init; }

    public required string LanguageColumn { get; init; }

    public required string Approved { get; init; }

    public required string Review { get; init; }

    public required string Draft { get; init; }

    public required string Untranslated { get; init; }

    public required string LatestPublished { get; init; }

    public required string Total { get; init; }

    public required string NoDepartment { get; init; }

    public required string NothingYet { get; init; }

    public required string NextChangeLabel { get; init; }

    public required string ItemsChartTitle { get; init; }

    public required string CoverageChartTitle { get; init; }

    public required string FiguresBelow { get; init; }

    public required string CoverageNote { get; init; }

    public required string Items { get; init; }

    public required string Complete { get; init; }

    public required string Share { get; init; }

    /// <summary>Written where a date or share cannot be given.</summary>
    public string None => "—";

    public static ReportLabels For(string language) => language switch
    {
        "vi" => Vietnamese,
        "en" => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "the report is written in vi or en"),
    };

    public string AsOf(DateOnly date) => $"{AsOfPrefix} {Date(date)}";

    public string Date(DateOnly date) => DisplayDates.Format(date, Language);

    public string Date(DateOnly? date) => date is { } day ? Date(day) : None;

    public string DepartmentName(DepartmentFigures figures) => figures.Department?.Name.In(Language) ?? NoDepartment;

    public string ShareOf(TranslationCoverage coverage) => coverage.Percent is { } percent ? $"{percent}%" : None;

    public string SectionName(ContentSection section) => (Language, section) switch
    {
        ("vi", ContentSection.Articles) => "Tin bài",
        ("vi", ContentSection.Laws) => "Văn bản pháp luật",
        ("vi", ContentSection.Slogans) => "Khẩu hiệu",
        ("vi", ContentSection.Pages) => "Trang",
        ("vi", ContentSection.Events) => "Sự kiện",
        (_, ContentSection.Articles) => "Articles",
        (_, ContentSection.Laws) => "Laws",
        (_, ContentSection.Slogans) => "Slogans",
        (_, ContentSection.Events) => "Events",
        _ => "Pages",
    };

    /// <summary>A language's name as it starts a table cell (<c>Tiếng Việt</c>) or sits inside a sentence (<c>tiếng Việt</c>).</summary>
    public string LanguageName(string code, bool capitalised = true)
    {
        var name = Language == "vi" ? "tiếng " + LanguageNames.Vietnamese(code) : LanguageNames.English(code);
        return capitalised ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }

    public string StatusName(ItemStatus status) => (Language, status) switch
    {
        ("vi", ItemStatus.Approved) => "đã duyệt",
        ("vi", ItemStatus.Review) => "chờ duyệt",
        ("vi", _) => "bản nháp",
        (_, ItemStatus.Approved) => "approved",
        (_, ItemStatus.Review) => "in review",
        _ => "draft",
    };

    /// <summary><c>tiếng Việt, bản nháp; thiếu bản tiếng Anh</c> / <c>Vietnamese, draft; no English version</c>.</summary>
    public string UntranslatedNote(UntranslatedItem item)
    {
        var missing = string.Join(", ", item.Missing.Select(l => LanguageName(l, capitalised: false)));
        var has = $"{LanguageName(item.Language, capitalised: false)}, {StatusName(item.Status)}";
        return Language == "vi" ? $"{has}; thiếu bản {missing}" : $"{has}; no {missing} version";
    }

    /// <summary>
    /// The next scheduled change in the report's language: the build summary's wording in English, the
    /// same facts in Vietnamese, since the committee should not read an English phrase in a Vietnamese report.
    /// </summary>
    public string NextChange(ScheduledChange? change)
    {
        if (change is null)
        {
            return Language == "vi"
                ? "không có (không có thời hạn đăng nào bắt đầu hoặc kết thúc sau ngày này)"
                : "none (no publication window opens or closes after this date)";
        }

        if (Language != "vi")
        {
            return $"{ScheduledChangeText.Describe(change)}; rebuild the site on that day";
        }

        return $"{Date(change.Date)} ({ScheduledChangeText.Reasons(change, ToolLanguage.Vietnamese)}); cần chạy lại lệnh build vào ngày đó";
    }
}
