using InfoSiteGen.Content;

namespace InfoSiteGen.Site;

/// <summary>The items around an item in its section (newer, older) and those sharing its topics.</summary>
public sealed class ItemNeighbours
{
    private readonly Dictionary<ContentSection, List<ContentItem>> _bySection;
    private readonly Dictionary<string, int> _position = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, ItemSummary> _summaries;

    public ItemNeighbours(IEnumerable<ContentItem> items, IReadOnlyDictionary<string, ItemSummary> summaries, IComparer<string> collation)
    {
        _summaries = summaries;
        _bySection = items.GroupBy(i => i.Section).ToDictionary(
            g => g.Key,
            g => g.OrderByDescending(i => i.Date ?? DateOnly.MinValue).ThenBy(i => i.Title, collation).ThenBy(i => i.UrlPath, StringComparer.Ordinal).ToList());
        foreach (var list in _bySection.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                _position[list[i].SourcePath] = i;
            }
        }
    }

    /// <summary>The next newer and next older item of the same section, in list order.</summary>
    public (ItemSummary? Newer, ItemSummary? Older) Around(ContentItem item)
    {
        var list = _bySection[item.Section];
        var index = _position[item.SourcePath];
        return (index > 0 ? _summaries[list[index - 1].SourcePath] : null,
            index + 1 < list.Count ? _summaries[list[index + 1].SourcePath] : null);
    }

    /// <summary>How far either side of an item, in date order, related items are looked for.</summary>
    public const int RelatedWindow = 250;

    /// <summary>
    /// Up to <paramref name="count"/> items of the same section sharing a topic: most shared topics first, then
    /// newest. Only the items closest in date are considered, which keeps related items contemporary and the
    /// cost linear in the size of the site (comparing every pair would grow with its square).
    /// </summary>
    public IReadOnlyList<ItemSummary> Related(ContentItem item, int count)
    {
        if (item.TopicIds.Count == 0)
        {
            return [];
        }

        var list = _bySection[item.Section];
        var index = _position[item.SourcePath];
        var first = Math.Max(0, index - RelatedWindow);
        var last = Math.Min(list.Count - 1, index + RelatedWindow);
        var candidates = new List<(int Position, int Shared)>();
        for (var i = first; i <= last; i++)
        {
            if (i == index)
            {
                continue;
            }

            var shared = 0;
            foreach (var topic in list[i].TopicIds)
            {
                if (item.TopicIds.Contains(topic))
                {
                    shared++;
                }
            }

            if (shared > 0)
            {
                candidates.Add((i, shared));
            }
        }

        return candidates
            .OrderByDescending(c => c.Shared)
            .ThenBy(c => c.Position)
            .Take(count)
            .Select(c => _summaries[list[c.Position].SourcePath])
            .ToList();
    }
}
