using InfoSiteGen.Cli;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Pages;

/// <summary>
/// Sites of three to five languages: every language gets its pages, switcher, alternates, feeds and search; texts
/// missing in site.yml or the theme fall back with their <c>lang</c>; dates and names follow each language.
/// </summary>
public class ManyLanguagesTests
{
    private const string FiveLanguages = """
        title: { vi: "Trang thử nghiệm", en: "Test site", zh-Hans: "测试网站" }
        languages: [vi, en, zh-Hans, ko, ja]
        base_url: https://portal.example.gov.vn/thu-nghiem/
        departments:
          - id: so-ngoai-vu
            name: { vi: "Sở Ngoại vụ", en: "Department of Foreign Affairs", ko: "외무국" }
        topics:
          - id: hop-tac-quoc-te
            name: { vi: "Hợp tác quốc tế", en: "International cooperation" }
        menus:
          vi:
            - { title: "Trang chủ", path: "" }
            - { title: "Tin bài", path: "articles/" }
            - { title: "Giới thiệu", path: "gioi-thieu/" }
          en:
            - { title: "Home", path: "" }
            - { title: "News", path: "articles/" }
        contact:
          vi: { organisation: "Văn phòng thử nghiệm", email: "test@example.gov.vn" }
        """;

    private static TestSite FiveLanguageSite()
    {
        var site = new TestSite(FiveLanguages).UseThemeCopy();
        // Korean interface texts with one missing; none at all for Chinese and Japanese.
        var english = File.ReadAllLines(Path.Combine(site.ThemeDirectory, "i18n", "en.yml"));
        File.WriteAllLines(Path.Combine(site.ThemeDirectory, "i18n", "ko.yml"), english
            .Where(line => !line.StartsWith("skip_to_content:", StringComparison.Ordinal))
            .Select(line => line.StartsWith("language.name:", StringComparison.Ordinal) ? "language.name: \"한국어\""
                : line.StartsWith("notfound.title:", StringComparison.Ordinal) ? "notfound.title: \"페이지를 찾을 수 없습니다\""
                : line));
        const string Shared = "date: 2023-12-10\nstatus: approved\napproved_by: Ban Chỉ đạo\ndepartment: so-ngoai-vu\ntopics: [hop-tac-quoc-te]";
        site.Item("articles/hoi-dong-nhan-quyen.vi.md", "title: Hội đồng Nhân quyền\n" + Shared, "Việt Nam là thành viên Hội đồng Nhân quyền.");
        site.Item("articles/hoi-dong-nhan-quyen.en.md", "title: The Human Rights Council\nslug: human-rights-council\n" + Shared, "Viet Nam is a member of the Human Rights Council.");
        site.Item("articles/hoi-dong-nhan-quyen.zh-Hans.md", "title: 人权理事会\n" + Shared, "越南是联合国人权理事会成员。");
        site.Item("articles/인권이사회.ko.md", "title: 인권이사회\ntranslation_key: hoi-dong-nhan-quyen\n" + Shared, "베트남은 유엔 인권이사회에서 활동하고 있습니다.");
        site.Item("pages/gioi-thieu.vi.md", "title: Giới thiệu\nstatus: approved\napproved_by: Ban Chỉ đạo");
        return site;
    }

    [Fact]
    public async Task Every_language_gets_its_home_sections_search_feeds_and_404_section()
    {
        using var site = FiveLanguageSite();

        var result = await site.BuildOkAsync();

        Assert.Equal(["vi", "en", "zh-Hans", "ko", "ja"], result.PagesPerLanguage.Keys);
        foreach (var folder in new[] { "", "en/", "zh-hans/", "ko/", "ja/" })
        {
            Assert.True(site.Exists(folder + "index.html"), folder + "index.html");
            Assert.True(site.Exists(folder + "articles/index.html"), folder + "articles/index.html");
            Assert.True(site.Exists(folder + "search/index.html"), folder + "search/index.html");
            Assert.True(site.Exists(folder + "feed.xml"), folder + "feed.xml");
            Assert.True(site.Exists(folder + "rss.xml"), folder + "rss.xml");
        }

        foreach (var language in new[] { "vi", "en", "zh-Hans", "ko", "ja" })
        {
            Assert.True(site.Exists($"{LanguageRoot(language)}search/search-index.{language}.js"), language);
            Assert.Equal(language, site.Html(LanguageRoot(language) + "index.html").DocumentElement.GetAttribute("lang"));
        }

        var notFound = site.Html("404.html");
        Assert.Equal(
            ["en:en", "zh-Hans:en", "ko:ko", "ja:en"],
            notFound.QuerySelectorAll("main section").Select(s => s.GetAttribute("aria-labelledby") + ":" + s.GetAttribute("lang")).Select(s => s.Replace("notfound-", string.Empty, StringComparison.Ordinal)));
        Assert.Equal("페이지를 찾을 수 없습니다", notFound.QuerySelector("#notfound-ko")!.TextContent);
        Assert.True(site.Exists("ko/articles/hoi-dong-nhan-quyen/index.html"));
    }

