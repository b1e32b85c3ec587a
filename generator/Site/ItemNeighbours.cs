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

    /// <summary>Up to <paramref name="count"/> items of the same section sharing a topic: most shared topics first, then newest.</summary>
    public IReadOnlyList<ItemSummary> Related(ContentItem item, int count) =>
        item.TopicIds.Count == 0
            ? []
            : _bySection[item.Section]
                .Where(other => other.SourcePath != item.SourcePath)
                .Select(other => (Item: other, Shared: other.TopicIds.Intersect(item.TopicIds).Count()))
                .Where(pair => pair.Shared > 0)
                .OrderByDescending(pair => pair.Shared)
                .ThenBy(pair => _position[pair.Item.SourcePath])
                .Take(count)
                .Select(pair => _summaries[pair.Item.SourcePath])
                .ToList();
}
