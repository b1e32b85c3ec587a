using CsCheck;
using InfoSiteGen.Bodies;
using InfoSiteGen.Tests.Support;
using Markdig;

namespace InfoSiteGen.Tests.Bodies;

/// <summary>Bare web addresses become links; bodies without one are parsed by the faster pipeline to the same result.</summary>
public class BareAddressTests
{
    private const string Approved = "status: approved\napproved_by: X";

    [Fact]
    public async Task Bare_web_and_mail_addresses_become_links()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", $"title: A\n{Approved}", "Xem www.moj.gov.vn, https://chinhphu.vn/van-ban và mailto:lienhe@example.gov.vn.\n\nKhông có địa chỉ ở đây.");

        await site.BuildOkAsync();

        var links = site.Html("articles/a/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["http://www.moj.gov.vn", "https://chinhphu.vn/van-ban", "mailto:lienhe@example.gov.vn"], links);
    }

    [Theory]
    [InlineData("xem https://chinhphu.vn", true)]
    [InlineData("FTP://kho.example.vn", true)]
    [InlineData("Trang WWW.example.vn", true)]
    [InlineData("Thư: MAILTO:a@b.vn", true)]
    [InlineData("Gọi tel:0123", true)]
    [InlineData("Quyền con người, hòa bình và phát triển; ww.w w.w.w", false)]
    public void Finds_what_a_bare_address_starts_with(string text, bool expected) =>
        Assert.Equal(expected, MarkdownPipelines.MayHoldBareAddress(text));

    /// <summary>
    /// Text made of the letters that start addresses, Markdown punctuation and Vietnamese: whenever the quick check
    /// says no address can be in it, the page is the same as with the full pipeline.
    /// </summary>
    [Fact]
    public void Text_without_an_address_renders_the_same_with_or_without_address_finding()
    {
        var withAddresses = new MarkdownPipelineBuilder().UseAutoLinks().UsePipeTables().UseEmphasisExtras().Build();
        var without = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();
        Gen.Char["hfmtwlo:/.@*_~[]()| \nđàáww"].Array[0, 60].Select(chars => new string(chars))
            .Where(text => !MarkdownPipelines.MayHoldBareAddress(text))
            .Sample(text => Markdig.Markdown.ToHtml(text, withAddresses) == Markdig.Markdown.ToHtml(text, without));
    }
}
