using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Cli;

/// <summary>
/// Every command of <c>infositegen</c> with its words and options, in the order help lists them. Help, shell
/// completion and the commands' own reading of their options all come from here.
/// </summary>
public static class Commands
{
    public const string ToolName = "infositegen";

    private static readonly Wording Dir = new("THƯ-MỤC", "DIR");
    private static readonly Wording File = new("TỆP", "FILE");

    private static readonly OptionSpec Content = OptionSpec.Value("content", Dir, new(
        "thư mục nội dung (có site.yml); mặc định: content/ của kho",
        "the content folder (with site.yml); default: content/ of the repository"));

    private static readonly OptionSpec Theme = OptionSpec.Value("theme", Dir, new(
        "thư mục giao diện; mặc định: theme/ của kho",
        "the theme folder; default: theme/ of the repository"));

    private static readonly OptionSpec Now = OptionSpec.Value("now", new("YYYY-MM-DD", "YYYY-MM-DD"), new(
        "ngày mà trang web được dựng theo (khẩu hiệu và bài nào đang được đăng); mặc định: hôm nay theo giờ Việt Nam (UTC+7)",
        "the date the site stands at (which slogans and items are published); default: today in Viet Nam (UTC+7)"));

    private static readonly OptionSpec Preview = OptionSpec.Flag("preview", new(
        "bản xem trước cho người duyệt: đăng cả bản nháp và bài đang chờ duyệt, có ghi rõ; không bao giờ tải bản này lên cổng",
        "a preview for the people who approve: drafts and items in review are published too, marked as such; never upload it"));

    private static readonly OptionSpec Lang = OptionSpec.Value("lang", new("vi|en", "vi|en"), new(
        "ngôn ngữ của thông báo; mặc định: vi, hoặc giá trị của biến môi trường " + TerminalLanguage.Variable,
        "the language of the messages; default: vi, or the environment variable " + TerminalLanguage.Variable),
        "vi", "en");

    public static readonly CommandSpec Build = new("build",
        new("dựng trang web vào thư mục output", "build the site into the output folder"),
        [],
        [
            Content, Theme,
            OptionSpec.Value("output", Dir, new(
                "thư mục nhận trang web; mặc định: output/ của kho; chỉ được thay khi dựng xong không lỗi",
                "the folder the site is built into; default: output/ of the repository; replaced only by a build without errors")),
            Now, Preview,
            OptionSpec.Value("base-url", new("ĐỊA-CHỈ", "URL"), new(
                "địa chỉ nơi trang được đăng (cho sơ đồ trang, bản tin RSS/Atom và ảnh chia sẻ); mặc định: base_url trong site.yml",
                "the address the site is published at (for the sitemap, feeds and share images); default: base_url of site.yml")),
            OptionSpec.Value("zip", File, new(
                "ghi thêm toàn bộ trang vào một tệp zip để gửi đi (ngoài thư mục output)",
                "also write the whole site into a zip file to send (outside the output folder)")),
            Lang,
        ]);

    public static readonly CommandSpec Serve = new("serve",
        new("xem trước trang web trên máy này trong lúc soạn: trang tự tải lại sau mỗi lần lưu",
            "preview the site on this machine while editing: pages reload by themselves after each save"),
        [],
        [
            OptionSpec.Value("port", new("SỐ", "N"), new(
                $"cổng trên 127.0.0.1; mặc định: {Serving.ServeOptions.DefaultPort}",
                $"the port on 127.0.0.1; default: {Serving.ServeOptions.DefaultPort}")),
            Content, Theme, Now, Preview,
            OptionSpec.Value("path", new("/ĐƯỜNG-DẪN/", "/SUB/"), new(
                "phục vụ trang dưới đường dẫn con này, như trên cổng thông tin, ví dụ /nhan-quyen/",
                "serve the site under this sub-path, as on the portal, for example /nhan-quyen/")),
            Lang,
        ]);