    [Fact]
    public async Task The_switcher_lists_every_other_language_in_its_own_name_linking_the_translation_or_the_section()
    {
        using var site = FiveLanguageSite();
        await site.BuildOkAsync();

        var page = site.Html("ko/articles/hoi-dong-nhan-quyen/index.html");

        var links = page.QuerySelectorAll(".language-switcher li").Select(li =>
        {
            var a = li.QuerySelector("a")!;
            return $"{a.GetAttribute("hreflang")} {a.GetAttribute("lang")} {a.TextContent} {a.GetAttribute("href")}{(li.QuerySelector(".untranslated-note") is { } note ? " +note:" + note.GetAttribute("lang") : string.Empty)}";
        });
        Assert.Equal(
            [
                "vi vi Tiếng Việt ../../../articles/hoi-dong-nhan-quyen/index.html",
                "en en English ../../../en/articles/human-rights-council/index.html",
                "zh-Hans zh-Hans 中文（简体） ../../../zh-hans/articles/hoi-dong-nhan-quyen/index.html",
                "ja ja 日本語 ../../../ja/articles/index.html +note:en",
            ],
            links);
        Assert.Equal(
            ["vi", "en", "zh-Hans", "ko", "x-default"],
            page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")!));
        Assert.Equal("ko_KR", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("zh_CN", site.Html("zh-hans/index.html").QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task The_sitemap_links_each_page_to_all_its_translations()
    {
        using var site = FiveLanguageSite();
        await site.BuildOkAsync();

        var sitemap = System.Xml.Linq.XDocument.Parse(site.Read("sitemap.xml"));
        System.Xml.Linq.XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        System.Xml.Linq.XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var korean = sitemap.Root!.Elements(sm + "url")
            .Single(u => u.Element(sm + "loc")!.Value == "https://portal.example.gov.vn/thu-nghiem/ko/articles/hoi-dong-nhan-quyen/");

        Assert.Equal(
            ["vi", "en", "zh-Hans", "ko", "x-default"],
            korean.Elements(xhtml + "link").Select(l => l.Attribute("hreflang")!.Value));
    }

    [Fact]
    public async Task Texts_missing_in_a_language_fall_back_to_the_default_language_marked_with_its_lang()
    {
        using var site = FiveLanguageSite();
        await site.BuildOkAsync();

        var korean = site.Html("ko/articles/hoi-dong-nhan-quyen/index.html");
        var chinese = site.Html("zh-hans/articles/hoi-dong-nhan-quyen/index.html");

        Assert.Equal("vi", korean.QuerySelector(".site-title")!.GetAttribute("lang"));
        Assert.Equal("vi", site.Html("ko/index.html").QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.Null(site.Html("zh-hans/index.html").QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.Equal("Trang thử nghiệm", korean.QuerySelector(".site-title")!.TextContent);
        Assert.Null(chinese.QuerySelector(".site-title")!.GetAttribute("lang"));
        Assert.Equal("测试网站", chinese.QuerySelector(".site-title")!.TextContent);
        // The department has a Korean name, the topic none.
        Assert.Contains(korean.QuerySelectorAll("a[href*='departments/so-ngoai-vu/']"), a => a.TextContent == "외무국" && !a.HasAttribute("lang"));
        Assert.Contains(korean.QuerySelectorAll("a[href*='topics/hop-tac-quoc-te/']"), a => a.TextContent == "Hợp tác quốc tế" && a.GetAttribute("lang") == "vi");
        Assert.Equal("vi", korean.QuerySelector("address strong")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_slogan_missing_in_a_language_shows_once_there_in_the_default_language()
    {
        using var site = FiveLanguageSite();
        const string Slogan = "status: approved\napproved_by: Ban Chỉ đạo\nweight: 1\npublish_from: 2023-11-30\npublish_until: 2023-12-30";
        site.Item("slogans/mot.vi.md", "title: Một\n" + Slogan, "Khẩu hiệu thứ nhất.");
        site.Item("slogans/mot.en.md", "title: One\n" + Slogan, "The first slogan.");

        await site.BuildOkAsync();

        var slogans = site.Html("ko/slogans/index.html").QuerySelectorAll("main .slogan__text");
        Assert.Equal(["vi Khẩu hiệu thứ nhất."], slogans.Select(s => s.GetAttribute("lang") + " " + s.TextContent.Trim()));
    }

    [Fact]
    public async Task A_dotted_file_name_that_is_no_site_language_is_a_default_language_stem()
    {
        using var site = FiveLanguageSite();
        site.Item("laws/thong-tu.btp.md", "title: Thông tư\nstatus: approved\napproved_by: Sở Tư pháp");

        await site.BuildOkAsync();

        Assert.True(site.Exists("laws/thong-tu-btp/index.html"));
    }

    [Fact]
    public async Task A_language_without_its_own_menu_gets_the_home_page_and_sections_of_the_default_menu()
    {
        using var site = FiveLanguageSite();
        await site.BuildOkAsync();

        var menu = site.Html("ja/index.html").QuerySelectorAll(".main-menu a").Select(a => a.TextContent + " " + a.GetAttribute("href"));

        Assert.Equal(["Home index.html", "Articles articles/index.html"], menu);
    }

    [Fact]
    public async Task Dates_follow_each_language()
    {
        using var site = FiveLanguageSite();
        await site.BuildOkAsync();

        string Date(string page) => site.Html(page).QuerySelector("main time")!.TextContent;

        Assert.Equal("10/12/2023", Date("articles/hoi-dong-nhan-quyen/index.html"));
        Assert.Equal("10 December 2023", Date("en/articles/human-rights-council/index.html"));
        Assert.Equal("2023年12月10日", Date("zh-hans/articles/hoi-dong-nhan-quyen/index.html"));
        Assert.Equal("2023년 12월 10일", Date("ko/articles/hoi-dong-nhan-quyen/index.html"));
        Assert.Equal("yyyy년 M월 d일", site.Html("ko/search/index.html").GetElementById("search-results")!.GetAttribute("data-date-format"));
    }

    [Fact]
    public async Task An_event_gives_its_days_in_the_language_s_style_and_its_joining_words_from_the_theme()
    {
        using var site = FiveLanguageSite();
        const string When = "status: approved\napproved_by: Ban Chỉ đạo\nstarts: 2023-12-08 08:00\nends: 2023-12-09 11:30\nlocation: Hội trường tỉnh";
        site.Item("events/toa-dam.vi.md", "title: Tọa đàm\n" + When);
        site.Item("events/toa-dam.ko.md", "title: 좌담회\n" + When);
        var korean = Path.Combine(site.ThemeDirectory, "i18n", "ko.yml");
        File.WriteAllLines(korean, File.ReadAllLines(korean).Select(l => l.StartsWith("event.range:", StringComparison.Ordinal) ? "event.range: \"{0}부터 {1}까지\"" : l));

        await site.BuildOkAsync(now: "2023-12-01");

        Assert.Equal(
            "2023년 12월 8일 금요일, 08:00부터 2023년 12월 9일 토요일, 11:30까지 (Viet Nam time, UTC+7)",
            site.Html("ko/events/toa-dam/index.html").QuerySelector("main dd time")!.TextContent);
        Assert.Equal(
            "Từ 08:00 thứ Sáu, 08/12/2023 đến 11:30 thứ Bảy, 09/12/2023 (giờ Việt Nam, UTC+7)",
            site.Html("events/toa-dam/index.html").QuerySelector("main dd time")!.TextContent);
    }

    [Fact]
    public async Task Missing_interface_texts_are_warnings_naming_the_file_or_key_and_check_strict_refuses_them()
    {
        using var site = FiveLanguageSite();

        var result = await site.BuildOkAsync();

        Assert.Equal(
            [
                "theme/i18n/ja.yml:1:1: warning: the theme has no interface texts for 'ja', so its pages show another language's; write theme/i18n/ja.yml (copy theme/i18n/en.yml and translate it) [ISG0303]",
                "theme/i18n/ko.yml:2:1: warning: the interface text 'skip_to_content' is missing, so the 'ko' pages show the 'en' text; add a line 'skip_to_content: …' [ISG0303]",
                "theme/i18n/zh-Hans.yml:1:1: warning: the theme has no interface texts for 'zh-Hans', so its pages show another language's; write theme/i18n/zh-Hans.yml (copy theme/i18n/en.yml and translate it) [ISG0303]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
        var output = new StringWriter();
        var strict = await CommandLine.RunAsync(["check", "--strict", "--content", site.ContentDirectory, "--theme", site.ThemeDirectory, "--now", "2023-12-10", "--lang", "en"], output, output, site.Root);
        Assert.Equal(1, strict);
        Assert.Contains("check: 3 errors, 0 warnings (strict: warnings count as errors)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interface_file_that_cannot_be_read_stops_the_build_at_its_line()
    {
        using var site = FiveLanguageSite();
        var korean = Path.Combine(site.ThemeDirectory, "i18n", "ko.yml");
        File.AppendAllText(korean, "nav.main: \"주 메뉴\"\n");

        var result = await site.BuildAsync();

        var line = File.ReadAllLines(korean).Length;
        Assert.Contains($"theme/i18n/ko.yml:{line}:1: error: the key 'nav.main' appears twice; keep only one of them [ISG0003]", result.Diagnostics.Select(d => d.ToString()));
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("[vi, EN]", "site.yml:1:17: error: write the language code 'EN' as 'en' [ISG0008]")]
    [InlineData("[vi, zh-hans]", "site.yml:1:17: error: write the language code 'zh-hans' as 'zh-Hans' [ISG0008]")]
    [InlineData("[vi, zh_CN]", "site.yml:1:17: error: write the language code 'zh_CN' as 'zh-CN' (BCP 47 joins with hyphens) [ISG0008]")]
    [InlineData("[vi, korean]", "site.yml:1:17: error: 'korean' is not a language code (BCP 47); write codes such as vi, en, zh-Hans, ko, ja [ISG0008]")]
    public async Task Language_codes_must_be_BCP_47_as_it_spells_them(string languages, string message)
    {
        using var site = new TestSite($"languages: {languages}\ntitle: {{ vi: \"T\" }}\ndepartments: []\ntopics: []\n");

        var result = await site.BuildAsync();

        Assert.Equal([message], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task A_language_ICU_has_no_data_for_gets_ISO_dates_and_its_code_as_its_name()
    {
        using var site = new TestSite("""
            title: { vi: "Trang thử nghiệm" }
            languages: [vi, hmn]
            departments: []
            topics: []
            """).UseThemeCopy();
        File.Copy(Path.Combine(site.ThemeDirectory, "i18n", "en.yml"), Path.Combine(site.ThemeDirectory, "i18n", "hmn.yml"));
        File.WriteAllLines(Path.Combine(site.ThemeDirectory, "i18n", "hmn.yml"),
            File.ReadAllLines(Path.Combine(site.ThemeDirectory, "i18n", "hmn.yml")).Where(l => !l.StartsWith("language.name:", StringComparison.Ordinal)));
        site.Item("articles/a.vi.md", "title: A\ndate: 2023-12-10\nstatus: approved\napproved_by: X");
        site.Item("articles/a.hmn.md", "title: A\ndate: 2023-12-10\nstatus: approved\napproved_by: X");

        await site.BuildOkAsync();

        Assert.Equal("2023-12-10", site.Html("hmn/articles/a/index.html").QuerySelector("main time")!.TextContent);
        Assert.Equal("hmn", site.Html("articles/a/index.html").QuerySelector(".language-switcher a")!.TextContent);
    }

    [Fact]
    public async Task A_file_named_without_latin_letters_takes_its_slug_from_its_translation_key_or_is_refused()
    {
        using var site = new TestSite("""
            title: { vi: "Trang thử nghiệm" }
            languages: [vi, ko]
            departments: []
            topics: []
            """);
        site.Item("articles/nhan-quyen.vi.md", "title: Nhân quyền\nstatus: approved\napproved_by: X");
        site.Item("articles/인권.ko.md", "title: 인권\ntranslation_key: nhan-quyen\nstatus: approved\napproved_by: X");
        site.Item("articles/세계.ko.md", "title: 세계\nstatus: approved\napproved_by: X");

        var result = await site.BuildAsync();

        Assert.Equal(
            ["articles/세계.ko.md:1:1: error: the file name '세계' has no letters a-z or digits to make a web address from; add 'slug:' (lower-case a-z, digits, hyphens, such as the slug of the version it translates) or name the file like that version [ISG0115]"],
            result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));

        File.Delete(Path.Combine(site.ContentDirectory, "articles", "세계.ko.md"));
        await site.BuildOkAsync();
        Assert.True(site.Exists("ko/articles/nhan-quyen/index.html"));
    }

    private static string LanguageRoot(string language) => language == "vi" ? string.Empty : language.ToLowerInvariant() + "/";
}
