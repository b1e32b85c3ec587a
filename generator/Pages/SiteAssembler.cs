using InfoSiteGen.Artwork;
using InfoSiteGen.Bodies;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Pages;

/// <summary>
/// The Site stage: turns published items into the site's pages — home, section lists by page and year,
/// the law table and its filters, slogans, item pages, departments, topics — then links every page to its
/// counterpart in the other languages.
/// </summary>
/// <param name="studio">Draws the slogan artwork when the site has <c>print:</c>; null when no font was found for it.</param>
public sealed class SiteAssembler(SiteConfig config, UiStrings strings, PublicationRules rules, DiagnosticBag diagnostics, ArtworkStudio? studio = null)
{
    private readonly System.Collections.Concurrent.ConcurrentBag<ArtworkFile> _artwork = [];

    private const int LatestOnHome = 5;

    private const int EventsOnHome = 3;

    /// <summary>A page with its identity across languages: the same <c>Key</c> in two languages is one page translated.</summary>
    /// <param name="Key">The page's path below its language root, or "item:" and the translation key for items.</param>
    /// <param name="FallbackKey">Where the switcher goes in a language that lacks the page.</param>
    /// <param name="HasAlternates">False for the later pages of a list, which get no hreflang links.</param>
    private sealed record Draft(SitePage Page, string Key, string FallbackKey, bool HasAlternates = true);

    public AssembledSite Assemble(IReadOnlyDictionary<string, RenderedItem> rendered)
    {
        var items = rendered.Values.OrderBy(r => r.Item.SourcePath, StringComparer.Ordinal).ToList();
        // The languages are assembled side by side: they share nothing until their pages are linked to each other.
        // Parallel.For rather than a parallel query: its caller works too and can run what it queued itself, so it never
        // waits for a pool thread to come free, as the ordered merge of a parallel query does (assembled on a pool
        // thread, with the campaign materials' query inside it, builds stalled for most of a second).
        var perLanguage = new List<Draft>[config.Languages.Count];
        Parallel.For(0, perLanguage.Length, i => perLanguage[i] = LanguagePages(config.Languages[i], items).ToList());
        var drafts = perLanguage.SelectMany(languagePages => languagePages).ToList();

        var pages = LinkLanguages(drafts);
        pages.Add(NotFound());
        CheckUniqueOutputs(pages);
        var assets = items.SelectMany(r => r.Assets).Distinct().Order(StringComparer.Ordinal).ToList();
        return new AssembledSite(pages.OrderBy(p => p.UrlPath, StringComparer.Ordinal).ToList(), assets)
        {
            Artwork = _artwork.OrderBy(f => f.OutputPath, StringComparer.Ordinal).ToList(),
        };
    }

