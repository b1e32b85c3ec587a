using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InfoSiteGen.Writing.LegacyEncodings;
using Drawing = DocumentFormat.OpenXml.Drawing;
using Vml = DocumentFormat.OpenXml.Vml;

namespace InfoSiteGen.Importing;

/// <summary>What a block of the converted body is, for joining blocks and for reading a legal document's header.</summary>
internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Table,
    /// <summary>The national motto table or lines at the top of an official document.</summary>
    OfficialHeader,
    Footnote,
}

/// <param name="Level">For a heading, its Word level (1 = Heading 1); for a list item, its depth (0 = top).</param>
internal sealed record Block(BlockKind Kind, string Markdown, string PlainText, int Level = 0);

/// <summary>A picture taken out of the document, to be saved next to the new item.</summary>
public sealed record ImportedPicture(string FileName, byte[] Bytes);

/// <summary>What the conversion met on the way, for the summary line and the warnings.</summary>
public sealed class ConversionNotes
{
    public Dictionary<LegacyEncoding, int> LegacyRuns { get; } = [];

    public int Tables { get; set; }

    public int MergedTables { get; set; }

    public int Footnotes { get; set; }

    public int TextBoxes { get; set; }

    public int Comments { get; set; }

    public bool Revisions { get; set; }

    public int PicturesWithoutAlt { get; set; }

    /// <summary>Pictures in formats a browser cannot show (Windows metafiles, TIFF, BMP), left out with a note at the top.</summary>
    public List<string> UnusablePictures { get; } = [];
}

/// <summary>The document as Markdown blocks, with its title when a style says which paragraph it is.</summary>
internal sealed record ConvertedDocument(string? Title, List<Block> Blocks, IReadOnlyList<ImportedPicture> Pictures, ConversionNotes Notes, DateOnly? Created);

/// <summary>
/// Turns the body of a .docx into Markdown blocks: headings from heading styles and outline levels, paragraphs with
/// bold, italic and links, nested bulleted and numbered lists, tables (pipe tables, or HTML when cells are merged),
/// footnotes and endnotes, pictures with their alternative text, the text of text boxes, line breaks. Deleted
/// revisions, comments, field codes, hidden text and page breaks are left out. Runs in TCVN3 and VNI fonts become
/// Unicode on the way.
/// </summary>
internal sealed class DocxConverter
{
    /// <summary>Stands for a line break until it is known whether it sits in a paragraph or a table cell.</summary>
    private const char LineBreak = '\u2028';

    private readonly WordprocessingDocument _document;
    private readonly MainDocumentPart _main;
    private readonly WordStyles _styles;
    private readonly string _pictureFolder;
    private readonly ConversionNotes _notes = new();
    private readonly List<ImportedPicture> _pictures = [];
    private readonly Dictionary<Uri, string> _pictureNames = [];
    private readonly List<string> _footnoteTexts = [];
    private readonly Dictionary<(bool Endnote, long Id), int> _footnoteNumbers = [];
    private string? _title;

    /// <param name="pictureFolder">The folder, relative to the new item, that its pictures are saved in.</param>
    public DocxConverter(WordprocessingDocument document, string pictureFolder)
    {
        _document = document;
        _main = document.MainDocumentPart ?? throw new InvalidDataException("the package has no main document part");
        _styles = new WordStyles(_main);
        _pictureFolder = pictureFolder;
    }

    public ConvertedDocument Convert()
    {
        var blocks = new List<Block>();
        var body = _main.Document?.Body;
        if (body is not null)
        {
            Blocks(body, _main, blocks);
        }

        _notes.Comments = _main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().Count() ?? 0;
        if (_footnoteTexts.Count > 0)
        {
            blocks.AddRange(_footnoteTexts.Select((text, i) => new Block(BlockKind.Footnote, $"[^{i + 1}]: {text}", text)));
        }

        _notes.Footnotes = _footnoteTexts.Count;
        var created = _document.PackageProperties.Created ?? _document.PackageProperties.Modified;
        return new ConvertedDocument(_title, blocks, _pictures, _notes, created is { } when ? Writing.ProvincialClock.Today(new DateTimeOffset(when.ToUniversalTime())) : null);
    }

