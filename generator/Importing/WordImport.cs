using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing;
using InfoSiteGen.Writing.LegacyEncodings;

namespace InfoSiteGen.Importing;

/// <summary>What to make of a document: where it goes and what the editor said about it.</summary>
/// <param name="Shared">For a translation, the facts copied from the item it translates, with its slug.</param>
/// <param name="Stem">For a translation, the file name (without language and extension) of the item it translates.</param>
public sealed record ImportRequest(
    ContentSection Section,
    string Language,
    string? DepartmentId,
    DateOnly Today,
    IReadOnlyDictionary<string, string>? Shared = null,
    string? Stem = null,
    string? Slug = null);

/// <summary>A new item made from a document: its file, its pictures (paths relative to the content folder), and what to tell the editor.</summary>
public sealed record ImportedItem(
    string ItemPath,
    string Text,
    IReadOnlyList<(string Path, byte[] Bytes)> Pictures,
    IReadOnlyList<Wording> Warnings,
    Wording Summary);

/// <summary>A file that cannot be imported, with what it is and what to do about it.</summary>
public sealed class ImportRefusedException(Wording message) : Exception(message.English)
{
    public Wording Wording { get; } = message;
}

/// <summary>
/// The Import stage: one Word document (.docx) to one draft item of a section, with front matter filled from what
/// the document says, its pictures saved beside it, legacy-font text in Unicode and Word's invisible junk cleaned by
/// the same rules the build applies to Markdown files. Nothing is written here; the command writes the result.
/// </summary>
public static class WordImport
{
    // The pictures' folder is named after the item, which is known only once the title has been read.
    private const string PictureFolderToken = "\u0001pictures\u0001";

    public static ImportedItem Convert(byte[] bytes, string fileName, ImportRequest request)
    {
        var kind = WordFiles.Identify(bytes);
        if (kind != WordFileKind.Docx)
        {
            throw new ImportRefusedException(Refusal(kind, fileName));
        }

        var converted = Read(bytes)
            ?? (WordFiles.RepairLinkTargets(bytes) is { } repaired ? Read(repaired) : null)
            ?? throw new ImportRefusedException(Refusal(WordFileKind.CorruptPackage, fileName));
        var blocks = converted.Blocks;
        var facts = OfficialHeader.Take(blocks);
        var title = converted.Title ?? facts.Title ?? TakeFirstHeading(blocks) ?? Path.GetFileNameWithoutExtension(fileName);
        title = Composition.Compose(title.Trim());
        var stem = request.Stem ?? request.Slug ?? Slug.From(title);
        if (stem.Length == 0)
        {
            stem = Slug.From(Path.GetFileNameWithoutExtension(fileName));
        }

        if (stem.Length == 0)
        {
            // A title and file name in Chinese, Korean… give no address; an empty one would make a hidden file.
            throw new ImportRefusedException(new Wording(
                $"tiêu đề và tên tệp của {fileName} không có chữ cái a-z hay chữ số nào để đặt tên tệp mới; hãy nhập lại với --slug, ví dụ --slug ngay-nhan-quyen",
                $"the title and file name of {fileName} have no letters a-z or digits to name the new file after; import it again with --slug, for example --slug human-rights-day"));
        }

        var section = request.Section.FolderName();
        var itemPath = $"{section}/{stem}.{request.Language}.md";
        // The pictures' folder sits beside the item and is named after it; a translation's has its language too, so
        // that it never meets the folder of the item it translates.
        var name = stem[(stem.LastIndexOf('/') + 1)..];
        var pictureFolder = request.Stem is null ? name : $"{name}.{request.Language}";
        var itemFolder = stem.Contains('/') ? $"{section}/{stem[..stem.LastIndexOf('/')]}" : section;
        var body = Join(blocks).Replace(PictureFolderToken, pictureFolder, StringComparison.Ordinal);
        var hygiene = new DiagnosticBag();
        body = SourceTextChecks.Inspect(Composition.Compose(body), itemPath, hygiene);

        var values = FrontMatterValues(converted, facts, request);
        var notes = Notes(fileName, request, converted.Notes, facts);
        var text = NewItemTemplate.Write(new NewItem(request.Section, request.Language, title, request.Today, request.DepartmentId, values, body, notes));
        var pictures = converted.Pictures.Select(p => ($"{itemFolder}/{pictureFolder}/{p.FileName}", p.Bytes)).ToList();
        // Text that still looks like an old font's (typed in a font Word does not name) or mixes tone placements is worth a warning too.
        var warnings = Warnings(converted.Notes)
            .Concat(hygiene.All.Where(d => d.Code is DiagnosticCodes.LegacyEncoding or DiagnosticCodes.MixedTonePlacement).Select(d => d.Wording))
            .ToList();
        return new ImportedItem(itemPath, text, pictures, warnings, Summary(fileName, itemPath, converted, hygiene));
    }

