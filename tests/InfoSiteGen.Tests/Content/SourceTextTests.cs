using System.Text;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Tests.Content;

public class SourceTextTests
{
    [Fact]
    public void Drops_the_byte_order_mark_and_windows_line_endings()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\ntitle: A\r\n---\r\n")).ToArray();
        var text = SourceText.Decode(bytes, "a.md", new DiagnosticBag());
        Assert.Equal("---\ntitle: A\n---\n", text);
    }

    [Fact]
    public void Composes_decomposed_letters()
    {
        var decomposed = "Nhân quyền".Normalize(NormalizationForm.FormD);
        var text = SourceText.Decode(Encoding.UTF8.GetBytes(decomposed), "a.md", new DiagnosticBag());
        Assert.Equal("Nhân quyền", text);
        Assert.True(text!.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Reports_invalid_utf8_at_its_line_and_column()
    {
        // Line 2 is "ab" followed by the Windows-1252 byte for 'é', which is not UTF-8.
        var bytes = Encoding.UTF8.GetBytes("---\nab").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        var diagnostics = new DiagnosticBag();
        Assert.Null(SourceText.Decode(bytes, "articles/a.md", diagnostics));
        Assert.Equal(
            "articles/a.md:2:3: error: the file is not valid UTF-8 text (byte 0xE9 at byte offset 6; it was probably saved in an old encoding); open it and save it again as UTF-8 [ISG0110]",
            Assert.Single(diagnostics.All).ToString());
    }
}
