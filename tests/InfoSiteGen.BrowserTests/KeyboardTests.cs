using InfoSiteGen.BrowserTests.Support;
using Microsoft.Playwright;

namespace InfoSiteGen.BrowserTests;

/// <summary>
/// Every page can be used with the keyboard alone: the skip link comes first, shows itself and moves focus
/// to the main content; Tab reaches every link, button and field, each with a visible focus indicator;
/// the language switcher's links say which language they are in.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    /// <summary>What can take focus with Tab, as the HTML standard lists it; tabindex &lt; 0 and disabled are left out below.</summary>
    private const string Focusable =
        "a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, audio[controls], video[controls], [tabindex], [contenteditable]:not([contenteditable=false])";

    private const string Describe = """
        e => {
          const text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 50);
          return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('')
            + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '') + (text ? ' "' + text + '"' : '');
        }
        """;

    private const string FocusStyle = """
        e => {
          const s = getComputedStyle(e);
          return { outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, outlineColor: s.outlineColor, boxShadow: s.boxShadow };
        }
        """;

    [Theory]
    [MemberData(nameof(PageCase.Names), MemberType = typeof(PageCase))]
    public async Task Skip_link_comes_first_shows_itself_and_moves_focus_to_main(string name)
    {
        var page = PageCase.Named(name);
        var (context, tab) = await site.OpenAsync(page);
        await using var _ = context;
        var skip = tab.Locator(".skip-link");
        Assert.False(await InViewportAsync(skip), "the skip link should stay out of sight until it has focus");

        await tab.Keyboard.PressAsync("Tab");

        Assert.True(await tab.EvaluateAsync<bool>($"() => document.activeElement === document.querySelector('{Focusable}')"),
            "the first Tab should focus the first focusable element");
        Assert.Equal("skip-link", await tab.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.True(await InViewportAsync(skip), "the focused skip link should be fully inside the viewport, not covered by anything");

        await tab.Keyboard.PressAsync("Enter");
        await tab.WaitForFunctionAsync("() => location.hash === '#main'");

        var focused = await tab.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase()");
        Assert.True(focused == "main", $"activating the skip link should move focus to <main>, not to <{focused}>");
        // The next Tab continues from the main content, not from the top of the page.
        await tab.Keyboard.PressAsync("Tab");
        Assert.True(await tab.EvaluateAsync<bool>(
                "() => (document.querySelector('main').compareDocumentPosition(document.activeElement) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) !== 0"),
            "after the skip link, Tab should move on from the main content");
    }

    [Theory]
    [MemberData(nameof(PageCase.Names), MemberType = typeof(PageCase))]
    public async Task Tab_reaches_every_control_and_each_shows_a_visible_focus_indicator(string name)
    {
        var page = PageCase.Named(name);
        var (context, tab) = await site.OpenAsync(page);
        await using var _ = context;

        // Number every focusable, rendered element and note its look while nothing has focus.
        var stops = await tab.EvaluateAsync<TabStop[]>($$"""
            () => {
              const describe = {{Describe}};
              const style = {{FocusStyle}};
              return [...document.querySelectorAll('{{Focusable}}')]
                .filter(e => e.tabIndex >= 0 && !e.disabled && e.checkVisibility({ visibilityProperty: true }))
                .map((e, index) => { e.dataset.tabStop = String(index); return { index, what: describe(e), ...style(e) }; });
            }
            """);
        Assert.NotEmpty(stops);

        var reached = new Dictionary<int, TabStop>();
        var problems = new List<string>();
        var previous = -1;
        // A video or audio player keeps focus for a few presses while Tab walks its own buttons (play, volume,
        // captions…); those presses are allowed on top of one per stop.
        var playerPresses = 0;
        for (var press = 0; press < stops.Length + 5 + playerPresses; press++)
        {
            await tab.Keyboard.PressAsync("Tab");
            var focused = await tab.EvaluateAsync<TabStop?>($$"""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body || e === document.documentElement) return null;
                  return { index: e.dataset.tabStop === undefined ? -1 : Number(e.dataset.tabStop), what: ({{Describe}})(e), ...({{FocusStyle}})(e) };
                }
                """);
            var inPlayer = focused is not null && (focused.What.StartsWith("video", StringComparison.Ordinal) || focused.What.StartsWith("audio", StringComparison.Ordinal));
            if (inPlayer && focused!.Index == previous && playerPresses < 20)
            {
                playerPresses++;
                continue;
            }

            if (focused is null || reached.ContainsKey(focused.Index))
            {
                break; // focus left the page, or came round again
            }

            previous = focused.Index;

            var unfocused = focused.Index >= 0 ? stops[focused.Index] : null;
            if (unfocused is null)
            {
                problems.Add($"Tab stopped at {focused.What}, which is not a link, button or field");
            }
            else
            {
                reached[focused.Index] = focused;
            }

            if (!ShowsFocus(focused, unfocused))
            {
                problems.Add($"no visible focus indicator on {focused.What}: focused outline {focused.OutlineStyle} {focused.OutlineWidth}px, box-shadow {focused.BoxShadow}" +
                    (unfocused is null ? string.Empty : $"; unfocused outline {unfocused.OutlineStyle} {unfocused.OutlineWidth}px, box-shadow {unfocused.BoxShadow}"));
            }
        }

        problems.AddRange(stops.Where(s => !reached.ContainsKey(s.Index)).Select(s => $"Tab never reached {s.What}"));
        Assert.True(problems.Count == 0, $"keyboard problems on {site.Url(page)}:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(PageCase.Names), MemberType = typeof(PageCase))]
    public async Task Language_switcher_links_carry_their_own_language(string name)
    {
        var page = PageCase.Named(name);
        var (context, tab) = await site.OpenAsync(page);
        await using var _ = context;

        var links = await tab.EvaluateAsync<SwitcherLink[]>("""
            () => [...document.querySelectorAll('.language-switcher a')].map(a => ({
              lang: a.getAttribute('lang') || '', hreflang: a.getAttribute('hreflang') || '', text: a.textContent.trim() }))
            """);
        if (!page.HasSwitcher)
        {
            Assert.Empty(links);
            return;
        }

        var link = Assert.Single(links);
        var other = page.Lang == "vi" ? "en" : "vi";
        Assert.Equal((other, other), (link.Lang, link.HrefLang));
        Assert.Equal(other == "vi" ? "Tiếng Việt" : "English", link.Text);
    }

    /// <summary>
    /// A focus indicator is visible when focus changes the outline or the box shadow, and what it changes to is
    /// an outline at least 2 px wide or a shadow.
    /// </summary>
    private static bool ShowsFocus(TabStop focused, TabStop? unfocused)
    {
        var outline = focused.OutlineStyle != "none" && focused.OutlineWidth >= 2;
        var shadow = focused.BoxShadow != "none";
        var changed = unfocused is null
            || focused.OutlineStyle != unfocused.OutlineStyle || focused.OutlineWidth != unfocused.OutlineWidth
            || focused.OutlineColor != unfocused.OutlineColor || focused.BoxShadow != unfocused.BoxShadow;
        return changed && (outline || shadow);
    }

    /// <summary>Whether the element is inside the viewport and is what a person sees at its centre.</summary>
    private static Task<bool> InViewportAsync(ILocator element) => element.EvaluateAsync<bool>("""
        e => {
          const r = e.getBoundingClientRect();
          if (r.width < 1 || r.height < 1 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return false;
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit !== null && (hit === e || e.contains(hit));
        }
        """);

    // Filled in by Playwright from the objects the page scripts return.
    private sealed class TabStop
    {
        public int Index { get; set; }

        public string What { get; set; } = string.Empty;

        public string OutlineStyle { get; set; } = string.Empty;

        public double OutlineWidth { get; set; }

        public string OutlineColor { get; set; } = string.Empty;

        public string BoxShadow { get; set; } = string.Empty;
    }

    private sealed class SwitcherLink
    {
        public string Lang { get; set; } = string.Empty;

        public string HrefLang { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;
    }
}
