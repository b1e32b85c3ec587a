using DocumentFormat.OpenXml.Wordprocessing;
using InfoSiteGen.Cli;
using InfoSiteGen.Tests.Support;
using InfoSiteGen.Writing.LegacyEncodings;
using W = InfoSiteGen.Tests.Support.WordDocument;

namespace InfoSiteGen.Tests.Importing;

/// <summary>
/// <c>import</c>: Word documents as departments send them — styles, lists, tables, pictures, footnotes, revisions,
/// old Vietnamese fonts, the official header — become draft items whose Markdown is exact and which build.
/// </summary>
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

    private static string Read(TestSite site, string path) => File.ReadAllText(Path.Combine(site.ContentDirectory, path));

    private static string Body(string text) => text[(text.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..].Trim();

    private static string Key(string text, string key) =>
        text.Split('\n').Single(l => l.StartsWith(key + ":", StringComparison.Ordinal))[(key.Length + 1)..].Split(" #")[0].Trim();

    [Fact]
    public async Task A_document_titled_and_named_without_latin_letters_is_refused_until_given_a_slug()
    {
        using var site = new TestSite("title: { vi: \"T\" }\nlanguages: [vi, zh-Hans]\ndepartments: []\ntopics: []\n");
        var word = new W();
        word.Title("人权日").Paragraph(W.Plain("越南是联合国人权理事会成员。"));
        var bytes = word.ToBytes();

        var (refusedExit, _, refused) = await Import(site, "人权.docx", bytes, "--lang", "zh-Hans");
        var (exit, _, _) = await Import(site, "人权.docx", bytes, "--lang", "zh-Hans", "--slug", "ngay-nhan-quyen");

        Assert.Equal(1, refusedExit);
        Assert.Equal("lỗi: tiêu đề và tên tệp của 人权.docx không có chữ cái a-z hay chữ số nào để đặt tên tệp mới; hãy nhập lại với --slug, ví dụ --slug ngay-nhan-quyen\n", refused);
        Assert.Equal(0, exit);
        Assert.Equal("越南是联合国人权理事会成员。", Body(Read(site, "articles/ngay-nhan-quyen.zh-Hans.md")));
        Assert.Equal(["ngay-nhan-quyen.zh-Hans.md"], Directory.EnumerateFiles(Path.Combine(site.ContentDirectory, "articles")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_report_becomes_a_draft_article_with_its_headings_emphasis_lists_table_link_and_footnote()
    {
        using var site = new TestSite();
        var word = new W();
        word.Title("Báo cáo kết quả tuyên truyền")
            .Heading(1, "Kết quả")
            .Paragraph(W.Plain("Sở đã tổ chức "), W.Bold("nhiều hoạt động "), W.Plain("và "), W.Italic("hội nghị"), W.Plain("."), word.Footnote("Theo Kế hoạch số 01/KH-STP."))
            .ListItem(W.BulletList, 0, "Tuyên truyền trên báo")
            .ListItem(W.BulletList, 1, "Báo in")
            .ListItem(W.BulletList, 0, "Phát thanh")
            .Paragraph("Các bước:")
            .ListItem(W.NumberedList, 0, "Lập kế hoạch")
            .ListItem(W.NumberedList, 0, "Tổ chức")
            .Heading(2, "Số liệu")
            .Table(W.Row(W.Cell("Đơn vị"), W.Cell("Hình thức")), W.Row(W.Cell("Sở Tư pháp"), W.Cell("Hội nghị | tọa đàm")))
            .Paragraph(W.Plain("Xem "), word.Link("cổng thông tin", "https://example.gov.vn/bao-cao"), W.Plain(" và mục 2*3."))
            .Paragraph(W.Plain("Dòng một"), W.LineBreak(), W.Plain("dòng hai"), W.PageBreak())
            .Paragraph("1. Đây không phải danh sách.");

        var (exit, stdout, stderr) = await Import(site, "bao-cao.docx", word.ToBytes(), "--department", "so-tu-phap");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal("bao-cao.docx → articles/bao-cao-ket-qua-tuyen-truyen.vi.md: 12 đoạn, 1 bảng, 0 ảnh, 1 chú thích\n", stdout);
        var text = Read(site, "articles/bao-cao-ket-qua-tuyen-truyen.vi.md");
        Assert.Equal("\"Báo cáo kết quả tuyên truyền\"", Key(text, "title"));
        Assert.Equal("draft", Key(text, "status"));
        Assert.Equal("so-tu-phap", Key(text, "department"));
        Assert.Equal("2023-12-01", Key(text, "date"));
        Assert.StartsWith("---\n# Nhập từ bao-cao.docx ngày 2023-12-01. Cần kiểm tra trước khi gửi duyệt:\n", text, StringComparison.Ordinal);
        Assert.Equal(
            """
            ## Kết quả

            Sở đã tổ chức **nhiều hoạt động** và *hội nghị*.[^1]

            - Tuyên truyền trên báo
                - Báo in
            - Phát thanh

            Các bước:

            1. Lập kế hoạch
            1. Tổ chức

            ### Số liệu

            | Đơn vị | Hình thức |
            | --- | --- |
            | Sở Tư pháp | Hội nghị \| tọa đàm |

            Xem [cổng thông tin](https://example.gov.vn/bao-cao) và mục 2\*3.

            Dòng một\
            dòng hai

            1\. Đây không phải danh sách.

            [^1]: Theo Kế hoạch số 01/KH-STP.
            """.ReplaceLineEndings("\n"),
            Body(text));

        var result = await site.BuildOkAsync(preview: true);
        var page = site.Html("articles/bao-cao-ket-qua-tuyen-truyen/index.html");
        Assert.Equal(["Kết quả", "Số liệu"], page.QuerySelectorAll(".prose h2, .prose h3").Select(h => h.TextContent));
        Assert.Equal("Hội nghị | tọa đàm", page.QuerySelector(".prose td:last-child")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".prose > ul > li").Length);
        Assert.NotNull(page.QuerySelector(".prose ul ul"));
        Assert.Single(page.QuerySelectorAll(".prose > ol"));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public async Task Pictures_are_saved_beside_the_item_with_their_alt_text_or_a_TODO_that_check_strict_refuses()
    {
        using var site = new TestSite();
        var word = new W();
        var photo = TestPictures.PlainPhoto(80, 60);
        word.Heading(1, "Hội nghị tuyên truyền")
            .Paragraph(word.Picture(photo, "Đại biểu dự hội nghị tại hội trường tỉnh"))
            .Paragraph(word.Picture(TestPictures.PlainPhoto(60, 40), null));

        var (exit, _, stderr) = await Import(site, "hoi-nghi.docx", word.ToBytes());

        Assert.Equal(0, exit);
        Assert.Equal("cảnh báo: hoi-nghi.docx: 1 ảnh chưa có lời mô tả (TODO alt)\n", stderr);
        var text = Read(site, "articles/hoi-nghi-tuyen-truyen.vi.md");
        Assert.Equal(
            "![Đại biểu dự hội nghị tại hội trường tỉnh](hoi-nghi-tuyen-truyen/hinh-1.png)\n\n![TODO alt](hoi-nghi-tuyen-truyen/hinh-2.png)",
            Body(text));
        Assert.Equal(photo, File.ReadAllBytes(Path.Combine(site.ContentDirectory, "articles/hoi-nghi-tuyen-truyen/hinh-1.png")));
        Assert.Contains("# - 1 ảnh chưa có lời mô tả: thay mỗi 'TODO alt' bằng một câu mô tả ảnh\n", text, StringComparison.Ordinal);

        var build = await site.BuildAsync(preview: true);
        Assert.True(build.Succeeded);
        Assert.Contains(build.Diagnostics, d => d.Code == "ISG0208" && d.Message == "the picture hinh-2.png still has 'TODO alt' for its text alternative (left by import, as the Word document had none); write a sentence describing it");
        var check = new StringWriter();
        var strict = await CommandLine.RunAsync(["check", "--strict", "--preview", "--content", site.ContentDirectory, "--lang", "en"], check, check, site.Root);
        Assert.Equal(1, strict);
        Assert.Contains("still has 'TODO alt'", check.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Old_font_runs_become_unicode_beside_unicode_runs_in_one_paragraph()
    {
        using var site = new TestSite();
        var word = new W();
        word.Heading(1, "Văn bản cũ")
            .Paragraph(
                W.Plain("Luật "),
                W.Legacy(".VnTime", "tín ngưỡng, tôn giáo", LegacyEncoding.Tcvn3),
                W.Plain(" và "),
                W.Legacy("VNI-Times", "quyền trẻ em", LegacyEncoding.Vni),
                W.Plain("; "),
                W.Legacy(".VnTimeH", "bình đẳng giới", LegacyEncoding.Tcvn3),
                W.Plain("; "),
                W.Legacy(".VnArial", "người dân tộc thiểu số", LegacyEncoding.Tcvn3, symbolFont: true));

        var (exit, stdout, _) = await Import(site, "cu.docx", word.ToBytes());

        Assert.Equal(0, exit);
        Assert.Equal("Luật tín ngưỡng, tôn giáo và quyền trẻ em; BÌNH ĐẲNG GIỚI; người dân tộc thiểu số", Body(Read(site, "articles/van-ban-cu.vi.md")));
        Assert.Equal("cu.docx → articles/van-ban-cu.vi.md: 1 đoạn, 0 bảng, 0 ảnh, 0 chú thích, chuyển sang Unicode 3 đoạn chữ TCVN3 (ABC) và 1 đoạn chữ VNI\n", stdout);
    }

    [Fact]
    public async Task The_date_comes_from_the_documents_properties_in_viet_nam_time()
    {
        using var site = new TestSite();
        var word = new W().Heading(1, "Tin").Paragraph("Nội dung.").Created(new DateTime(2023, 11, 14, 18, 30, 0, DateTimeKind.Utc));

        await Import(site, "tin.docx", word.ToBytes());

        Assert.Equal("2023-11-15", Key(Read(site, "articles/tin.vi.md"), "date"));
    }

    [Fact]
    public async Task A_whole_document_in_an_old_font_set_in_the_default_style_is_converted()
    {
        using var site = new TestSite();
        var word = new W(normalFont: ".VnTime");
        word.Paragraph(W.Plain(LegacyText.AsWordStoresIt("Đoàn kết là sức mạnh.", LegacyEncoding.Tcvn3)));

        var (exit, _, _) = await Import(site, "doan-ket.docx", word.ToBytes());

        Assert.Equal(0, exit);
        Assert.Equal("Đoàn kết là sức mạnh.", Body(Read(site, "articles/doan-ket.vi.md")));
    }

    [Fact]
    public async Task Random_vietnamese_text_in_old_fonts_comes_back_as_the_same_unicode()
    {
        var random = new Random(20231210);
        foreach (var (encoding, font) in new[] { (LegacyEncoding.Tcvn3, ".VnTime"), (LegacyEncoding.Vni, "VNI-Times") })
        {
            var letters = LegacyText.Characters(encoding).Where(c => char.IsLower(c[0])).ToList();
            for (var round = 0; round < 5; round++)
            {
                var words = Enumerable.Range(0, 40).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => letters[random.Next(letters.Count)])));
                var paragraph = string.Join(' ', words);
                using var site = new TestSite();
                var word = new W().Heading(1, "Thử").Paragraph(W.Legacy(font, paragraph, encoding));

                var (exit, _, _) = await Import(site, "thu.docx", word.ToBytes());

                Assert.Equal(0, exit);
                Assert.Equal(MarkdownEscaped(paragraph), Body(Read(site, "articles/thu.vi.md")));
            }
        }

        static string MarkdownEscaped(string text) => InfoSiteGen.Importing.MarkdownInline.Escape(text);
    }

    [Fact]
    public async Task A_legal_document_gets_its_number_kind_issuer_and_date_from_its_header_which_leaves_the_body()
    {
        using var site = new TestSite();
        var word = new W();
        word.Table(
                W.Row(W.Cell("QUỐC HỘI"), W.Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                W.Row(W.Cell("-------"), W.Cell("Độc lập - Tự do - Hạnh phúc")),
                W.Row(W.Cell("Luật số: 02/2016/QH14"), W.Cell("Hà Nội, ngày 18 tháng 11 năm 2016")))
            .Paragraph("LUẬT")
            .Paragraph("TÍN NGƯỠNG, TÔN GIÁO")
            .Paragraph("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;")
            .Heading(1, "Chương I")
            .Paragraph("Luật này quy định về quyền tự do tín ngưỡng, tôn giáo.");

        var (exit, stdout, _) = await Import(site, "luat.docx", word.ToBytes(), "--section", "laws", "--department", "so-noi-vu");

        Assert.Equal(0, exit);
        Assert.Equal("luat.docx → laws/luat-tin-nguong-ton-giao.vi.md: 3 đoạn, 0 bảng, 0 ảnh, 0 chú thích\n", stdout);
        var text = Read(site, "laws/luat-tin-nguong-ton-giao.vi.md");
        Assert.Equal("\"Luật Tín ngưỡng, tôn giáo\"", Key(text, "title"));
        Assert.Equal("\"02/2016/QH14\"", Key(text, "number"));
        Assert.Equal("\"Luật\"", Key(text, "kind"));
        Assert.Equal("\"Quốc hội\"", Key(text, "issuer"));
        Assert.Equal("2016-11-18", Key(text, "issued_on"));
        Assert.Equal("2016-11-18", Key(text, "date"));
        Assert.Equal(
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\n## Chương I\n\nLuật này quy định về quyền tự do tín ngưỡng, tôn giáo.",
            Body(text));
        await site.BuildOkAsync(preview: true);
        Assert.Contains("02/2016/QH14", site.Html("laws/luat-tin-nguong-ton-giao/index.html").QuerySelector(".law-meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merged_cells_text_boxes_revisions_and_comments_are_kept_or_dropped_with_a_warning()
    {
        using var site = new TestSite();
        var word = new W();
        word.Heading(1, "Kế hoạch")
            .Table(
                W.Row(W.Cell("Nội dung", span: 2)),
                W.Row(W.Cell("Quý I", verticalMerge: MergedCellValues.Restart), W.Cell("Tập huấn")),
                W.Row(W.Cell(string.Empty, continues: true), W.Cell("Hội thi")))
            .Paragraph(W.Plain("Thời gian:"), W.TextBox("Tháng 12 năm 2023"))
            .Paragraph(W.Plain("Giữ "), W.Inserted("phần thêm"), W.Deleted("phần xóa"), W.Plain(" lại."))
            .Comment("Xem lại số liệu");

        var (exit, _, stderr) = await Import(site, "ke-hoach.docx", word.ToBytes(), "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Equal(
            """
            warning: ke-hoach.docx: the document has tracked changes: deletions were dropped, insertions kept
            warning: ke-hoach.docx: 1 comment(s) in the document were left out
            warning: ke-hoach.docx: 1 table(s) with merged cells were kept as HTML
            warning: ke-hoach.docx: the text of 1 text box(es) was kept, after the paragraph that held it

            """.ReplaceLineEndings("\n"),
            stderr);
        Assert.Equal(
            """
            <table>
            <tr><th colspan="2">Nội dung</th></tr>
            <tr><td rowspan="2">Quý I</td><td>Tập huấn</td></tr>
            <tr><td>Hội thi</td></tr>
            </table>

            Thời gian:

            Tháng 12 năm 2023

            Giữ phần thêm lại.
            """.ReplaceLineEndings("\n"),
            Body(Read(site, "articles/ke-hoach.en.md")));
        await site.BuildOkAsync(preview: true);
        var table = site.Html("en/articles/ke-hoach/index.html").QuerySelector(".prose table")!;
        Assert.Equal("2", table.QuerySelector("th")!.GetAttribute("colspan"));
        Assert.Equal("2", table.QuerySelector("td")!.GetAttribute("rowspan"));
    }

    [Fact]
    public async Task Content_controls_fields_nested_tables_anchors_symbols_and_hidden_text_import_as_their_visible_text()
    {
        using var site = new TestSite();
        var word = new W();
        word.Heading(1, "Cấu trúc lạ")
            .Add(new SdtBlock(new SdtContentBlock(new Paragraph(W.Plain("Trong ô nhập liệu.")))))
            .Paragraph(
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                W.Plain("3"),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                W.Plain(" trang; "),
                new Hyperlink(W.Plain("mục trên")) { Anchor = "muc-1" },
                W.Plain(" "),
                new Run(new SymbolChar { Font = "Wingdings", Char = "F0FC" }),
                new Run(new SymbolChar { Font = ".VnTime", Char = "F0B8" }),
                new Run(new RunProperties(new Vanish()), new Text("ẩn")),
                new Run(new TabChar()),
                W.Plain("hết."))
            .Paragraph(string.Empty)
            .Add(new Table(new TableRow(new TableCell(new Paragraph(W.Plain("Ngoài")), new Table(new TableRow(new TableCell(new Paragraph(W.Plain("Trong")))))))));

        var (exit, _, _) = await Import(site, "la.docx", word.ToBytes());

        Assert.Equal(0, exit);
        Assert.Equal("Trong ô nhập liệu.\n\n3 trang; mục trên á hết.\n\n| Ngoài<br>Trong |\n| --- |", Body(Read(site, "articles/cau-truc-la.vi.md")));
        await site.BuildOkAsync(preview: true);
    }

    [Fact]
    public async Task Text_that_markdown_would_read_as_markup_stays_text_on_every_line()
    {
        using var site = new TestSite();
        var word = new W();
        word.Heading(1, "Thành phần")
            .Paragraph(W.Plain("Gồm:"), W.LineBreak(), W.Plain("- Ông A;"), W.LineBreak(), W.Plain("a) Bà B ~ 50 tuổi, 2^3 ++ == xong"))
            .Paragraph("I. Quy định chung")
            .ListItem(W.BulletList, 1, "Mục bắt đầu ở cấp hai");

        await Import(site, "tp.docx", word.ToBytes());

        Assert.Equal(
            "Gồm:\\\n\\- Ông A;\\\na\\) Bà B \\~ 50 tuổi, 2\\^3 \\+\\+ \\=\\= xong\n\nI\\. Quy định chung\n\n- Mục bắt đầu ở cấp hai",
            Body(Read(site, "articles/thanh-phan.vi.md")));
        await site.BuildOkAsync(preview: true);
        var prose = site.Html("articles/thanh-phan/index.html").QuerySelector(".prose")!;
        Assert.Equal("Gồm:\n- Ông A;\na) Bà B ~ 50 tuổi, 2^3 ++ == xong", prose.QuerySelector("p")!.TextContent.Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Single(prose.QuerySelectorAll("ul"));
        Assert.Empty(prose.QuerySelectorAll("pre, ol, del, sup, ins, mark"));
    }

    [Fact]
    public async Task An_article_opening_with_a_plan_number_and_date_keeps_that_paragraph()
    {
        using var site = new TestSite();
        var word = new W().Heading(1, "Tuyên truyền").Paragraph("Thực hiện Kế hoạch số 45/KH-UBND ngày 10 tháng 3 năm 2023 của UBND tỉnh, Sở đã tổ chức tuyên truyền.");

        await Import(site, "tt.docx", word.ToBytes());

        Assert.Equal("Thực hiện Kế hoạch số 45/KH-UBND ngày 10 tháng 3 năm 2023 của UBND tỉnh, Sở đã tổ chức tuyên truyền.", Body(Read(site, "articles/tuyen-truyen.vi.md")));
    }

    [Fact]
    public async Task A_translations_pictures_go_in_a_folder_of_their_own()
    {
        using var site = new TestSite();
        site.Item("articles/2023/hoi-nghi.vi.md", "title: Hội nghị\nstatus: draft\nimage: hoi-nghi/hinh-1.png\nimage_alt: Hội trường");
        site.WriteBytes("articles/2023/hoi-nghi/hinh-1.png", TestPictures.PlainPhoto(40, 30));
        var word = new W();
        word.Heading(1, "Conference").Paragraph(word.Picture(TestPictures.PlainPhoto(50, 30), "The provincial hall"));

        var (exit, _, _) = await Import(site, "conference.docx", word.ToBytes(), "--translate", "articles/2023/hoi-nghi.vi.md");

        Assert.Equal(0, exit);
        Assert.Equal("![The provincial hall](hoi-nghi.en/hinh-1.png)", Body(Read(site, "articles/2023/hoi-nghi.en.md")));
        Assert.True(File.Exists(Path.Combine(site.ContentDirectory, "articles/2023/hoi-nghi.en/hinh-1.png")));
        await site.BuildOkAsync(preview: true);
    }

    [Fact]
    public async Task Pictures_in_text_boxes_and_merged_tables_appear_once_and_links_word_accepted_do_not_refuse_the_file()
    {
        using var site = new TestSite();
        var word = new W();
        var inBox = new Run(new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(
            new Paragraph(word.Picture(TestPictures.PlainPhoto(30, 20), "Ảnh trong hộp")))))));
        var cell = new TableCell(new TableCellProperties(new GridSpan { Val = 2 }), new Paragraph(word.Picture(TestPictures.PlainPhoto(30, 20), "Ảnh trong bảng")));
        word.Heading(1, "Hộp và bảng")
            .Paragraph(W.Plain("Có hộp"), inBox)
            .Table(new TableRow(cell), W.Row(W.Cell("A"), W.Cell("B")))
            .Paragraph(W.Plain("Gửi "), word.Link("thư", "mailto:a@example.gov.vn"), new Run(new SymbolChar { Font = "Arial", Char = "D800" }));
        // Word keeps a link typed as "mailto:a@" as it is; the Open XML SDK refuses such a package outright.
        var bytes = Rewrite(word.ToBytes(), "word/_rels/document.xml.rels", "mailto:a@example.gov.vn", "mailto:a@");

        var (exit, _, stderr) = await Import(site, "hop.docx", bytes, "--lang", "en");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("TODO", stderr, StringComparison.Ordinal);
        var body = Body(Read(site, "articles/hop-va-bang.en.md"));
        Assert.Equal(1, body.Split("Ảnh trong hộp").Length - 1);
        Assert.EndsWith("</table>\n\n![Ảnh trong bảng](hop-va-bang/hinh-2.png)\n\nGửi thư", body, StringComparison.Ordinal);
        await site.BuildOkAsync(preview: true);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        {
            "cu.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
            "error: cu.doc is a Word 97-2003 document (.doc), which cannot be read directly; open it in Word, choose Save As > Word Document (*.docx), and import the .docx"
        },
        {
            "mat-khau.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. System.Text.Encoding.Unicode.GetBytes("EncryptionInfo EncryptedPackage")],
            "error: mat-khau.docx is protected by a password and cannot be read; open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password, clear it), save it and import it again"
        },
        {
            "van-ban.odt", Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")),
            "error: van-ban.odt is an OpenDocument text (.odt); open it in LibreOffice Writer or Word, save it as Word (*.docx) and import the .docx"
        },
        {
            "bang.docx", Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")),
            "error: bang.docx is a zip package but not a Word document (perhaps Excel or PowerPoint); copy the text into Word, save it as .docx and import that"
        },
        {
            "thu.docx", "{\\rtf1\\ansi Xin chao}"u8.ToArray(),
            "error: thu.docx is an RTF document; open it in Word, save it as Word Document (*.docx) and import the .docx"
        },
        {
            "ghi-chu.docx", "Chỉ là chữ."u8.ToArray(),
            "error: ghi-chu.docx is not a Word document (.docx); open it in Word and save it as Word Document (*.docx)"
        },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_is_not_a_readable_docx_says_what_it_is_and_writes_nothing(string name, byte[] bytes, string expected)
    {
        using var site = new TestSite();
        var before = FolderContents.Of(site.ContentDirectory);

        var (exit, stdout, stderr) = await Import(site, name, bytes, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(expected + "\n", stderr);
        Assert.Equal(before, FolderContents.Of(site.ContentDirectory));
    }

    [Fact]
    public async Task A_docx_cut_short_is_called_damaged()
    {
        using var site = new TestSite();
        var whole = new W().Heading(1, "Bài").Paragraph("Nội dung.").ToBytes();

        var (exit, _, stderr) = await Import(site, "hong.docx", whole[..(whole.Length * 2 / 3)], "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Equal("error: hong.docx is a damaged .docx (its zip package cannot be read, often a download or e-mail cut short); ask the department to send it again, or open it in Word, which can repair it, and save it again\n", stderr);
        Assert.False(Directory.Exists(Path.Combine(site.ContentDirectory, "articles")));
    }

    [Fact]
    public async Task An_item_whose_address_is_taken_is_refused_naming_both_and_nothing_is_overwritten()
    {
        using var site = new TestSite();
        site.Item("articles/cu.vi.md", "title: Bài cũ\nstatus: draft\nslug: ke-hoach");
        site.Item("articles/ke-hoach-2.vi.md", "title: Kế hoạch 2\nstatus: draft");
        var before = FolderContents.Of(site.ContentDirectory);

        var (exit, _, stderr) = await Import(site, "a.docx", new W().Heading(1, "Kế hoạch").ToBytes());
        var (again, _, stderr2) = await Import(site, "b.docx", new W().Heading(1, "Kế hoạch 2").ToBytes());

        Assert.Equal(1, exit);
        Assert.Equal("lỗi: bài nhập từ văn bản này sẽ được đăng tại articles/ke-hoach/, địa chỉ của articles/cu.vi.md; hãy đổi tên bài đó, hoặc dùng --translate articles/cu.vi.md nếu văn bản là bản dịch của nó\n", stderr);
        Assert.Equal(1, again);
        Assert.Equal("lỗi: articles/ke-hoach-2.vi.md đã có; văn bản này có thể đã được nhập: hãy sửa trực tiếp tệp đó, hoặc xóa nó trước khi nhập lại\n", stderr2);
        Assert.Equal(before, FolderContents.Of(site.ContentDirectory));
    }

    [Fact]
    public async Task Dry_run_prints_the_markdown_and_the_files_and_writes_nothing()
    {
        using var site = new TestSite();
        var word = new W();
        word.Heading(1, "Tin ngắn").Paragraph(word.Picture(TestPictures.PlainPhoto(40, 30), "Ảnh hội nghị tỉnh"));
        var before = FolderContents.Of(site.ContentDirectory);

        var (exit, stdout, _) = await Import(site, "tin.docx", word.ToBytes(), "--dry-run", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("![Ảnh hội nghị tỉnh](tin-ngan/hinh-1.png)\n", stdout, StringComparison.Ordinal);
        Assert.EndsWith("would write: articles/tin-ngan.en.md\nwould write: articles/tin-ngan/hinh-1.png\n", stdout, StringComparison.Ordinal);
        Assert.Equal(before, FolderContents.Of(site.ContentDirectory));
    }

    [Fact]
    public async Task A_translation_is_named_after_the_item_it_translates_and_shares_its_facts()
    {
        using var site = new TestSite();
        site.Item("articles/hoi-nghi.vi.md", "title: Hội nghị\nstatus: draft\ndate: 2023-11-20\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]");

        var (exit, _, _) = await Import(site, "conference.docx", new W().Heading(1, "Conference").Paragraph("Text.").ToBytes(), "--translate", "articles/hoi-nghi.vi.md");

        Assert.Equal(0, exit);
        var text = Read(site, "articles/hoi-nghi.en.md");
        Assert.Equal("2023-11-20", Key(text, "date"));
        Assert.Equal("so-tu-phap", Key(text, "department"));
        Assert.Equal("[quyen-tre-em]", Key(text, "topics"));
        Assert.Equal("hoi-nghi", Key(text, "slug"));
        await site.BuildOkAsync(preview: true);
        Assert.True(site.Exists("en/articles/hoi-nghi/index.html"));
    }

    private static byte[] Rewrite(byte[] package, string entryName, string from, string to)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(entryName)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            Assert.Contains(from, text, StringComparison.Ordinal);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write(text.Replace(from, to, StringComparison.Ordinal));
        }

        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }
}
