using InfoSiteGen.Configuration;

namespace InfoSiteGen.Content;

/// <summary>
/// Where things are published. The default language sits at the root, every other language under a
/// folder named by its code in lower case (<c>en/</c>, <c>zh-hans/</c>); every page is a folder with an index.html ("pretty URLs").
/// Paths here are from the site root, without a leading '/', and end in '/' for pages.
/// </summary>
public static class ContentUrls
{
    public static string LanguageRoot(SiteConfig config, string language) =>
        language == config.DefaultLanguage ? string.Empty : LanguageCodes.Folder(language) + "/";

    /// <summary>The list page of a section: <c>laws/</c>, <c>en/laws/</c>. Standalone pages have none.</summary>
    public static string SectionList(SiteConfig config, string language, ContentSection section) =>
        LanguageRoot(config, language) + section.FolderName() + "/";

    public static string Item(SiteConfig config, string language, ContentSection section, string slug) =>
        section == ContentSection.Pages
            ? LanguageRoot(config, language) + slug + "/"
            : SectionList(config, language, section) + slug + "/";

    public static string Department(SiteConfig config, string language, string departmentId) =>
        LanguageRoot(config, language) + "departments/" + departmentId + "/";

    public static string DepartmentList(SiteConfig config, string language) =>
        LanguageRoot(config, language) + "departments/";

    public static string Topic(SiteConfig config, string language, string topicId) =>
        TopicList(config, language) + topicId + "/";

    public static string TopicList(SiteConfig config, string language) =>
        LanguageRoot(config, language) + "topics/";

    public static string Search(SiteConfig config, string language) =>
        LanguageRoot(config, language) + "search/";

    /// <summary>A language's calendar of every event, beside its feeds: <c>events.ics</c>, <c>en/events.ics</c>.</summary>
    public static string EventsCalendar(SiteConfig config, string language) =>
        LanguageRoot(config, language) + "events.ics";

    /// <summary>An event's own calendar file, in its page's folder and named after it, as people save it.</summary>
    public static string EventCalendar(ContentItem item) => item.UrlPath + item.Slug + ".ics";

    /// <summary>The paginated list of past events.</summary>
    public static string PastEvents(SiteConfig config, string language) =>
        SectionList(config, language, ContentSection.Events) + "past/";
}
