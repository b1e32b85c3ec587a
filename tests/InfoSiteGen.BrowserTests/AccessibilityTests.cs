using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using InfoSiteGen.BrowserTests.Support;

namespace InfoSiteGen.BrowserTests;

/// <summary>Every kind of page, in both languages and in a preview build, has no WCAG 2.2 AA violation that axe finds.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>
    /// Rules axe files under "best practice" rather than a WCAG criterion, run as well: they find content outside
    /// landmarks and skipped heading levels, which leave screen reader users lost on a page.
    /// </summary>
    private static readonly string[] LandmarkAndHeadingRules =
    [
        "region", "landmark-one-main", "landmark-unique", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo",
        "landmark-no-duplicate-main", "landmark-banner-is-top-level", "landmark-contentinfo-is-top-level", "landmark-main-is-top-level",
        "page-has-heading-one", "heading-order", "empty-heading", "skip-link",
    ];

    [Theory]
    [MemberData(nameof(PageCase.Names), MemberType = typeof(PageCase))]
    public async Task Page_has_no_axe_violations(string name)
    {
        var page = PageCase.Named(name);
        var (context, tab) = await site.OpenAsync(page);
        await using var _ = context;

        var result = await tab.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
            Rules = LandmarkAndHeadingRules.ToDictionary(rule => rule, _ => new RuleOptions { Enabled = true }),
            ResultTypes = [ResultType.Violations],
        });

        Assert.True(result.Violations.Length == 0,
            $"axe found {result.Violations.Length} violations on {site.Url(page)}:\n" + string.Join("\n", result.Violations.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>\n" +
        string.Join("\n", violation.Nodes.Select(node =>
            $"    target {node.Target}: {node.Html}" +
            string.Concat(node.Any.Concat(node.All).Concat(node.None).Select(check => $"\n      {check.Message}"))));
}
