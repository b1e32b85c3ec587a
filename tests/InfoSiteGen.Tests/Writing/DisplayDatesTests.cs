using InfoSiteGen.Writing;

namespace InfoSiteGen.Tests.Writing;

public class DisplayDatesTests
{
    [Fact]
    public void Vietnamese_pages_write_day_month_year_with_slashes() =>
        Assert.Equal("10/12/2023", DisplayDates.Format(new DateOnly(2023, 12, 10), "vi"));

    [Fact]
    public void English_pages_write_the_month_name() =>
        Assert.Equal("1 June 2017", DisplayDates.Format(new DateOnly(2017, 6, 1), "en"));

    [Fact]
    public void Today_is_taken_in_viet_nam_time()
    {
        // 18:30 UTC on 9 December is already 10 December in Ha Noi (UTC+7).
        var utc = new DateTimeOffset(2023, 12, 9, 18, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2023, 12, 10), ProvincialClock.Today(utc));
    }
}
