using System.Globalization;
using CsCheck;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Tests.Writing;

/// <summary>The table answers exactly what .NET's character tests answer, for every UTF-16 character.</summary>
public class CharacterClassesTests
{
    [Fact]
    public void IsLetter_agrees_with_char_IsLetter_for_every_character()
    {
        var disagreements = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => CharacterClasses.IsLetter(c) != char.IsLetter(c)).ToList();
        Assert.Empty(disagreements);
    }

    [Fact]
    public void A_single_character_is_a_word_exactly_when_char_IsLetterOrDigit_says_so()
    {
        var disagreements = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => CharacterClasses.CountWords([c]) != (char.IsLetterOrDigit(c) ? 1 : 0)).ToList();
        Assert.Empty(disagreements);
    }

    [Fact]
    public void Word_parts_are_letters_decimal_digits_and_combining_marks()
    {
        var marks = new[] { UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark };
        var disagreements = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => CharacterClasses.IsWordPart(c) != (char.IsLetterOrDigit(c) || marks.Contains(CharUnicodeInfo.GetUnicodeCategory(c))))
            .ToList();
        Assert.Empty(disagreements);
        Assert.True(CharacterClasses.IsWordPart('\u0323'));
        Assert.False(CharacterClasses.IsWordPart('\uD800'));
        Assert.False(CharacterClasses.IsWordPart('-'));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("  ", 0)]
    [InlineData("Kỷ niệm 75 năm", 4)]
    [InlineData("10/12/1948 – 10/12/2023", 6)]
    [InlineData("a", 1)]
    [InlineData("quyền-con-người.", 3)]
    public void Words_are_runs_of_letters_and_digits(string text, int words) =>
        Assert.Equal(words, CharacterClasses.CountWords(text));

    [Fact]
    public void The_word_count_agrees_with_counting_runs_of_char_IsLetterOrDigit() =>
        Gen.OneOf(Gen.Char["aạ ,.9\n-ế"], Gen.Char).Array[0, 200].Sample(chars =>
        {
            var expected = 0;
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsLetterOrDigit(chars[i]) && (i == 0 || !char.IsLetterOrDigit(chars[i - 1])))
                {
                    expected++;
                }
            }

            return CharacterClasses.CountWords(chars) == expected;
        });

    [Theory]
    [InlineData("Việt Nam là thành viên", 5)]
    [InlineData("세계인권선언 75주년", 2)]
    [InlineData("越南是联合国人权理事会成员", 1 + 13 * 10 / 13)]
    [InlineData("ベトナムは人権理事会の理事国です", 1 + 16 * 10 / 13)]
    public void Reading_counts_Chinese_and_Japanese_by_characters(string text, int words) =>
        Assert.Equal(words, CharacterClasses.CountReadingWords(text));
}
