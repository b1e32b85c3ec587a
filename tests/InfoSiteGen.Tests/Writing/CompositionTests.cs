using System.Text;
using CsCheck;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Tests.Writing;

/// <summary>The shortcuts around ICU give exactly what ICU gives.</summary>
public class CompositionTests
{
    // Composed and decomposed Vietnamese, other marked Latin, Greek, Cyrillic, singletons that NFC rewrites
    // (Ω U+2126, Å U+212B, U+0340), combining marks and punctuation.
    private const string Characters =
        "aàáảãạăằắẳẵặâầấẩẫậđêềếểễệơờớởỡợưừứửữựỳýỷỹỵÀẠĐỆỸ" +
        "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u0340\u0344\u2126\u212B\u2000\u00C5\u0041" +
        "ǖǅçøßΆάЁйאִ–—“”…‰‱⁂ 0-9,.";

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.Char[Characters].Array[0, 30].Select(chars => new string(chars)),
        // Any character but a lone surrogate, which text decoded from UTF-8 cannot hold (and ICU refuses).
        Gen.Char.Where(c => !char.IsSurrogate(c)).Array[0, 30].Select(chars => new string(chars)));

    [Fact]
    public void Compose_gives_what_normalising_to_nfc_gives() =>
        Text.Sample(text => Composition.Compose(text) == text.Normalize(NormalizationForm.FormC));

    [Fact]
    public void Long_composed_text_with_one_character_that_may_combine_is_checked_wherever_that_character_is() =>
        Gen.Select(Gen.Char["aạếữ đ–“…9"].Array[0, 300], Gen.Char["\u0301\u0340\u2126\u0300ÀΆ\u2060"], Gen.Int[0, 300])
            .Sample((chars, odd, at) =>
            {
                var text = new string(chars).Insert(Math.Min(at, chars.Length), odd.ToString());
                return Composition.Compose(text) == text.Normalize(NormalizationForm.FormC) && Composition.IsComposed(text) == text.IsNormalized(NormalizationForm.FormC);
            });

    [Fact]
    public void Text_already_composed_is_returned_as_it_is()
    {
        const string text = "Kỷ niệm 75 năm Ngày Quyền con người — “10/12”…";
        Assert.Same(text, Composition.Compose(text));
    }

    [Theory]
    [InlineData("Nhân quyền")]
    [InlineData("Ω and Å")]
    public void Decomposed_text_and_singletons_are_composed(string composed)
    {
        var written = composed.Normalize(NormalizationForm.FormD).Replace("Ω", "\u2126", StringComparison.Ordinal);
        Assert.False(Composition.IsComposed(written));
        Assert.Equal(composed.Normalize(NormalizationForm.FormC), Composition.Compose(written));
    }

    [Fact]
    public void Removing_marks_by_table_agrees_with_decomposition_for_every_character_below_u1f00()
    {
        for (var c = '\u0080'; c < '\u1F00'; c++)
        {
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var text = $"x{c}y";
            Assert.True(Slow(text) == VietnameseFold.RemoveMarks(text), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Removing_marks_agrees_with_decomposition_on_any_text() =>
        Text.Sample(text => VietnameseFold.RemoveMarks(text) == Slow(text));

    /// <summary>The plain definition: decompose, drop the non-spacing marks, đ to d, compose again.</summary>
    private static string Slow(string text)
    {
        var kept = text.Normalize(NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        return new string(kept.ToArray()).Normalize(NormalizationForm.FormC);
    }
}
