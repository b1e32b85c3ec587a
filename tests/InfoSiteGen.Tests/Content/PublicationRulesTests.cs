using InfoSiteGen.Content;

namespace InfoSiteGen.Tests.Content;

public class PublicationRulesTests
{
    private static readonly DateOnly Day = new(2023, 12, 10);

    private static ContentItem Item(ItemStatus status, DateOnly? from = null, DateOnly? until = null) => new()
    {
        SourcePath = "articles/a.md",
        Section = ContentSection.Articles,
        Language = "vi",
        TranslationKey = "articles:a",
        Title = "A",
        Status = status,
        Slug = "a",
        UrlPath = "articles/a/",
        Body = string.Empty,
        BodyLine = 4,
        Window = new PublicationWindow(from, until),
    };

    [Theory]
    [InlineData(ItemStatus.Approved, true)]
    [InlineData(ItemStatus.Review, false)]
    [InlineData(ItemStatus.Draft, false)]
    public void Only_approved_items_are_published(ItemStatus status, bool published) =>
        Assert.Equal(published, new PublicationRules(Day, Preview: false).IsPublished(Item(status)));

    [Fact]
    public void The_window_is_inclusive_at_both_ends()
    {
        var rules = new PublicationRules(Day, Preview: false);
        Assert.True(rules.IsPublished(Item(ItemStatus.Approved, Day, Day)));
        Assert.False(rules.IsPublished(Item(ItemStatus.Approved, Day.AddDays(1))));
        Assert.False(rules.IsPublished(Item(ItemStatus.Approved, null, Day.AddDays(-1))));
    }

    [Fact]
    public void A_preview_publishes_everything_and_knows_what_is_preview_only()
    {
        var rules = new PublicationRules(Day, Preview: true);
        var draft = Item(ItemStatus.Draft);
        Assert.True(rules.IsPublished(draft));
        Assert.True(rules.IsPreviewOnly(draft));
        Assert.False(rules.IsPreviewOnly(Item(ItemStatus.Approved)));
    }
}
