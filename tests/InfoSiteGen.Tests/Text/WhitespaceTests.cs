using InfoSiteGen.Text;

namespace InfoSiteGen.Tests.Text;

public class WhitespaceTests
{
    [Theory]
    [InlineData("  Kỷ  niệm\n\n75\tnăm  ", "Kỷ niệm 75 năm")]
    [InlineData("a\u00A0 b", "a b")]
    [InlineData(" \n ", "")]
    public void Runs_of_whitespace_become_one_space_and_the_ends_are_trimmed(string text, string expected) =>
        Assert.Equal(expected, Whitespace.Collapse(text));
}