    public static readonly CommandSpec Report = new("report",
        new("báo cáo mỗi đơn vị đã gửi những gì, dành cho ban chỉ đạo (không đăng lên trang)",
            "what each department has supplied, for the steering committee (not published)"),
        [],
        [
            Content, Now,
            OptionSpec.Value("format", new("md|csv|html", "md|csv|html"), new(
                "md (mặc định): văn bản Markdown có bảng; csv: mỗi đơn vị, loại và ngôn ngữ một dòng (UTF-8 có BOM, cho Excel); " +
                "html: một trang tự chứa có biểu đồ, in được trên khổ A4",
                "md (default): a Markdown document with tables; csv: one row per department, type and language (UTF-8 with a BOM, " +
                "for Excel); html: one self-contained page with charts, printable on A4"),
                "md", "csv", "html"),
            OptionSpec.Value("lang", new("vi|en", "vi|en"), new(
                "ngôn ngữ của báo cáo và của thông báo; mặc định: vi, hoặc giá trị của biến môi trường " + TerminalLanguage.Variable,
                "the language of the report and of the messages; default: vi, or the environment variable " + TerminalLanguage.Variable),
                "vi", "en"),
            OptionSpec.Value("output", File, new(
                "ghi báo cáo vào TỆP thay vì in ra; TỆP chỉ được thay khi báo cáo xong, và giữ nguyên khi nội dung có lỗi",
                "write the report to FILE instead of standard output; FILE is replaced only once the report is complete, and kept when the content has errors")),
        ],
        new("""
            Mỗi đơn vị trong site.yml có một dòng, theo thứ tự của site.yml, kể cả khi chưa gửi gì; các bài không ghi
            'department' đứng cuối, là "(không có đơn vị)". Theo từng loại (tin bài, văn bản pháp luật, khẩu hiệu, trang)
            và ngôn ngữ: số bài đã duyệt, đang chờ duyệt và bản nháp; các tệp chưa có bản dịch; ngày đăng gần nhất; sau
            đó là tổng cộng và lần thay đổi theo lịch tiếp theo (ngày phải dựng lại trang). Một bài có tệp tiếng Việt và
            tệp tiếng Anh được đếm một lần trong mỗi ngôn ngữ.

            Dạng csv: một dòng tiêu đề, rồi mỗi đơn vị, loại và ngôn ngữ một dòng với số bài theo trạng thái và số tệp
            chưa có bản dịch; UTF-8 có BOM (cho Excel), trích dẫn theo RFC 4180, xuống dòng CRLF. Dạng html: không có
            mã script, không tải gì từ nơi khác; mỗi biểu đồ có bảng số liệu đi kèm.

            site.yml và các tệp nội dung được đọc và kiểm tra như khi dựng trang; lỗi được in ra dạng
            đường-dẫn:dòng:cột: lỗi: nội dung [mã]. Liên kết trong bài và trong giao diện chỉ được kiểm tra khi dựng
            trang (build). Mã thoát 0: đã viết báo cáo; 1: nội dung có lỗi, không viết báo cáo; 2: dòng lệnh viết sai.
            """,
            """
            Every department of site.yml has a row, in the order of site.yml, even without items; items without
            'department' come last, as "(no department)". Per type (articles, laws, slogans, pages) and language: the
            items approved, in review and draft; the files without translation; the latest publication date; then the
            totals and the next scheduled change (the day the site must be rebuilt). An item with a Vietnamese and an
            English file counts once in each language.

            csv: a header row, then one row per department, type and language with the counts per status and of files
            without translation; UTF-8 with a byte-order mark (for Excel), RFC 4180 quoting, CRLF line ends. html: no
            script, nothing loaded from anywhere; each chart is followed by a table of its figures.

            site.yml and the content files are read and checked as the build does; problems are printed as
            path:line:column: error: message [code]. Links in bodies and the theme are checked by build only. Exit
            code 0: report written; 1: the content has errors and no report was written; 2: a mistake on the
            command line.
            """));

