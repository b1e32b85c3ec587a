using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Reporting;

/// <summary>How the build summary and the department report say when the site must next be rebuilt, and why.</summary>
public static class ScheduledChangeText
{
    /// <summary><c>2023-12-31 (7 slogans expire)</c>, or <c>2023-12-31 (7 khẩu hiệu hết thời gian đăng)</c> in Vietnamese.</summary>
    public static string Describe(ScheduledChange change, ToolLanguage language = ToolLanguage.English) =>
        $"{DisplayDates.Iso(change.Date)} ({Reasons(change, language)})";

    /// <summary>What changes on the day: <c>1 article appears, 2 events move to past events</c>.</summary>
    public static string Reasons(ScheduledChange change, ToolLanguage language)
    {
        var english = language == ToolLanguage.English;
        var parts = ContentSections.All
            .Where(change.Appearing.ContainsKey)
            .Select(s => english ? Phrase(change.Appearing[s], s, "appears", "appear") : $"{change.Appearing[s]} {NounVietnamese(s)} bắt đầu được đăng")
            .Concat(ContentSections.All
                .Where(change.Expiring.ContainsKey)
                .Select(s => english ? Phrase(change.Expiring[s], s, "expires", "expire") : $"{change.Expiring[s]} {NounVietnamese(s)} hết thời gian đăng"));
        if (change.EventsEnding > 0)
        {
            parts = parts.Append(english
                ? Phrase(change.EventsEnding, ContentSection.Events, "moves to past events", "move to past events")
                : $"{change.EventsEnding} sự kiện chuyển sang mục đã diễn ra");
        }

        if (change.LawsChanging > 0)
        {
            parts = parts.Append(english
                ? (change.LawsChanging == 1 ? "1 legal document changes status" : $"{change.LawsChanging} legal documents change status")
                : $"{change.LawsChanging} văn bản pháp luật đổi trạng thái hiệu lực");
        }

        return string.Join(", ", parts);
    }

    private static string NounVietnamese(ContentSection section) => section switch
    {
        ContentSection.Articles => "bài viết",
        ContentSection.Laws => "bài tóm tắt văn bản pháp luật",
        ContentSection.Slogans => "khẩu hiệu",
        ContentSection.Events => "sự kiện",
        _ => "trang",
    };

    private static string Phrase(int count, ContentSection section, string singularVerb, string pluralVerb)
    {
        var noun = section switch
        {
            ContentSection.Articles => "article",
            ContentSection.Laws => "law summary",
            ContentSection.Slogans => "slogan",
            ContentSection.Events => "event",
            _ => "page",
        };
        var plural = section == ContentSection.Laws ? "law summaries" : noun + "s";
        return count == 1 ? $"1 {noun} {singularVerb}" : $"{count} {plural} {pluralVerb}";
    }
}
