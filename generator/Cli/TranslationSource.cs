using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Cli;

/// <summary>
/// The item a new file translates (<c>new --translate</c>, <c>import --translate</c>): read and checked, with the
/// front matter facts that translations share, as the editor wrote them, to copy into the new file.
/// </summary>
internal sealed record TranslationSource(ContentFile File, ContentItem Item, Dictionary<string, string> SharedFacts)
{
    /// <summary>Front matter keys whose values a translation shares with the item it translates.</summary>
    private static readonly string[] SharedKeys =
        ["date", "department", "topics", "publish_from", "publish_until", "translation_key", "weight",
         "number", "issued_on", "effective_on", "legal_status", "source_url", "attachment", "image",
         "starts", "ends", "time_zone", "registration"];

    /// <summary>
    /// The language the translation is written in when <c>--lang</c> does not say: the first of the site's other
    /// languages that has no file of this item yet, else the first other language (which then refuses to overwrite).
    /// </summary>
    /// <exception cref="UsageException">The site has one language only.</exception>
    public string OtherLanguage(SiteConfig config, string contentDirectory)
    {
        var others = config.Languages.Where(l => l != Item.Language).ToList();
        return others.FirstOrDefault(l => !System.IO.File.Exists(Path.Combine(contentDirectory, Item.Section.FolderName(), $"{File.Stem}.{l}.md")))
            ?? others.FirstOrDefault()
            ?? throw new UsageException(new Wording(
                $"trang chỉ có một ngôn ngữ ({Item.Language}) nên không có bản dịch nào để tạo; hãy thêm ngôn ngữ vào 'languages' trong site.yml",
                $"the site has one language ({Item.Language}), so there is nothing to translate into; add a language to 'languages' in site.yml"));
    }

    /// <summary>Reads <paramref name="source"/>, a path from the working folder or the content folder.</summary>
    /// <exception cref="UsageException">The file is not a content file, or has errors.</exception>
    public static TranslationSource Read(string source, SiteConfig config, string contentDirectory, string workingDirectory)
    {
        var full = Path.GetFullPath(Path.Combine(workingDirectory, source));
        if (!System.IO.File.Exists(full))
        {
            full = Path.GetFullPath(Path.Combine(contentDirectory, source));
        }

        var relative = Path.GetRelativePath(contentDirectory, full).Replace('\\', '/');
        if (!System.IO.File.Exists(full) || relative.StartsWith("..", StringComparison.Ordinal))
        {
            throw new UsageException(new Wording(
                $"--translate '{source}' không phải tệp trong thư mục nội dung",
                $"--translate '{source}' is not a file of the content folder"));
        }

        var diagnostics = new DiagnosticBag();
        var file = ContentReader.Discover(contentDirectory, config, diagnostics).FirstOrDefault(f => f.RelativePath == relative)
            ?? throw new UsageException(new Wording(
                $"--translate '{source}' không phải tệp nội dung nằm trong thư mục chuyên mục",
                $"--translate '{source}' is not a content file of a section folder"));
        var text = SourceText.Read(full, relative, diagnostics);
        var item = text is null ? null : new ItemReader(config, diagnostics).Read(file, text);
        if (item is null || text is null)
        {
            throw new UsageException(new Wording(
                $"--translate '{source}' đang có lỗi; hãy chạy build để xem các lỗi và sửa chúng trước",
                $"--translate '{source}' has errors; run build to see them and fix them first"));
        }

        var shared = SharedValues(text, relative, diagnostics);
        shared["slug"] = item.Slug;
        // Translations must agree on the date: an item without one gives a translation without one, not today's.
        shared.TryAdd("date", string.Empty);
        if (item.ImageAlt is { } alt && shared.ContainsKey("image"))
        {
            // The lead picture is shared, its description is not: the translator finds it marked to translate, and
            // the build warns (check --strict refuses) until it is.
            shared["image_alt"] = NewItemTemplate.Quote($"TODO: {alt}");
        }
        return new TranslationSource(file, item, shared);
    }

    /// <summary>The shared facts as written in the source front matter, so the copy keeps the editor's own form.</summary>
    private static Dictionary<string, string> SharedValues(string text, string path, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = FrontMatter.Split(text, path, diagnostics);
        foreach (var line in parts?.Yaml.Split('\n') ?? [])
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && !char.IsWhiteSpace(line[0]) && SharedKeys.Contains(line[..colon].Trim()))
            {
                var value = line[(colon + 1)..].Trim();
                if (value.Length > 0)
                {
                    values[line[..colon].Trim()] = value;
                }
            }
        }

        return values;
    }
}
