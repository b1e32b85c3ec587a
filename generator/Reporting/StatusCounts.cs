using InfoSiteGen.Content;

namespace InfoSiteGen.Reporting;

/// <summary>How many items are approved, in review and drafts.</summary>
public readonly record struct StatusCounts(int Approved, int Review, int Draft)
{
    public int Total => Approved + Review + Draft;

    public static StatusCounts operator +(StatusCounts left, StatusCounts right) =>
        new(left.Approved + right.Approved, left.Review + right.Review, left.Draft + right.Draft);

    public static StatusCounts Of(ItemStatus status) => status switch
    {
        ItemStatus.Approved => new(1, 0, 0),
        ItemStatus.Review => new(0, 1, 0),
        _ => new(0, 0, 1),
    };
}
