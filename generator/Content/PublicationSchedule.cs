namespace InfoSiteGen.Content;

/// <summary>
/// The next date on which the published site will change by itself because an approved item's publication
/// window opens or closes. A static site changes only when rebuilt, so the office must rebuild on that day.
/// </summary>
/// <param name="Date">The first day after the build date on which the site should look different.</param>
/// <param name="Appearing">Items that become published on that day, by section.</param>
/// <param name="Expiring">Items that stop being published on that day, by section.</param>
public sealed record ScheduledChange(
    DateOnly Date,
    IReadOnlyDictionary<ContentSection, int> Appearing,
    IReadOnlyDictionary<ContentSection, int> Expiring)
{
    /// <summary>Finds the next change after <paramref name="now"/>, or null when no window opens or closes later.</summary>
    public static ScheduledChange? Next(IEnumerable<ContentItem> items, DateOnly now)
    {
        // Counted per item, not per file: a slogan and its translation expiring together are one slogan.
        var events = new HashSet<(DateOnly Day, ContentSection Section, bool Appears, string Key)>();
        foreach (var item in items.Where(i => i.Status == ItemStatus.Approved))
        {
            if (item.Window.From is { } from && from > now)
            {
                events.Add((from, item.Section, true, item.TranslationKey));
            }

            // An item shown until a day (inclusive) is gone the day after.
            if (item.Window.Until is { } until && until >= now && until < DateOnly.MaxValue)
            {
                events.Add((until.AddDays(1), item.Section, false, item.TranslationKey));
            }
        }

        if (events.Count == 0)
        {
            return null;
        }

        var day = events.Min(e => e.Day);
        var onDay = events.Where(e => e.Day == day).ToList();
        return new ScheduledChange(day, Count(onDay.Where(e => e.Appears)), Count(onDay.Where(e => !e.Appears)));

        static Dictionary<ContentSection, int> Count(IEnumerable<(DateOnly Day, ContentSection Section, bool Appears, string Key)> events) =>
            events.GroupBy(e => e.Section).ToDictionary(g => g.Key, g => g.Count());
    }
}
