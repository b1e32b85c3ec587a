namespace InfoSiteGen.Writing;

/// <summary>
/// "Today" for the province. Viet Nam keeps UTC+7 all year (no daylight saving), so a fixed offset
/// is exact and does not depend on the machine's time-zone database.
/// </summary>
public static class ProvincialClock
{
    /// <summary>The province's offset from UTC, all year.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(DateTimeOffset utcNow) => DateOnly.FromDateTime(utcNow.ToOffset(Offset).DateTime);

    public static DateOnly Today() => Today(DateTimeOffset.UtcNow);
}