    public static readonly CommandSpec New = new("new",
        new("tạo một tệp nội dung mới có giải thích từng mục, hoặc tệp bản dịch của một bài đã có",
            "write a new content file with every key explained, or the other language's file of an item"),
        [
            new(new("LOẠI", "KIND"), new("article, law, slogan, page hoặc event", "article, law, slogan, page or event"), Values: ["article", "law", "slogan", "page", "event"]),
            new(new("TIÊU-ĐỀ", "TITLE"), new("tiêu đề, trong ngoặc kép; tên tệp được đặt theo tiêu đề", "the title, in quotes; the file is named after it")),
        ],
        [
            OptionSpec.Value("lang", new("MÃ", "CODE"), new(
                "ngôn ngữ của tệp mới (một mã trong languages của site.yml), và của thông báo khi là vi hoặc en; mặc định: ngôn ngữ đầu tiên " +
                "trong languages, hoặc với --translate, ngôn ngữ đầu tiên khác ngôn ngữ của bài",
                "the language of the new file (one of languages in site.yml), and of the messages when it is vi or en; default: the first of " +
                "languages, or with --translate, the first other than the item's"),
                "vi", "en"),
            OptionSpec.Value("slug", new("TÊN", "NAME"), new(
                "phần cuối của địa chỉ trang và tên tệp (chữ thường a-z, chữ số, dấu gạch ngang); mặc định: theo tiêu đề. " +
                "Cần khi tiêu đề không có chữ a-z, như tiếng Trung, Nhật, Hàn",
                "the last part of the page's address and the file name (lower-case a-z, digits, hyphens); default: from the title. " +
                "Needed when the title has no letters a-z, as in Chinese, Japanese or Korean")),
            OptionSpec.Value("department", new("MÃ", "ID"), new(
                "mã đơn vị cung cấp bài (một mã trong departments của site.yml)",
                "the supplying department's id (one of departments in site.yml)")),
            OptionSpec.Value("translate", new("ĐƯỜNG-DẪN", "PATH"), new(
                "thay cho LOẠI và TIÊU-ĐỀ: tạo tệp bản dịch của bài này sang ngôn ngữ --lang, chép sẵn các thông tin chung",
                "instead of KIND and TITLE: write this item's file in the --lang language, with the shared facts copied")),
            Content, Now,
        ],
        new("Không bao giờ ghi đè một tệp đã có.", "It never overwrites a file."));

    public static readonly CommandSpec Import = new("import",
        new("biến văn bản Word (.docx) của các đơn vị thành bài nháp, kể cả chữ gõ bằng phông TCVN3 hay VNI",
            "turn the departments' Word documents (.docx) into draft items, text in TCVN3 or VNI fonts included"),
        [new(File, new("các tệp .docx cần nhập", "the .docx files to import"), Many: true)],
        [
            OptionSpec.Value("section", new("CHUYÊN-MỤC", "SECTION"), new(
                "chuyên mục của bài mới; mặc định: articles",
                "the section of the new items; default: articles"),
                "articles", "laws", "pages", "events"),
            OptionSpec.Value("department", new("MÃ", "ID"), new(
                "mã đơn vị đã gửi văn bản (một mã trong departments của site.yml)",
                "the id of the department that sent the document (one of departments in site.yml)")),
            OptionSpec.Value("lang", new("MÃ", "CODE"), new(
                "ngôn ngữ của văn bản (một mã trong languages của site.yml), và của thông báo khi là vi hoặc en; mặc định: ngôn ngữ đầu tiên " +
                "trong languages, hoặc với --translate, ngôn ngữ đầu tiên khác ngôn ngữ của bài",
                "the document's language (one of languages in site.yml), and the messages' when it is vi or en; default: the first of " +
                "languages, or with --translate, the first other than the item's"),
                "vi", "en"),
            OptionSpec.Value("slug", new("TÊN", "NAME"), new(
                "tên tệp mới và phần cuối địa chỉ trang (chữ thường a-z, chữ số, dấu gạch ngang), cho một văn bản; mặc định: theo tiêu đề, " +
                "hoặc tên tệp Word. Cần khi cả hai không có chữ a-z, như tiếng Trung, Nhật, Hàn",
                "the new file's name and the last part of the page's address (lower-case a-z, digits, hyphens), for one document; default: " +
                "from the title, or the Word file's name. Needed when neither has letters a-z, as in Chinese, Japanese or Korean")),
            OptionSpec.Value("translate", new("ĐƯỜNG-DẪN", "PATH"), new(
                "văn bản là bản dịch của bài này: tệp mới đặt tên theo bài đó và chép sẵn các thông tin chung",
                "the document translates this item: the new file is named after it, with the shared facts copied")),
            OptionSpec.Flag("dry-run", new(
                "chỉ in Markdown và danh sách tệp sẽ ghi, không ghi gì",
                "only print the Markdown and the files that would be written, write nothing")),
            Content, Now,
        ],
        new(
            "Mỗi văn bản thành một bài nháp (status: draft) có ghi chú những gì cần kiểm tra; ảnh được lưu vào thư mục cùng tên cạnh bài. Không bao giờ ghi đè một tệp đã có.",
            "Each document becomes a draft item (status: draft) with a note of what to check; its pictures are saved in a folder of the same name beside it. It never overwrites a file."));

