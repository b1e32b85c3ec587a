using InfoSiteGen.Configuration;
using InfoSiteGen.Content;

namespace InfoSiteGen.Reporting;

/// <summary>
/// What each department has supplied, as of a date, for the steering committee: one row per department
/// of site.yml in its order (also those with nothing yet), then the items without department when
/// there are any, then the totals and the next day the published site changes by itself.
/// </summary>
public sealed record DepartmentReport(
    DateOnly Now,
    LocalizedText SiteTitle,
    IReadOnlyList<string> Languages,
    IReadOnlyList<DepartmentFigures> Departments,
    DepartmentFigures Totals,
    ScheduledChange? NextChange)
{
    public static DepartmentReport Compute(IReadOnlyList<ContentItem> items, SiteConfig config, DateOnly now)
    {
        var rules = new PublicationRules(now, Preview: false);
        var languagesOf = items
            .GroupBy(i => i.TranslationKey)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Language).ToHashSet(StringComparer.Ordinal));

        DepartmentFigures Figures(Department? department, IReadOnlyList<ContentItem> selected)
        {
            var counts = new Dictionary<(ContentSection, string), StatusCounts>();
            foreach (var item in selected)
            {
                counts[(item.Section, item.Language)] = counts.GetValueOrDefault((item.Section, item.Language)) + StatusCounts.Of(item.Status);
            }

            var untranslated = selected
                .Select(i => (Item: i, Missing: config.Languages.Where(l => !languagesOf[i.TranslationKey].Contains(l)).ToList()))
                .Where(u => u.Missing.Count > 0)
                .OrderBy(u => u.Item.SourcePath, StringComparer.Ordinal)
                .Select(u => new UntranslatedItem(u.Item.SourcePath, u.Item.Section, u.Item.Language, u.Item.Title, u.Item.Status, u.Missing))
                .ToList();

            var groups = selected.Select(i => i.TranslationKey).Distinct().ToList();
            var complete = groups.Count(key => config.Languages.All(languagesOf[key].Contains));
            var latest = selected.Where(rules.IsPublished).Select(i => i.Date).Max();
            return new DepartmentFigures(department, counts, untranslated, new TranslationCoverage(complete, groups.Count), latest);
        }

        var departments = config.Departments
            .Select(d => Figures(d, items.Where(i => i.DepartmentId == d.Id).ToList()))
            .ToList();
        var withoutDepartment = items.Where(i => i.DepartmentId is null).ToList();
        if (withoutDepartment.Count > 0)
        {
            departments.Add(Figures(null, withoutDepartment));
        }

        return new DepartmentReport(now, config.Title, config.Languages, departments, Figures(null, items), ScheduledChange.Next(items, now));
    }
}
