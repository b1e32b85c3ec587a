using InfoSiteGen.Pages;

namespace InfoSiteGen.Tests.Pages;

/// <summary>Which page numbers a list's page links show, and where the gaps fall.</summary>
public class PaginationTests
{
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 3, "1 2 3")]
    [InlineData(4, 7, "1 2 3 4 5 6 7")]
    [InlineData(1, 40, "1 2 3 … 40")]
    [InlineData(2, 40, "1 2 3 4 … 40")]
    [InlineData(5, 40, "1 2 3 4 5 6 7 … 40")]
    [InlineData(6, 40, "1 … 4 5 6 7 8 … 40")]
    [InlineData(20, 40, "1 … 18 19 20 21 22 … 40")]
    [InlineData(36, 40, "1 … 34 35 36 37 38 39 40")]
    [InlineData(35, 40, "1 … 33 34 35 36 37 … 40")]
    [InlineData(40, 40, "1 … 38 39 40")]
    public void Shows_the_first_and_last_pages_and_two_either_side_of_this_one(int number, int count, string expected)
    {
        Assert.Equal(expected, Shown(number, count));
    }

    [Fact]
    public void Every_page_of_every_list_up_to_sixty_pages_links_in_order_without_hiding_a_single_page()
    {
        for (var count = 1; count <= 60; count++)
        {
            for (var number = 1; number <= count; number++)
            {
                var shown = Of(number, count).ShownNumbers();
                var numbers = shown.OfType<int>().ToList();

                Assert.Equal(1, numbers[0]);
                Assert.Equal(count, numbers[^1]);
                Assert.Contains(number, numbers);
                // First, gap, this page and its neighbours, gap, last.
                Assert.True(shown.Count <= 4 + 1 + (2 * Pagination.Neighbours), $"{number}/{count}: {shown.Count} entries");
                for (var i = 1; i < shown.Count; i++)
                {
                    // A gap stands for two pages or more; without a gap the numbers follow on.
                    var before = shown[i - 1] ?? shown[i - 2]!.Value;
                    var after = shown[i] ?? shown[i + 1]!.Value;
                    Assert.True(shown[i] is null || shown[i - 1] is null ? after - before >= 3 : after == before + 1, $"{number}/{count}: {Shown(number, count)}");
                }

                for (var n = Math.Max(1, number - Pagination.Neighbours); n <= Math.Min(count, number + Pagination.Neighbours); n++)
                {
                    Assert.Contains(n, numbers);
                }
            }
        }
    }

    private static Pagination Of(int number, int count) =>
        new(number, Enumerable.Range(1, count).Select(n => Paginator.PathOf("articles/", n)).ToList());

    private static string Shown(int number, int count) =>
        string.Join(" ", Of(number, count).ShownNumbers().Select(n => n?.ToString() ?? "…"));
}
