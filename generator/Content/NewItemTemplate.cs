using System.Text;

namespace InfoSiteGen.Content;

/// <summary>The facts a new content file starts from.</summary>
public sealed record NewItem(
    ContentSection Section,
    string Language,
    string Title,
    DateOnly Today,
    string? DepartmentId = null,
    IReadOnlyDictionary<string, string>? Copied = null,
    string? Body = null,
    IReadOnlyList<string>? Notes = null,
    string? Slug = null);

/// <summary>
/// The text of a new content file: every front matter key its kind accepts, <c>status: draft</c>, and a
/// short comment on each key, in the file's language, saying what to write there. Values copied from the
/// translated item (<see cref="NewItem.Copied"/>) or read from an imported document replace the empty defaults;
/// <see cref="NewItem.Notes"/> become comment lines at the top, and <see cref="NewItem.Body"/> replaces the hint.
/// </summary>
public static class NewItemTemplate
{
    private sealed record Key(string Name, string Vietnamese, string English);

    private static readonly Key[] Shared =
    [
        new("title", "tên bài, văn bản hoặc trang", "the title"),
        new("date", "ngày của bài, dạng NĂM-THÁNG-NGÀY", "the item's date, as YEAR-MONTH-DAY"),
        new("status", "draft (nháp), review (chờ duyệt) hoặc approved (đã duyệt); chỉ mục đã duyệt mới được đăng", "draft, review or approved; only approved items are published"),
        new("approved_by", "người hoặc cơ quan đã duyệt (điền khi duyệt)", "who approved it (fill in on approval)"),
        new("approved_on", "ngày duyệt, dạng NĂM-THÁNG-NGÀY", "the date of approval, as YEAR-MONTH-DAY"),
        new("department", "mã cơ quan cung cấp, theo danh sách departments trong site.yml", "the supplying department's id from the departments of site.yml"),
        new("topics", "mã các chủ đề trong site.yml, ví dụ [quyen-tre-em]", "topic ids from site.yml, for example [quyen-tre-em]"),
        new("summary", "một hoặc hai câu tóm tắt", "a one or two sentence summary"),
        new("publish_from", "ngày bắt đầu đăng (để trống: đăng ngay khi duyệt)", "first day to publish (empty: as soon as approved)"),
        new("publish_until", "ngày cuối cùng được đăng (để trống: không hạn)", "last day to publish (empty: no end)"),
        new("slug", "phần cuối của địa chỉ trang: chữ thường không dấu, nối bằng dấu gạch ngang", "the last part of the page's address: lower-case a-z, digits and hyphens"),
    ];

    private static readonly Key[] LawKeys =
    [
        new("number", "số, ký hiệu văn bản, ví dụ 02/2016/QH14", "the document's number, for example 02/2016/QH14"),
        new("kind", "hình thức văn bản, ví dụ Luật, Nghị định, Thông tư", "the kind of document, for example Law, Decree, Circular"),
        new("issuer", "cơ quan ban hành, ví dụ Quốc hội", "the issuing body, for example National Assembly"),
        new("issued_on", "ngày ban hành", "the date it was issued"),
        new("effective_on", "ngày có hiệu lực", "the date it came into force"),
        new("legal_status", "in_force (còn hiệu lực), amended (đã sửa đổi) hoặc expired (hết hiệu lực)", "in_force, amended or expired"),
        new("source_url", "địa chỉ văn bản gốc trên cổng thông tin chính thức", "the address of the official text"),
        new("attachment", "tệp văn bản (PDF…) đặt cạnh tệp này, ví dụ files/02-2016-QH14.pdf", "the document file (PDF…) beside this file, for example files/02-2016-QH14.pdf"),
    ];

    private static readonly Key[] SloganKeys =
    [
        new("weight", "thứ tự hiển thị: số nhỏ đứng trước", "display order: lower first"),
    ];

