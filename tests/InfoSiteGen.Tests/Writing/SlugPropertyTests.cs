using System.Text;
using CsCheck;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Tests.Writing;

/// <summary>Properties of slug folding and Vietnamese sorting over generated Vietnamese text.</summary>
public class SlugPropertyTests
{
    /// <summary>Every letter of Vietnamese with every tone, capitals too, plus digits, spaces and punctuation.</summary>
    private const string Letters =
        "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ" +
        "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ0123456789 ,.-–/()!?";

    private static readonly Gen<string> VietnameseText = Gen.Char[Letters].Array[0, 40].Select(chars => new string(chars));

    [Fact]
    public void A_slug_is_empty_or_valid() =>
        VietnameseText.Sample(text =>
        {
            var slug = Slug.From(text);
            return slug.Length == 0 || Slug.IsValid(slug);
        });

    [Fact]
    public void A_slug_holds_only_lower_case_ascii_letters_digits_and_hyphens() =>
        VietnameseText.Sample(text => Slug.From(text).All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'));

    [Fact]
    public void Every_vietnamese_letter_folds_to_one_ascii_letter()
    {
        // The alphabet is finite, so check all of it rather than a sample.
        foreach (var letter in Letters.Where(char.IsLetter))
        {
            var slug = Slug.From(letter.ToString());
            Assert.True(slug.Length == 1 && char.IsAsciiLetterLower(slug[0]), $"'{letter}' folds to '{slug}'");
        }
    }

    [Fact]
    public void Folding_a_slug_again_changes_nothing() =>
        VietnameseText.Sample(text => Slug.From(Slug.From(text)) == Slug.From(text));

    [Fact]
    public void Decomposed_and_composed_text_give_the_same_slug() =>
        VietnameseText.Sample(text => Slug.From(text.Normalize(NormalizationForm.FormD)) == Slug.From(text.Normalize(NormalizationForm.FormC)));

    [Fact]
    public void Every_letter_and_digit_of_the_text_survives_as_its_base_letter() =>
        VietnameseText.Sample(text =>
        {
            var expected = new string(VietnameseFold.Fold(text).Where(char.IsAsciiLetterOrDigit).ToArray());
            return Slug.From(text).Replace("-", string.Empty, StringComparison.Ordinal) == expected;
        });
}

public class VietnameseSortPropertyTests
{
    /// <summary>The 29 letters of the Vietnamese alphabet, in alphabetical order.</summary>
    private const string Alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

    private static readonly Gen<string> Word = Gen.Char[Alphabet].Array[1, 8].Select(chars => new string(chars));

    private static int CompareByAlphabet(string x, string y)
    {
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var order = Alphabet.IndexOf(x[i]).CompareTo(Alphabet.IndexOf(y[i]));
            if (order != 0)
            {
                return order;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    [Fact]
    public void Words_without_tones_sort_letter_by_letter_in_alphabet_order() =>
        Gen.Select(Word, Word).Sample((x, y) =>
            Math.Sign(VietnameseCollation.Comparer.Compare(x, y)) == Math.Sign(CompareByAlphabet(x, y)));

    [Fact]
    public void Sorting_is_a_consistent_order() =>
        Gen.Select(Word, Word, Word).Sample((x, y, z) =>
        {
            var comparer = VietnameseCollation.Comparer;
            var antisymmetric = Math.Sign(comparer.Compare(x, y)) == -Math.Sign(comparer.Compare(y, x));
            var transitive = !(comparer.Compare(x, y) <= 0 && comparer.Compare(y, z) <= 0) || comparer.Compare(x, z) <= 0;
            return antisymmetric && transitive;
        });
}
