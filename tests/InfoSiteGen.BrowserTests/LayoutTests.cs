using InfoSiteGen.BrowserTests.Support;
using Microsoft.Playwright;

namespace InfoSiteGen.BrowserTests;

/// <summary>
/// Every page reflows without horizontal scrolling on a 320 px wide screen and at 200 % zoom (WCAG 1.4.10 and
/// 1.4.4). Each page is also kept as a full-page screenshot in TestResults/screenshots/ for a person to look at.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class LayoutTests(BrowserSite site)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in PageCase.All)
        {
            data.Add(page.Name, "320px");
            data.Add(page.Name, "1280px-zoom-200");
        }

        return data;
    }

    [Theory]
    [InlineData("vi-article-with-image")]
    [InlineData("en-article-with-image")]
    public async Task Lead_image_is_decoded_and_fits_a_narrow_screen(string name)
    {
        var page = PageCase.Named(name);
        var (context, tab) = await site.OpenAsync(page, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 }, DeviceScaleFactor = 1 });
        await using var _ = context;

        var image = await tab.Locator("img.lead-image").EvaluateAsync<string[]>(
            "async img => { await img.decode(); return [img.currentSrc, String(img.getBoundingClientRect().right), String(img.getBoundingClientRect().height)]; }");

        // A 320 px screen at one pixel per CSS pixel is given the narrowest copy, in WebP, not the 1200 px photo.
        Assert.Matches(@"/media/hoi-nghi-[0-9a-f]{10}-480\.webp$", image[0]);
        Assert.True(double.Parse(image[1], System.Globalization.CultureInfo.InvariantCulture) <= 320, $"the lead image reaches {image[1]} px on a 320 px screen");
        Assert.InRange(double.Parse(image[2], System.Globalization.CultureInfo.InvariantCulture), 100, 200);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_fits_the_width_without_horizontal_scrolling(string name, string screen)
    {
        var page = PageCase.Named(name);
        var options = screen switch
        {
            "320px" => new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 }, DeviceScaleFactor = 1 },
            // Zooming a 1280×800 window to 200 % leaves the page a layout viewport of 640×400 CSS pixels drawn with
            // two device pixels per CSS pixel: media queries, vw units and the page's width all see 640 px. A 640 px
            // viewport at device scale factor 2 is exactly that state (and its screenshots are 1280 px wide, as on
            // the zoomed screen). A scale factor alone would keep a 1280 px layout, and CSS zoom on the document
            // would leave media queries and viewport units at 1280 px: neither shows what a zoomed reader sees.
            "1280px-zoom-200" => new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 640, Height = 400 }, DeviceScaleFactor = 2 },
            _ => throw new ArgumentOutOfRangeException(nameof(screen)),
        };
        var (context, tab) = await site.OpenAsync(page, options);
        await using var _ = context;

        var screenshot = Path.Combine(site.ScreenshotFolder, screen, page.Name + ".png");
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        var widths = await tab.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth, innerWidth]");
        Assert.Equal(options.ViewportSize!.Width, widths[2]);
        if (widths[0] > widths[1])
        {
            // Name the elements that stick out, outermost first, leaving out those inside a box that scrolls or clips them.
            var wide = await tab.EvaluateAsync<string[]>("""
                () => {
                  const width = document.documentElement.clientWidth;
                  const clipped = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
                  return [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 0.5 && !clipped(e))
                    .filter((e, _, all) => !all.some(o => o !== e && o.contains(e)))
                    .slice(0, 10)
                    .map(e => e.tagName.toLowerCase() + [...e.classList].map(c => '.' + c).join('') + ' right edge at ' + Math.round(e.getBoundingClientRect().right) + 'px: ' + e.outerHTML.replace(/\s+/g, ' ').slice(0, 120));
                }
                """);
            Assert.Fail($"{site.Url(page)} scrolls sideways at {screen}: the page is {widths[0]} px wide in a {widths[1]} px viewport (screenshot {screenshot}).\n" + string.Join("\n", wide));
        }
    }
}
