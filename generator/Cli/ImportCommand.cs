using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Importing;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Cli;

/// <summary>
/// <c>import</c>: each Word document becomes a new draft item of a section, with its pictures beside it. A file
/// that is not a readable .docx is refused with what it is and how to save it as one; an item whose file or
/// address is taken is refused naming both. Nothing is ever overwritten, and a refused document writes nothing.
/// </summary>
public static class ImportCommand
{
    private static readonly Dictionary<string, ContentSection> Sections = new(StringComparer.Ordinal)
    {
        ["articles"] = ContentSection.Articles,
        ["laws"] = ContentSection.Laws,
        ["pages"] = ContentSection.Pages,
        ["events"] = ContentSection.Events,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, ToolLanguage fallback = ToolLanguage.Vietnamese)
    {
        var (files, parsed) = Commands.Import.ParseWithWords(args);
        // --lang is the document's language, any of the site's: the messages follow it when it is vi or en.
        var terminal = parsed.Value("lang") is { } code ? TerminalLanguage.Parse(code) ?? fallback : fallback;
        if (files.Count == 0)
        {
            throw new UsageException(new Wording("hãy cho biết tệp .docx cần nhập", "name the .docx file or files to import"));
        }

        var contentDirectory = CommonOptions.Folder(parsed, "content", "content", workingDirectory);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(contentDirectory, diagnostics);
        if (config is null)
        {
            foreach (var diagnostic in diagnostics.All)
            {
                await stderr.WriteLineAsync(diagnostic.Format(terminal));
            }

            return ExitCodes.ContentErrors;
        }

        var request = Request(parsed, files.Count, config, contentDirectory, workingDirectory);
        var dryRun = parsed.Flag("dry-run");
        var taken = TakenAddresses(contentDirectory, config);
        var exit = ExitCodes.Success;
        foreach (var file in files)
        {
            var full = Path.GetFullPath(Path.Combine(workingDirectory, file));
            try
            {
                if (!File.Exists(full))
                {
                    throw new ImportRefusedException(new Wording($"không có tệp {file}", $"{file} does not exist"));
                }

                var item = WordImport.Convert(await File.ReadAllBytesAsync(full), Path.GetFileName(full), request);
                CheckFree(item, request, config, contentDirectory, taken);
                foreach (var warning in item.Warnings)
                {
                    await stderr.WriteLineAsync(TerminalLanguage.WarningPrefix(terminal) + file + ": " + warning.In(terminal));
                }

                if (dryRun)
                {
                    await stdout.WriteLineAsync(item.Text);
                    await stdout.WriteLineAsync((terminal == ToolLanguage.Vietnamese ? "sẽ ghi: " : "would write: ") + item.ItemPath);
                    foreach (var (path, _) in item.Pictures)
                    {
                        await stdout.WriteLineAsync((terminal == ToolLanguage.Vietnamese ? "sẽ ghi: " : "would write: ") + path);
                    }

                    continue;
                }

                Write(item, contentDirectory);
                taken[Address(config, request, item)] = item.ItemPath;
                await stdout.WriteLineAsync(item.Summary.In(terminal));
            }
            catch (ImportRefusedException refused)
            {
                await stderr.WriteLineAsync(TerminalLanguage.ErrorPrefix(terminal) + refused.Wording.In(terminal));
                exit = ExitCodes.ContentErrors;
            }
        }

        return exit;
    }

    private static ImportRequest Request(ParsedArguments parsed, int documents, SiteConfig config, string contentDirectory, string workingDirectory)
    {
        var sectionName = parsed.Value("section") ?? "articles";
        if (!Sections.TryGetValue(sectionName, out var section))
        {
            throw new UsageException(new Wording(
                $"--section '{sectionName}' không hợp lệ; hãy dùng {string.Join(", ", Sections.Keys)}",
                $"--section '{sectionName}' is not one of {string.Join(", ", Sections.Keys)}"));
        }

        var department = CommonOptions.Department(parsed, config);
        var today = CommonOptions.Now(parsed);
        if (parsed.Value("translate") is { } source)
        {
            CommonOptions.RefuseSlugWithTranslate(parsed);
            var original = TranslationSource.Read(source, config, contentDirectory, workingDirectory);
            var language = parsed.Value("lang") ?? original.OtherLanguage(config, contentDirectory);
            return new ImportRequest(original.Item.Section, CheckedLanguage(language, config), department ?? original.Item.DepartmentId, today, original.SharedFacts, original.File.Stem);
        }

        return new ImportRequest(section, CheckedLanguage(parsed.Value("lang") ?? config.DefaultLanguage, config), department, today, Slug: CheckedSlug(parsed, documents));
    }

