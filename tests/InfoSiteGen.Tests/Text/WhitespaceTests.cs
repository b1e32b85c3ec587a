using InfoSiteGen.Text;

namespace InfoSiteGen.Tests.Text;

public class WhitespaceTests
{
    [Theory]
    [InlineData("  Kỷ  niệm\n\n75\tnăm  ", int.MaxValue, "Kỷ niệm 75 năm")]
    [InlineData("a  b  c", 3, "a b")]
    [InlineData("a  b  c", 4, "a b")]
    [InlineData("a  b  c", 5, "a b c")]
    [InlineData(" \n ", 10, "")]
    public void Runs_of_whitespace_become_one_space_and_a_cut_never_ends_in_a_space(string text, int maxLength, string expected) =>
        Assert.Equal(expected, Whitespace.Collapse(text, maxLength));
}
