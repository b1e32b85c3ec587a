using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InfoSiteGen.Writing.LegacyEncodings;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using Vml = DocumentFormat.OpenXml.Vml;

namespace InfoSiteGen.Tests.Support;

/// <summary>
/// Builds .docx files for the import tests with the Open XML SDK, as Word writes them: heading and title styles,
/// a bulleted and a numbered list definition, footnotes, comments, hyperlinks and pictures in their parts.
/// </summary>
public sealed class WordDocument
{
    public const int BulletList = 1;
    public const int NumberedList = 2;

    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _document;
    private readonly MainDocumentPart _main;
    private readonly Body _body = new();
    private int _footnotes;
    private int _pictures;

    public WordDocument(string? normalFont = null)
    {
        _document = WordprocessingDocument.Create(_stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        _main = _document.AddMainDocumentPart();
        _main.Document = new Document(_body);
        var styles = _main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = normalFont ?? "Times New Roman", HighAnsi = normalFont ?? "Times New Roman" }))),
            ParagraphStyle("Normal", "Normal", null),
            ParagraphStyle("Title", "Title", null, bold: true),
            ParagraphStyle("Heading1", "heading 1", 0, bold: true),
            ParagraphStyle("Heading2", "heading 2", 1, bold: true),
            ParagraphStyle("Heading3", "heading 3", 2, bold: true));
        var numbering = _main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            ListDefinition(1, NumberFormatValues.Bullet),
            ListDefinition(2, NumberFormatValues.Decimal),
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletList },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = NumberedList });
    }

    public WordDocument Title(string text) => Add(Styled("Title", Plain(text)));

    public WordDocument Heading(int level, string text) => Add(Styled("Heading" + level, Plain(text)));

    public WordDocument Paragraph(params OpenXmlElement[] runs) => Add(new Paragraph(runs));

    public WordDocument Paragraph(string text) => Add(new Paragraph(Plain(text)));

    public WordDocument ListItem(int list, int level, string text) => Add(new Paragraph(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = list })),
        Plain(text)));

    public WordDocument Table(params TableRow[] rows) => Add(new Table(rows));

    public WordDocument Add(OpenXmlElement element)
    {
        _body.Append(element);
        return this;
    }

    public static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Run Bold(string text) => new(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Run Italic(string text) => new(new RunProperties(new Italic()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A run in an old Vietnamese font: <paramref name="unicode"/> encoded as that font's bytes, stored as Word stores them.</summary>
    public static Run Legacy(string font, string unicode, LegacyEncoding encoding, bool symbolFont = false) =>
        new(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font }), new Text(LegacyText.AsWordStoresIt(unicode, encoding, symbolFont)) { Space = SpaceProcessingModeValues.Preserve });

    public static Run LineBreak() => new(new Break());

    public static Run PageBreak() => new(new Break { Type = BreakValues.Page });

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableCell Cell(string text, int span = 1, MergedCellValues? verticalMerge = null, bool continues = false)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (verticalMerge is not null)
        {
            properties.Append(new VerticalMerge { Val = verticalMerge });
        }
        else if (continues)
        {
            properties.Append(new VerticalMerge());
        }

        return new TableCell(properties, new Paragraph(Plain(text)));
    }

    public Hyperlink Link(string text, string url)
    {
        var relation = _main.AddHyperlinkRelationship(new Uri(url, UriKind.RelativeOrAbsolute), true);
        return new Hyperlink(Plain(text)) { Id = relation.Id };
    }

    public Run Footnote(string text)
    {
        var part = _main.FootnotesPart ?? _main.AddNewPart<FootnotesPart>();
        part.Footnotes ??= new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        var id = ++_footnotes;
        part.Footnotes.Append(new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), Plain(" " + text))) { Id = id });
        return new Run(new FootnoteReference { Id = id });
    }

    public Run Picture(byte[] png, string? alt)
    {
        var part = _main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            part.FeedData(data);
        }

        var id = (uint)++_pictures;
        var docProperties = new DW.DocProperties { Id = id, Name = $"Picture {id}" };
        if (alt is not null)
        {
            docProperties.Description = alt;
        }

        return new Run(new Drawing(new DW.Inline(
            new DW.Extent { Cx = 990000L, Cy = 792000L },
            docProperties,
            new A.Graphic(new A.GraphicData(new PIC.Picture(
                new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"image{id}.png" }, new PIC.NonVisualPictureDrawingProperties()),
                new PIC.BlipFill(new A.Blip { Embed = _main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties()))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))));
    }

    public static Run TextBox(string text) =>
        new(new Picture(new Vml.Shape(new Vml.TextBox(new TextBoxContent(new Paragraph(Plain(text)))))));

    public WordDocument Comment(string text)
    {
        var part = _main.WordprocessingCommentsPart ?? _main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments ??= new Comments();
        part.Comments.Append(new Comment(new Paragraph(Plain(text))) { Id = "0", Author = "Sở Tư pháp" });
        return this;
    }

    public static InsertedRun Inserted(string text) => new(Plain(text)) { Id = "1", Author = "Sở Tư pháp" };

    public static DeletedRun Deleted(string text) => new(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Id = "2", Author = "Sở Tư pháp" };

    public WordDocument Created(DateTime when)
    {
        _document.PackageProperties.Created = when;
        return this;
    }

    public byte[] ToBytes()
    {
        _document.Dispose();
        return _stream.ToArray();
    }

    private static Paragraph Styled(string styleId, Run run) => new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), run);

    private static Style ParagraphStyle(string id, string name, int? outline, bool bold = false)
    {
        var style = new Style(new StyleName { Val = name }) { StyleId = id, Type = StyleValues.Paragraph };
        if (outline is { } level)
        {
            style.Append(new StyleParagraphProperties(new OutlineLevel { Val = level }));
        }

        if (bold)
        {
            style.Append(new StyleRunProperties(new Bold()));
        }

        return style;
    }

    private static AbstractNum ListDefinition(int id, NumberFormatValues format) => new(
        Enumerable.Range(0, 3).Select(level => new Level(new NumberingFormat { Val = format }) { LevelIndex = level }))
    {
        AbstractNumberId = id,
    };
}