    private static readonly Key[] ArticleKeys =
    [
        new("image", "ảnh đầu bài (không bắt buộc), đặt cạnh tệp này", "a lead image (optional), beside this file"),
        new("image_alt", "mô tả nội dung ảnh cho người không nhìn thấy ảnh (bắt buộc khi có ảnh; 'trang trí' nếu ảnh chỉ để trang trí)", "what the image shows, for readers who cannot see it (required with an image; 'decorative' if it only decorates)"),
        new("credit", "tác giả ảnh hoặc cơ quan cung cấp ảnh (không bắt buộc)", "who took or supplied the image (optional)"),
    ];

    private static readonly Key[] EventKeys =
    [
        new("starts", "ngày giờ bắt đầu, dạng NĂM-THÁNG-NGÀY GIỜ:PHÚT (giờ Việt Nam); chỉ ghi ngày nếu sự kiện kéo dài cả ngày", "the start, as YEAR-MONTH-DAY HOUR:MINUTE (Viet Nam time); a date alone for an all-day event"),
        new("ends", "ngày giờ kết thúc, ghi cùng dạng với 'starts'", "the end, written like 'starts'"),
        new("time_zone", "chỉ khi sự kiện ở nước ngoài: tên múi giờ, ví dụ Europe/Paris", "only for an event abroad: its time zone, for example Europe/Paris"),
        new("location", "tên và địa chỉ nơi tổ chức", "the venue's name and address"),
        new("registration", "cách đăng ký tham dự: địa chỉ web, thư điện tử, số điện thoại hoặc một câu hướng dẫn", "how to take part: a web address, e-mail address, phone number or a sentence"),
    ];

    public static string Write(NewItem item)
    {
        var keys = Shared.Concat(item.Section switch
        {
            ContentSection.Laws => LawKeys,
            ContentSection.Slogans => SloganKeys,
            ContentSection.Articles => ArticleKeys,
            ContentSection.Events => EventKeys,
            _ => [],
        }).ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = Quote(item.Title),
            ["date"] = item.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = "draft",
            ["topics"] = "[]",
            ["slug"] = item.Slug ?? Writing.Slug.From(item.Title),
        };
        if (item.DepartmentId is not null)
        {
            values["department"] = item.DepartmentId;
        }

        if (item.Section == ContentSection.Laws)
        {
            values["legal_status"] = "in_force";
        }

        if (item.Section == ContentSection.Slogans)
        {
            values["weight"] = "1";
        }

        if (item.Section == ContentSection.Events)
        {
            // A file that builds from the start: the editor replaces the time and the place before sending it for approval.
            var day = values["date"];
            values["starts"] = day + " 08:00";
            values["ends"] = day + " 11:00";
            values["location"] = "{ name: " + Quote(item.Language == "vi" ? "Tên nơi tổ chức" : "Venue name") + ", address: " + Quote(item.Language == "vi" ? "Địa chỉ" : "Address") + " }";
        }

        foreach (var (key, value) in item.Copied ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        var width = keys.Max(k => k.Name.Length + 2 + (values.TryGetValue(k.Name, out var v) ? v.Length + 1 : 0));
        var text = new StringBuilder("---\n");
        foreach (var note in item.Notes ?? [])
        {
            text.Append("# ").Append(note).Append('\n');
        }

        foreach (var key in keys)
        {
            var line = values.TryGetValue(key.Name, out var value) && value.Length > 0 ? $"{key.Name}: {value}" : $"{key.Name}:";
            text.Append(line.PadRight(width)).Append(" # ").Append(item.Language == "vi" ? key.Vietnamese : key.English).Append('\n');
        }

        text.Append("---\n\n").Append(item.Body ?? BodyHint(item)).Append('\n');
        return text.ToString();
    }

    private static string BodyHint(NewItem item) => (item.Section, item.Language) switch
    {
        (ContentSection.Slogans, "vi") => "Viết nội dung khẩu hiệu ở đây, trong một đoạn.",
        (ContentSection.Slogans, _) => "Write the slogan here, as one paragraph.",
        (_, "vi") => "Viết nội dung ở đây. Dùng ## cho tiêu đề mục: tên bài đã là tiêu đề chính của trang.",
        _ => "Write the text here. Use ## for section headings: the title is already the page's main heading.",
    };

    /// <summary>A YAML double-quoted string, so titles with ':' or '#' stay text.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
