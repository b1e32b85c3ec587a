using InfoSiteGen.BrowserTests.Support;

namespace InfoSiteGen.BrowserTests;

/// <summary>
/// The W3C Nu HTML Checker, the judge of "valid HTML" that portal owners and auditors use, finds no error and
/// no warning in any page or stylesheet of the test site, published or preview.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class NuHtmlCheckerTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageCase.Names), MemberType = typeof(PageCase))]
    public async Task Page_is_valid_html(string name)
    {
        var page = PageCase.Named(name);
        var checker = await site.Once(NuHtmlChecker.RunAsync);
        // The checker sees the file; a search page's query changes nothing in it.
        var url = new Uri(site.Url(page).GetLeftPart(UriPartial.Path));

        Assert.Contains(url, checker.CheckedUrls);
        var messages = checker.MessagesFor(url).Where(m => m.IsErrorOrWarning).ToList();
        Assert.True(messages.Count == 0, $"the Nu HTML Checker reports on {url}:\n" + string.Join("\n", messages));
    }

    [Fact]
    public async Task Every_page_and_stylesheet_of_both_builds_is_valid()
    {
        var checker = await site.Once(NuHtmlChecker.RunAsync);
        var invalid = new Uri(site.BrokenBaseUrl, BrokenSite.InvalidPage).AbsoluteUri;

        Assert.Contains(checker.CheckedUrls, url => url.AbsolutePath.EndsWith("/assets/site.css", StringComparison.Ordinal));
        Assert.True(checker.CheckedUrls.Count > 2 * PageCase.All.Count, $"only {checker.CheckedUrls.Count} files were checked");
        var messages = checker.Messages.Where(m => m.Url != invalid && m.IsErrorOrWarning).ToList();
        Assert.True(messages.Count == 0, $"the Nu HTML Checker reports {messages.Count} problems:\n" + string.Join("\n", messages));
    }

    [Fact]
    public async Task The_checker_is_looking_it_refuses_a_page_of_invalid_html()
    {
        var checker = await site.Once(NuHtmlChecker.RunAsync);
        var messages = checker.MessagesFor(new Uri(site.BrokenBaseUrl, BrokenSite.InvalidPage)).Where(m => m.Type == "error").ToList();

        Assert.Contains(messages, m => m.Message == "Duplicate ID “doan”.");
        Assert.Contains(messages, m => m.Message.Contains("must have an “alt” attribute", StringComparison.Ordinal));
    }
}