    private IEnumerable<Draft> LanguagePages(string language, List<RenderedItem> allItems)
    {
        var collation = VietnameseCollation.For(language);
        var inLanguage = allItems.Where(r => r.Item.Language == language).ToList();
        var summaries = inLanguage.ToDictionary(r => r.Item.SourcePath, r => Summarise(r.Item) with { Attachment = r.Attachment }, StringComparer.Ordinal);
        List<ItemSummary> Newest(ContentSection section) =>
            NewestFirst(inLanguage.Where(r => r.Item.Section == section).Select(r => summaries[r.Item.SourcePath]), collation);

        var articles = Newest(ContentSection.Articles);
        var laws = LawTable.Sort(inLanguage.Where(r => r.Item.Section == ContentSection.Laws).Select(r => summaries[r.Item.SourcePath]), collation);
        var slogans = SlogansFor(language, allItems);
        // The events pages exist in every language once the site has an event in any, so that the switcher has somewhere to go.
        var hasEvents = allItems.Any(r => r.Item.Section == ContentSection.Events);
        var events = inLanguage.Where(r => r.Item.Section == ContentSection.Events).Select(r => summaries[r.Item.SourcePath]).ToList();
        var (upcoming, past) = EventLists.Split(events, rules.Now, collation);

        yield return new Draft(new HomePage
        {
            UrlPath = ContentUrls.LanguageRoot(config, language),
            Language = language,
            Title = config.Title.In(language),
            Description = config.Description.Has(language) ? config.Description.In(language) : null,
            MenuPath = ContentUrls.LanguageRoot(config, language),
            Slogans = slogans.Where(s => s.Window.Contains(rules.Now) || s.IsPreviewOnly).ToList(),
            LatestArticles = articles.Take(LatestOnHome).ToList(),
            LatestLaws = laws.Take(LatestOnHome).ToList(),
            NextEvents = upcoming.Take(EventsOnHome).ToList(),
            EventsPath = hasEvents ? ContentUrls.SectionList(config, language, ContentSection.Events) : null,
        }, string.Empty, string.Empty);

        if (hasEvents)
        {
            foreach (var draft in EventPages(language, upcoming, past))
            {
                yield return draft;
            }
        }

        foreach (var draft in SectionLists(language, ContentSection.Articles, articles))
        {
            yield return draft;
        }

        foreach (var (page, key, fallback) in new LawTable(config, strings).Build(language, laws))
        {
            yield return new Draft(page, key, fallback);
        }

        var searchPath = ContentUrls.Search(config, language);
        yield return new Draft(new SearchPage
        {
            UrlPath = searchPath,
            Language = language,
            Title = strings.Get(language, "search.title"),
            MenuPath = searchPath,
            IndexFile = $"search-index.{language}.js",
        }, "search/", "search/");

        var slogansPath = ContentUrls.SectionList(config, language, ContentSection.Slogans);
        yield return new Draft(new SloganListPage
        {
            UrlPath = slogansPath,
            Language = language,
            Title = strings.Get(language, "section.slogans"),
            MenuPath = slogansPath,
            Slogans = slogans,
            MaterialsPath = config.Print is not null && studio is not null ? ContentUrls.LanguageRoot(config, language) + "materials/" : null,
        }, "slogans/", "slogans/");

        if (config.Print is { } print && studio is not null)
        {
            foreach (var draft in Materials(language, allItems, slogans, print, studio))
            {
                yield return draft;
            }
        }

        var neighbours = new ItemNeighbours(inLanguage.Select(r => r.Item), summaries, collation);
        var publishedLaws = allItems.Where(r => r.Item.Section == ContentSection.Laws).Select(r => r.Item).ToList();
        foreach (var rendered in inLanguage)
        {
            yield return new Draft(ItemPage(rendered, neighbours, publishedLaws), "item:" + rendered.Item.TranslationKey, FallbackKeyOf(rendered.Item.Section));
        }

        foreach (var draft in Taxonomy(language, "departments", summaries.Values, collation,
                     config.Departments.Select(d => (d.Id, d.Name, (Func<ItemSummary, bool>)(s => s.Department == d), (Department?)d, (Topic?)null)),
                     ListKind.Department))
        {
            yield return draft;
        }

        foreach (var draft in Taxonomy(language, "topics", summaries.Values.Where(s => s.Section != ContentSection.Slogans), collation,
                     config.Topics.Select(t => (t.Id, t.Name, (Func<ItemSummary, bool>)(s => s.Topics.Contains(t)), (Department?)null, (Topic?)t)),
                     ListKind.Topic))
        {
            yield return draft;
        }
    }

