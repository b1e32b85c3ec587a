using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Pages;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Rendering;

/// <summary>
/// The model every template receives: the page, the site, and helpers that keep templates free of
/// logic — interface texts, relative URLs, dates in the page's language.
/// </summary>
public sealed class PageView(SitePage page, SiteConfig site, UiStrings strings, BuildSettings build, LinkLedger? links = null)
{
    public SitePage Page { get; } = page;

    public SiteConfig Site { get; } = site;

    public BuildSettings Build { get; } = build;

    public string Lang => Page.Language;

    /// <summary>The interface text <paramref name="key"/> in the page's language.</summary>
    public string T(string key) => strings.Get(Lang, key);

    /// <summary>The interface text <paramref name="key"/> in another language (switcher labels, notes).</summary>
    public string T(string key, string language) => strings.Get(language, key);

    /// <summary>
    /// The <c>lang</c> of <see cref="T(string, string)"/>'s text: <paramref name="language"/>, or the language its
    /// missing text fell back to (English for a language the theme has no file for yet).
    /// </summary>
    public string TLang(string key, string language) => strings.LanguageOf(language, key);

    /// <summary>
    /// The form of a counted text that suits <paramref name="count"/> in the page's language, filled with
    /// <paramref name="values"/> (by default the count itself): "1 item", "2 items".
    /// </summary>
    public string Plural(string key, long count, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, strings.Get(Lang, key, count), values.Length == 0 ? [count] : values);

    /// <summary>
    /// <c>data-template-CATEGORY="…"</c> attributes with every form of a counted text, for a script that shows
    /// counts to choose from with the browser's <c>Intl.PluralRules</c>.
    /// </summary>
    public string PluralAttributes(string key) => string.Join(' ', strings.Forms(Lang, key)
        .Select(form => $"data-template-{form.Key}=\"{System.Net.WebUtility.HtmlEncode(form.Value)}\""));

    // The paths this page has linked to, so that the ledger hears of each once per page.
    private readonly HashSet<string> _linked = new(StringComparer.Ordinal);
    private readonly string _outputFile = page.OutputFile;
    private (bool Made, string? Json) _structuredData;

    /// <summary>A link from this page to a site path (a page path ending in '/', or a file path).</summary>
    public string Url(string sitePath)
    {
        if (links is not null && _linked.Add(sitePath))
        {
            links.Record(_outputFile, sitePath);
        }

        return Page.UsesAbsoluteLinks && Site.BaseUrl is not null
            ? new Uri(Site.BaseUrl, RelativeUrl.EscapePath(sitePath)).AbsoluteUri
            : RelativeUrl.Between(Page.UrlPath, sitePath);
    }

    /// <summary>True when the build writes feeds and a sitemap, which need the site's public address.</summary>
    public bool HasFeeds => Site.BaseUrl is not null;

    /// <summary>
    /// The page's Content-Security-Policy: the site's own files only (no inline script or style), images and
    /// caption tracks also as data: URLs, and frames only from the hosts allowed in site.yml.
    /// </summary>
    /// <remarks>
    /// The page's JSON-LD is a data block, which no browser runs, but a script element all the same: its hash is
    /// listed, so that the policy names every script of the page and checkers need not guess.
    /// </remarks>
    public string ContentSecurityPolicy =>
        "default-src 'self'; script-src 'self'" + (StructuredDataHash is { } hash ? $" '{hash}'" : string.Empty)
        + "; style-src 'self'; img-src 'self' data:; media-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
        + (Site.AllowedFrameHosts.Count == 0 ? "frame-src 'none'" : "frame-src " + string.Join(' ', Site.AllowedFrameHosts.Select(h => "https://" + h)));

    /// <summary>The page's schema.org description (see <see cref="Rendering.StructuredData"/>), made once per page.</summary>
    public string? StructuredData
    {
        get
        {
            if (!_structuredData.Made)
            {
                _structuredData = (true, Rendering.StructuredData.For(this));
            }

            return _structuredData.Json;
        }
    }

    private string? StructuredDataHash =>
        StructuredData is { } json ? "sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json))) : null;

