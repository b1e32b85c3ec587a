namespace InfoSiteGen.BrowserTests.Support;

/// <summary>One kind of page of the test site, in one language.</summary>
/// <param name="Name">A short name, used in test names and screenshot file names.</param>
/// <param name="Path">The page's file, relative to the top of its build's output.</param>
/// <param name="Preview">The page belongs to the preview build.</param>
/// <param name="HasSwitcher">The page has a language switcher (every page but the 404 page, which speaks both languages).</param>
public sealed record PageCase(string Name, string Path, string Lang, bool Preview = false, bool HasSwitcher = true)
{
    /// <summary>Every kind of page the theme renders, in both languages where it exists in both.</summary>
    public static IReadOnlyList<PageCase> All { get; } =
    [
        new("vi-home", "index.html", "vi"),
        new("en-home", "en/index.html", "en"),
        new("vi-articles", "articles/index.html", "vi"),
        new("en-articles", "en/articles/index.html", "en"),
        new("vi-articles-page-2", "articles/page/2/index.html", "vi"),
        new("en-articles-page-2", "en/articles/page/2/index.html", "en"),
        new("vi-articles-year", "articles/2023/index.html", "vi"),
        new("en-articles-year", "en/articles/2022/index.html", "en"),
        new("vi-article-with-image", "articles/hoi-nghi/index.html", "vi"),
        new("en-article-with-image", "en/articles/conference-law-on-children/index.html", "en"),
        new("vi-article-untranslated", "articles/chi-tieng-viet/index.html", "vi"),
        new("en-article-untranslated", "en/articles/english-only/index.html", "en"),
        new("vi-laws", "laws/index.html", "vi"),
        new("en-laws", "en/laws/index.html", "en"),
        new("vi-laws-filter", "laws/status/in-force/index.html", "vi"),
        new("en-laws-filter", "en/laws/status/amended/index.html", "en"),
        new("vi-law-with-attachment", "laws/luat-tre-em/index.html", "vi"),
        new("en-law-with-attachment", "en/laws/law-on-children/index.html", "en"),
        new("vi-slogans", "slogans/index.html", "vi"),
        new("en-slogans", "en/slogans/index.html", "en"),
        new("vi-slogan", "slogans/chao-mung/index.html", "vi"),
        new("en-slogan", "en/slogans/welcome/index.html", "en"),
        new("vi-events", "events/index.html", "vi"),
        new("en-events", "en/events/index.html", "en"),
        new("vi-event", "events/toa-dam/index.html", "vi"),
        new("en-event", "en/events/seminar/index.html", "en"),
        new("vi-event-abroad", "events/gio-ne-vo/index.html", "vi"),
        new("vi-page", "gioi-thieu/index.html", "vi"),
        new("en-page", "en/about/index.html", "en"),
        new("vi-page-with-gallery-and-video", "trien-lam/index.html", "vi"),
        new("en-page-with-gallery-and-video", "en/exhibition/index.html", "en"),
        new("vi-page-with-audio", "phat-thanh/index.html", "vi"),
        new("vi-departments", "departments/index.html", "vi"),
        new("en-departments", "en/departments/index.html", "en"),
        new("vi-department", "departments/so-tu-phap/index.html", "vi"),
        new("en-department", "en/departments/so-tu-phap/index.html", "en"),
        new("vi-topics", "topics/index.html", "vi"),
        new("en-topics", "en/topics/index.html", "en"),
        new("vi-topic", "topics/quyen-tre-em/index.html", "vi"),
        new("en-topic", "en/topics/binh-dang-gioi/index.html", "en"),
        new("vi-search", "search/index.html?q=tro+giup+phap+ly", "vi"),
        new("en-search", "en/search/index.html?q=legal+aid", "en"),
        new("not-found", "404.html", "vi", HasSwitcher: false),
        new("preview-vi-home", "index.html", "vi", Preview: true),
        new("preview-vi-draft", "articles/ban-nhap/index.html", "vi", Preview: true),
        new("preview-en-articles", "en/articles/index.html", "en", Preview: true),
    ];

    public static PageCase Named(string name) => All.Single(p => p.Name == name);

    /// <summary>The names of every page, as xunit theory data.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var page in All)
        {
            data.Add(page.Name);
        }

        return data;
    }

    public override string ToString() => Name;
}