    /// <summary>A section's paginated list, and one paginated list per year that has items.</summary>
    private IEnumerable<Draft> SectionLists(string language, ContentSection section, List<ItemSummary> items)
    {
        var basePath = ContentUrls.SectionList(config, language, section);
        var key = section.FolderName() + "/";
        var title = strings.Get(language, "section." + section.FolderName());
        var years = items.Where(i => i.Date is not null).GroupBy(i => i.Date!.Value.Year).OrderByDescending(g => g.Key)
            .Select(g => new ListLink(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{basePath}{g.Key}/", g.Count()))
            .ToList();

        foreach (var draft in Paginated(language, items, basePath, key, key, title, ListKind.Section, years, basePath))
        {
            yield return draft;
        }

        foreach (var year in years)
        {
            var ofYear = items.Where(i => i.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year.Title).ToList();
            foreach (var draft in Paginated(language, ofYear, year.UrlPath, $"{key}{year.Title}/", key,
                         string.Format(strings.Get(language, "list.year_title"), title, year.Title), ListKind.Year, years, basePath))
            {
                yield return draft with { Page = ((ListPage)draft.Page) with { Year = int.Parse(year.Title, System.Globalization.CultureInfo.InvariantCulture) } };
            }
        }
    }

    /// <summary>The events page (upcoming, then the latest past events) and, when the past outgrows it, every past event by page.</summary>
    private IEnumerable<Draft> EventPages(string language, List<ItemSummary> upcoming, List<ItemSummary> past)
    {
        var eventsPath = ContentUrls.SectionList(config, language, ContentSection.Events);
        var pastPath = ContentUrls.PastEvents(config, language);
        var morePast = past.Count > config.PageSize;
        yield return new Draft(new EventListPage
        {
            UrlPath = eventsPath,
            Language = language,
            Title = strings.Get(language, "section.events"),
            MenuPath = eventsPath,
            Upcoming = upcoming,
            Past = past.Take(config.PageSize).ToList(),
            PastPath = morePast ? pastPath : null,
            CalendarFile = upcoming.Count + past.Count > 0 ? ContentUrls.EventsCalendar(config, language) : null,
        }, "events/", "events/");

        if (morePast)
        {
            foreach (var draft in Paginated(language, past, pastPath, "events/past/", "events/", strings.Get(language, "events.past"), ListKind.Section, [], eventsPath))
            {
                yield return draft;
            }
        }
    }

    /// <summary>An index of departments or topics that have items, and a paginated list for each.</summary>
    private IEnumerable<Draft> Taxonomy(
        string language,
        string folder,
        IEnumerable<ItemSummary> summaries,
        StringComparer collation,
        IEnumerable<(string Id, LocalizedText Name, Func<ItemSummary, bool> Has, Department? Department, Topic? Topic)> terms,
        ListKind kind)
    {
        var root = ContentUrls.LanguageRoot(config, language);
        var indexPath = $"{root}{folder}/";
        var withItems = terms
            .Select(t => (Term: t, Items: NewestFirst(summaries.Where(t.Has), collation)))
            .Where(t => t.Items.Count > 0)
            .OrderBy(t => t.Term.Name.In(language), collation)
            .ToList();

        yield return new Draft(new IndexPage
        {
            UrlPath = indexPath,
            Language = language,
            Title = strings.Get(language, $"section.{folder}"),
            MenuPath = indexPath,
            Intro = strings.Get(language, $"{folder}.intro"),
            // A name site.yml does not translate is shown in the default language, and marked so.
            Entries = withItems.Select(t => new ListLink(t.Term.Name.In(language), $"{indexPath}{t.Term.Id}/", t.Items.Count, t.Term.Name.Has(language) ? null : config.DefaultLanguage)).ToList(),
        }, $"{folder}/", $"{folder}/");

        foreach (var (term, items) in withItems)
        {
            foreach (var draft in Paginated(language, items, $"{indexPath}{term.Id}/", $"{folder}/{term.Id}/", $"{folder}/", term.Name.In(language), kind, [], indexPath))
            {
                yield return draft with
                {
                    Page = ((ListPage)draft.Page) with { Department = term.Department, Topic = term.Topic },
                };
            }
        }
    }

    private IEnumerable<Draft> Paginated(
        string language, IReadOnlyList<ItemSummary> items, string basePath, string key, string fallbackKey, string title,
        ListKind kind, IReadOnlyList<ListLink> years, string menuPath)
    {
        foreach (var (chunk, pagination, path) in Paginator.Paginate(items, basePath, config.PageSize))
        {
            var pageTitle = pagination.Number == 1 ? title : string.Format(strings.Get(language, "list.page_title"), title, pagination.Number);
            yield return new Draft(new ListPage
            {
                UrlPath = path,
                Language = language,
                Title = pageTitle,
                MenuPath = menuPath,
                Kind = kind,
                Items = chunk,
                Pagination = pagination,
                Years = years,
            }, key, fallbackKey, HasAlternates: pagination.Number == 1);
        }
    }

    private ItemPage ItemPage(RenderedItem rendered, ItemNeighbours neighbours, IReadOnlyList<ContentItem> publishedLaws)
    {
        // A legal document is shown as it stood on the build date.
        var item = rendered.Item.Law is { } law ? rendered.Item with { Law = law.AsOf(rules.Now) } : rendered.Item;
        var (newer, older) = neighbours.Around(item);
        return new ItemPage
        {
            UrlPath = item.UrlPath,
            Language = item.Language,
            Title = item.Title,
            Description = item.Summary,
            MenuPath = item.Section == ContentSection.Pages ? item.UrlPath : ContentUrls.SectionList(config, item.Language, item.Section),
            Item = item,
            Body = rendered.Body,
            Attachment = rendered.Attachment,
            Image = rendered.Image,
            Media = rendered.Media,
            Department = DepartmentOf(item),
            Topics = item.TopicIds.Select(id => config.FindTopic(id)!).ToList(),
            TopicUrls = item.TopicIds.ToDictionary(id => id, id => ContentUrls.Topic(config, item.Language, id)),
            IsPreviewOnly = rules.Preview && rules.IsPreviewOnly(item),
            CalendarFile = item.Event is null ? null : ContentUrls.EventCalendar(item),
            Successor = Successor(rendered.Item, publishedLaws),
            Newer = item.Section is ContentSection.Articles or ContentSection.Laws ? newer : null,
            Older = item.Section is ContentSection.Articles or ContentSection.Laws ? older : null,
            Related = item.Section == ContentSection.Articles ? neighbours.Related(item, 3) : [],
        };
    }

    /// <summary>The document that replaced or amended this one by the build date, linked in the page's language when it can be.</summary>
    private LawSuccessor? Successor(ContentItem item, IReadOnlyList<ContentItem> publishedLaws)
    {
        if (item.Law?.ChangeOn(rules.Now) is not { Target: { } target } change)
        {
            return null;
        }

        var found = LawStatusHistory.Find(publishedLaws, target.Path, item.Language);
        return new LawSuccessor(
            target.Key == "replaced_by",
            change.On,
            found?.Title,
            found?.UrlPath,
            found is not null && found.Language != item.Language ? found.Language : null);
    }

    /// <summary>
    /// The 404 page, in the default language with the other languages' texts beside it. A server shows it at
    /// the missing address, so relative links would point anywhere: with a base URL its links are absolute.
    /// </summary>
    private NotFoundPage NotFound()
    {
        return new NotFoundPage
        {
            UrlPath = string.Empty,
            Language = config.DefaultLanguage,
            Title = strings.Get(config.DefaultLanguage, "notfound.title"),
            UsesAbsoluteLinks = config.BaseUrl is not null,
        };
    }

    /// <summary>
    /// Sets each page's hreflang links (pages with the same key in other languages) and its language
    /// switcher (that page, or the fallback page with a note when the language lacks it).
    /// </summary>
    private List<SitePage> LinkLanguages(List<Draft> drafts)
    {
        var byKey = drafts.Where(d => d.HasAlternates)
            .GroupBy(d => (d.Page.Language, d.Key))
            .ToDictionary(g => g.Key, g => g.First().Page.UrlPath);

        LanguageLink? Find(string language, string key, bool isTranslation) =>
            byKey.TryGetValue((language, key), out var path) ? new LanguageLink(language, path, isTranslation) : null;

        return drafts.Select(draft =>
        {
            var translations = draft.HasAlternates
                ? config.Languages.Select(l => Find(l, draft.Key, true)).OfType<LanguageLink>().ToList()
                : [new LanguageLink(draft.Page.Language, draft.Page.UrlPath, true)];
            var switcher = config.Languages.Where(l => l != draft.Page.Language)
                .Select(l => Find(l, draft.Key, true)
                    ?? Find(l, draft.FallbackKey, false)
                    ?? new LanguageLink(l, ContentUrls.LanguageRoot(config, l), false))
                .ToList();
            return draft.Page with { Translations = translations, Switcher = switcher };
        }).ToList();
    }

    /// <summary>The campaign materials page of a language, its artwork kept for publishing.</summary>
    private IEnumerable<Draft> Materials(string language, List<RenderedItem> allItems, List<SloganView> slogans, PrintSettings print, ArtworkStudio studio)
    {
        // Two slogans at one address are an error reported already; the first is kept, so assembly still ends.
        var written = allItems.Where(r => r.Item.Section == ContentSection.Slogans && r.Item.Language == language)
            .GroupBy(r => r.Item.UrlPath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var (materials, files) = new CampaignMaterials(config, print, studio, strings, diagnostics)
            .Build(language, slogans.Where(s => written.ContainsKey(s.UrlPath)).Select(s => (written[s.UrlPath], s)).ToList());
        foreach (var file in files)
        {
            _artwork.Add(file);
        }

        yield return new Draft(materials, "materials/", "materials/");
    }

    /// <summary>
    /// Slogans of a language, one per slogan, ordered by weight: the version written in it, else the default
    /// language's, else the first in the order of <c>languages</c> (shown as written and marked with its own language).
    /// </summary>
    private List<SloganView> SlogansFor(string language, List<RenderedItem> allItems)
    {
        var preference = new[] { language, config.DefaultLanguage }.Concat(config.Languages).Distinct().ToList();
        return allItems.Where(r => r.Item.Section == ContentSection.Slogans)
            .GroupBy(r => r.Item.TranslationKey)
            .Select(g => g.MinBy(r => preference.IndexOf(r.Item.Language))!)
            .OrderBy(r => r.Item.Weight)
            .ThenBy(r => r.Item.SourcePath, StringComparer.Ordinal)
            .Select(r => new SloganView(
                r.Item.Title,
                r.Body.Html,
                r.Item.Language,
                r.Item.UrlPath,
                r.Item.Weight,
                r.Item.Window,
                r.Item.ApprovedBy,
                r.Item.ApprovedOn,
                DepartmentOf(r.Item),
                rules.Preview && rules.IsPreviewOnly(r.Item)))
            .ToList();
    }

    private ItemSummary Summarise(ContentItem item) => new(
        item.Title,
        item.UrlPath,
        item.Language,
        item.Section,
        item.Date,
        item.Summary,
        DepartmentOf(item),
        item.TopicIds.Select(id => config.FindTopic(id)!).ToList(),
        item.Law?.AsOf(rules.Now),
        rules.Preview && rules.IsPreviewOnly(item),
        Event: item.Event);

    private Department? DepartmentOf(ContentItem item) =>
        item.DepartmentId is null ? null : config.FindDepartment(item.DepartmentId);

    /// <summary>Newest first; undated items last; then alphabetically in the language's order.</summary>
    internal static List<ItemSummary> NewestFirst(IEnumerable<ItemSummary> summaries, IComparer<string> collation) =>
        summaries.OrderByDescending(s => s.Date ?? DateOnly.MinValue).ThenBy(s => s.Title, collation).ThenBy(s => s.UrlPath, StringComparer.Ordinal).ToList();

    /// <summary>Where an untranslated item's switcher goes: the same section's list, or the home page for standalone pages.</summary>
    private static string FallbackKeyOf(ContentSection section) =>
        section == ContentSection.Pages ? string.Empty : section.FolderName() + "/";

    private void CheckUniqueOutputs(List<SitePage> pages)
    {
        foreach (var clash in pages.GroupBy(p => p.OutputFile).Where(g => g.Count() > 1))
        {
            var item = clash.OfType<ItemPage>().Select(p => p.Item).FirstOrDefault();
            var at = item?.LocationOf("slug") ?? SourceLocation.StartOf(SiteConfigLoader.FileName);
            diagnostics.Error(DiagnosticCodes.DuplicateUrl, at,
                new Wording(
                    $"{(item is null ? "hai trang được tạo tự động" : "bài này")} sẽ được đăng tại {clash.Key}, nhưng địa chỉ đó đã dùng cho một trang danh sách; hãy đặt 'slug' khác",
                    $"{(item is null ? "two generated pages" : "this item")} would be published at {clash.Key}, which the generator already uses for a list page; give it another 'slug'"));
        }
    }
}