    /// <summary>The Open Graph locale of the page's language.</summary>
    public string OpenGraphLocale => LanguageCulture.OpenGraphLocale(Lang);

    /// <summary>The picture social networks show for this page (see <see cref="ShareImages"/>).</summary>
    public Media.ShareImage Share => ShareImages.For(Page, Site);

    /// <summary>The HTML of a published picture, linked relative to this page (see <see cref="Media.PictureMarkup"/>).</summary>
    public string Picture(Media.PublishedImage image, string alt, bool lazy, string? className = null, string sizes = Media.PictureMarkup.ProseSizes) =>
        Media.PictureMarkup.Write(image, alt, Url, lazy, className, sizes);

    /// <summary>A link to a file of the theme's assets folder.</summary>
    public string Asset(string file) => Url("assets/" + file);

    public string HomeUrl => Url(ContentUrls.LanguageRoot(Site, Lang));

    /// <summary>The site root relative to this page (<c>../../</c>), for scripts that build links themselves.</summary>
    public string SiteRoot => RelativeUrl.Climb(Page.UrlPath.Count(c => c == '/'));

    public string SearchUrl => Url(ContentUrls.Search(Site, Lang));

    public string SectionUrl(ContentSection section) => Url(ContentUrls.SectionList(Site, Lang, section));

    public string DepartmentUrl(Department department) => Url(ContentUrls.Department(Site, Lang, department.Id));

    public string DepartmentsUrl => Url(ContentUrls.DepartmentList(Site, Lang));

    /// <summary>The address of a page for hreflang and canonical links: absolute with a base URL, else relative.</summary>
    public string AlternateUrl(string sitePath) =>
        Site.BaseUrl is null ? Url(sitePath) : new Uri(Site.BaseUrl, RelativeUrl.EscapePath(sitePath)).AbsoluteUri;

    public string Date(DateOnly date) => DisplayDates.Format(date, Lang);

    public string IsoDate(DateOnly date) => DisplayDates.Iso(date);

    /// <summary>When an event happens, in the page's language, with its time zone.</summary>
    public string EventWhen(EventDetails happening) => EventTimes.Format(happening, Lang, T);

    /// <summary>The event's start for <c>&lt;time datetime&gt;</c>.</summary>
    public string EventIso(EventDetails happening) => EventTimes.Iso(happening.Starts, happening.AllDay);

    public string DepartmentName(Department department) => department.Name.In(Lang);

    /// <summary>
    /// The <c>lang</c> of a department's name when it is shown in another language than the page's (untranslated in
    /// site.yml), so that a screen reader reads it with the right voice; null when it is in the page's language.
    /// </summary>
    public string? DepartmentLang(Department department) => department.Name.LangOn(Lang);

    /// <summary>The <c>lang</c> of a topic's name when site.yml gives none in the page's language.</summary>
    public string? TopicLang(Topic topic) => topic.Name.LangOn(Lang);

    /// <summary>The site's title in the page's language, or the default language's (see <see cref="SiteTitleLang"/>).</summary>
    public string SiteTitle => Site.Title.In(Lang);

    public string? SiteTitleLang => Site.Title.LangOn(Lang);

    public string? FooterLang => Site.Footer.LangOn(Lang);

    /// <summary>The contact details of the page's language, else the default language's.</summary>
    public ContactDetails? Contact => Site.ContactFor(Lang) ?? Site.ContactFor(Site.DefaultLanguage);

    public string? ContactLang => Site.ContactFor(Lang) is null && Contact is not null ? Site.DefaultLanguage : null;

    /// <summary>
    /// The main menu: the language's own from site.yml; for a language without one, the home page and the section
    /// lists of the default language's menu, named with the interface texts, so a new language has a menu whose
    /// links all exist before anyone writes one for it.
    /// </summary>
    public IReadOnlyList<MenuItem> Menu => Site.Menus.ContainsKey(Lang)
        ? Site.MenuFor(Lang)
        : Site.MenuFor(Site.DefaultLanguage)
            .Select(item => MenuKeys.TryGetValue(item.Path, out var key) ? new MenuItem(T(key), item.Path) : null)
            .OfType<MenuItem>()
            .ToList();

