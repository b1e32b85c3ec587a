using System.Text;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Pages;

/// <summary>Whole sites written in the test, built with the real theme, checked on the output files.</summary>
public class SiteBuildTests
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2023-11-20";

    [Fact]
    public async Task Publishes_vietnamese_at_the_root_and_english_under_en_with_pretty_urls()
    {
        using var site = new TestSite();
        site.Item("articles/le-ky-niem.vi.md", $"title: Lễ kỷ niệm\n{Approved}\ndate: 2023-12-10");
        site.Item("articles/le-ky-niem.en.md", $"title: The ceremony\n{Approved}\ndate: 2023-12-10\nslug: the-ceremony");

        await site.BuildOkAsync();

        foreach (var page in new[] { "index.html", "en/index.html", "articles/index.html", "en/articles/index.html",
                     "articles/le-ky-niem/index.html", "en/articles/the-ceremony/index.html", "laws/index.html", "en/slogans/index.html" })
        {
            Assert.True(site.Exists(page), page + " is missing");
        }

        Assert.Equal("vi", site.Html("articles/le-ky-niem/index.html").DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", site.Html("en/articles/the-ceremony/index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Unpublished_items_leave_no_trace_in_any_output_file()
    {
        using var site = new TestSite();
        site.Item("articles/cong-khai.md", $"title: Bài công khai\n{Approved}");
        site.Item("articles/nhap.md", "title: TIÊU ĐỀ NHÁP BÍ MẬT\nstatus: draft\nsummary: TÓM TẮT NHÁP BÍ MẬT", "THÂN BÀI NHÁP BÍ MẬT");
        site.Item("articles/cho-duyet.md", "title: TIÊU ĐỀ CHỜ DUYỆT\nstatus: review");
        site.Item("articles/het-han.md", $"title: TIÊU ĐỀ HẾT HẠN\n{Approved}\npublish_until: 2023-12-09");
        site.Item("articles/chua-den.md", $"title: TIÊU ĐỀ CHƯA ĐẾN\n{Approved}\npublish_from: 2023-12-11");
        site.Item("slogans/nhap.md", "title: Khẩu hiệu nháp\nstatus: draft", "KHẨU HIỆU NHÁP BÍ MẬT");

        await site.BuildOkAsync("2023-12-10");

        foreach (var file in site.OutputFiles())
        {
            var text = site.Read(file);
            foreach (var secret in new[] { "NHÁP BÍ MẬT", "CHỜ DUYỆT", "HẾT HẠN", "CHƯA ĐẾN", "nhap", "cho-duyet", "het-han", "chua-den" })
            {
                Assert.DoesNotContain(secret, text);
            }
        }

        Assert.Contains("Bài công khai", site.Read("articles/index.html"));
    }

    [Fact]
    public async Task A_preview_build_shows_drafts_with_a_banner_and_noindex_on_every_page()
    {
        using var site = new TestSite();
        site.Item("articles/nhap.md", "title: Bài nháp\nstatus: draft", "Nội dung nháp.");

        await site.BuildOkAsync(preview: true);

        Assert.Contains("Bài nháp", site.Read("articles/nhap/index.html"));
        Assert.Contains("Bài nháp", site.Read("articles/index.html"));
        foreach (var page in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = site.Html(page);
            Assert.Contains("DRAFT / BẢN NHÁP", document.QuerySelector(".preview-banner")?.TextContent ?? string.Empty);
            Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        }
    }

    [Fact]
    public async Task A_normal_build_has_no_preview_banner_and_no_noindex()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: A\n{Approved}");

        await site.BuildOkAsync();

        var document = site.Html("articles/a/index.html");
        Assert.Null(document.QuerySelector(".preview-banner"));
        Assert.Null(document.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: A\n{Approved}");
        await site.BuildOkAsync();
        File.WriteAllText(Path.Combine(site.OutputDirectory, ".gitignore"), "*\n");
        var before = OutputSnapshot.Of(site.OutputDirectory);

        site.Item("articles/a.md", $"title: A đã sửa\n{Approved}");
        site.Item("articles/b.md", "title: B\nstatus: publish");
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(before, OutputSnapshot.Of(site.OutputDirectory));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public async Task A_rebuild_updates_the_output_and_deletes_only_what_earlier_builds_made()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: A\n{Approved}");
        site.Item("articles/b.md", $"title: B\n{Approved}");
        await site.BuildOkAsync();
        File.WriteAllText(Path.Combine(site.OutputDirectory, ".gitignore"), "*\n!.gitignore\n");
        File.WriteAllText(Path.Combine(site.OutputDirectory, "ghi-chu.txt"), "not made by a build");

        site.Item("articles/a.md", $"title: A mới\n{Approved}");
        File.Delete(Path.Combine(site.ContentDirectory, "articles", "b.md"));
        await site.BuildOkAsync();

        Assert.Contains("A mới", site.Read("articles/a/index.html"));
        Assert.False(site.Exists("articles/b/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.OutputDirectory, "articles", "b")));
        Assert.Equal("*\n!.gitignore\n", site.Read(".gitignore"));
        Assert.Equal("not made by a build", site.Read("ghi-chu.txt"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public async Task An_untranslated_item_is_published_in_its_own_language_only()
    {
        using var site = new TestSite();
        site.Item("articles/chi-tieng-viet.md", $"title: Chỉ có tiếng Việt\n{Approved}");

        await site.BuildOkAsync();

        Assert.DoesNotContain("Chỉ có tiếng Việt", site.Read("en/articles/index.html"));
        Assert.DoesNotContain("Chỉ có tiếng Việt", site.Read("en/index.html"));
        var page = site.Html("articles/chi-tieng-viet/index.html");
        Assert.Equal(["vi", "x-default"], page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")));

        var switcher = page.QuerySelector(".language-switcher a")!;
        Assert.Equal("../../en/articles/index.html", switcher.GetAttribute("href"));
        Assert.Equal("en", switcher.GetAttribute("lang"));
        var note = page.QuerySelector(".language-switcher .untranslated-note")!;
        Assert.Equal("en", note.GetAttribute("lang"));
        Assert.Equal("(This page is not available in English)", note.TextContent.Trim());
    }

    [Fact]
    public async Task Translations_link_to_each_other_with_hreflang_and_the_switcher()
    {
        using var site = new TestSite();
        site.Item("laws/luat-tre-em.vi.md", $"title: Luật Trẻ em\n{Approved}\nnumber: 102/2016/QH13");
        site.Item("laws/luat-tre-em.en.md", $"title: Law on Children\n{Approved}\nnumber: 102/2016/QH13\nslug: law-on-children");

        await site.BuildOkAsync(baseUrl: new Uri("https://portal.example.gov.vn/nhan-quyen/"));

        var english = site.Html("en/laws/law-on-children/index.html");
        Assert.Equal(
            [
                "vi https://portal.example.gov.vn/nhan-quyen/laws/luat-tre-em/",
                "en https://portal.example.gov.vn/nhan-quyen/en/laws/law-on-children/",
                "x-default https://portal.example.gov.vn/nhan-quyen/laws/luat-tre-em/",
            ],
            english.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang") + " " + l.GetAttribute("href")));
        var switcher = english.QuerySelector(".language-switcher a")!;
        Assert.Equal("../../../laws/luat-tre-em/index.html", switcher.GetAttribute("href"));
        Assert.Equal("Tiếng Việt", switcher.TextContent.Trim());
        Assert.Null(english.QuerySelector(".untranslated-note"));
    }

    [Fact]
    public async Task Every_page_has_the_required_landmarks_and_relative_links_only()
    {
        using var site = new TestSite();
        site.Item("articles/a.vi.md", $"title: A\n{Approved}\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]");
        site.Item("articles/a.en.md", $"title: A in English\n{Approved}\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]");
        site.Item("laws/b.md", $"title: B\n{Approved}\ndepartment: so-noi-vu");
        site.Item("slogans/c.md", $"title: C\n{Approved}\nweight: 1", "Khẩu hiệu C.");
        site.Item("pages/gioi-thieu.md", $"title: Giới thiệu\n{Approved}");

        await site.BuildOkAsync();

        var pages = site.OutputFiles().Where(f => f.EndsWith("index.html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 15, $"only {pages.Count} pages");
        foreach (var page in pages)
        {
            var document = site.Html(page);
            Assert.False(string.IsNullOrWhiteSpace(document.Title), page + " has no title");
            Assert.Single(document.QuerySelectorAll("main"));
            Assert.Single(document.QuerySelectorAll("h1"));
            Assert.Equal("#main", document.QuerySelector("a[href]")!.GetAttribute("href"));
            Assert.NotNull(document.QuerySelector("header .site-title"));
            var office = page.StartsWith("en/", StringComparison.Ordinal) ? "Test office" : "Văn phòng thử nghiệm";
            Assert.Contains(office, document.QuerySelector("footer")?.TextContent ?? string.Empty, StringComparison.Ordinal);
            // hreflang and canonical links name the public address on purpose; every other reference is relative.
            var links = document.QuerySelectorAll("[href], [src]").Where(e => e.LocalName != "link" || e.GetAttribute("rel") is not ("alternate" or "canonical"));
            foreach (var element in links)
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                Assert.False(url.StartsWith('/'), $"{page}: '{url}' is not relative");
                if (element.LocalName is "link" or "script" or "img")
                {
                    Assert.DoesNotContain("://", url);
                }
            }
        }
    }

    [Fact]
    public async Task A_menu_entry_to_a_page_that_does_not_exist_fails_the_build()
    {
        using var site = new TestSite(TestSite.DefaultSiteYml.Replace("path: \"articles/\" }\n  en:", "path: \"tin-tuc/\" }\n  en:", StringComparison.Ordinal));
        site.Item("articles/a.md", $"title: A\n{Approved}");

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("output/404.html:1:1: error: the page links to tin-tuc/index.html, which is not in the output (and 8 other pages); check the menu paths in site.yml and the links in the theme [ISG0401]", error.ToString());
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public async Task Law_pages_show_every_metadata_field_and_flag_an_expired_law()
    {
        using var site = new TestSite();
        site.Item("laws/luat-cu.md", $"""
            title: Luật Phòng, chống mua bán người 2011
            {Approved}
            number: 66/2011/QH12
            kind: Luật
            issuer: Quốc hội
            issued_on: 2011-03-29
            effective_on: 2012-01-01
            legal_status: expired
            source_url: https://example.gov.vn/van-ban/66-2011-qh12
            department: so-tu-phap
            """);

        await site.BuildOkAsync();

        var page = site.Html("laws/luat-cu/index.html");
        var rows = page.QuerySelectorAll(".law-meta tr").Select(r => r.QuerySelector("th")!.TextContent.Trim() + ": " + r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(
            [
                "Hình thức văn bản: Luật",
                "Số, ký hiệu: 66/2011/QH12",
                "Cơ quan ban hành: Quốc hội",
                "Ngày ban hành: 29/03/2011",
                "Ngày có hiệu lực: 01/01/2012",
                "Tình trạng hiệu lực: Hết hiệu lực",
                "Cơ quan cung cấp: Sở Tư pháp",
                "Nguồn chính thức: Xem văn bản gốc",
            ],
            rows);
        Assert.Contains("Hết hiệu lực", page.QuerySelector(".legal-flag")!.TextContent);
        Assert.Contains("66/2011/QH12", site.Read("laws/index.html"));
    }

    [Fact]
    public async Task Article_pages_show_date_department_and_topics_in_the_page_language()
    {
        using var site = new TestSite();
        site.Item("articles/a.vi.md", $"title: A\n{Approved}\ndate: 2023-12-10\ndepartment: so-tu-phap\ntopics: [quyen-tre-em, binh-dang-gioi]");
        site.Item("articles/a.en.md", $"title: A\n{Approved}\ndate: 2023-12-10\ndepartment: so-tu-phap\ntopics: [quyen-tre-em, binh-dang-gioi]\nslug: a-en");

        await site.BuildOkAsync();

        var meta = site.Html("articles/a/index.html").QuerySelector(".item-meta")!;
        var vi = meta.TextContent;
        Assert.Contains("10/12/2023", vi);
        Assert.Contains("Sở Tư pháp", vi);
        Assert.Equal(
            ["../../departments/so-tu-phap/index.html Sở Tư pháp", "../../topics/quyen-tre-em/index.html Quyền trẻ em", "../../topics/binh-dang-gioi/index.html Bình đẳng giới"],
            meta.QuerySelectorAll("a").Select(a => a.GetAttribute("href") + " " + a.TextContent.Trim()));
        var en = site.Html("en/articles/a-en/index.html");
        Assert.Contains("10 December 2023", en.QuerySelector(".item-meta")!.TextContent);
        Assert.Equal("../../departments/so-tu-phap/index.html", en.QuerySelector(".item-meta a")!.GetAttribute("href"));
        Assert.Contains("Department of Justice", site.Read("en/departments/so-tu-phap/index.html"));
    }

    [Fact]
    public async Task Department_pages_list_what_each_department_supplied()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: Bài của Sở Tư pháp\n{Approved}\ndepartment: so-tu-phap");
        site.Item("laws/b.md", $"title: Luật do Sở Tư pháp gửi\n{Approved}\ndepartment: so-tu-phap");

        await site.BuildOkAsync();

        var page = site.Read("departments/so-tu-phap/index.html");
        Assert.Contains("Bài của Sở Tư pháp", page);
        Assert.Contains("Luật do Sở Tư pháp gửi", page);
        Assert.Contains("Department of Justice", page);
        Assert.False(site.Exists("departments/so-noi-vu/index.html"));
        Assert.Contains("Sở Tư pháp", site.Read("departments/index.html"));
    }

    [Fact]
    public async Task The_home_page_shows_slogans_in_their_window_ordered_by_weight()
    {
        using var site = new TestSite();
        site.Item("slogans/hai.md", $"title: Hai\n{Approved}\nweight: 2\npublish_from: 2023-11-30\npublish_until: 2023-12-30", "Khẩu hiệu thứ hai.");
        site.Item("slogans/mot.md", $"title: Một\n{Approved}\nweight: 1\npublish_from: 2023-11-30\npublish_until: 2023-12-30", "Khẩu hiệu thứ nhất.");
        site.Item("slogans/cu.md", $"title: Cũ\n{Approved}\nweight: 0\npublish_until: 2023-11-09", "Khẩu hiệu đã hết hạn.");

        await site.BuildOkAsync("2023-12-10");

        var slogans = site.Html("index.html").QuerySelectorAll(".slogan-banner .slogan__text").Select(s => s.TextContent.Trim());
        Assert.Equal(["Khẩu hiệu thứ nhất.", "Khẩu hiệu thứ hai."], slogans);

        // The English home page shows the untranslated slogans as written, marked as Vietnamese.
        var english = site.Html("en/index.html").QuerySelectorAll(".slogan-banner .slogan__text").ToList();
        Assert.Equal(2, english.Count);
        Assert.All(english, s => Assert.Equal("vi", s.GetAttribute("lang")));
    }

    [Fact]
    public async Task Links_between_content_files_become_links_between_pages()
    {
        using var site = new TestSite();
        site.Item("laws/luat-tre-em.vi.md", $"title: Luật Trẻ em\n{Approved}");
        site.Item("laws/luat-tre-em.en.md", $"title: Law on Children\n{Approved}\nslug: law-on-children", "## Scope\n\nText.");
        site.Item("articles/a.en.md", $"title: A\n{Approved}", "Read [the law](../laws/luat-tre-em.md#scope) and [the Vietnamese text](../laws/luat-tre-em.vi.md).");

        await site.BuildOkAsync();

        var links = site.Html("en/articles/a/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["../../laws/law-on-children/index.html#scope", "../../../laws/luat-tre-em/index.html"], links);
    }

    [Fact]
    public async Task A_link_to_a_missing_heading_of_another_page_is_an_error_at_the_link()
    {
        using var site = new TestSite();
        site.Item("laws/luat.md", $"title: Luật\n{Approved}", "## Phạm vi điều chỉnh\n\nText.");
        site.Item("articles/a.md", $"title: A\n{Approved}", "Xem [phạm vi](../laws/luat.md#pham-vi).");

        var result = await site.BuildAsync();

        Assert.Equal(
            ["articles/a.md:8:5: error: the link '../laws/luat.md#pham-vi' points to '#pham-vi', which is not a heading of laws/luat.md; its headings are: #pham-vi-dieu-chinh [ISG0201]"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task A_law_attachment_is_copied_and_shown_with_its_type_and_size()
    {
        using var site = new TestSite();
        site.WriteBytes("laws/files/02-2016-QH14.pdf", new byte[3 * 1024]);
        site.WriteBytes("laws/files/ghi-chu-noi-bo.docx", new byte[10]);
        site.Item("laws/luat.md", $"title: Luật\n{Approved}\nattachment: files/02-2016-QH14.pdf");

        await site.BuildOkAsync();

        Assert.True(site.Exists("laws/files/02-2016-QH14.pdf"));
        Assert.False(site.Exists("laws/files/ghi-chu-noi-bo.docx"));
        var cell = site.Html("laws/luat/index.html").QuerySelectorAll(".law-meta tr").Last().QuerySelector("td")!;
        Assert.Equal("../files/02-2016-QH14.pdf", cell.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("(PDF, 3 KB)", cell.TextContent);
    }

    [Fact]
    public async Task A_missing_attachment_is_an_error_at_its_line()
    {
        using var site = new TestSite();
        site.Item("laws/luat.md", $"title: Luật\n{Approved}\nattachment: files/khong-co.pdf");

        var result = await site.BuildAsync();

        Assert.Equal(
            ["laws/luat.md:6:1: error: the link 'files/khong-co.pdf' points to laws/files/khong-co.pdf, which is not a file of the content folder; check the name and folder (a link to another page names its .md file, for example 'lien-he.vi.md') [ISG0201]"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Decomposed_text_is_published_composed()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: {"Nhân quyền".Normalize(NormalizationForm.FormD)}\n{Approved}", "Tín ngưỡng".Normalize(NormalizationForm.FormD));

        await site.BuildOkAsync();

        var html = site.Read("articles/a/index.html");
        Assert.Contains("Nhân quyền", html);
        Assert.Contains("Tín ngưỡng", html);
        Assert.True(html.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task Headings_get_ids_folded_from_vietnamese()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: A\n{Approved}", "## Đường đến bình đẳng\n\nText.\n\n## Đường đến bình đẳng\n");

        await site.BuildOkAsync();

        var ids = site.Html("articles/a/index.html").QuerySelectorAll(".prose h2").Select(h => h.Id);
        Assert.Equal(["duong-den-binh-dang", "duong-den-binh-dang-2"], ids);
    }

}
