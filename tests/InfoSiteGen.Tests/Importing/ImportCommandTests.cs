using InfoSiteGen.Cli;
using InfoSiteGen.Tests.Support;
using InfoSiteGen.Writing.LegacyEncodings;
using DocumentFormat.OpenXml.Wordprocessing;
using W = InfoSiteGen.Tests.Support.WordDocument;

namespace InfoSiteGen.Tests.Importing;

/// <summary><c>import</c>: Word documents as departments send them become draft items that build.</summary>
public class ImportCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Import(TestSite site, string fileName, byte[] bytes, params string[] args)
    {
        File.WriteAllBytes(Path.Combine(site.Root, fileName), bytes);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(["import", fileName, .. args, "--content", site.ContentDirectory, "--now", "2023-12-01"], stdout, stderr, site.Root);
        return (exit, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    private static string Body(string text) => text[(text.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..].Trim();

    [Fact]
    public async Task Explore()
    {
        using var site = new TestSite();
        var word = new W();
        word.Table(
                W.Row(W.Cell("QUỐC HỘI\n"), W.Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                W.Row(W.Cell("-------"), W.Cell("Độc lập - Tự do - Hạnh phúc")),
                W.Row(W.Cell("Luật số: 02/2016/QH14"), W.Cell("Hà Nội, ngày 18 tháng 11 năm 2016")))
            .Paragraph("LUẬT")
            .Paragraph("TÍN NGƯỠNG, TÔN GIÁO")
            .Paragraph("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;")
            .Paragraph(W.Plain("Dòng một"), W.LineBreak(), W.Plain("dòng hai"), W.PageBreak())
            .Paragraph(W.Plain("Có hộp:"), W.TextBox("Chữ trong hộp"))
            .Table(W.Row(W.Cell("A", span: 2)), W.Row(W.Cell("B", verticalMerge: MergedCellValues.Restart), W.Cell("C")), W.Row(W.Cell("", continues: true), W.Cell("D")))
            .Comment("Xem lại");
        var (exit, stdout, stderr) = await Import(site, "luat.docx", word.ToBytes(), "--section", "laws");
        Assert.Fail($"{exit}\n{stdout}\n{stderr}\n{File.ReadAllText(Directory.GetFiles(Path.Combine(site.ContentDirectory, "laws"), "*.md")[0])}");
    }
}
