using System.Globalization;
using InfoSiteGen.Text;

namespace InfoSiteGen.Tests.Text;

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
    public void IsLetterOrDigit_agrees_with_char_IsLetterOrDigit_for_every_character()
    {
        var disagreements = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => CharacterClasses.IsLetterOrDigit(c) != char.IsLetterOrDigit(c)).ToList();
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
}
