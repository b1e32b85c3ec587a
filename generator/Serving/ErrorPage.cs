using System.Globalization;
using System.Text;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Serving;

/// <summary>
/// The page a browser shows instead of the site while the content or theme has errors: each error with its
/// file, line and column, in the language of the server's messages. It is a page of its own (a heading, a
/// list, the language declared, large readable text, its styles inside it) that loads nothing from anywhere
/// but the live-reload script, which reloads it once the errors are fixed.
/// </summary>
public static class ErrorPage
{
    public static readonly Wording Title = new(
        "Chưa xem trước được trang: nội dung có lỗi",
        "The preview cannot be shown: the content has errors");

    public static readonly Wording Advice = new(
        "Sửa các lỗi dưới đây rồi lưu tệp. Trang này tự tải lại khi hết lỗi.",
        "Fix the problems below and save the file. This page reloads by itself once they are fixed.");

    public static readonly Wording ErrorsHeading = new("Các lỗi", "Errors");

    public static readonly Wording Where = new("Vị trí", "Where");

    private const string Style = """
        body { margin: 0; font: 1.125rem/1.6 system-ui, sans-serif; color: #1a1a1a; background: #fff; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; color: #8a1c1c; }
        li { margin: 0 0 1.25rem; padding: 0.75rem 1rem; border-left: 0.375rem solid #8a1c1c; background: #fdf3f3; }
        code { font: 1rem/1.5 ui-monospace, monospace; overflow-wrap: anywhere; }
        p { margin: 0.25rem 0; }
        """;

    public static byte[] Render(IReadOnlyList<Diagnostic> errors, ToolLanguage language, int version)
    {
        var lang = language == ToolLanguage.English ? "en" : "vi";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(lang).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<title>").Append(Encode(Title.In(language))).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(Encode(Title.In(language))).Append("</h1>\n")
            .Append("<p>").Append(Encode(Advice.In(language))).Append("</p>\n")
            .Append("<h2>").Append(Encode(ErrorsHeading.In(language))).Append(" (").Append(errors.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n<ol>\n");
        foreach (var error in errors)
        {
            html.Append("<li>\n<p><span>").Append(Encode(Where.In(language))).Append(": </span><code>").Append(Encode(error.Location.ToString())).Append("</code></p>\n")
                .Append("<p>").Append(Encode(error.Wording.In(language))).Append(" <code>[").Append(Encode(error.Code)).Append("]</code></p>\n</li>\n");
        }

        html.Append("</ol>\n</main>\n").Append(LiveReload.Tag(version)).Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    // Only the characters HTML gives a meaning to: Vietnamese letters stay readable in the page's source.
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
