using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Markdown;
using InfoSiteGen.Text;

namespace InfoSiteGen.Site;

/// <summary>
/// The Site stage: turns published items into the site's pages — home, section lists, item pages,
/// departments — and links each page to its translations.
/// </summary>
public sealed class SiteAssembler(SiteConfig config, UiStrings strings, PublicationRules rules, DiagnosticBag diagnostics)
{
    private const int LatestOnHome = 5;

    private List<RenderedItem> _slogans = [];
    private Dictionary<string, IReadOnlyList<ContentItem>> _translations = [];

    private static readonly ContentSection[] ListedSections = [ContentSection.Articles, ContentSection.Laws, ContentSection.Slogans];

    public AssembledSite Assemble(IReadOnlyDictionary<string, RenderedItem> rendered)
    {
        var items = rendered.Values.OrderBy(r => r.Item.SourcePath, StringComparer.Ordinal).ToList();
        var byKey = items.GroupBy(r => r.Item.TranslationKey)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ContentItem>)g.Select(r => r.Item).ToList());
        var collation = VietnameseCollation.Comparer;
        _slogans = items.Where(r => r.Item.Section == ContentSection.Slogans).ToList();
        _translations = byKey;

        var pages = new List<SitePage>();
        foreach (var language in config.Languages)
        {
            var inLanguage = items.Where(r => r.Item.Language == language).ToList();
            var summaries = inLanguage.Select(r => Summarise(r.Item)).ToList();

            pages.Add(Home(language, inLanguage, summaries, collation));
            foreach (var section in ListedSections)
            {
                pages.Add(SectionList(language, section, inLanguage, summaries, collation));
            }

            pages.AddRange(inLanguage.Select(r => ItemPage(r, byKey[r.Item.TranslationKey])));
            pages.AddRange(Departments(language, summaries, collation));
        }

        CheckUniqueOutputs(pages);
        var assets = items.SelectMany(r => r.Assets).Distinct().Order(StringComparer.Ordinal).ToList();
        return new AssembledSite(pages.OrderBy(p => p.UrlPath, StringComparer.Ordinal).ToList(), assets);
    }

    private HomePage Home(string language, List<RenderedItem> inLanguage, List<ItemSummary> summaries, IComparer<string> collation) => new()
    {
        UrlPath = ContentUrls.LanguageRoot(config, language),
        Language = language,
        Title = config.Title.In(language),
        Description = config.Description.Has(language) ? config.Description.In(language) : null,
        Translations = AllLanguages(l => ContentUrls.LanguageRoot(config, l)),
        Switcher = OtherLanguages(language, l => new LanguageLink(l, ContentUrls.LanguageRoot(config, l), true)),
        Slogans = SlogansFor(language),
        LatestArticles = Newest(summaries.Where(s => s.Section == ContentSection.Articles), collation).Take(LatestOnHome).ToList(),
        LatestLaws = Newest(summaries.Where(s => s.Section == ContentSection.Laws), collation).Take(LatestOnHome).ToList(),
    };

    private SectionListPage SectionList(string language, ContentSection section, List<RenderedItem> inLanguage, List<ItemSummary> summaries, IComparer<string> collation) => new()
    {
        UrlPath = ContentUrls.SectionList(config, language, section),
        Language = language,
        Title = strings.Get(language, "section." + section.FolderName()),
        Section = section,
        Translations = AllLanguages(l => ContentUrls.SectionList(config, l, section)),
        Switcher = OtherLanguages(language, l => new LanguageLink(l, ContentUrls.SectionList(config, l, section), true)),
        Items = Newest(summaries.Where(s => s.Section == section), collation).ToList(),
        Slogans = section == ContentSection.Slogans ? SlogansFor(language) : [],
    };

    private ItemPage ItemPage(RenderedItem rendered, IReadOnlyList<ContentItem> translations)
    {
        var item = rendered.Item;
        return new ItemPage
        {
            UrlPath = item.UrlPath,
            Language = item.Language,
            Title = item.Title,
            Description = item.Summary,
            Item = item,
            Body = rendered.Body,
            Attachment = rendered.Attachment,
            Department = item.DepartmentId is null ? null : config.FindDepartment(item.DepartmentId),
            Topics = item.TopicIds.Select(id => config.FindTopic(id)!).ToList(),
            IsPreviewOnly = rules.Preview && rules.IsPreviewOnly(item),
            Translations = config.Languages
                .Select(l => translations.FirstOrDefault(t => t.Language == l))
                .OfType<ContentItem>()
                .Select(t => new LanguageLink(t.Language, t.UrlPath, true))
                .ToList(),
            Switcher = OtherLanguages(item.Language, l =>
                translations.FirstOrDefault(t => t.Language == l) is { } translation
                    ? new LanguageLink(l, translation.UrlPath, true)
                    : new LanguageLink(l, FallbackFor(item.Section, l), false)),
        };
    }

    private IEnumerable<SitePage> Departments(string language, List<ItemSummary> summaries, IComparer<string> collation)
    {
        var withContent = config.Departments
            .Select(d => (Department: d, Items: Newest(summaries.Where(s => s.Department == d), collation).ToList()))
            .Where(d => d.Items.Count > 0)
            .ToList();

        yield return new DepartmentIndexPage
        {
            UrlPath = ContentUrls.DepartmentList(config, language),
            Language = language,
            Title = strings.Get(language, "section.departments"),
            Translations = AllLanguages(l => ContentUrls.DepartmentList(config, l)),
            Switcher = OtherLanguages(language, l => new LanguageLink(l, ContentUrls.DepartmentList(config, l), true)),
            Departments = withContent.Select(d => (d.Department, d.Items.Count)).ToList(),
        };

        foreach (var (department, items) in withContent)
        {
            yield return new DepartmentPage
            {
                UrlPath = ContentUrls.Department(config, language, department.Id),
                Language = language,
                Title = department.Name.In(language),
                Department = department,
                Items = items,
                Translations = [new LanguageLink(language, ContentUrls.Department(config, language, department.Id), true)],
                Switcher = OtherLanguages(language, l => new LanguageLink(l, ContentUrls.DepartmentList(config, l), false)),
            };
        }
    }

    /// <summary>
    /// Slogans for a language's banner: those written in it, then those that exist only in another
    /// language (shown as written, marked with their own language), ordered by weight.
    /// </summary>
    private List<SloganView> SlogansFor(string language) => _slogans
        .Where(r => r.Item.Language == language || !_translations[r.Item.TranslationKey].Any(t => t.Language == language))
        .OrderBy(r => r.Item.Weight)
        .ThenBy(r => r.Item.Language == language ? 0 : 1)
        .ThenBy(r => r.Item.SourcePath, StringComparer.Ordinal)
        .Select(r => new SloganView(
            r.Body.Html,
            r.Item.Language,
            r.Item.Weight,
            r.Item.Window,
            r.Item.ApprovedBy,
            r.Item.ApprovedOn,
            r.Item.DepartmentId is null ? null : config.FindDepartment(r.Item.DepartmentId),
            rules.Preview && rules.IsPreviewOnly(r.Item)))
        .ToList();

    private ItemSummary Summarise(ContentItem item) => new(
        item.Title,
        item.UrlPath,
        item.Language,
        item.Section,
        item.Date,
        item.Summary,
        item.DepartmentId is null ? null : config.FindDepartment(item.DepartmentId),
        item.Law,
        rules.Preview && rules.IsPreviewOnly(item));

    private static IEnumerable<ItemSummary> Newest(IEnumerable<ItemSummary> summaries, IComparer<string> collation) =>
        summaries.OrderByDescending(s => s.Date ?? DateOnly.MinValue).ThenBy(s => s.Title, collation).ThenBy(s => s.UrlPath, StringComparer.Ordinal);

    /// <summary>Where an untranslated item's switcher goes: the same section's list, or the home page for standalone pages.</summary>
    private string FallbackFor(ContentSection section, string language) =>
        section == ContentSection.Pages ? ContentUrls.LanguageRoot(config, language) : ContentUrls.SectionList(config, language, section);

    private List<LanguageLink> AllLanguages(Func<string, string> path) =>
        config.Languages.Select(l => new LanguageLink(l, path(l), true)).ToList();

    private List<LanguageLink> OtherLanguages(string language, Func<string, LanguageLink> link) =>
        config.Languages.Where(l => l != language).Select(link).ToList();

    private void CheckUniqueOutputs(List<SitePage> pages)
    {
        foreach (var clash in pages.GroupBy(p => p.UrlPath).Where(g => g.Count() > 1))
        {
            var sources = clash.OfType<ItemPage>().Select(p => p.Item).ToList();
            var first = sources.FirstOrDefault();
            if (first is null)
            {
                continue;
            }

            diagnostics.Error(DiagnosticCodes.DuplicateUrl, first.LocationOf("slug"),
                $"this item would be published at {clash.Key}, which the generator already uses for a list page; give it another 'slug'");
        }
    }
}
