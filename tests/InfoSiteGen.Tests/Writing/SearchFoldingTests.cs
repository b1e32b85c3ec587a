using System.Text;
using CsCheck;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Tests.Writing;

public class SearchFoldingTests
{
    private static string[] FoldedWords(string text) => SearchFolding.Words(text).Select(SearchFolding.Fold).ToArray();

    private static string[] ExactWords(string text) => SearchFolding.Words(text).Select(SearchFolding.Exact).ToArray();

    [Theory]
    [InlineData("duong", "đường")]
    [InlineData("nhan quyen", "nhân quyền")]
    [InlineData("tin nguong", "tín ngưỡng")]
    [InlineData("DUONG NGUYEN HUE", "Đường Nguyễn Huệ")]
    [InlineData("uu tien", "ưu tiên")]
    public void Text_without_marks_folds_like_text_with_them(string plain, string marked) =>
        Assert.Equal(FoldedWords(plain), FoldedWords(marked));

    [Theory]
    [InlineData("Đường", "duong")]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("ƯƠ", "uo")]
    [InlineData("Khỏe", "khoe")]
    public void Fold_is_lower_case_ascii_for_vietnamese(string text, string expected) =>
        Assert.Equal(expected, SearchFolding.Fold(text));

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("uỷ", "ủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("Hoà Bình", "hòa bình")]
    [InlineData("loà", "lòa")]
    public void Both_tone_placements_have_one_exact_form(string oldStyle, string newStyle) =>
        Assert.Equal(ExactWords(oldStyle), ExactWords(newStyle));

    [Theory]
    [InlineData("hòa", "hoa")]
    [InlineData("hòa", "hóa")]
    [InlineData("đường", "dương")]
    [InlineData("nhân", "nhan")]
    [InlineData("ngưỡng", "nguỡng")]
    [InlineData("ậ", "ạ")]
    public void The_exact_form_keeps_tones_vowel_marks_and_đ_apart(string one, string other) =>
        Assert.NotEqual(SearchFolding.Exact(one), SearchFolding.Exact(other));

    [Theory]
    [InlineData("hòa", "hoa`")]
    [InlineData("Đường", "đương`")]
    [InlineData("người", "ngươi`")]
    [InlineData("thủy", "thuy?")]
    [InlineData("ngưỡng", "ngương~")]
    [InlineData("quyết", "quyêt'")]
    [InlineData("lực", "lưc.")]
    [InlineData("hòa bình", "hoa` binh`")]
    [InlineData("2016", "2016")]
    [InlineData("élève", "eleve'`")]
    public void The_exact_form_writes_the_tone_after_the_word(string text, string expected) =>
        Assert.Equal(expected, SearchFolding.Exact(text));

    [Theory]
    [InlineData("Đường Nguyễn Huệ")]
    [InlineData("tín ngưỡng, tôn giáo")]
    [InlineData("Nhân quyền và hoà bình")]
    [InlineData("khoẻ mạnh, thuỷ lợi, uỷ ban")]
    public void Decomposed_text_gives_the_same_words_and_forms_as_composed(string composed)
    {
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(SearchFolding.Words(composed), SearchFolding.Words(decomposed));
        Assert.Equal(SearchFolding.Fold(composed), SearchFolding.Fold(decomposed));
        Assert.Equal(SearchFolding.Exact(composed), SearchFolding.Exact(decomposed));
    }

    [Theory]
    [InlineData("Luật số 102/2016/QH13 “Trẻ em”.", new[] { "Luật", "số", "102", "2016", "QH13", "Trẻ", "em" })]
    [InlineData("People's Committee (2023–2024)", new[] { "People", "s", "Committee", "2023", "2024" })]
    [InlineData("  ", new string[0])]
    public void Words_are_runs_of_letters_and_digits(string text, string[] expected) =>
        Assert.Equal(expected, SearchFolding.Words(text));

    [Fact]
    public void Words_are_the_runs_of_word_characters_rune_by_rune_whatever_surrogates_the_text_holds() =>
        Gen.Int[0, 7].Select(i => new[] { "a", "ế", "9", " ", ",", "\u0301", "\U0001D400", "\U0001F600" }[i]).Array[0, 60]
            .Select(units => string.Concat(units).Normalize(NormalizationForm.FormC))
            .Sample(text =>
            {
                var expected = new List<string>();
                var word = new StringBuilder();
                foreach (var rune in text.EnumerateRunes())
                {
                    if (CharacterClasses.IsWordPart(rune))
                    {
                        word.Append(rune.ToString());
                    }
                    else if (word.Length > 0)
                    {
                        expected.Add(word.ToString());
                        word.Clear();
                    }
                }

                if (word.Length > 0)
                {
                    expected.Add(word.ToString());
                }

                return SearchFolding.Words(text).SequenceEqual(expected);
            });

    [Fact]
    public void Words_of_decomposed_text_are_composed()
    {
        var words = SearchFolding.Words("Nguyễn Huệ".Normalize(NormalizationForm.FormD));
        Assert.Equal(["Nguyễn", "Huệ"], words);
    }

    [Theory]
    [InlineData("Đường")]
    [InlineData("hoà")]
    [InlineData("Khỏe")]
    [InlineData("ƯỚC")]
    [InlineData("élève")]
    [InlineData("2016")]
    public void Folding_the_exact_form_gives_the_folded_form(string word) =>
        Assert.Equal(SearchFolding.Fold(word), SearchFolding.FoldExact(SearchFolding.Exact(word)));
}
