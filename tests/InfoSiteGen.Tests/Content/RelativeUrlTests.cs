using InfoSiteGen.Content;

namespace InfoSiteGen.Tests.Content;

public class RelativeUrlTests
{
    [Theory]
    [InlineData("", "", "index.html")]
    [InlineData("", "laws/", "laws/index.html")]
    [InlineData("laws/luat-tre-em/", "", "../../index.html")]
    [InlineData("en/laws/law-on-children/", "laws/luat-tre-em/", "../../../laws/luat-tre-em/index.html")]
    [InlineData("en/laws/law-on-children/", "en/", "../../index.html")]
    [InlineData("en/laws/law-on-children/", "en/laws/", "../index.html")]
    [InlineData("articles/a/", "assets/site.css", "../../assets/site.css")]
    [InlineData("articles/a/", "articles/tệp đính kèm.pdf", "../t%E1%BB%87p%20%C4%91%C3%ADnh%20k%C3%A8m.pdf")]
    public void Links_relative_to_the_page_and_name_index_html(string from, string to, string expected) =>
        Assert.Equal(expected, RelativeUrl.Between(from, to));
}