    private static readonly Dictionary<string, string> MenuKeys = new(StringComparer.Ordinal)
    {
        [""] = "nav.home",
        ["articles/"] = "section.articles",
        ["laws/"] = "section.laws",
        ["slogans/"] = "section.slogans",
        ["events/"] = "section.events",
        ["departments/"] = "section.departments",
        ["topics/"] = "section.topics",
        ["search/"] = "search.title",
    };

    /// <summary>
    /// The <c>lang</c> of a free text such as an approver's name, written as the editors wrote it: Vietnamese when it
    /// has Vietnamese letters and the page is not Vietnamese, else null (the page's language).
    /// </summary>
    public string? TextLang(string text) => Lang != "vi" && text.Any(IsVietnameseLetter) ? "vi" : null;

    // Letters no other Latin alphabet has: đ, ư, ơ, ă, a tone on a vowel that already has a mark (ầ, ồ), the two tones
    // only Vietnamese writes (hook above, dot below), and a tilde on i, u, y or e. "Hélène" or "Muñoz" on a French or
    // Spanish page is not taken for Vietnamese.
    private static bool IsVietnameseLetter(char c)
    {
        if ("đĐưƯơƠăĂ".Contains(c))
        {
            return true;
        }

        var parts = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
        var marks = parts.Count(m => m is >= '\u0300' and <= '\u036F');
        return marks >= 2 || parts.Any(m => m is '\u0309' or '\u0323' or '\u031B') || (parts.Length == 2 && parts[1] == '\u0303' && "iuyeIUYE".Contains(parts[0]));
    }

    public string TopicName(Topic topic) => topic.Name.In(Lang);

    public string LegalStatusText(LegalStatus status) => T(status switch
    {
        LegalStatus.Amended => "law.status.amended",
        LegalStatus.Expired => "law.status.expired",
        _ => "law.status.in_force",
    });

    /// <summary>A file size as readers expect it: <c>245 KB</c>, <c>1,2 MB</c> (Vietnamese decimal comma).</summary>
    public string FileSize(long bytes)
    {
        var culture = LanguageCulture.Numbers(Lang);
        return bytes switch
        {
            < 1024 => $"{bytes} B",
            < 1024 * 1024 => string.Format(culture, "{0:0} KB", bytes / 1024.0),
            _ => string.Format(culture, "{0:0.0} MB", bytes / (1024.0 * 1024.0)),
        };
    }

    /// <summary>A video's or sound's format, size and playing time, for its download link: "MP4, 12,3 MB, 2 phút 5 giây".</summary>
    public string MediaFacts(Media.PublishedFile file)
    {
        var facts = Path.GetExtension(file.OutputPath).TrimStart('.').ToUpperInvariant() + ", " + FileSize(file.SizeBytes);
        return file.Duration is { } time
            ? facts + ", " + string.Format(System.Globalization.CultureInfo.InvariantCulture, T("media.minutes"), (int)time.TotalMinutes, time.Seconds)
            : facts;
    }

    /// <summary>The <c>tel:</c> link of a phone number, or null when the text is not a dialable number.</summary>
    public static string? PhoneHref(string phone)
    {
        var digits = new string(phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        var dialable = phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '.' or '-' or '(' or ')');
        return dialable && digits.Length >= 3 ? "tel:" + digits : null;
    }

    /// <summary>
    /// The link of a way to get in touch: a web address as it is, an e-mail address as <c>mailto:</c>, a phone number
    /// as <c>tel:</c>; null for a sentence, shown as text.
    /// </summary>
    public static string? ContactHref(string contact)
    {
        if (contact.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || contact.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return contact;
        }

        if (Uri.TryCreate(contact, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri.AbsoluteUri;
        }

        var isEmail = !contact.Contains(' ', StringComparison.Ordinal) && contact.IndexOf('@') is > 0 and var at && contact.IndexOf('.', at) > at + 1;
        return isEmail ? "mailto:" + contact : PhoneHref(contact);
    }

    /// <summary>Minutes needed to read <paramref name="words"/> words, at least 1.</summary>
    public static int ReadingMinutes(int words) => Math.Max(1, (int)Math.Round(words / 200.0));
}
