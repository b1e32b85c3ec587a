using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Cli;

/// <summary>
/// <c>new</c>: writes a new content file with every key of its kind, or the other language's file of an
/// existing item with the shared facts copied. It never overwrites a file.
/// </summary>
public static class NewCommand
{
    private static readonly Dictionary<string, ContentSection> Kinds = new(StringComparer.Ordinal)
    {
        ["article"] = ContentSection.Articles,
        ["law"] = ContentSection.Laws,
        ["slogan"] = ContentSection.Slogans,
        ["page"] = ContentSection.Pages,
        ["event"] = ContentSection.Events,
    };

    /// <summary>
    /// Here <c>--lang</c> is the language of the new file, and the messages at the terminal follow the new file's
    /// language; <paramref name="fallback"/> (from <c>INFOSITEGEN_LANG</c>, else Vietnamese) speaks until it is known.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, ToolLanguage fallback = ToolLanguage.Vietnamese)
    {
        var (words, parsed) = Commands.New.ParseWithWords(args);
        var positional = words.ToArray();
        var contentDirectory = CommonOptions.Folder(parsed, "content", "content", workingDirectory);
        var today = CommonOptions.Now(parsed);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(contentDirectory, diagnostics);
        if (config is null)
        {
            var early = TerminalLanguage.Parse(parsed.Value("lang")) ?? fallback;
            foreach (var diagnostic in diagnostics.All)
            {
                await stderr.WriteLineAsync(diagnostic.Format(early));
            }

            return ExitCodes.ContentErrors;
        }

        var (path, text, language) = parsed.Value("translate") is { } source
            ? Translation(source, positional, parsed, config, contentDirectory, workingDirectory, today)
            : Fresh(positional, parsed, config, today);

        var terminal = TerminalLanguage.Parse(language) ?? fallback;
        var full = Path.Combine(contentDirectory, path);
        if (File.Exists(full))
        {
            await stderr.WriteLineAsync(terminal == ToolLanguage.Vietnamese
                ? $"lỗi: tệp {path} đã có; hãy chọn tên khác hoặc sửa trực tiếp tệp đó"
                : $"error: {path} already exists; choose another title or edit that file");
            return ExitCodes.ContentErrors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllTextAsync(full, text, new System.Text.UTF8Encoding(false));
        await stdout.WriteLineAsync(terminal == ToolLanguage.Vietnamese
            ? $"đã tạo {path}: điền các mục, rồi đổi status thành review khi gửi duyệt"
            : $"created {path}: fill in the keys, then set status to review when sending it for approval");
        return ExitCodes.Success;
    }

    private static (string Path, string Text, string Language) Fresh(string[] positional, ParsedArguments parsed, SiteConfig config, DateOnly today)
    {
        if (positional.Length == 0 || !Kinds.TryGetValue(positional[0], out var section))
        {
            throw new UsageException(new Wording(
                $"hãy ghi loại nội dung cần tạo: {string.Join(", ", Kinds.Keys)}, rồi đến tiêu đề đặt trong dấu ngoặc kép",
                $"say what to create: {string.Join(", ", Kinds.Keys)}, followed by its title in quotes"));
        }

        var title = positional.Length > 1 ? positional[1].Normalize(System.Text.NormalizationForm.FormC).Trim() : string.Empty;
        if (positional.Length != 2 || title.Length == 0)
        {
            throw new UsageException(new Wording(
                $"hãy ghi tiêu đề của {positional[0]} mới trong dấu ngoặc kép, ví dụ: new {positional[0]} \"Lễ kỷ niệm 75 năm\"",
                $"give the title of the new {positional[0]} in quotes, for example: new {positional[0]} \"Lễ kỷ niệm 75 năm\""));
        }

        var language = SiteLanguage(parsed, config, config.DefaultLanguage);
        var given = CommonOptions.Slug(parsed);
        var slug = given ?? Slug.From(title);
        if (slug.Length == 0)
        {
            throw new UsageException(new Wording(
                "tiêu đề không có chữ cái a-z hay chữ số nào để đặt tên tệp và địa chỉ trang; hãy thêm --slug, ví dụ --slug ngay-nhan-quyen",
                "the title has no letters a-z or digits to name the file and the page's address after; add --slug, for example --slug human-rights-day"));
        }

        var department = CommonOptions.Department(parsed, config);

        var path = $"{section.FolderName()}/{slug}.{language}.md";
        return (path, NewItemTemplate.Write(new NewItem(section, language, title, today, department, Slug: given)), language);
    }

    private static (string Path, string Text, string Language) Translation(
        string source, string[] positional, ParsedArguments parsed, SiteConfig config, string contentDirectory, string workingDirectory, DateOnly today)
    {
        if (positional.Length > 0)
        {
            throw new UsageException(new Wording(
                "--translate chỉ nhận tệp cần dịch, không ghi thêm loại nội dung hay tiêu đề",
                "--translate takes the file to translate and no kind or title"));
        }

        CommonOptions.RefuseSlugWithTranslate(parsed);
        var original = TranslationSource.Read(source, config, contentDirectory, workingDirectory);
        var language = SiteLanguage(parsed, config, original.OtherLanguage(config, contentDirectory));
        if (language == original.Item.Language)
        {
            throw new UsageException(new Wording(
                $"{original.File.RelativePath} đã là bản '{language}'; hãy ghi --lang là một ngôn ngữ khác trong {string.Join(", ", config.Languages)}",
                $"{original.File.RelativePath} is already the '{language}' version; give --lang another of {string.Join(", ", config.Languages)}"));
        }

        var path = $"{original.Item.Section.FolderName()}/{original.File.Stem}.{language}.md";
        return (path, NewItemTemplate.Write(new NewItem(original.Item.Section, language, original.Item.Title, today, Copied: original.SharedFacts)), language);
    }

    /// <summary>The new file's language: <c>--lang</c>, which must be one of the site's, else <paramref name="otherwise"/>.</summary>
    private static string SiteLanguage(ParsedArguments parsed, SiteConfig config, string otherwise)
    {
        var language = parsed.Value("lang") ?? otherwise;
        return config.Languages.Contains(language)
            ? language
            : throw new UsageException(new Wording(
                $"--lang '{language}' không phải ngôn ngữ của trang ({string.Join(", ", config.Languages)})",
                $"--lang '{language}' is not one of the site's languages ({string.Join(", ", config.Languages)})"));
    }
}