    /// <summary><c>--slug</c>, for one document whose title gives no address.</summary>
    private static string? CheckedSlug(ParsedArguments parsed, int documents) =>
        documents > 1 && parsed.Value("slug") is not null
            ? throw new UsageException(new Wording(
                "--slug đặt tên cho một văn bản; hãy nhập từng văn bản một khi dùng --slug",
                "--slug names one document; import one document at a time with --slug"))
            : CommonOptions.Slug(parsed);

    private static string CheckedLanguage(string language, SiteConfig config) => config.Languages.Contains(language)
        ? language
        : throw new UsageException(new Wording(
            $"--lang '{language}' không phải ngôn ngữ của trang ({string.Join(", ", config.Languages)})",
            $"--lang '{language}' is not one of the site's languages ({string.Join(", ", config.Languages)})"));

    /// <summary>The address of every item already in the content folder, with its file, so that a new item never takes one.</summary>
    private static Dictionary<string, string> TakenAddresses(string contentDirectory, SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        var reader = new ItemReader(config, diagnostics);
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in ContentReader.Discover(contentDirectory, config, diagnostics))
        {
            var text = SourceText.Read(Path.Combine(contentDirectory, file.RelativePath), file.RelativePath, diagnostics);
            if (text is not null && reader.Read(file, text) is { } item)
            {
                taken.TryAdd(item.UrlPath, item.SourcePath);
            }
        }

        return taken;
    }

    private static string Address(SiteConfig config, ImportRequest request, ImportedItem item) =>
        ContentUrls.Item(config, request.Language, request.Section, Path.GetFileName(item.ItemPath).Split('.')[0]);

    private static void CheckFree(ImportedItem item, ImportRequest request, SiteConfig config, string contentDirectory, Dictionary<string, string> taken)
    {
        if (File.Exists(Path.Combine(contentDirectory, item.ItemPath)))
        {
            throw new ImportRefusedException(new Wording(
                $"{item.ItemPath} đã có; văn bản này có thể đã được nhập: hãy sửa trực tiếp tệp đó, hoặc xóa nó trước khi nhập lại",
                $"{item.ItemPath} already exists; the document may have been imported already: edit that file, or delete it before importing again"));
        }

        var slug = request.Shared is { } shared && shared.TryGetValue("slug", out var given) ? given : null;
        var address = slug is null ? Address(config, request, item) : ContentUrls.Item(config, request.Language, request.Section, slug);
        if (taken.TryGetValue(address, out var owner))
        {
            throw new ImportRefusedException(new Wording(
                $"bài nhập từ văn bản này sẽ được đăng tại {address}, địa chỉ của {owner}; hãy đổi tên bài đó, hoặc dùng --translate {owner} nếu văn bản là bản dịch của nó",
                $"the item from this document would be published at {address}, the address of {owner}; rename that item, or use --translate {owner} if the document translates it"));
        }

        foreach (var (path, _) in item.Pictures)
        {
            if (File.Exists(Path.Combine(contentDirectory, path)))
            {
                throw new ImportRefusedException(new Wording(
                    $"{path} đã có; hãy xóa thư mục ảnh cũ trước khi nhập lại", $"{path} already exists; delete the old picture folder before importing again"));
            }
        }
    }

    private static void Write(ImportedItem item, string contentDirectory)
    {
        foreach (var (path, bytes) in item.Pictures)
        {
            var full = Path.Combine(contentDirectory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            stream.Write(bytes);
        }

        var itemFile = Path.Combine(contentDirectory, item.ItemPath);
        Directory.CreateDirectory(Path.GetDirectoryName(itemFile)!);
        using var writer = new StreamWriter(new FileStream(itemFile, FileMode.CreateNew, FileAccess.Write), new System.Text.UTF8Encoding(false));
        writer.Write(item.Text);
    }
}
