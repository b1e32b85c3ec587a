using InfoSiteGen.BrowserTests.Support;
using Microsoft.Playwright;

namespace InfoSiteGen.BrowserTests;

/// <summary>The law table's in-place filter, as the theme's script runs it in a browser.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class LawFilterTests(BrowserSite site)
{
    [Fact]
    public async Task Choosing_values_filters_the_rows_in_place_and_announces_the_count()
    {
        var (context, tab) = await site.OpenAsync(PageCase.Named("vi-laws"));
        await using var _ = context;

        // The script shows the form and hides the links that serve readers without JavaScript.
        Assert.True(await tab.Locator("form[data-law-filter]").IsVisibleAsync());
        Assert.False(await tab.Locator(".law-facets").IsVisibleAsync());
        Assert.Equal("Đang hiển thị 3 trên 3 văn bản.", (await tab.Locator("[data-law-filter-status]").TextContentAsync())?.Trim());

        await tab.SelectOptionAsync("select[name=status]", "amended");
        Assert.Equal(["Luật Bình đẳng giới"], await VisibleTitlesAsync(tab));
        Assert.Equal("Đang hiển thị 1 trên 3 văn bản.", (await tab.Locator("[data-law-filter-status]").TextContentAsync())?.Trim());

        await tab.SelectOptionAsync("select[name=status]", string.Empty);
        await tab.SelectOptionAsync("select[name=issuer]", "quoc-hoi");
        Assert.Equal(["Luật Trẻ em", "Luật Bình đẳng giới"], await VisibleTitlesAsync(tab));

        await tab.ClickAsync("button[type=reset]");
        await tab.WaitForFunctionAsync("() => document.querySelectorAll('.law-table tbody tr:not([hidden])').length === 3");
    }

    [Fact]
    public async Task The_English_count_takes_the_plural_form_of_the_total()
    {
        var (context, tab) = await site.OpenAsync(PageCase.Named("en-laws"));
        await using var _ = context;

        Assert.Equal("Showing 2 of 2 documents.", (await tab.Locator("[data-law-filter-status]").TextContentAsync())?.Trim());
        await tab.SelectOptionAsync("select[name=status]", "amended");
        Assert.Equal("Showing 1 of 2 documents.", (await tab.Locator("[data-law-filter-status]").TextContentAsync())?.Trim());
    }

    private static async Task<IReadOnlyList<string>> VisibleTitlesAsync(IPage tab) =>
        (await tab.Locator(".law-table tbody tr:not([hidden]) td:nth-child(2) a:not([download])").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
}
