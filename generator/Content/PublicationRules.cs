namespace InfoSiteGen.Content;

/// <summary>
/// What goes on the site: approved items whose publication window contains the build date.
/// A preview build publishes everything, so editors can see drafts before they are approved.
/// </summary>
public sealed record PublicationRules(DateOnly Now, bool Preview)
{
    public bool IsPublished(ContentItem item) =>
        Preview || (item.Status == ItemStatus.Approved && item.Window.Contains(Now));

    /// <summary>True for an item that is on the site only because this is a preview.</summary>
    public bool IsPreviewOnly(ContentItem item) =>
        item.Status != ItemStatus.Approved || !item.Window.Contains(Now);

    public IReadOnlyList<ContentItem> Select(IEnumerable<ContentItem> items) => items.Where(IsPublished).ToList();
}
