using CsCheck;
using InfoSiteGen.Content;
using InfoSiteGen.Pages;

namespace InfoSiteGen.Tests.Pages;

/// <summary>Related items against the plain definition: every other item sharing a topic, most shared first, then newest.</summary>
public class ItemNeighboursTests
{
    private static readonly Gen<(int Day, string[] Topics)[]> Items =
        Gen.Select(Gen.Int[1, 28], Gen.String["abcdef"].Select(t => t.Select(c => c.ToString()).ToArray()))
            .Array[1, 30];

    // Sites with more than 64 topics count shared topics another way; an item with 70 topics makes one.
    private static readonly string[] ManyTopics = Enumerable.Range(0, 70).Select(n => $"t{n}").ToArray();

    private static readonly Gen<(int Day, string[] Topics)[]> ItemsOfManyTopics =
        Gen.Select(Gen.Int[1, 28], Gen.Int[0, ManyTopics.Length - 1].Array[0, 4].Select(picks => picks.Select(p => ManyTopics[p]).ToArray()))
            .Array[1, 30]
            .Select(specs => specs.Append((1, ManyTopics)).ToArray());

    [Fact]
    public void Related_items_are_the_best_sharers_in_date_order() => HoldsFor(Items);

    [Fact]
    public void Related_items_are_the_same_on_sites_of_more_than_64_topics() => HoldsFor(ItemsOfManyTopics);

    private static void HoldsFor(Gen<(int Day, string[] Topics)[]> generator) =>
        generator.Sample(specs =>
        {
            var items = specs.Select((s, i) => Item(i, s.Day, s.Topics)).ToList();
            var summaries = items.ToDictionary(i => i.SourcePath, Summary);
            var neighbours = new ItemNeighbours(items, summaries, StringComparer.Ordinal);
            var ordered = items.OrderByDescending(i => i.Date).ThenBy(i => i.Title, StringComparer.Ordinal).ToList();

            return items.All(item =>
            {
                var expected = ordered
                    .Select((other, position) => (other, position, shared: other.TopicIds.Distinct().Count(item.TopicIds.Contains)))
                    .Where(c => c.other != item && c.shared > 0)
                    .OrderByDescending(c => c.shared)
                    .ThenBy(c => c.position)
                    .Take(3)
                    .Select(c => c.other.Title);
                return item.TopicIds.Count == 0
                    ? neighbours.Related(item, 3).Count == 0
                    : neighbours.Related(item, 3).Select(s => s.Title).SequenceEqual(expected);
            });
        });

    private static ContentItem Item(int number, int day, string[] topics) => new()
    {
        SourcePath = $"articles/{number}.md",
        Section = ContentSection.Articles,
        Language = "vi",
        TranslationKey = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Title = $"item {number:00}",
        Date = new DateOnly(2023, 12, day),
        Status = ItemStatus.Approved,
        TopicIds = topics,
        Slug = $"i{number}",
        UrlPath = $"articles/i{number}/",
        Body = string.Empty,
        BodyLine = 1,
    };

    private static ItemSummary Summary(ContentItem item) =>
        new(item.Title, item.UrlPath, item.Language, item.Section, item.Date, null, null, [], null, false);
}