    private void Blocks(OpenXmlElement container, OpenXmlPart part, List<Block> blocks)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    Paragraph(paragraph, part, blocks);
                    break;
                case Table table:
                    Table(table, part, blocks);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Blocks(content, part, blocks);
                    break;
                case CustomXmlBlock custom:
                    Blocks(custom, part, blocks);
                    break;
            }
        }
    }

    private void Paragraph(Paragraph paragraph, OpenXmlPart part, List<Block> blocks)
    {
        var inline = new MarkdownInline();
        var boxes = new List<Block>();
        Inlines(paragraph, paragraph, part, inline, null, boxes);
        if (!inline.IsEmpty)
        {
            var plain = inline.PlainText().Replace(LineBreak, ' ');
            var heading = _styles.HeadingLevel(paragraph);
            if (_styles.IsTitle(paragraph) && _title is null)
            {
                _title = plain.Trim();
            }
            else if (heading is { } level)
            {
                blocks.Add(new Block(BlockKind.Heading, inline.ToMarkdown(plain: true).Replace(LineBreak, ' '), plain, level));
            }
            else if (_styles.ListItem(paragraph) is { } item)
            {
                // Indented by its depth when the blocks are joined, where the depth of the item before is known.
                var marker = item.Ordered ? "1. " : "- ";
                blocks.Add(new Block(BlockKind.ListItem, marker + Lines(inline.ToMarkdown(), new string(' ', marker.Length)), plain, item.Level));
            }
            else
            {
                blocks.Add(new Block(BlockKind.Paragraph, Lines(inline.ToMarkdown(), string.Empty), plain));
            }
        }

        blocks.AddRange(boxes);
    }

    /// <summary>
    /// A paragraph's line breaks as Markdown hard breaks, continuation lines indented under a list item, and what
    /// would start a block at the beginning of each line escaped.
    /// </summary>
    private static string Lines(string markdown, string indent) =>
        string.Join("\\\n" + indent, markdown.Split(LineBreak).Select(l => l.Trim()).Where(l => l.Length > 0).Select(MarkdownInline.EscapeLineStart));

    private void Inlines(OpenXmlElement container, Paragraph? paragraph, OpenXmlPart part, MarkdownInline inline, string? link, List<Block> boxes)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Run run:
                    Run(run, paragraph, part, inline, link, boxes);
                    break;
                case Hyperlink hyperlink:
                    Inlines(hyperlink, paragraph, part, inline, LinkOf(hyperlink, part) ?? link, boxes);
                    break;
                case InsertedRun or MoveToRun:
                    _notes.Revisions = true;
                    Inlines(element, paragraph, part, inline, link, boxes);
                    break;
                case DeletedRun or MoveFromRun:
                    _notes.Revisions = true;
                    break;
                case SdtRun sdt when sdt.SdtContentRun is { } content:
                    Inlines(content, paragraph, part, inline, link, boxes);
                    break;
                case SimpleField or CustomXmlRun:
                    Inlines(element, paragraph, part, inline, link, boxes);
                    break;
            }
        }
    }

    private void Run(Run run, Paragraph? paragraph, OpenXmlPart part, MarkdownInline inline, string? link, List<Block> boxes)
    {
        if (WordStyles.IsHidden(run))
        {
            return;
        }

        var bold = _styles.IsBold(run, paragraph);
        var italic = _styles.IsItalic(run, paragraph);
        var legacy = LegacyFonts.Of(_styles.FontOf(run, paragraph));
        var capitals = _styles.IsCapitals(run, paragraph);
        foreach (var element in run.ChildElements)
        {
            switch (element)
            {
                case Text text:
                    var unicode = Writing.Composition.Compose(Unicode(text.Text, legacy));
                    inline.Text(capitals ? unicode.ToUpperInvariant() : unicode, bold, italic, link);
                    break;
                case TabChar or PositionalTab:
                    inline.Text(" ", bold, italic, link);
                    break;
                case Break brk when brk.Type is null || brk.Type.Value == BreakValues.TextWrapping:
                    inline.Markdown(LineBreak.ToString());
                    break;
                case CarriageReturn:
                    inline.Markdown(LineBreak.ToString());
                    break;
                case NoBreakHyphen:
                    inline.Text("-", bold, italic, link);
                    break;
                case SymbolChar symbol:
                    inline.Text(Symbol(symbol), bold, italic, link);
                    break;
                case FootnoteReference footnote when footnote.Id?.Value is { } id:
                    inline.Markdown($"[^{Footnote(false, id)}]");
                    break;
                case EndnoteReference endnote when endnote.Id?.Value is { } id:
                    inline.Markdown($"[^{Footnote(true, id)}]");
                    break;
                case DocumentFormat.OpenXml.Wordprocessing.Drawing drawing:
                    Pictures(drawing, part, inline);
                    TextBoxes(drawing, part, boxes);
                    break;
                case Picture picture:
                    Pictures(picture, part, inline);
                    TextBoxes(picture, part, boxes);
                    break;
                case AlternateContent alternate:
                    // Newer drawings come with a fallback copy for old readers: one of the two is enough.
                    if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                    {
                        Pictures(choice, part, inline);
                        TextBoxes(choice, part, boxes);
                    }

                    break;
            }
        }

        if (legacy is not null && run.Descendants<Text>().Any(t => t.Text.Length > 0))
        {
            _notes.LegacyRuns[legacy.Encoding] = _notes.LegacyRuns.GetValueOrDefault(legacy.Encoding) + 1;
        }
    }

    private static string Unicode(string text, LegacyFont? legacy) => legacy is null ? text : LegacyFonts.ToUnicode(text, legacy);

    private static string Symbol(SymbolChar symbol)
    {
        if (symbol.Char?.Value is not { } hex || !int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var code))
        {
            return string.Empty;
        }

        if (LegacyFonts.Of(symbol.Font?.Value) is { } legacy)
        {
            return LegacyFonts.ToUnicode(((char)code).ToString(), legacy);
        }

        // Symbol and Wingdings glyphs have no meaning as text; a character outside the private-use area is itself.
        return code is >= 0xF000 and <= 0xF0FF or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF ? string.Empty : char.ConvertFromUtf32(code);
    }

    private static string? LinkOf(Hyperlink hyperlink, OpenXmlPart part)
    {
        if (hyperlink.Id?.Value is not { } id)
        {
            return null;
        }

        var target = part.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri;
        return target is { IsAbsoluteUri: true } uri && uri.Scheme is "http" or "https" or "mailto" or "tel" && uri.OriginalString != WordFiles.InvalidTarget
            ? uri.OriginalString
            : null;
    }

    /// <summary>The footnote's number in the Markdown, converting its text the first time it is referred to.</summary>
    private int Footnote(bool endnote, long id)
    {
        if (_footnoteNumbers.TryGetValue((endnote, id), out var number))
        {
            return number;
        }

        OpenXmlPart? part = endnote ? _main.EndnotesPart : _main.FootnotesPart;
        var note = endnote
            ? _main.EndnotesPart?.Endnotes?.Elements<Endnote>().FirstOrDefault(n => n.Id?.Value == id) as OpenXmlElement
            : _main.FootnotesPart?.Footnotes?.Elements<Footnote>().FirstOrDefault(n => n.Id?.Value == id);
        var texts = new List<string>();
        foreach (var paragraph in note?.Elements<Paragraph>() ?? [])
        {
            var inline = new MarkdownInline();
            Inlines(paragraph, paragraph, part!, inline, null, []);
            var text = inline.ToMarkdown().Replace(LineBreak, ' ').Trim();
            if (text.Length > 0)
            {
                texts.Add(text);
            }
        }

        _footnoteTexts.Add(string.Join(" ", texts));
        number = _footnoteTexts.Count;
        _footnoteNumbers[(endnote, id)] = number;
        return number;
    }

    private void Pictures(OpenXmlElement drawing, OpenXmlPart part, MarkdownInline inline)
    {
        // A picture inside a text box belongs to the box's own paragraphs, which convert it themselves.
        bool Outside(OpenXmlElement e) => !e.Ancestors<TextBoxContent>().Any(box => box.Ancestors().Contains(drawing));
        var description = drawing.Descendants<Drawing.Wordprocessing.DocProperties>().FirstOrDefault(Outside);
        var alt = (description?.Description?.Value ?? description?.Title?.Value)?.Trim();
        var ids = drawing.Descendants<Drawing.Blip>().Where(Outside).Select(b => b.Embed?.Value)
            .Concat(drawing.Descendants<Vml.ImageData>().Where(Outside).Select(d => d.RelationshipId?.Value))
            .OfType<string>();
        foreach (var id in ids)
        {
            if (part.TryGetPartById(id, out var found) && found is ImagePart image && SavedName(image) is { } name)
            {
                if (string.IsNullOrWhiteSpace(alt))
                {
                    _notes.PicturesWithoutAlt++;
                }

                var text = string.IsNullOrWhiteSpace(alt) ? "TODO alt" : MarkdownInline.Escape(alt.ReplaceLineEndings(" "));
                inline.Markdown($"![{text}]({_pictureFolder}/{name})");
            }
        }
    }

    /// <summary>The file name a picture is saved under, once per picture however often it appears; null when unusable.</summary>
    private string? SavedName(ImagePart image)
    {
        if (_pictureNames.TryGetValue(image.Uri, out var known))
        {
            return known;
        }

        var extension = image.ContentType switch
        {
            "image/png" => ".png",
            "image/jpeg" or "image/jpg" => ".jpg",
            "image/gif" => ".gif",
            "image/webp" => ".webp",
            "image/svg+xml" => ".svg",
            _ => null,
        };
        if (extension is null)
        {
            _notes.UnusablePictures.Add(Path.GetFileName(image.Uri.OriginalString));
            return null;
        }

        var name = $"hinh-{_pictures.Count + 1}{extension}";
        using var stream = image.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        _pictures.Add(new ImportedPicture(name, copy.ToArray()));
        _pictureNames[image.Uri] = name;
        return name;
    }

    private void TextBoxes(OpenXmlElement drawing, OpenXmlPart part, List<Block> boxes)
    {
        foreach (var content in drawing.Descendants<TextBoxContent>().Where(c => !c.Ancestors<TextBoxContent>().Any()))
        {
            _notes.TextBoxes++;
            Blocks(content, part, boxes);
        }
    }

    private void Table(Table table, OpenXmlPart part, List<Block> blocks)
    {
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).Where(r => r.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        // The text as converted (old fonts in Unicode), so that a header typed in .VnTime is still recognised.
        var plain = CellLines(rows, part);
        if (OfficialHeader.IsMotto(plain) && blocks.Count(b => b.Kind != BlockKind.OfficialHeader) < 3)
        {
            blocks.Add(new Block(BlockKind.OfficialHeader, string.Empty, plain));
            return;
        }

        var cellTexts = rows.Select(r => r.Select(c => CellMarkdown(c, part)).ToList()).ToList();

        _notes.Tables++;
        var merged = rows.SelectMany(r => r).Any(c => c.TableCellProperties?.GridSpan?.Val?.Value > 1 || c.TableCellProperties?.VerticalMerge is not null);
        if (merged)
        {
            _notes.MergedTables++;
            var pictures = new List<string>();
            blocks.Add(new Block(BlockKind.Table, HtmlTable(rows, part, pictures), plain));
            // HTML cells cannot hold Markdown pictures, which must go through the picture pipeline: they follow the table.
            blocks.AddRange(pictures.Select(p => new Block(BlockKind.Paragraph, p, string.Empty)));
            return;
        }

        var columns = cellTexts.Max(r => r.Count);
        var lines = new List<string>();
        for (var i = 0; i < cellTexts.Count; i++)
        {
            var cells = cellTexts[i].Concat(Enumerable.Repeat(string.Empty, columns - cellTexts[i].Count));
            lines.Add("| " + string.Join(" | ", cells) + " |");
            if (i == 0)
            {
                lines.Add("|" + string.Concat(Enumerable.Repeat(" --- |", columns)));
            }
        }

        blocks.Add(new Block(BlockKind.Table, string.Join("\n", lines), plain));
    }

    /// <summary>A cell's paragraphs on one line, as a pipe table needs, separated by line breaks.</summary>
    private string CellMarkdown(TableCell cell, OpenXmlPart part)
    {
        var inner = new List<Block>();
        Blocks(cell, part, inner);
        // A table inside a cell cannot be a table in Markdown: its cells become lines of the outer cell.
        return string.Join("<br>", inner
            .Select(b => b.Kind == BlockKind.Table ? string.Join("<br>", b.PlainText.Split('\n').Select(MarkdownInline.Escape)) : b.Markdown)
            .Select(m => m.Replace("\\\n", "<br>", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal).Trim())
            .Where(t => t.Length > 0));
    }

    /// <summary>The plain text of a table's cells, one line per line of text.</summary>
    private string CellLines(List<List<TableCell>> rows, OpenXmlPart part)
    {
        var lines = new List<string>();
        foreach (var cell in rows.SelectMany(r => r))
        {
            foreach (var paragraph in cell.Descendants<Paragraph>())
            {
                var inline = new MarkdownInline();
                Inlines(paragraph, paragraph, part, inline, null, []);
                lines.AddRange(inline.PlainText().Split(LineBreak).Select(l => l.Trim()).Where(l => l.Length > 0));
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>A table with merged cells, which pipe tables cannot hold, as HTML with colspan and rowspan.</summary>
    private string HtmlTable(List<List<TableCell>> rows, OpenXmlPart part, List<string> pictures)
    {
        var html = new StringBuilder("<table>\n");
        for (var r = 0; r < rows.Count; r++)
        {
            html.Append("<tr>");
            var column = 0;
            foreach (var cell in rows[r])
            {
                var span = (int)(cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (!continues)
                {
                    var rowSpan = merge is null ? 1 : 1 + RowsContinuing(rows, r, column);
                    var tag = r == 0 ? "th" : "td";
                    html.Append('<').Append(tag);
                    if (span > 1)
                    {
                        html.Append($" colspan=\"{span}\"");
                    }

                    if (rowSpan > 1)
                    {
                        html.Append($" rowspan=\"{rowSpan}\"");
                    }

                    var text = string.Join("<br>", cell.Elements<Paragraph>().Select(p =>
                    {
                        var inline = new MarkdownInline();
                        Inlines(p, p, part, inline, null, []);
                        pictures.AddRange(inline.Pictures());
                        return HtmlText(inline.PlainText()).Replace(LineBreak.ToString(), "<br>", StringComparison.Ordinal);
                    }).Where(t => t.Trim().Length > 0));
                    html.Append('>').Append(text).Append("</").Append(tag).Append('>');
                }

                column += span;
            }

            html.Append("</tr>\n");
        }

        return html.Append("</table>").ToString();
    }

    /// <summary>Text for HTML, with only the characters that HTML reads as markup escaped (Vietnamese letters stay letters).</summary>
    private static string HtmlText(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>How many rows below <paramref name="row"/> continue the vertically merged cell at <paramref name="column"/>.</summary>
    private static int RowsContinuing(List<List<TableCell>> rows, int row, int column)
    {
        var count = 0;
        for (var r = row + 1; r < rows.Count; r++)
        {
            var at = 0;
            TableCell? found = null;
            foreach (var cell in rows[r])
            {
                if (at == column)
                {
                    found = cell;
                    break;
                }

                at += (int)(cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
            }

            var merge = found?.TableCellProperties?.VerticalMerge;
            if (merge is null || (merge.Val is not null && merge.Val.Value == MergedCellValues.Restart))
            {
                break;
            }

            count++;
        }

        return count;
    }
}
