using InfoSiteGen.Writing;

namespace InfoSiteGen.Tests.Writing;

public class VietnameseCollationTests
{
    [Fact]
    public void Sorts_in_vietnamese_alphabetical_order()
    {
        string[] words = ["đá", "ăn", "da", "bé", "ân", "an"];
        var sorted = words.Order(VietnameseCollation.Comparer).ToArray();
        Assert.Equal(["an", "ăn", "ân", "bé", "da", "đá"], sorted);
    }
}
