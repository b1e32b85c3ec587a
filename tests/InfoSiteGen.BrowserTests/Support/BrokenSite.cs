using System.Text;

namespace InfoSiteGen.BrowserTests.Support;

/// <summary>
/// A hand-written site with one of each fault the crawl must report, so that a crawl that finds nothing on the
/// real site is known to be looking: a missing stylesheet, page and file, a link to a folder, a fragment that
/// names no element, a language switcher that stays in its language, and an image from another host; and,
/// linked from nowhere, a page of invalid HTML that the Nu HTML Checker must refuse.
/// </summary>
public static class BrokenSite
{
    public const string ExternalImage = "http://example.invalid/anh.png";

    /// <summary>An image without alternative text and an id used twice.</summary>
    public const string InvalidPage = "khong-hop-le.html";

    public static void WriteTo(string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "thu-muc"));
        File.WriteAllText(Path.Combine(directory, "index.html"), $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>Trang hỏng</title><link rel="stylesheet" href="khong-co.css"></head>
            <body>
            <nav class="language-switcher"><a href="khac.html" hreflang="en" lang="en">English</a></nav>
            <main id="main">
            <p><a href="khac.html#khong-co-muc-nay">a heading that does not exist</a></p>
            <p><a href="khong-co.html">a page that does not exist</a></p>
            <p><a href="tep/khong-co.pdf">a file that does not exist</a></p>
            <p><a href="thu-muc/">a folder</a></p>
            <p><img src="{ExternalImage}" alt="an image from another host"></p>
            </main>
            </body>
            </html>
            """, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(directory, "khac.html"), """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>Trang khác</title></head><body><main id="main"><p>Trang khác.</p></main></body></html>
            """, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(directory, InvalidPage), """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>Không hợp lệ</title></head>
            <body><main id="main"><p id="doan">Đoạn.</p><p id="doan"><img src="anh.png"></p></main></body></html>
            """, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(directory, "thu-muc", "index.html"), """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>Thư mục</title></head><body><main id="main"><p>Thư mục.</p></main></body></html>
            """, new UTF8Encoding(false));
    }
}
