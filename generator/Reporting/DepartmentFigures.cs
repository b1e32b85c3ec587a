using InfoSiteGen.Configuration;
using InfoSiteGen.Content;

namespace InfoSiteGen.Reporting;

/// <summary>
/// The figures of one department, of the items without department, or of the whole site: counts per
/// type, language and status, untranslated files, translation coverage and latest publication date.
/// </summary>
/// <param name="Department">Null for the items without <c>department</c> and for the totals.</param>
/// <param name="LatestPublished">The latest <c>date</c> among the items published on the report date.</param>
public sealed record DepartmentFigures(
    Department? Department,
    IReadOnlyDictionary<(ContentSection Section, string Language), StatusCounts> Counts,
    IReadOnlyList<UntranslatedItem> Untranslated,
    TranslationCoverage Coverage,
    DateOnly? LatestPublished)
{
    public StatusCounts Count(ContentSection section, string language) => Counts.GetValueOrDefault((section, language));

    public StatusCounts CountIn(string language) => Sum(Counts.Where(c => c.Key.Language == language).Select(c => c.Value));

    public StatusCounts CountOf(ContentSection section) => Sum(Counts.Where(c => c.Key.Section == section).Select(c => c.Value));

    public StatusCounts Total => Sum(Counts.Values);

    public bool IsEmpty => Total.Total == 0;

    public int UntranslatedCount(ContentSection section, string language) =>
        Untranslated.Count(u => u.Section == section && u.Language == language);

    private static StatusCounts Sum(IEnumerable<StatusCounts> counts) => counts.Aggregate(default(StatusCounts), (a, b) => a + b);
}