    public static readonly CommandSpec Check = new("check",
        new("kiểm tra mọi thứ như khi dựng trang nhưng không ghi gì, liệt kê các bài chưa có bản dịch",
            "check everything a build would, write nothing, list items without translation"),
        [],
        [
            Content, Theme, Now, Preview,
            OptionSpec.Flag("strict", new(
                "coi cảnh báo là lỗi: dùng trước khi đăng",
                "treat warnings as errors: use it before publishing")),
            Lang,
        ]);

    public static readonly CommandSpec Deploy = new("deploy",
        new("đăng trang đã dựng lên thư mục của cổng thông tin, chỉ gửi những gì đã thay đổi",
            "put the built site on the portal's folder, sending only what changed"),
        [],
        [
            OptionSpec.Value("to", new("NƠI-ĐĂNG", "TARGET"), new(
                "nơi đăng (bắt buộc): sftp://người-dùng@máy-chủ[:cổng]/thư-mục/, hoặc thư mục trên máy này hay thư mục mạng đã gắn vào máy",
                "where to deploy (required): sftp://user@host[:port]/path/, or a folder on this machine or a network folder mounted on it")),
            OptionSpec.Value("identity", File, new(
                "khóa riêng SSH để đăng nhập SFTP; mặc định: ~/.ssh/id_ed25519, id_ecdsa, id_rsa. Mật khẩu chỉ lấy từ biến môi trường " + Deploying.SftpLogin.PasswordVariable,
                "the SSH private key to log in with over SFTP; default: ~/.ssh/id_ed25519, id_ecdsa, id_rsa. A password is read only from the environment variable " + Deploying.SftpLogin.PasswordVariable)),
            OptionSpec.Value("known-hosts", File, new(
                "tệp known_hosts chứa khóa của máy chủ SFTP; mặc định: ~/.ssh/known_hosts và /etc/ssh/ssh_known_hosts",
                "the known_hosts file holding the SFTP server's key; default: ~/.ssh/known_hosts and /etc/ssh/ssh_known_hosts")),
            OptionSpec.Value("output", Dir, new(
                "thư mục chứa trang đã dựng; mặc định: output/ của kho",
                "the folder holding the built site; default: output/ of the repository")),
            OptionSpec.Flag("dry-run", new(
                "chỉ in kế hoạch (tệp tải lên, tệp xóa), không thay đổi gì",
                "only print the plan (files to upload, files to delete), change nothing")),
            OptionSpec.Flag("yes", new(
                "không hỏi lại khi lần đăng xóa hơn 20% số tệp của trang",
                "do not ask when the deployment deletes more than 20% of the site's files")),
            Lang,
        ]);

    public static readonly CommandSpec FixEncoding = new("fix-encoding",
        new("chuyển tệp gõ bằng bảng mã TCVN3 (ABC) hoặc VNI sang UTF-8, giữ bản gốc ở TỆP.bak",
            "convert files typed in TCVN3 (ABC) or VNI to UTF-8, keeping the original as FILE.bak"),
        [new(File, new("các tệp cần chuyển", "the files to convert"), Many: true)],
        [
            OptionSpec.Value("from", new("tcvn3|vni", "tcvn3|vni"), new(
                "bảng mã của tệp; mặc định: nhận ra từ nội dung, và từ chối khi không chắc",
                "the files' encoding; default: recognised from the text, refused when in doubt"),
                "tcvn3", "vni"),
            Lang,
        ]);

    public static readonly CommandSpec Completion = new("completion",
        new("in đoạn mã tự hoàn thành lệnh cho bash; thêm vào ~/.bashrc: source <(infositegen completion bash)",
            "print the command completion script for bash; add to ~/.bashrc: source <(infositegen completion bash)"),
        [new(new("SHELL", "SHELL"), new("bash", "bash"), Values: ["bash"])],
        [Lang]);

    public static readonly CommandSpec Help = new("help",
        new("hiện hướng dẫn này, hoặc hướng dẫn của một lệnh", "show this text, or the help of a command"),
        [new(new("LỆNH", "COMMAND"), new("lệnh cần xem hướng dẫn", "the command to explain"))],
        [Lang]);

    public static IReadOnlyList<CommandSpec> All { get; } = [Build, Serve, Report, New, Import, Check, Deploy, FixEncoding, Completion, Help];

    public static CommandSpec? Named(string name) => All.FirstOrDefault(command => command.Name == name);
}
