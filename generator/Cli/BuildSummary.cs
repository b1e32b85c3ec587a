using System.Globalization;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Cli;

/// <summary>The closing lines of a build: pages per language, problems, time taken; in the terminal language.</summary>
public static class BuildSummary
{
    public static string Describe(BuildResult result, BuildOptions options, string workingDirectory, ToolLanguage language)
    {
        var english = language == ToolLanguage.English;
        var seconds = TerminalLanguage.Number(result.Duration.TotalSeconds, "0.00", language) + (english ? " s" : " giây");
        var output = Path.GetRelativePath(workingDirectory, options.OutputDirectory);
        var warnings = english ? Plural(result.WarningCount, "warning") : $"{result.WarningCount} cảnh báo";
        if (!result.Succeeded)
        {
            return english
                ? $"build failed: {Plural(result.ErrorCount, "error")}, {warnings}; {output} was left unchanged ({seconds})"
                : $"không dựng được trang: {result.ErrorCount} lỗi, {warnings}; thư mục {output} được giữ nguyên ({seconds})";
        }

        var perLanguage = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var pages = result.PagesPerLanguage.Values.Sum();
        var sizes = result.SearchIndexBytes is { Count: > 0 } bytes
            ? string.Join(", ", bytes.Select(s => $"{s.Key} {TerminalLanguage.Kilobytes(s.Value, language)}"))
            : null;
        if (english)
        {
            var mode = options.Preview ? " (preview: drafts included, not for publication)" : string.Empty;
            var next = result.NextChange is { } change
                ? $"next scheduled change: {Reporting.ScheduledChangeText.Describe(change)}; rebuild on that day"
                : "next scheduled change: none (no publication window opens or closes after this date)";
            var search = "search index: " + (sizes ?? "none");
            var pictures = $"pictures: {result.Images.Published} published, re-encoded without metadata; {result.Images.Processed} pictures and share cards made, the rest from the cache";
            var built = result.Unchanged
                ? $"nothing changed since the last build: {output} was left as it was, with {Plural(pages, "page")} ({perLanguage}) and {Plural(result.FilesWritten, "file")} in all, as of {options.Now:yyyy-MM-dd}{mode}"
                : $"built {Plural(pages, "page")} ({perLanguage}) and {Plural(result.FilesWritten, "file")} in all into {output} as of {options.Now:yyyy-MM-dd}{mode}";
            var artwork = result.Artwork is { } made
                ? $"\nartwork: {Plural(made.Files, "file")} from {Plural(made.Slogans, "slogan")}, {made.Drawn} drawn, the rest from the cache; font {made.FontPath}"
                : string.Empty;
            return $"{built}; {warnings}; {seconds}\n{search}\n{pictures}{artwork}\n{next}";
        }

        var modeVi = options.Preview ? " (bản xem trước: có cả bản nháp, không dùng để đăng)" : string.Empty;
        var nextVi = result.NextChange is { } changeVi
            ? $"lần thay đổi theo lịch tiếp theo: {Reporting.ScheduledChangeText.Describe(changeVi, language)}; hãy dựng lại trang vào ngày đó"
            : "lần thay đổi theo lịch tiếp theo: không có (sau ngày này không có bài nào bắt đầu hay hết thời gian đăng)";
        var searchVi = "chỉ mục tìm kiếm: " + (sizes ?? "không có");
        var picturesVi = $"ảnh: đăng {result.Images.Published} ảnh, đã mã hóa lại và bỏ hết siêu dữ liệu; {result.Images.Processed} ảnh và thẻ chia sẻ được tạo mới, còn lại lấy từ bộ nhớ đệm";
        var builtVi = result.Unchanged
            ? $"không có gì thay đổi kể từ lần dựng trước: thư mục {output} được giữ nguyên, gồm {pages} trang ({perLanguage}), tổng cộng {result.FilesWritten} tệp, tính đến ngày {options.Now:yyyy-MM-dd}{modeVi}"
            : $"đã dựng {pages} trang ({perLanguage}), tổng cộng {result.FilesWritten} tệp, vào thư mục {output}, tính đến ngày {options.Now:yyyy-MM-dd}{modeVi}";
        var artworkVi = result.Artwork is { } madeVi
            ? $"\nấn phẩm: {madeVi.Files} tệp từ {madeVi.Slogans} khẩu hiệu, vẽ mới {madeVi.Drawn} tệp, còn lại lấy từ bộ nhớ đệm; phông chữ {madeVi.FontPath}"
            : string.Empty;
        return $"{builtVi}; {warnings}; {seconds}\n{searchVi}\n{picturesVi}{artworkVi}\n{nextVi}";
    }


    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
