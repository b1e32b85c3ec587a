using System.Text;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing;
using InfoSiteGen.Yaml;

namespace InfoSiteGen.Configuration;

/// <summary>Reads and validates <c>site.yml</c>; every problem is reported with its line and column.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yml";
    public const int DefaultPageSize = 10;

    private static readonly string[] TopKeys =
        ["title", "description", "languages", "departments", "topics", "base_url", "page_size", "menus", "contact", "footer", "allowed_iframe_hosts", "images", "print"];

    public static SiteConfig? Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentDirectory, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(FileName),
                new Wording(
                    $"thư mục nội dung chưa có tệp {FileName}; hãy tạo tệp này với ít nhất 'title', 'languages', 'departments' và 'topics'",
                    $"the content folder has no {FileName}; create it with at least 'title', 'languages', 'departments' and 'topics'"));
            return null;
        }

        var text = File.ReadAllText(path, new UTF8Encoding(false, false)).Normalize(NormalizationForm.FormC);
        return Parse(text, diagnostics);
    }

    public static SiteConfig? Parse(string text, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var map = YamlDocument.ParseMapping(text, FileName, 1, diagnostics);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(TopKeys, new Wording("trong site.yml", "in site.yml"));
        var languages = ReadLanguages(map);
        var title = ReadLocalized(map, "title", languages, required: true);
        var description = ReadLocalized(map, "description", languages, required: false);
        var departments = ReadNamedList(map, "departments", languages).Select(e => new Department(e.Id, e.Name)).ToList();
        var topics = ReadNamedList(map, "topics", languages).Select(e => new Topic(e.Id, e.Name)).ToList();
        var baseUrl = ReadBaseUrl(map);
        var pageSize = ReadPageSize(map);
        var menus = ReadMenus(map, languages);
        var contact = ReadContact(map, languages);
        var footer = ReadLocalized(map, "footer", languages, required: false);
        var frameHosts = ReadFrameHosts(map);
        var images = ImageSettingsReader.Read(map);
        var print = PrintSettingsReader.Read(map, languages);

        if (diagnostics.ErrorCount > errorsBefore || languages.Count == 0)
        {
            return null;
        }

        return new SiteConfig(title, description, languages, departments, topics, baseUrl, pageSize, menus, contact, footer, frameHosts) { Images = images, Print = print };
    }

    private static List<string> ReadLanguages(YamlMap map)
    {
        var entries = map.TextList("languages");
        if (entries is null)
        {
            if (!map.Has("languages"))
            {
                map.Source.Diagnostics.Error(DiagnosticCodes.MissingKey, map.KeyLocation("languages"),
                    new Wording(
                        "'languages' là bắt buộc, ví dụ: languages: [vi, en] (ngôn ngữ đầu tiên là ngôn ngữ mặc định)",
                        "'languages' is required, for example: languages: [vi, en] (the first is the default language)"));
            }

            return [];
        }

        var languages = new List<string>();
        foreach (var (code, at) in entries)
        {
            if (code.Contains('_', StringComparison.Ordinal) && LanguageCodes.IsWellFormed(code.Replace('_', '-')))
            {
                map.Source.Diagnostics.Error(DiagnosticCodes.InvalidLanguages, at,
                    new Wording(
                        $"hãy viết mã ngôn ngữ '{code}' là '{LanguageCodes.Canonical(code.Replace('_', '-'))}' (BCP 47 nối bằng dấu gạch ngang)",
                        $"write the language code '{code}' as '{LanguageCodes.Canonical(code.Replace('_', '-'))}' (BCP 47 joins with hyphens)"));
            }
            else if (!LanguageCodes.IsWellFormed(code))
            {
                map.Source.Diagnostics.Error(DiagnosticCodes.InvalidLanguages, at,
                    new Wording(
                        $"'{code}' không phải mã ngôn ngữ (BCP 47); hãy ghi mã như vi, en, zh-Hans, ko, ja",
                        $"'{code}' is not a language code (BCP 47); write codes such as vi, en, zh-Hans, ko, ja"));
            }
            else if (LanguageCodes.Canonical(code) != code)
            {
                map.Source.Diagnostics.Error(DiagnosticCodes.InvalidLanguages, at,
                    new Wording(
                        $"hãy viết mã ngôn ngữ '{code}' là '{LanguageCodes.Canonical(code)}'",
                        $"write the language code '{code}' as '{LanguageCodes.Canonical(code)}'"));
            }
            else if (languages.Contains(code))
            {
                map.Source.Diagnostics.Error(DiagnosticCodes.InvalidLanguages, at, new Wording(
                    $"ngôn ngữ '{code}' được ghi hai lần",
                    $"language '{code}' is listed twice"));
            }
            else
            {
                languages.Add(code);
            }
        }

        if (entries.Count == 0)
        {
            map.Source.Diagnostics.Error(DiagnosticCodes.InvalidLanguages, map.KeyLocation("languages"),
                new Wording(
                    "'languages' phải ghi ít nhất một ngôn ngữ, ví dụ: languages: [vi, en]",
                    "'languages' must list at least one language, for example: languages: [vi, en]"));
        }

        return languages;
    }

    /// <summary>Reads <c>{ vi: "…", en: "…" }</c>; a required text must be given in the default language.</summary>
    internal static LocalizedText ReadLocalized(YamlMap map, string key, IReadOnlyList<string> languages, bool required)
    {
        if (!map.Has(key))
        {
            if (required)
            {
                map.Source.Diagnostics.Error(DiagnosticCodes.MissingKey, map.KeyLocation(key),
                    new Wording(
                        $"'{key}' là bắt buộc, ví dụ: {key}: {{ vi: \"…\", en: \"…\" }}",
                        $"'{key}' is required, for example: {key}: {{ vi: \"…\", en: \"…\" }}"));
            }

            return LocalizedText.Empty;
        }

        var inner = map.Map(key);
        if (inner is null)
        {
            return LocalizedText.Empty;
        }

        if (languages.Count > 0)
        {
            inner.RejectUnknownKeys(languages, new Wording($"trong '{key}' (hãy dùng mã ngôn ngữ)", $"in '{key}' (use the language codes)"));
        }

        // Only the default language is required: a language without its own text shows the default language's.
        var values = new Dictionary<string, string>();
        foreach (var language in languages)
        {
            var value = inner.Text(language, required && language == languages[0]);
            if (value is not null)
            {
                values[language] = value;
            }
        }

        return new LocalizedText(values);
    }

    private static List<(string Id, LocalizedText Name)> ReadNamedList(YamlMap map, string key, IReadOnlyList<string> languages)
    {
        var result = new List<(string, LocalizedText)>();
        var entries = map.MapList(key, required: true);
        if (entries is null)
        {
            return result;
        }

        foreach (var entry in entries)
        {
            entry.RejectUnknownKeys(["id", "name"], new Wording($"trong một mục của '{key}'", $"in an entry of '{key}'"));
            var id = entry.Text("id", required: true);
            var name = ReadLocalized(entry, "name", languages, required: true);
            if (id is null)
            {
                continue;
            }

            if (!Slug.IsValid(id))
            {
                entry.Source.Diagnostics.Error(DiagnosticCodes.InvalidSlug, entry.KeyLocation("id"),
                    new Wording(
                        $"mã '{id}' chỉ được gồm chữ thường a-z không dấu, chữ số và dấu gạch ngang, ví dụ '{Slug.From(id)}'",
                        $"the id '{id}' must be lower-case letters a-z, digits and hyphens, for example '{Slug.From(id)}'"));
            }
            else if (result.Exists(e => e.Item1 == id))
            {
                entry.Source.Diagnostics.Error(DiagnosticCodes.DuplicateKey, entry.KeyLocation("id"),
                    new Wording(
                        $"mã '{id}' được dùng cho hai mục của '{key}'; mỗi mã chỉ được dùng một lần",
                        $"the id '{id}' is used by two entries of '{key}'; ids must be unique"));
            }
            else
            {
                result.Add((id, name));
            }
        }

        return result;
    }

    /// <summary>Hosts whose pages editors may embed with &lt;iframe&gt;, such as www.youtube-nocookie.com.</summary>
    private static List<string> ReadFrameHosts(YamlMap map)
    {
        var hosts = new List<string>();
        foreach (var (host, at) in map.TextList("allowed_iframe_hosts") ?? [])
        {
            if (Uri.CheckHostName(host) is UriHostNameType.Dns or UriHostNameType.IPv4)
            {
                hosts.Add(host.ToLowerInvariant());
            }
            else
            {
                map.Source.Diagnostics.Error(DiagnosticCodes.InvalidValue, at,
                    new Wording(
                        $"'{host}' không phải tên máy chủ; chỉ ghi tên máy chủ, ví dụ www.youtube-nocookie.com",
                        $"'{host}' is not a host name; list host names only, for example www.youtube-nocookie.com"));
            }
        }

        return hosts;
    }

    private static Uri? ReadBaseUrl(YamlMap map)
    {
        var text = map.Text("base_url");
        if (text is null)
        {
            return null;
        }

        if (BaseUrl.TryParse(text, out var uri))
        {
            return uri;
        }

        map.Source.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.KeyLocation("base_url"),
            new Wording(
                $"'{text}' không phải địa chỉ http(s) đầy đủ; hãy ghi theo dạng https://portal.example.gov.vn/nhan-quyen/",
                $"'{text}' is not an absolute http(s) address; write it like https://portal.example.gov.vn/nhan-quyen/"));
        return null;
    }

    private static int ReadPageSize(YamlMap map)
    {
        var size = map.Integer("page_size");
        if (size is null)
        {
            return DefaultPageSize;
        }

        if (size < 1)
        {
            map.Source.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.KeyLocation("page_size"),
                new Wording(
                    "'page_size' phải từ 1 trở lên",
                    "'page_size' must be 1 or more"));
            return DefaultPageSize;
        }

        return size.Value;
    }

    private static Dictionary<string, IReadOnlyList<MenuItem>> ReadMenus(YamlMap map, IReadOnlyList<string> languages)
    {
        var menus = new Dictionary<string, IReadOnlyList<MenuItem>>();
        var byLanguage = map.Map("menus");
        if (byLanguage is null)
        {
            return menus;
        }

        byLanguage.RejectUnknownKeys(languages, new Wording("trong 'menus' (hãy dùng mã ngôn ngữ)", "in 'menus' (use the language codes)"));
        foreach (var language in languages.Where(byLanguage.Has))
        {
            var items = new List<MenuItem>();
            foreach (var entry in byLanguage.MapList(language) ?? [])
            {
                entry.RejectUnknownKeys(["title", "path"], new Wording("trong một mục menu", "in a menu entry"));
                var title = entry.Text("title", required: true);
                var path = entry.Text("path") ?? string.Empty;
                if (path.StartsWith('/') || path.Contains("://", StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal))
                {
                    entry.Source.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.KeyLocation("path"),
                        new Wording(
                            $"đường dẫn menu '{path}' phải tính từ trang chủ của ngôn ngữ đó, ví dụ 'laws/'",
                            $"the menu path '{path}' must be relative to the language's home page, for example 'laws/'"));
                }
                else if (title is not null)
                {
                    items.Add(new MenuItem(title, path));
                }
            }

            menus[language] = items;
        }

        return menus;
    }

    private static Dictionary<string, ContactDetails> ReadContact(YamlMap map, IReadOnlyList<string> languages)
    {
        var contact = new Dictionary<string, ContactDetails>();
        var byLanguage = map.Map("contact");
        if (byLanguage is null)
        {
            return contact;
        }

        byLanguage.RejectUnknownKeys(languages, new Wording("trong 'contact' (hãy dùng mã ngôn ngữ)", "in 'contact' (use the language codes)"));
        foreach (var language in languages)
        {
            var details = byLanguage.Map(language);
            if (details is null)
            {
                continue;
            }

            details.RejectUnknownKeys(["organisation", "address", "phone", "email"], new Wording("trong thông tin liên hệ", "in contact details"));
            contact[language] = new ContactDetails(
                details.Text("organisation"), details.Text("address"), details.Text("phone"), details.Text("email"));
        }

        return contact;
    }
}
