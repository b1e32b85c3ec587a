using CsCheck;
using InfoSiteGen.Bodies;

namespace InfoSiteGen.Tests.Bodies;

/// <summary>Bodies parsed without the less common extensions come out exactly as with all of them.</summary>
public class MarkdownPipelinesTests
{
    private static readonly string[] Tokens =
        ["a", "b.", "iv)", ": ", "+", "- ", "> ", "\n", " ", "|", "x", "[", "]", "^", "~", "=", "\"", "*", "1. ", "Điều", "www.", "://"];

    [Theory]
    [InlineData("Chữ ~~gạch~~ bỏ")]
    [InlineData("H~2~O và x^2^")]
    [InlineData("Chú thích[^1]")]
    [InlineData("++chèn++ và ==đánh dấu==")]
    [InlineData("*[HTML]: Hyper Text")]
    [InlineData("\"\"Trích dẫn\"\"")]
    [InlineData("- [ ] việc\n- [x] xong")]
    [InlineData("Thuật ngữ\n:   Định nghĩa")]
    [InlineData("+---+---+\n| a | b |\n+---+---+")]
    [InlineData("a. một\nb. hai")]
    [InlineData("iv) bốn")]
    [InlineData("- B. mục")]
    [InlineData("> i. trong trích dẫn")]
    public void Finds_what_a_rare_extension_starts_with(string text) =>
        Assert.True(MarkdownPipelines.MayHoldRareSyntax(text));

    [Theory]
    [InlineData("Kỷ niệm 75 năm Ngày Quyền con người: 10/12/1948 – 10/12/2023.")]
    [InlineData("| Năm | Tỉnh |\n|---|---:|\n| 2023 | Nghệ An |")]
    [InlineData("1. Một\n2. Hai\n\n- gạch đầu dòng\n* sao")]
    [InlineData("Điều 5. Quyền trẻ em; Luật số 102/2016/QH13.")]
    [InlineData("**đậm**, _nghiêng_, [liên kết](../laws/a.md) và `mã`.")]
    public void Ordinary_text_needs_no_rare_extension(string text) =>
        Assert.False(MarkdownPipelines.MayHoldRareSyntax(text));

    /// <summary>
    /// Text made of every character the extensions start with, Markdown punctuation, letters that start lettered
    /// and Roman lists, and Vietnamese: whatever pipeline is chosen, the HTML is that of the full pipeline.
    /// </summary>
    [Fact]
    public void The_chosen_pipeline_renders_what_the_full_one_renders() =>
        Gen.OneOf(
                Gen.Char["~^+=*[]\"x :>-.)|#`_!()abivxABIX12 \n\tđàw"].Array[0, 50].Select(chars => new string(chars)),
                Gen.Int[0, Tokens.Length - 1].Select(i => Tokens[i])
                    .Array[0, 20].Select(string.Concat))
            .Sample(text => Markdig.Markdown.ToHtml(text, MarkdownPipelines.For(text)) == Markdig.Markdown.ToHtml(text, MarkdownPipelines.Full), iter: 20_000);
}
