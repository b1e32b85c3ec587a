using CsCheck;
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

    [Theory]
    [InlineData("a//b/", "a/c/", "../c/index.html")]
    [InlineData("/a/b/", "a/b/x.css", "x.css")]
    [InlineData("a/b/", "a/b", "../b")]
    [InlineData("a/", "/a/", "..//a/index.html")]
    public void Odd_slashes_count_as_before(string from, string to, string expected) =>
        Assert.Equal(expected, RelativeUrl.Between(from, to));

    /// <summary>The walk in place gives the same link as splitting both paths into folders, for any paths.</summary>
    [Fact]
    public void Agrees_with_splitting_the_paths_into_folders()
    {
        var path = Gen.Char["ab/đ -"].Array[0, 12].Select(chars => new string(chars));
        Gen.Select(path, path).Sample((from, to) => RelativeUrl.Between(from, to) == BySplitting(from, to));
    }

    private static string BySplitting(string fromPage, string target)
    {
        var file = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
        var from = fromPage.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = file.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        var rest = string.Join('/', to.Skip(common).Select(segment => string.Join('/', segment.Split('/').Select(Uri.EscapeDataString))));
        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + rest;
    }
}
