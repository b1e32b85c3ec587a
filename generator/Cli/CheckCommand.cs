using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;

using InfoSiteGen.Pipeline;

namespace InfoSiteGen.Cli;

/// <summary>
/// <c>check</c>: goes through everything a build does — front matter, links, headings, images, templates —
/// without touching the output folder, then lists the items that exist in one language only.
/// <c>--strict</c> turns warnings into errors, for a gate before publishing.
/// </summary>
public static class CheckCommand
{
    /// <param name="fallback">The terminal language when <c>--lang</c> is not given.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, ToolLanguage fallback = ToolLanguage.Vietnamese)
    {
        var parsed = Commands.Check.Parse(args);
        var language = TerminalLanguage.Choose(parsed, fallback);
        var english = language == ToolLanguage.English;
        var content = CommonOptions.Folder(parsed, "content", "content", workingDirectory);
        var theme = CommonOptions.ThemeFolder(parsed, workingDirectory);
        if (!Directory.Exists(content))
        {
            throw new UsageException(CommonOptions.NoContent.Fill(content));
        }

        var options = new BuildOptions(content, theme, Path.Combine(content, "unused"), CommonOptions.Now(parsed), parsed.Flag("preview"), CheckOnly: true);
        var result = await SiteBuild.RunAsync(options);
        var strict = parsed.Flag("strict");
        foreach (var diagnostic in result.Diagnostics)
        {
            var shown = strict && !diagnostic.IsError ? diagnostic with { Severity = Severity.Error } : diagnostic;
            await stderr.WriteLineAsync(shown.Format(language));
        }

        if (result.Content is { } read)
        {
            await stdout.WriteLineAsync(Normalisation(read).In(language));
            await WriteCoverageAsync(stdout, read, language);
        }

        var errors = result.ErrorCount + (strict ? result.WarningCount : 0);
        var warnings = strict ? 0 : result.WarningCount;
        await stdout.WriteLineAsync(english
            ? $"check: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}{(strict ? " (strict: warnings count as errors)" : string.Empty)}; nothing was written"
            : $"kiểm tra: {errors} lỗi, {warnings} cảnh báo{(strict ? " (chế độ nghiêm ngặt: cảnh báo được tính là lỗi)" : string.Empty)}; không ghi tệp nào");
        return errors == 0 ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    /// <summary>
    /// How many letters were typed decomposed (NFD) and composed (NFC) on reading: harmless for the site, which
    /// does it silently, but a sign that some program saves text that way and that other tools may trip on it.
    /// </summary>
    private static Wording Normalisation(ContentRead read)
    {
        int letters = read.DecomposedLetters, files = read.DecomposedFiles;
        return letters == 0
            ? new Wording("chuẩn hoá: không có chữ nào viết ở dạng tách dấu (NFD)", "normalisation: no letters typed decomposed (NFD)")
            : new Wording(
                $"chuẩn hoá: {letters} chữ viết ở dạng tách dấu (NFD) trong {files} tệp đã được ghép lại (NFC) khi đọc",
                $"normalisation: {letters} letter{(letters == 1 ? string.Empty : "s")} typed decomposed (NFD) in {files} file{(files == 1 ? string.Empty : "s")}, composed (NFC) on reading");
    }

    /// <summary>The translation coverage: every item, published or not, that exists in only some of the site's languages.</summary>
    private static async Task WriteCoverageAsync(TextWriter stdout, ContentRead read, ToolLanguage language)
    {
        var english = language == ToolLanguage.English;
        var config = read.Config;
        var languagesOf = read.Items.GroupBy(i => i.TranslationKey).ToDictionary(g => g.Key, g => g.Select(i => i.Language).ToHashSet());
        var missing = read.Items
            .Where(i => languagesOf[i.TranslationKey].Count < config.Languages.Count)
            .OrderBy(i => i.SourcePath, StringComparer.Ordinal)
            .ToList();
        if (missing.Count == 0)
        {
            await stdout.WriteLineAsync(english
                ? $"translations: every item exists in {List(config.Languages, "and")}"
                : $"bản dịch: mọi bài đều có đủ {List(config.Languages, "và")}");
            return;
        }

        // With two languages an item lacks the other one; with more, it may have several and lack some.
        await stdout.WriteLineAsync(config.Languages.Count == 2
            ? english ? $"translations: {missing.Count} item{(missing.Count == 1 ? string.Empty : "s")} in one language only" : $"bản dịch: {missing.Count} bài chỉ có ở một ngôn ngữ"
            : english ? $"translations: {missing.Count} item{(missing.Count == 1 ? string.Empty : "s")} not in every language" : $"bản dịch: {missing.Count} bài chưa có đủ các ngôn ngữ");
        var width = missing.Max(i => i.SourcePath.Length);
        foreach (var item in missing)
        {
            var lacking = string.Join(", ", config.Languages.Where(l => !languagesOf[item.TranslationKey].Contains(l)));
            await stdout.WriteLineAsync($"  {item.SourcePath.PadRight(width)}  {item.Status.ToString().ToLowerInvariant(),-8}  {(english ? "no" : "thiếu")} {lacking}");
        }
    }

    /// <summary>"vi and en", "vi, en and ko".</summary>
    private static string List(IReadOnlyList<string> items, string and) =>
        items.Count < 2 ? string.Join(string.Empty, items) : $"{string.Join(", ", items.Take(items.Count - 1))} {and} {items[^1]}";
}
