using InfoSiteGen.Writing;

namespace InfoSiteGen.Tests.Writing;

/// <summary>The CLDR cardinal categories of whole numbers, checked against the CLDR tables' examples.</summary>
public class PluralRulesTests
{
    [Theory]
    [InlineData("en", 1, "one")]
    [InlineData("en", 0, "other")]
    [InlineData("en", 2, "other")]
    [InlineData("en", 21, "other")]
    [InlineData("en-GB", 1, "one")]
    [InlineData("vi", 1, "other")]
    [InlineData("zh-Hans", 1, "other")]
    [InlineData("ja", 1, "other")]
    [InlineData("ko", 2, "other")]
    [InlineData("hmn", 1, "other")]
    [InlineData("fr", 0, "one")]
    [InlineData("fr", 1, "one")]
    [InlineData("fr", 2, "other")]
    [InlineData("fr", 1000000, "many")]
    [InlineData("pt", 0, "one")]
    [InlineData("pt-PT", 0, "other")]
    [InlineData("pt-PT", 1, "one")]
    [InlineData("ru", 1, "one")]
    [InlineData("ru", 21, "one")]
    [InlineData("ru", 11, "many")]
    [InlineData("ru", 2, "few")]
    [InlineData("ru", 24, "few")]
    [InlineData("ru", 12, "many")]
    [InlineData("ru", 5, "many")]
    [InlineData("ru", 0, "many")]
    [InlineData("pl", 1, "one")]
    [InlineData("pl", 22, "few")]
    [InlineData("pl", 21, "many")]
    [InlineData("pl", 13, "many")]
    [InlineData("cs", 3, "few")]
    [InlineData("cs", 5, "other")]
    [InlineData("ro", 101, "few")]
    [InlineData("ro", 120, "other")]
    [InlineData("lt", 21, "one")]
    [InlineData("lt", 11, "other")]
    [InlineData("lt", 9, "few")]
    [InlineData("ar", 0, "zero")]
    [InlineData("ar", 2, "two")]
    [InlineData("ar", 103, "few")]
    [InlineData("ar", 111, "many")]
    [InlineData("ar", 100, "other")]
    [InlineData("he", 2, "two")]
    [InlineData("he", 20, "other")]
    [InlineData("hy", 0, "one")]
    public void A_whole_number_takes_the_category_of_its_language(string language, long count, string category) =>
        Assert.Equal(category, PluralRules.Category(language, count));

    [Fact]
    public void Every_category_given_is_one_of_CLDRs()
    {
        foreach (var language in new[] { "en", "vi", "fr", "ru", "pl", "cs", "lt", "ro", "ar", "he", "zh" })
        {
            for (var n = 0; n <= 1000; n++)
            {
                Assert.Contains(PluralRules.Category(language, n), PluralRules.Categories);
            }
        }
    }
}
