namespace InfoSiteGen.Pages;

/// <summary>Sorts a language's events into those still to come and those over, as of the build date.</summary>
public static class EventLists
{
    /// <summary>
    /// Upcoming events (those happening on <paramref name="today"/> included), soonest first, and past events,
    /// most recent first; events starting together are ordered by title in the language's order.
    /// </summary>
    public static (List<ItemSummary> Upcoming, List<ItemSummary> Past) Split(IEnumerable<ItemSummary> events, DateOnly today, IComparer<string> collation)
    {
        var all = events.Where(e => e.Event is not null).ToList();
        var upcoming = all.Where(e => !e.Event!.IsPastOn(today))
            .OrderBy(e => e.Event!.Starts.UtcDateTime).ThenBy(e => e.Title, collation).ThenBy(e => e.UrlPath, StringComparer.Ordinal)
            .ToList();
        var past = all.Where(e => e.Event!.IsPastOn(today))
            .OrderByDescending(e => e.Event!.Starts.UtcDateTime).ThenBy(e => e.Title, collation).ThenBy(e => e.UrlPath, StringComparer.Ordinal)
            .ToList();
        return (upcoming, past);
    }
}
