using System.Text;

namespace InfoSiteGen.BrowserTests.Support;

/// <summary>
/// The content of the site the browser tests look at: every kind of page in both languages, with two pages
/// of articles per language (page size 2), two years of articles, law filters, a law with an attachment, an
/// article with a lead image, items in only one language, links to headings, upcoming and past events, and a
/// draft that only a preview build shows.
/// </summary>
public static class SiteContent
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2023-11-20";

    private const string SiteYml = """
        title: { vi: "Kỷ niệm 75 năm Ngày Nhân quyền thế giới", en: "75th Anniversary of Human Rights Day" }
        languages: [vi, en]
        description:
          vi: "Thông tin tuyên truyền kỷ niệm 75 năm Ngày Nhân quyền thế giới (10/12/1948 – 10/12/2023)."
          en: "Information on the 75th anniversary of Human Rights Day (10/12/1948 – 10/12/2023)."
        page_size: 2
        departments:
          - id: so-tu-phap
            name: { vi: "Sở Tư pháp", en: "Department of Justice" }
          - id: so-noi-vu
            name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" }
        topics:
          - id: quyen-tre-em
            name: { vi: "Quyền trẻ em", en: "Children's rights" }
          - id: binh-dang-gioi
            name: { vi: "Bình đẳng giới", en: "Gender equality" }
        menus:
          vi:
            - { title: "Trang chủ", path: "" }
            - { title: "Tin bài", path: "articles/" }
            - { title: "Văn bản pháp luật", path: "laws/" }
            - { title: "Khẩu hiệu", path: "slogans/" }
            - { title: "Sự kiện", path: "events/" }
            - { title: "Chủ đề", path: "topics/" }
            - { title: "Giới thiệu", path: "gioi-thieu/" }
          en:
            - { title: "Home", path: "" }
            - { title: "Articles", path: "articles/" }
            - { title: "Legal documents", path: "laws/" }
            - { title: "Slogans", path: "slogans/" }
            - { title: "Events", path: "events/" }
            - { title: "Topics", path: "topics/" }
            - { title: "About", path: "about/" }
        contact:
          vi: { organisation: "Sở Thông tin và Truyền thông", address: "Số 1 đường Nguyễn Huệ, thành phố Huế", phone: "0234 3822 000", email: "stttt@example.gov.vn" }
          en: { organisation: "Department of Information and Communications", address: "1 Nguyen Hue Street, Hue City", phone: "0234 3822 000", email: "stttt@example.gov.vn" }
        footer:
          vi: "Trang thông tin do Sở Thông tin và Truyền thông quản lý."
          en: "This site is managed by the Department of Information and Communications."
        """;

    public static void WriteTo(string contentDirectory)
    {
        void Write(string path, string text)
        {
            var full = Path.Combine(contentDirectory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }

        void WriteBytes(string path, byte[] bytes)
        {
            var full = Path.Combine(contentDirectory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        void Item(string path, string frontMatter, string body) =>
            Write(path, $"---\n{frontMatter.Trim()}\n---\n\n{body.Trim()}\n");

        Write("site.yml", SiteYml);

        // Pages with media: a gallery and a captioned video in both languages, a radio spot with its transcript.
        WriteBytes("pages/trien-lam/mot.png", TinyFiles.Png(640, 400, 0x9B, 0x1C, 0x1C));
        WriteBytes("pages/trien-lam/hai.png", TinyFiles.Png(640, 400, 0x0B, 0x4A, 0x8B));
        WriteBytes("pages/trien-lam/poster.png", TinyFiles.Png(640, 360, 0x1B, 0x1B, 0x1B));
        WriteBytes("pages/trien-lam/phim.mp4", TinyFiles.Mp4());
        Write("pages/trien-lam/phu-de.vi.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nKính thưa các đại biểu.\n");
        Write("pages/trien-lam/phu-de.en.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nDistinguished delegates.\n");
        const string Gallery = "gallery:\n  - { src: trien-lam/mot.png, alt: Ảnh thứ nhất của triển lãm, caption: Khu trưng bày thứ nhất, credit: Sở Tư pháp }\n  - { src: trien-lam/hai.png, alt: Ảnh thứ hai của triển lãm }";
        const string Video = "video: trien-lam/phim.mp4\nposter: trien-lam/poster.png\ncaptions: { vi: trien-lam/phu-de.vi.vtt, en: trien-lam/phu-de.en.vtt }";
        Item("pages/trien-lam.vi.md", $"title: Triển lãm ảnh và phim tư liệu\n{Approved}\ndate: 2023-12-06\n{Video}\n{Gallery}", "Kính thưa các đại biểu.");
        Item("pages/trien-lam.en.md", $"title: Photo exhibition and documentary\n{Approved}\ndate: 2023-12-06\nslug: exhibition\n{Video}\n{Gallery}", "Distinguished delegates.");
        WriteBytes("pages/phat-thanh.mp3", TinyFiles.Mp3());
        Item("pages/phat-thanh.vi.md", $"title: Tin phát thanh\n{Approved}\ndate: 2023-12-07\naudio: phat-thanh.mp3", "Nhân dịp kỷ niệm 75 năm Ngày Nhân quyền thế giới.");

        // Articles: four per language over two years, so each language has two list pages and two year lists.
        WriteBytes("articles/anh/hoi-nghi.png", TinyFiles.Png(1200, 600, 0x0B, 0x4A, 0x8B));
        Item("articles/hoi-nghi.vi.md",
            $"title: Hội nghị tuyên truyền Luật Trẻ em\n{Approved}\ndate: 2023-12-05\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]\n" +
            "summary: Hội nghị giới thiệu những điểm mới của Luật Trẻ em cho cán bộ cấp xã.\nimage: anh/hoi-nghi.png\nimage_alt: Quang cảnh hội nghị tại hội trường của tỉnh",
            """
            Sáng 5/12, Sở Tư pháp tổ chức hội nghị tuyên truyền [Luật Trẻ em](../laws/luat-tre-em.md) cho cán bộ cấp xã.

            ## Nội dung chính

            Báo cáo viên giới thiệu [phạm vi điều chỉnh của Luật](../laws/luat-tre-em.md#pham-vi-dieu-chinh) và các quyền của trẻ em.
            Xem thêm [kết quả hội nghị](#ket-qua) bên dưới.

            ## Kết quả

            Hơn 200 đại biểu tham dự.
            """);
        Item("articles/hoi-nghi.en.md",
            $"title: Conference on the Law on Children\n{Approved}\ndate: 2023-12-05\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]\nslug: conference-law-on-children\n" +
            "summary: A conference presented what is new in the Law on Children to commune officials.\nimage: anh/hoi-nghi.png\nimage_alt: The conference hall of the province during the meeting",
            """
            On 5 December the Department of Justice held a conference on the [Law on Children](../laws/luat-tre-em.md) for commune officials.

            ## Main points

            Speakers presented the [scope of the Law](../laws/luat-tre-em.md#scope) and the rights of children.
            See the [results](#results) below.

            ## Results

            More than 200 delegates took part.
            """);
        Item("articles/tro-giup-phap-ly.vi.md",
            $"title: Trợ giúp pháp lý cho đồng bào dân tộc thiểu số\n{Approved}\ndate: 2023-11-20\ndepartment: so-tu-phap\ntopics: [quyen-tre-em, binh-dang-gioi]\nsummary: Các đợt trợ giúp pháp lý lưu động tại huyện miền núi.",
            "Bài thử nghiệm về trợ giúp pháp lý lưu động.");
        Item("articles/tro-giup-phap-ly.en.md",
            $"title: Legal aid for ethnic minority communities\n{Approved}\ndate: 2023-11-20\ndepartment: so-tu-phap\ntopics: [quyen-tre-em, binh-dang-gioi]\nslug: legal-aid\nsummary: Mobile legal aid sessions in mountain districts.",
            "A test article about mobile legal aid.");
        Item("articles/binh-dang-gioi-2022.vi.md",
            $"title: Tháng hành động vì bình đẳng giới năm 2022\n{Approved}\ndate: 2022-11-15\ndepartment: so-noi-vu\ntopics: [binh-dang-gioi]\nsummary: Các hoạt động hưởng ứng tháng hành động.",
            "Các sở, ngành tổ chức nhiều hoạt động hưởng ứng.");
        Item("articles/binh-dang-gioi-2022.en.md",
            $"title: Action month for gender equality 2022\n{Approved}\ndate: 2022-11-15\ndepartment: so-noi-vu\ntopics: [binh-dang-gioi]\nslug: gender-equality-month-2022\nsummary: Activities of the action month.",
            "Departments held many activities during the month.");
        // Published in one language only: the language switcher leads to the other language's list.
        Item("articles/chi-tieng-viet.md",
            $"title: Tọa đàm về quyền của người cao tuổi\n{Approved}\ndate: 2023-12-01\ndepartment: so-noi-vu\nsummary: Bài chỉ có bản tiếng Việt.",
            "Tọa đàm diễn ra tại Hội trường Sở Nội vụ.");
        Item("articles/english-only.en.md",
            $"title: Visit of a delegation of the United Nations\n{Approved}\ndate: 2022-06-01\ndepartment: so-noi-vu\nsummary: An article published in English only.",
            "The delegation met the provincial People's Committee.");
        // A draft: only the preview build publishes it, under its banner.
        Item("articles/ban-nhap.vi.md",
            "title: Dự thảo kế hoạch truyền thông năm 2024\nstatus: draft\ndate: 2023-12-08\ndepartment: so-noi-vu\nsummary: Bản nháp chưa được duyệt.",
            "Nội dung dự thảo.");

        // Laws: facets by kind, issuer, year and legal status; one with a downloadable attachment.
        WriteBytes("laws/files/luat-tre-em-2016.pdf", TinyFiles.Pdf());
        Item("laws/luat-tre-em.vi.md",
            $"title: Luật Trẻ em\n{Approved}\nnumber: 102/2016/QH13\nkind: Luật\nissuer: Quốc hội\nissued_on: 2016-04-05\neffective_on: 2017-06-01\nlegal_status: in_force\n" +
            "department: so-tu-phap\ntopics: [quyen-tre-em]\nsummary: Quy định quyền và bổn phận của trẻ em.\nattachment: files/luat-tre-em-2016.pdf\nsource_url: https://vbpl.vn/luat-tre-em-2016",
            """
            ## Phạm vi điều chỉnh

            Luật quy định về quyền, bổn phận của trẻ em và trách nhiệm của cơ quan, tổ chức, gia đình.

            ## Quyền của trẻ em

            Trẻ em có quyền được sống, được bảo vệ, được học tập và phát triển.
            """);
        Item("laws/luat-tre-em.en.md",
            $"title: Law on Children\n{Approved}\nnumber: 102/2016/QH13\nkind: Law\nissuer: National Assembly\nissued_on: 2016-04-05\neffective_on: 2017-06-01\nlegal_status: in_force\n" +
            "department: so-tu-phap\ntopics: [quyen-tre-em]\nslug: law-on-children\nsummary: The rights and duties of children.\nattachment: files/luat-tre-em-2016.pdf\nsource_url: https://vbpl.vn/luat-tre-em-2016",
            """
            ## Scope

            The Law sets out the rights and duties of children and the responsibilities of agencies, organisations and families.

            ## Rights of children

            Children have the right to life, protection, education and development.
            """);
        Item("laws/luat-binh-dang-gioi.vi.md",
            $"title: Luật Bình đẳng giới\n{Approved}\nnumber: 73/2006/QH11\nkind: Luật\nissuer: Quốc hội\nissued_on: 2006-11-29\neffective_on: 2007-07-01\nlegal_status: amended\n" +
            "department: so-noi-vu\ntopics: [binh-dang-gioi]\nsummary: Nguyên tắc và biện pháp bảo đảm bình đẳng giới.",
            "Luật quy định nguyên tắc bình đẳng giới trong mọi lĩnh vực.");
        Item("laws/luat-binh-dang-gioi.en.md",
            $"title: Law on Gender Equality\n{Approved}\nnumber: 73/2006/QH11\nkind: Law\nissuer: National Assembly\nissued_on: 2006-11-29\neffective_on: 2007-07-01\nlegal_status: amended\n" +
            "department: so-noi-vu\ntopics: [binh-dang-gioi]\nslug: law-on-gender-equality\nsummary: Principles and measures of gender equality.",
            "The Law sets out the principles of gender equality in every field.");
        Item("laws/nghi-dinh-62.vi.md",
            $"title: Nghị định về phòng, chống mua bán người\n{Approved}\nnumber: 62/2012/NĐ-CP\nkind: Nghị định\nissuer: Chính phủ\nissued_on: 2012-08-13\neffective_on: 2012-10-01\nlegal_status: expired\n" +
            "department: so-tu-phap\nsummary: Căn cứ xác định nạn nhân bị mua bán.",
            "Nghị định đã hết hiệu lực.");

        // Slogans, shown from 30/11 to 30/12/2023.
        var window = "publish_from: 2023-11-30\npublish_until: 2023-12-30";
        Item("slogans/chao-mung.vi.md", $"title: Chào mừng 75 năm\n{Approved}\n{window}\nweight: 1\ndepartment: so-tu-phap",
            "Nhiệt liệt chào mừng 75 năm Ngày Nhân quyền thế giới!");
        Item("slogans/chao-mung.en.md", $"title: Welcome to the 75th anniversary\n{Approved}\n{window}\nweight: 1\ndepartment: so-tu-phap\nslug: welcome",
            "Celebrating 75 years of Human Rights Day!");
        Item("slogans/quyen-tre-em.vi.md", $"title: Bảo vệ quyền trẻ em\n{Approved}\n{window}\nweight: 2",
            "Bảo vệ, chăm sóc và giáo dục trẻ em là trách nhiệm của toàn xã hội.");
        Item("slogans/quyen-tre-em.en.md", $"title: Protecting children's rights\n{Approved}\n{window}\nweight: 2\nslug: childrens-rights",
            "Protecting, caring for and educating children is the duty of all society.");

        // Events around the build date (10/12/2023): one past, one under way, one to come, one abroad.
        var place = "location: { name: Hội trường UBND tỉnh, address: \"Số 1 đường Lê Lợi, thành phố Huế\" }";
        Item("events/toa-dam.vi.md", $"title: Tọa đàm về quyền con người\n{Approved}\nstarts: 2023-12-08 08:00\nends: 2023-12-08 11:30\n{place}\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]\nregistration: dangky@example.gov.vn\nsummary: Tọa đàm kỷ niệm 75 năm Ngày Nhân quyền thế giới.",
            "Tọa đàm trao đổi về việc phổ biến pháp luật về quyền con người.");
        Item("events/toa-dam.en.md", $"title: Seminar on human rights\n{Approved}\nstarts: 2023-12-08 08:00\nends: 2023-12-08 11:30\nlocation: {{ name: Provincial People's Committee hall, address: \"1 Le Loi Street, Hue City\" }}\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]\nregistration: dangky@example.gov.vn\nslug: seminar\nsummary: A seminar for the 75th anniversary of Human Rights Day.",
            "A seminar on making the law on human rights known.");
        Item("events/trien-lam-anh.vi.md", $"title: Triển lãm ảnh về quyền trẻ em\n{Approved}\nstarts: 2023-12-05\nends: 2023-12-15\nlocation: Nhà văn hóa tỉnh\ndepartment: so-noi-vu", "Triển lãm ảnh.");
        Item("events/chieu-phim.vi.md", $"title: Chiếu phim tài liệu\n{Approved}\nstarts: 2023-12-20 19:30\nends: 2023-12-20 21:00\n{place}\nregistration: \"0234 3822 000\"", "Chiếu phim tài liệu về bình đẳng giới.");
        Item("events/giơ-ne-vơ.vi.md", $"title: Phiên đối thoại tại Giơ-ne-vơ\n{Approved}\nstarts: 2024-01-22 10:00\nends: 2024-01-22 13:00\ntime_zone: Europe/Zurich\nlocation: Palais des Nations", "Phiên đối thoại.");

        // A standalone page with a table of contents that links to its own headings.
        Item("pages/gioi-thieu.vi.md", $"title: Giới thiệu\n{Approved}\nsummary: Về trang thông tin này.",
            """
            Trang thông tin giới thiệu các hoạt động kỷ niệm. Xem [mục đích](#muc-dich) và [liên hệ](#lien-he),
            [triển lãm ảnh và phim](trien-lam.vi.md) và [tin phát thanh](phat-thanh.vi.md).

            ## Mục đích

            Phổ biến pháp luật về quyền con người.

            ## Liên hệ

            Gửi ý kiến qua [thư điện tử](mailto:stttt@example.gov.vn) hoặc gọi [0234 3822 000](tel:+842343822000).
            """);
        Item("pages/gioi-thieu.en.md", $"title: About\n{Approved}\nslug: about\nsummary: About this site.",
            """
            This site presents the anniversary activities. See the [purpose](#purpose) and [contact](#contact),
            and the [exhibition](trien-lam.en.md).

            ## Purpose

            To make the law on human rights known.

            ## Contact

            Write to [our e-mail address](mailto:stttt@example.gov.vn) or call [0234 3822 000](tel:+842343822000).
            """);
    }
}
