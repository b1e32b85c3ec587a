using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Pipeline;

/// <summary>
/// Whether a new reading of a file differs from the last one in its Markdown body only. Everything but the
/// body — lists, neighbours, translations, addresses, links — is decided by front matter, so an edit that
/// leaves the front matter alone can only change the item's own page and the search index.
/// </summary>
public static class BodyOnlyEdit
{
    private static readonly IReadOnlyList<string> NoTopics = [];
    private static readonly IReadOnlyDictionary<string, SourceLocation> NoLocations = new Dictionary<string, SourceLocation>();

    /// <summary>True when both readings failed, or both are items that agree on everything but the body.</summary>
    public static bool Between(ContentItem? before, ContentItem? after)
    {
        if (before is null || after is null)
        {
            return before is null && after is null;
        }

        return WithoutBody(before) == WithoutBody(after)
            && before.TopicIds.SequenceEqual(after.TopicIds, StringComparer.Ordinal)
            && before.KeyLocations.Count == after.KeyLocations.Count
            && before.KeyLocations.All(pair => after.KeyLocations.TryGetValue(pair.Key, out var at) && at == pair.Value);
    }

    // The collections compare by reference in a record, so they are compared above and blanked here; the
    // source's hash changes with every byte of the body.
    private static ContentItem WithoutBody(ContentItem item) =>
        item with { Body = string.Empty, BodyLine = 0, SourceSha256 = null, TopicIds = NoTopics, KeyLocations = NoLocations };
}
