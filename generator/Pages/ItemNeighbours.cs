using InfoSiteGen.Content;

namespace InfoSiteGen.Pages;

/// <summary>The items around an item in its section (newer, older) and those sharing its topics.</summary>
public sealed class ItemNeighbours
{
    private readonly Dictionary<ContentSection, List<ContentItem>> _bySection;
    private readonly Dictionary<string, int> _position = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, ItemSummary> _summaries;

    // Each item's topics as sorted small numbers, in list order, so that counting shared topics is a merge of
    // two short arrays with no lookup by path in the loop.
    private readonly Dictionary<ContentSection, int[][]> _topicNumbers = [];

    // The same as one bit per topic, when a site has at most 64 topics (as campaign sites do): counting shared
    // topics is then one AND and a bit count, for each of the hundreds of candidates of every item.
    private readonly Dictionary<ContentSection, ulong[]>? _topicBits;

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

        var numberOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (section, list) in _bySection)
        {
            _topicNumbers[section] = list
                .Select(item => item.TopicIds
                    .Select(id => numberOf.TryGetValue(id, out var n) ? n : numberOf[id] = numberOf.Count)
                    .Distinct()
                    .Order()
                    .ToArray())
                .ToArray();
        }

        if (numberOf.Count <= 64)
        {
            _topicBits = _topicNumbers.ToDictionary(
                section => section.Key,
                section => section.Value.Select(numbers => numbers.Aggregate(0UL, (bits, n) => bits | (1UL << n))).ToArray());
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
        var topicsAt = _topicNumbers[item.Section];
        var topics = topicsAt[index];
        var bitsAt = _topicBits?[item.Section];
        var first = Math.Max(0, index - RelatedWindow);
        var last = Math.Min(list.Count - 1, index + RelatedWindow);

        // The best so far, most shared topics first, then nearest in list order (newest first): an insertion
        // into a list of at most `count` entries, as sorting every candidate costs more than the scan itself.
        var best = new List<(int Position, int Shared)>(count + 1);
        for (var i = first; i <= last; i++)
        {
            var shared = i == index ? 0
                : bitsAt is not null ? System.Numerics.BitOperations.PopCount(bitsAt[index] & bitsAt[i])
                : SharedCount(topics, topicsAt[i]);
            if (shared == 0 || (best.Count == count && shared <= best[^1].Shared))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && best[at - 1].Shared < shared)
            {
                at--;
            }

            best.Insert(at, (i, shared));
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }
        }

        return best.Select(c => _summaries[list[c.Position].SourcePath]).ToList();
    }

    private static int SharedCount(int[] a, int[] b)
    {
        int shared = 0, i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
