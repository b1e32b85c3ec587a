using System.Text;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Tests.Writing;

public class SlugTests
{
    [Theory]
    [InlineData("Đường Nguyễn Huệ", "duong-nguyen-hue")]
    [InlineData("Luật Tín ngưỡng, tôn giáo 2016", "luat-tin-nguong-ton-giao-2016")]
    [InlineData("Quyền của người dân tộc thiểu số", "quyen-cua-nguoi-dan-toc-thieu-so")]
    [InlineData("  Hòa bình -- và   Độc lập!  ", "hoa-binh-va-doc-lap")]
    [InlineData("ĂÂÊÔƠƯ ăâêôơư", "aaeoou-aaeoou")]
    [InlineData("Law on Children (2016)", "law-on-children-2016")]
    public void Folds_vietnamese_text_to_ascii_words_joined_by_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void Decomposed_and_composed_text_give_the_same_slug()
    {
        var composed = "Đường Nguyễn Huệ tín ngưỡng";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(Slug.From(composed), Slug.From(decomposed));
    }

    [Theory]
    [InlineData("duong-nguyen-hue", true)]
    [InlineData("Duong", false)]
    [InlineData("duong--hue", false)]
    [InlineData("đường", false)]
    [InlineData("", false)]
    public void Recognises_valid_slugs(string text, bool valid) => Assert.Equal(valid, Slug.IsValid(text));
}
