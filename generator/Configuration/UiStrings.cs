using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing;
using InfoSiteGen.Yaml;

namespace InfoSiteGen.Configuration;

/// <summary>
/// The theme's interface texts per language, from <c>theme/i18n/LANG.yml</c> (flat <c>key: text</c> lines).
/// Every language must define every key the default language defines, so no page shows a raw key. A text with
/// a count may give a form per CLDR plural category of its language (<c>key: { one: "{0} item", other: "{0}
/// items" }</c>, see <see cref="PluralRules"/>); <c>other</c> is required, and a plain text is the <c>other</c> form.
/// </summary>
public sealed class UiStrings
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> _plurals;

    /// <param name="byLanguage">Each language's texts; for a text with plural forms, its <c>other</c> form.</param>
    /// <param name="plurals">Each language's texts with plural forms, by category.</param>
    public UiStrings(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>? plurals = null)
    {
        _byLanguage = byLanguage;
        _plurals = plurals ?? new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>();
    }

    /// <summary>The text for <paramref name="key"/>; a missing key is a theme bug caught at load, so it throws here.</summary>
    public string Get(string language, string key) =>
        _byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"theme string '{key}' is missing for language '{language}'");

    /// <summary>The form of <paramref name="key"/> for a count of <paramref name="count"/> in the language.</summary>
    public string Get(string language, string key, long count) =>
        Forms(language, key).TryGetValue(PluralRules.Category(language, count), out var form) ? form : Get(language, key);

    /// <summary>Every form of the text by plural category (only <c>other</c> for a plain text).</summary>
    public IReadOnlyDictionary<string, string> Forms(string language, string key) =>
        _plurals.TryGetValue(language, out var plurals) && plurals.TryGetValue(key, out var forms)
            ? forms
            : new Dictionary<string, string> { ["other"] = Get(language, key) };

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
        var plurals = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>();
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
            var counted = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            foreach (var key in map.Keys)
            {
                if (map.HoldsMap(key))
                {
                    var forms = PluralForms(map.Map(key)!, key, diagnostics);
                    counted[key] = forms;
                    strings[key] = forms.GetValueOrDefault("other", string.Empty);
                }
                else
                {
                    strings[key] = map.Text(key) ?? string.Empty;
                }
            }

            byLanguage[language] = strings;
            plurals[language] = counted;
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

        return diagnostics.ErrorCount > errorsBefore ? null : new UiStrings(byLanguage, plurals);
    }

    private static Dictionary<string, string> PluralForms(YamlMap forms, string key, DiagnosticBag diagnostics)
    {
        forms.RejectUnknownKeys(PluralRules.Categories, new Wording($"trong '{key}' (các dạng số nhiều theo CLDR)", $"in '{key}' (CLDR plural forms)"));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var category in PluralRules.Categories.Where(forms.Has))
        {
            result[category] = forms.Text(category) ?? string.Empty;
        }

        if (!result.ContainsKey("other"))
        {
            diagnostics.Error(DiagnosticCodes.MissingString, forms.Location, new Wording(
                $"'{key}' có các dạng số nhiều nhưng thiếu dạng 'other', dạng dùng cho mọi số khác; hãy thêm 'other: …'",
                $"'{key}' has plural forms but not 'other', the form for every other number; add 'other: …'"));
        }

        return result;
    }
}