    /// <summary>The document converted, or null when the package cannot be read as a Word document.</summary>
    private static ConvertedDocument? Read(byte[] bytes)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            return new DocxConverter(document, PictureFolderToken).Convert();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FormatException or IOException)
        {
            return null;
        }
    }

    /// <summary>Without a title style or an official header, the first heading is the title.</summary>
    private static string? TakeFirstHeading(List<Block> blocks)
    {
        var first = blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading);
        if (first is null)
        {
            return null;
        }

        blocks.Remove(first);
        return first.PlainText;
    }

    /// <summary>
    /// The blocks as one Markdown body. Heading levels are ranked so that the highest used becomes <c>##</c> (the
    /// title is the page's only <c>#</c>) and none is skipped; list items of one list stay on consecutive lines.
    /// </summary>
    private static string Join(List<Block> blocks)
    {
        var ranks = blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Level).Distinct().Order()
            .Select((level, rank) => (level, rank)).ToDictionary(p => p.level, p => Math.Min(6, p.rank + 2));
        var text = new StringBuilder();
        Block? previous = null;
        var depth = -1;
        foreach (var block in blocks.Where(b => b.Markdown.Length > 0))
        {
            var inList = previous?.Kind == BlockKind.ListItem && block.Kind == BlockKind.ListItem;
            if (previous is not null)
            {
                text.Append(inList ? "\n" : "\n\n");
            }

            if (block.Kind == BlockKind.ListItem)
            {
                // A list may go one level deeper than the item before it, never more: "    - x" after a paragraph is code.
                depth = inList ? Math.Min(block.Level, depth + 1) : 0;
                var indent = new string(' ', 4 * depth);
                text.Append(indent).Append(block.Markdown.Replace("\n", "\n" + indent, StringComparison.Ordinal));
            }
            else
            {
                text.Append(block.Kind == BlockKind.Heading ? new string('#', ranks[block.Level]) + " " + block.Markdown : block.Markdown);
            }

            previous = block;
        }

        return text.ToString();
    }

    private static Dictionary<string, string> FrontMatterValues(ConvertedDocument converted, OfficialFacts facts, ImportRequest request)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var date = request.Section == ContentSection.Laws ? facts.IssuedOn ?? converted.Created : converted.Created ?? facts.IssuedOn;
        if (date is { } day)
        {
            values["date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (request.Section == ContentSection.Laws)
        {
            Set("number", facts.Number);
            Set("kind", facts.Kind);
            Set("issuer", facts.Issuer);
            if (facts.IssuedOn is { } issued)
            {
                values["issued_on"] = issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        if (request.Shared is { } shared)
        {
            // A translation's facts are those of the item it translates, even those the document seems to state.
            foreach (var (key, value) in shared)
            {
                values[key] = value;
            }
        }

        return values;

        void Set(string key, string? value)
        {
            if (value is not null)
            {
                values[key] = NewItemTemplate.Quote(value);
            }
        }
    }

    /// <summary>The comment lines at the top of the new file: where it came from and what to check before approval.</summary>
    private static List<string> Notes(string fileName, ImportRequest request, ConversionNotes notes, OfficialFacts facts)
    {
        var vietnamese = request.Language == "vi";
        string Say(string vi, string en) => vietnamese ? vi : en;
        var list = new List<string>
        {
            Say($"Nhập từ {fileName} ngày {request.Today:yyyy-MM-dd}. Cần kiểm tra trước khi gửi duyệt:",
                $"Imported from {fileName} on {request.Today:yyyy-MM-dd}. Check before sending for approval:"),
            Say("- tiêu đề (chữ hoa của tên riêng), ngày, đơn vị, chủ đề và tóm tắt; so nội dung với văn bản gốc",
                "- the title (capitals of proper names), date, department, topics and summary; compare the text with the original"),
        };
        if (request.Section == ContentSection.Laws)
        {
            list.Add(facts.Number is null
                ? Say("- không đọc được số, ký hiệu văn bản: hãy ghi number, kind, issuer, issued_on", "- no document number was found: fill in number, kind, issuer, issued_on")
                : Say("- số, loại, cơ quan ban hành và ngày ban hành đọc từ phần đầu văn bản; thêm ngày có hiệu lực (effective_on)",
                    "- number, kind, issuer and date issued were read from the document's header; add the date in force (effective_on)"));
        }

        if (notes.PicturesWithoutAlt > 0)
        {
            list.Add(Say($"- {notes.PicturesWithoutAlt} ảnh chưa có lời mô tả: thay mỗi 'TODO alt' bằng một câu mô tả ảnh",
                $"- {notes.PicturesWithoutAlt} picture(s) without a text alternative: replace each 'TODO alt' with a sentence describing it"));
        }

        if (notes.UnusablePictures.Count > 0)
        {
            list.Add(Say($"- ảnh ở dạng trình duyệt không hiển thị được (EMF, WMF, TIFF, BMP) bị bỏ qua ({string.Join(", ", notes.UnusablePictures)}): lưu lại thành PNG hoặc JPEG rồi chèn",
                $"- pictures in formats browsers cannot show (EMF, WMF, TIFF, BMP) were left out ({string.Join(", ", notes.UnusablePictures)}): save them as PNG or JPEG and insert them"));
        }

        if (notes.MergedTables > 0)
        {
            list.Add(Say($"- {notes.MergedTables} bảng có ô gộp được giữ dạng HTML, không còn chữ đậm, nghiêng và liên kết trong ô",
                $"- {notes.MergedTables} table(s) with merged cells kept as HTML, without bold, italic or links in the cells"));
        }

        if (notes.TextBoxes > 0)
        {
            list.Add(Say($"- chữ trong {notes.TextBoxes} hộp văn bản được đặt sau đoạn chứa hộp: xem lại vị trí",
                $"- the text of {notes.TextBoxes} text box(es) follows the paragraph that held it: check where it belongs"));
        }

        if (notes.Revisions || notes.Comments > 0)
        {
            list.Add(Say("- văn bản có theo dõi thay đổi hoặc ghi chú: phần xóa đã bỏ, phần thêm được giữ, ghi chú đã bỏ; hỏi đơn vị đây có phải bản cuối",
                "- the document had tracked changes or comments: deletions dropped, insertions kept, comments left out; ask the department whether this is the final version"));
        }

        return list;
    }

    private static List<Wording> Warnings(ConversionNotes notes)
    {
        var warnings = new List<Wording>();
        if (notes.Revisions)
        {
            warnings.Add(new Wording("văn bản có theo dõi thay đổi: phần xóa đã bỏ, phần thêm được giữ", "the document has tracked changes: deletions were dropped, insertions kept"));
        }

        if (notes.Comments > 0)
        {
            warnings.Add(new Wording($"{notes.Comments} ghi chú (comment) trong văn bản đã bỏ", $"{notes.Comments} comment(s) in the document were left out"));
        }

        if (notes.MergedTables > 0)
        {
            warnings.Add(new Wording($"{notes.MergedTables} bảng có ô gộp được giữ dạng HTML", $"{notes.MergedTables} table(s) with merged cells were kept as HTML"));
        }

        if (notes.TextBoxes > 0)
        {
            warnings.Add(new Wording($"chữ trong {notes.TextBoxes} hộp văn bản được giữ, đặt sau đoạn chứa hộp", $"the text of {notes.TextBoxes} text box(es) was kept, after the paragraph that held it"));
        }

        if (notes.PicturesWithoutAlt > 0)
        {
            warnings.Add(new Wording($"{notes.PicturesWithoutAlt} ảnh chưa có lời mô tả (TODO alt)", $"{notes.PicturesWithoutAlt} picture(s) have no text alternative (TODO alt)"));
        }

        if (notes.UnusablePictures.Count > 0)
        {
            warnings.Add(new Wording(
                $"ảnh ở dạng trình duyệt không hiển thị được bị bỏ qua: {string.Join(", ", notes.UnusablePictures)}",
                $"pictures in formats browsers cannot show were left out: {string.Join(", ", notes.UnusablePictures)}"));
        }

        return warnings;
    }

    private static Wording Summary(string fileName, string itemPath, ConversionNotes notes, DiagnosticBag hygiene, int pictures, int paragraphs)
    {
        var vi = new List<string> { $"{paragraphs} đoạn", $"{notes.Tables} bảng", $"{pictures} ảnh", $"{notes.Footnotes} chú thích" };
        var en = new List<string> { Count(paragraphs, "paragraph"), Count(notes.Tables, "table"), Count(pictures, "picture"), Count(notes.Footnotes, "footnote") };
        var legacy = notes.LegacyRuns.OrderBy(p => p.Key).ToList();
        if (legacy.Count > 0)
        {
            vi.Add("chuyển sang Unicode " + string.Join(" và ", legacy.Select(p => $"{p.Value} đoạn chữ {p.Key.DisplayName()}")));
            en.Add("converted to Unicode " + string.Join(" and ", legacy.Select(p => $"{Count(p.Value, "run")} of {p.Key.DisplayName()}")));
        }

        var invisible = hygiene.All.Count(d => d.Code == DiagnosticCodes.InvisibleCharacters);
        var spaces = hygiene.All.Count(d => d.Code == DiagnosticCodes.StrayNonBreakingSpace);
        if (invisible + spaces > 0)
        {
            vi.Add("đã dọn ký tự vô hình và khoảng trắng không ngắt của Word");
            en.Add("removed Word's invisible characters and stray non-breaking spaces");
        }

        return new Wording($"{fileName} → {itemPath}: {string.Join(", ", vi)}", $"{fileName} → {itemPath}: {string.Join(", ", en)}");

        static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
    }

    private static Wording Summary(string fileName, string itemPath, ConvertedDocument converted, DiagnosticBag hygiene) =>
        Summary(fileName, itemPath, converted.Notes, hygiene, converted.Pictures.Count,
            converted.Blocks.Count(b => b.Kind is BlockKind.Paragraph or BlockKind.Heading or BlockKind.ListItem));

    private static Wording Refusal(WordFileKind kind, string fileName) => kind switch
    {
        WordFileKind.OldWord => new Wording(
            $"{fileName} là tệp Word 97-2003 (.doc), không đọc trực tiếp được; hãy mở bằng Word, chọn Lưu thành (Save As) > Tài liệu Word (*.docx), rồi nhập tệp .docx đó",
            $"{fileName} is a Word 97-2003 document (.doc), which cannot be read directly; open it in Word, choose Save As > Word Document (*.docx), and import the .docx"),
        WordFileKind.Encrypted => new Wording(
            $"{fileName} được đặt mật khẩu nên không đọc được; hãy mở bằng Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu > Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập lại",
            $"{fileName} is protected by a password and cannot be read; open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password, clear it), save it and import it again"),
        WordFileKind.OpenDocument => new Wording(
            $"{fileName} là văn bản OpenDocument (.odt); hãy mở bằng LibreOffice Writer hoặc Word và lưu thành Word (*.docx), rồi nhập tệp .docx đó",
            $"{fileName} is an OpenDocument text (.odt); open it in LibreOffice Writer or Word, save it as Word (*.docx) and import the .docx"),
        WordFileKind.Rtf => new Wording(
            $"{fileName} là văn bản RTF; hãy mở bằng Word và lưu thành Tài liệu Word (*.docx), rồi nhập tệp .docx đó",
            $"{fileName} is an RTF document; open it in Word, save it as Word Document (*.docx) and import the .docx"),
        WordFileKind.CorruptPackage => new Wording(
            $"{fileName} là tệp .docx bị hỏng (gói nén không đọc được, thường do tải về hoặc gửi thư bị cắt ngang); hãy xin đơn vị gửi lại, hoặc mở bằng Word để sửa rồi lưu lại",
            $"{fileName} is a damaged .docx (its zip package cannot be read, often a download or e-mail cut short); ask the department to send it again, or open it in Word, which can repair it, and save it again"),
        WordFileKind.OtherPackage => new Wording(
            $"{fileName} là tệp nén nhưng không phải văn bản Word (có thể là Excel hoặc PowerPoint); hãy chép nội dung vào Word, lưu thành .docx rồi nhập",
            $"{fileName} is a zip package but not a Word document (perhaps Excel or PowerPoint); copy the text into Word, save it as .docx and import that"),
        _ => new Wording(
            $"{fileName} không phải văn bản Word (.docx); hãy mở bằng Word và lưu thành Tài liệu Word (*.docx)",
            $"{fileName} is not a Word document (.docx); open it in Word and save it as Word Document (*.docx)"),
    };
}
