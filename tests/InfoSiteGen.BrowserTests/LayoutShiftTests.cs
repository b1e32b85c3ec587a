using System.Globalization;
using InfoSiteGen.BrowserTests.Support;
using Microsoft.Playwright;

namespace InfoSiteGen.BrowserTests;

/// <summary>
/// Nothing on a page moves once drawn: what the theme's scripts add (print button, law filter form, search
/// results) has its place from the first paint on. Compared on a phone-sized screen, where a moved table or
/// footer covers most of the view, between the page before its scripts arrive and after they ran: a layout
/// shift observer would depend on whether the first frame is drawn before the scripts come, which from nginx
/// on this machine it mostly is not. Lighthouse judges the same from outside (<see cref="LighthouseTests"/>).
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class LayoutShiftTests(BrowserSite site)
{
    /// <summary>Lighthouse's phone: 412 × 823 CSS pixels at 1.75 device pixels each.</summary>
    private static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new ViewportSize { Width = 412, Height = 823 },
        DeviceScaleFactor = 1.75f,
        IsMobile = true,
        HasTouch = true,
    };

    /// <summary>
    /// Where each element drawn on the first screen lies: its place among its parent's children of the same tag
    /// (scripts here show, hide and fill elements but insert none before the page's own), and its top edge.
    /// </summary>
    private const string FirstScreenPlaces = """
        () => {
          const path = e => { const parts = []; for (; e && e !== document.body; e = e.parentElement) {
            const same = [...e.parentElement.children].filter(c => c.tagName === e.tagName);
            parts.unshift(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : '') + ':' + same.indexOf(e)); }
            return parts.join(' > '); };
          return [...document.body.querySelectorAll('*')]
            .filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().top < innerHeight)
            .map(e => path(e) + '\t' + Math.round(e.getBoundingClientRect().top + scrollY));
        }
        """;

    [Theory]
    [MemberData(nameof(PageCase.Names), MemberType = typeof(PageCase))]
    public async Task What_the_scripts_add_moves_nothing_on_the_first_screen(string name)
    {
        var page = PageCase.Named(name);

        // The page as drawn before its scripts arrive: scripts may run (so the stylesheet's "scripting" media
        // feature holds), but none of the theme's is loaded.
        var before = await PlacesAsync(page, blockScripts: true);
        var after = await PlacesAsync(page, blockScripts: false);

        var moved = before
            .Where(place => after.TryGetValue(place.Key, out var top) && Math.Abs(top - place.Value) > 1)
            .Select(place => $"{place.Key}: from {place.Value} px to {after[place.Key]} px")
            .ToList();
        Assert.True(before.Count > 10, $"only {before.Count} elements were found on {site.Url(page)}");
        Assert.True(moved.Count == 0, $"once its scripts have run, {site.Url(page)} moves what the first screen showed:\n" + string.Join("\n", moved.Take(10)));
    }

    private async Task<Dictionary<string, int>> PlacesAsync(PageCase page, bool blockScripts)
    {
        var context = await site.Browser.NewContextAsync(Phone);
        await using var _ = context;
        if (blockScripts)
        {
            await context.RouteAsync("**/*.js", route => route.AbortAsync());
        }

        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url(page).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var places = await tab.EvaluateAsync<string[]>(FirstScreenPlaces);
        return places.Select(place => place.Split('\t')).ToDictionary(parts => parts[0], parts => int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Without_scripts_the_law_list_offers_its_filter_links_and_hides_the_controls_that_need_a_script()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = Phone.ViewportSize });
        await using var _ = context;
        var tab = await context.NewPageAsync();

        await tab.GotoAsync(site.Url(PageCase.Named("vi-laws")).AbsoluteUri);
        Assert.True(await tab.Locator(".law-facets").IsVisibleAsync());
        Assert.False(await tab.Locator("form[data-law-filter]").IsVisibleAsync());

        await tab.GotoAsync(site.Url(PageCase.Named("vi-law-with-attachment")).AbsoluteUri);
        Assert.False(await tab.Locator("button[data-print]").IsVisibleAsync());
    }
}
