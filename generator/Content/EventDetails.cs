namespace InfoSiteGen.Content;

/// <summary>Where an event takes place: a name people recognise, and the address to find it.</summary>
public sealed record EventPlace(string Name, string? Address);

/// <summary>
/// When and where an event of <c>events/</c> happens. Times are the wall-clock times written in the front matter,
/// with the offset from UTC that the event's time zone has at that moment: the provincial time (UTC+7) unless
/// the item names another zone. An event written with dates only lasts whole days.
/// </summary>
/// <param name="Starts">The start; midnight of the first day for an all-day event.</param>
/// <param name="Ends">The end, or null when not given; midnight of the last day (inclusive) for an all-day event.</param>
/// <param name="TimeZone">The IANA name given in <c>time_zone:</c>, or null for provincial time.</param>
/// <param name="Registration">A web address, e-mail address, phone number or a sentence saying how to take part.</param>
public sealed record EventDetails(
    DateTimeOffset Starts,
    DateTimeOffset? Ends,
    bool AllDay,
    string? TimeZone,
    EventPlace Location,
    string? Registration)
{
    /// <summary>Viet Nam has kept UTC+7 all year since 1975, so provincial times need no time-zone database.</summary>
    public const string ProvincialTimeZone = "Asia/Ho_Chi_Minh";

    public static readonly TimeSpan ProvincialOffset = Writing.ProvincialClock.Offset;

    /// <summary>The first day of the event where it happens.</summary>
    public DateOnly FirstDay => DateOnly.FromDateTime(Starts.DateTime);

    /// <summary>The last day of the event where it happens (the start's day when no end is given).</summary>
    public DateOnly LastDay => DateOnly.FromDateTime((Ends ?? Starts).DateTime);

    /// <summary>
    /// The day in the province on which the event ends: its last day for an all-day event (dates have no zone), the
    /// provincial date of its end (or start) otherwise; an evening event in New York ends the next morning here.
    /// </summary>
    public DateOnly LastProvincialDay => AllDay ? LastDay : DateOnly.FromDateTime((Ends ?? Starts).ToOffset(ProvincialOffset).DateTime);

    /// <summary>
    /// True once the event is over on <paramref name="day"/>, a day of the province (the build date). A static site
    /// changes only when rebuilt, once a day at most, so an event still counts as upcoming on its last day and moves
    /// to the past the day after.
    /// </summary>
    public bool IsPastOn(DateOnly day) => LastProvincialDay < day;

    /// <summary>True when the event happens in another time zone than the province's, which pages then name.</summary>
    public bool HasOwnTimeZone => TimeZone is not null && TimeZone != ProvincialTimeZone;
}
