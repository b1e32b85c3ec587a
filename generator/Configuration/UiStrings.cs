using InfoSiteGen.Diagnostics;
using InfoSiteGen.Yaml;

namespace InfoSiteGen.Configuration;

/// <summary>
/// The theme's interface texts per language, from <c>theme/i18n/LANG.yml</c> (flat <c>key: text</c> lines).
/// Every language must define every key the default language defines, so no page shows a raw key.
/// </summary>
public sealed class UiStrings
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;

    public UiStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    /// <summary>The text for <paramref name="key"/>; a missing key is a theme bug caught at load, so it throws here.</summary>
    public string Get(string language, string key) =>
        _byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"theme string '{key}' is missing for language '{language}'");

    public bool Has(string language, string key) =>
        _byLanguage.TryGetValue(language, out var strings) && strings.ContainsKey(key);

    /// <summary>Keys the generator itself uses (page titles made by the Site stage).</summary>
    public static readonly IReadOnlyList<string> GeneratorKeys =
        ["section.articles", "section.laws", "section.slogans", "section.departments", "section.topics", "departments.intro", "topics.intro",
         "list.year_title", "list.page_title", "law.kind", "law.issuer", "law.year", "law.legal_status",
         "law.status.in_force", "law.status.amended", "law.status.expired", "notfound.title", "search.title"];

    public static UiStrings? Load(string themeDirectory, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var maps = new Dictionary<string, YamlMap>();
        foreach (var language in languages)
        {
            var display = $"theme/i18n/{language}.yml";
            var path = Path.Combine(themeDirectory, "i18n", language + ".yml");
            if (!File.Exists(path))
            {
                diagnostics.Error(DiagnosticCodes.MissingString, SourceLocation.StartOf(display),
                    new Wording(
                        $"giao diện chưa có các chữ hiển thị cho ngôn ngữ '{language}'; hãy tạo tệp {display}",
                        $"the theme has no interface texts for '{language}'; create {display}"));
                continue;
            }

            var map = YamlDocument.ParseMapping(File.ReadAllText(path), display, 1, diagnostics);
            if (map is null)
            {
                continue;
            }

            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in map.Keys)
            {
                strings[key] = map.Text(key) ?? string.Empty;
            }

            byLanguage[language] = strings;
            maps[language] = map;
        }

        var required = byLanguage.Values.SelectMany(s => s.Keys).Concat(GeneratorKeys).ToHashSet(StringComparer.Ordinal);
        foreach (var (language, strings) in byLanguage)
        {
            foreach (var key in required.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.MissingString, maps[language].Location,
                    new Wording(
                        $"thiếu chữ hiển thị '{key}' của giao diện; hãy thêm một dòng '{key}: …'",
                        $"the interface text '{key}' is missing; add a line '{key}: …'"));
            }
        }

        return diagnostics.ErrorCount > errorsBefore ? null : new UiStrings(byLanguage);
    }
}
