using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Pages;

/// <summary>The law table: order, filters as pre-built pages, and the in-place script.</summary>
public class LawTableTests
{
    private static async Task<TestSite> BuildLawsAsync()
    {
        var site = new TestSite();
        const string approved = "status: approved\napproved_by: Sở Tư pháp";
        site.WriteBytes("laws/files/02-2016-QH14.pdf", new byte[2048]);
        site.Item("laws/tin-nguong.md", $"title: Luật Tín ngưỡng, tôn giáo\n{approved}\nnumber: 02/2016/QH14\nkind: Luật\nissuer: Quốc hội\nissued_on: 2016-11-18\neffective_on: 2018-01-01\nsummary: Quy định về quyền tự do tín ngưỡng, tôn giáo.\nattachment: files/02-2016-QH14.pdf");
        site.Item("laws/tre-em.md", $"title: Luật Trẻ em\n{approved}\nnumber: 102/2016/QH13\nkind: Luật\nissuer: Quốc hội\nissued_on: 2016-04-05\neffective_on: 2017-06-01");
        site.Item("laws/mua-ban-nguoi.md", $"title: Luật Phòng, chống mua bán người\n{approved}\nnumber: 66/2011/QH12\nkind: Luật\nissuer: Quốc hội\nissued_on: 2011-03-29\nlegal_status: expired");
        site.Item("laws/nghi-dinh.md", $"title: Nghị định 42\n{approved}\nnumber: 42/2022/NĐ-CP\nkind: Nghị định\nissuer: Chính phủ\nissued_on: 2022-06-24\nlegal_status: amended");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    [Fact]
    public async Task The_table_lists_every_law_newest_issued_first_with_every_field()
    {
        using var site = await BuildLawsAsync();

        var rows = site.Html("laws/index.html").QuerySelectorAll(".law-table tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(c => string.Join(' ', c.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)))));
        Assert.Equal(
            [
                "42/2022/NĐ-CP | Nghị định 42 | Nghị định | Chính phủ | 24/06/2022 | — | Đã được sửa đổi, bổ sung | —",
                "02/2016/QH14 | Luật Tín ngưỡng, tôn giáo Quy định về quyền tự do tín ngưỡng, tôn giáo. | Luật | Quốc hội | 18/11/2016 | 01/01/2018 | Còn hiệu lực | PDF (2 KB)",
                "102/2016/QH13 | Luật Trẻ em | Luật | Quốc hội | 05/04/2016 | 01/06/2017 | Còn hiệu lực | —",
                "66/2011/QH12 | Luật Phòng, chống mua bán người | Luật | Quốc hội | 29/03/2011 | — | Hết hiệu lực | —",
            ],
            rows);
        Assert.Equal("files/02-2016-QH14.pdf", site.Html("laws/index.html").QuerySelector(".law-table a[download]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("laws/kind/nghi-dinh/index.html", "Nghị định 42")]
    [InlineData("laws/issuer/quoc-hoi/index.html", "Luật Tín ngưỡng, tôn giáo|Luật Trẻ em|Luật Phòng, chống mua bán người")]
    [InlineData("laws/year/2016/index.html", "Luật Tín ngưỡng, tôn giáo|Luật Trẻ em")]
    [InlineData("laws/status/expired/index.html", "Luật Phòng, chống mua bán người")]
    [InlineData("laws/status/amended/index.html", "Nghị định 42")]
    public async Task Each_filter_value_has_a_pre_built_page_that_works_without_javascript(string page, string titles)
    {
        using var site = await BuildLawsAsync();

        var document = site.Html(page);
        Assert.Equal(titles.Split('|'), document.QuerySelectorAll(".law-table tbody a:not([download])").Select(a => a.TextContent));
        Assert.Equal("page", document.QuerySelector($".law-facets a[href='index.html']")!.GetAttribute("aria-current"));
        Assert.Empty(document.QuerySelectorAll("script[src]"));
    }

    [Fact]
    public async Task The_whole_table_offers_every_filter_value_with_its_count()
    {
        using var site = await BuildLawsAsync();

        var facets = site.Html("laws/index.html").QuerySelectorAll(".law-facet").Select(f =>
            f.QuerySelector("h2")!.TextContent + ": " + string.Join(", ", f.QuerySelectorAll("li").Select(li => li.TextContent.Trim())));
        Assert.Equal(
            [
                "Hình thức văn bản: Luật (3), Nghị định (1)",
                "Cơ quan ban hành: Chính phủ (1), Quốc hội (3)",
                "Năm ban hành: 2022 (1), 2016 (2), 2011 (1)",
                "Tình trạng hiệu lực: Còn hiệu lực (2), Đã được sửa đổi, bổ sung (1), Hết hiệu lực (1)",
            ],
            facets);
    }

    [Fact]
    public async Task With_javascript_the_table_is_filtered_in_place_by_its_own_script()
    {
        using var site = await BuildLawsAsync();

        var document = site.Html("laws/index.html");
        Assert.Equal("../assets/law-filter.js", document.QuerySelector("script[src]")!.GetAttribute("src"));
        var form = document.QuerySelector("form[data-law-filter]")!;
        Assert.True(form.HasAttribute("hidden"), "the form is shown only by the script");
        Assert.Equal(["kind", "issuer", "year", "status"], form.QuerySelectorAll("select").Select(s => s.GetAttribute("name")));
        var row = document.QuerySelector(".law-table tbody tr")!;
        Assert.Equal(("nghi-dinh", "chinh-phu", "2022", "amended"),
            (row.GetAttribute("data-kind"), row.GetAttribute("data-issuer"), row.GetAttribute("data-year"), row.GetAttribute("data-status")));
        Assert.Contains("data-\" + select.name", site.Read("assets/law-filter.js"));
    }

    [Fact]
    public async Task An_amended_law_page_is_flagged()
    {
        using var site = await BuildLawsAsync();

        var flag = site.Html("laws/nghi-dinh/index.html").QuerySelector(".legal-flag")!;
        Assert.Contains("Đã được sửa đổi, bổ sung", flag.TextContent);
        Assert.Null(site.Html("laws/tre-em/index.html").QuerySelector(".legal-flag"));
    }
}
