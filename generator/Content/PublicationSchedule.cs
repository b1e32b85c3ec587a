namespace InfoSiteGen.Content;

/// <summary>
/// The next date on which the published site will change by itself because an approved item's publication
/// window opens or closes, an event moves from the upcoming to the past events, or a legal document's status changes. A static site changes only
/// when rebuilt, so the office must rebuild on that day.
/// </summary>
/// <param name="Date">The first day after the build date on which the site should look different.</param>
/// <param name="Appearing">Items that become published on that day, by section.</param>
/// <param name="Expiring">Items that stop being published on that day, by section.</param>
/// <param name="EventsEnding">Events over by that day, which move from the upcoming to the past events.</param>
/// <param name="LawsChanging">Legal documents whose status changes that day (from their <c>status_history</c>).</param>
public sealed record ScheduledChange(
    DateOnly Date,
    IReadOnlyDictionary<ContentSection, int> Appearing,
    IReadOnlyDictionary<ContentSection, int> Expiring,
    int EventsEnding = 0,
    int LawsChanging = 0)
{
    /// <summary>Finds the next change after <paramref name="now"/>, or null when no window opens or closes later.</summary>
    public static ScheduledChange? Next(IEnumerable<ContentItem> items, DateOnly now)
    {
        // Counted per item, not per file: a slogan and its translation expiring together are one slogan.
        var changes = new HashSet<(DateOnly Day, ContentSection Section, Change Change, string Key)>();
        foreach (var item in items.Where(i => i.Status == ItemStatus.Approved))
        {
            if (item.Window.From is { } from && from > now)
            {
                changes.Add((from, item.Section, Change.Appears, item.TranslationKey));
            }

            // An item shown until a day (inclusive) is gone the day after.
            if (item.Window.Until is { } until && until >= now && until < DateOnly.MaxValue)
            {
                changes.Add((until.AddDays(1), item.Section, Change.Expires, item.TranslationKey));
            }

            // An event is upcoming through its last day and past the day after (see EventDetails.IsPastOn),
            // unless it is no longer published by then.
            if (item.Event is { } happening && !happening.IsPastOn(now) && happening.LastProvincialDay < DateOnly.MaxValue
                && item.Window.Contains(happening.LastProvincialDay.AddDays(1)))
            {
                changes.Add((happening.LastProvincialDay.AddDays(1), item.Section, Change.EventEnds, item.TranslationKey));
            }

            foreach (var change in item.Law?.History ?? [])
            {
                if (change.On > now && item.Window.Contains(change.On))
                {
                    changes.Add((change.On, item.Section, Change.LawStatus, item.TranslationKey));
                }
            }
        }

        if (changes.Count == 0)
        {
            return null;
        }

        var day = changes.Min(e => e.Day);
        var onDay = changes.Where(e => e.Day == day).ToList();
        return new ScheduledChange(
            day, Count(onDay, Change.Appears), Count(onDay, Change.Expires), onDay.Count(e => e.Change == Change.EventEnds), onDay.Count(e => e.Change == Change.LawStatus));

        static Dictionary<ContentSection, int> Count(IEnumerable<(DateOnly Day, ContentSection Section, Change Change, string Key)> changes, Change change) =>
            changes.Where(e => e.Change == change).GroupBy(e => e.Section).ToDictionary(g => g.Key, g => g.Count());
    }

    private enum Change
    {
        Appears,
        Expires,
        EventEnds,
        LawStatus,
    }
}
