using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing;
using InfoSiteGen.Yaml;

namespace InfoSiteGen.Configuration;

/// <summary>
/// The theme's interface texts per language, from <c>theme/i18n/LANG.yml</c> (flat <c>key: text</c> lines).
/// A language's file should define every key the others define; a missing text falls back to English, then
/// Vietnamese, with a warning (<c>check --strict</c> refuses it), so no page shows a raw key. A text with
/// a count may give a form per CLDR plural category of its language (<c>key: { one: "{0} item", other: "{0}
/// items" }</c>, see <see cref="PluralRules"/>); <c>other</c> is required, and a plain text is the <c>other</c> form.
/// </summary>
public sealed class UiStrings
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> _plurals;
    private readonly Dictionary<(string Language, string Key), string> _fallbacks = [];

    /// <param name="byLanguage">Each language's texts; for a text with plural forms, its <c>other</c> form.</param>
    /// <param name="plurals">Each language's texts with plural forms, by category.</param>
    public UiStrings(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>? plurals = null,
        IEnumerable<(string Language, string Key, string From)>? fallbacks = null)
    {
        foreach (var (language, key, from) in fallbacks ?? [])
        {
            _fallbacks[(language, key)] = from;
        }

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

    /// <summary>
    /// The language <paramref name="key"/>'s text for <paramref name="language"/> is written in: the language itself,
    /// or the one its missing text fell back to, for the <c>lang</c> of texts shown in several languages on one page.
    /// </summary>
    public string LanguageOf(string language, string key) =>
        _fallbacks.TryGetValue((language, key), out var from) ? from : language;

    public bool Has(string language, string key) =>
        _byLanguage.TryGetValue(language, out var strings) && strings.ContainsKey(key);

    /// <summary>Keys the generator itself uses (page titles made by the Site stage).</summary>
    public static readonly IReadOnlyList<string> GeneratorKeys =
        ["section.articles", "section.laws", "section.slogans", "section.departments", "section.topics", "departments.intro", "topics.intro",
         "list.year_title", "list.page_title", "law.kind", "law.issuer", "law.year", "law.legal_status",
         "law.status.in_force", "law.status.amended", "law.status.expired", "notfound.title", "search.title"];

    /// <summary>Where a language's missing texts come from: English, then Vietnamese, the theme's own two languages.</summary>
    public static IEnumerable<string> FallbackChain(string language) => new[] { language, "en", "vi" }.Distinct();

    public static UiStrings? Load(string themeDirectory, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var read = new Dictionary<string, LanguageFile>();
        var missingFiles = new List<string>();
        // The fallback languages are read even when the site does not use them.
        foreach (var language in languages.Concat(["en", "vi"]).Distinct())
        {
            var display = $"theme/i18n/{language}.yml";
            var path = Path.Combine(themeDirectory, "i18n", language + ".yml");
            if (!File.Exists(path))
            {
                missingFiles.Add(language);
                continue;
            }

            var map = YamlDocument.ParseMapping(File.ReadAllText(path), display, 1, diagnostics);
            if (map is null)
            {
                continue;
            }

            if (!map.Keys.Any())
            {
                // An empty file is a language begun but not yet translated: one warning, as for a missing file.
                missingFiles.Add(language);
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

            read[language] = new LanguageFile(strings, counted, map.Location);
        }

        var required = read.Values.SelectMany(s => s.Texts.Keys).Concat(GeneratorKeys).ToHashSet(StringComparer.Ordinal);
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var plurals = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>();
        var fallbacks = new List<(string, string, string)>();
        foreach (var language in languages)
        {
            var (texts, counted) = Complete(language, required, read, missingFiles.Contains(language), fallbacks, diagnostics);
            byLanguage[language] = texts;
            plurals[language] = counted;
        }

        return diagnostics.ErrorCount > errorsBefore ? null : new UiStrings(byLanguage, plurals, fallbacks);
    }

    /// <summary>
    /// The language's texts with every required key: its own, else the first language of its fallback chain that has
    /// the key, with a warning (an error when none has it). A language's own name falls back to ICU's name of it, never
    /// to "English". Plural forms come along only with a text in the language's own file: another language's
    /// categories would not fit its plural rules.
    /// </summary>
    private static (Dictionary<string, string>, Dictionary<string, IReadOnlyDictionary<string, string>>) Complete(
        string language,
        HashSet<string> required,
        Dictionary<string, LanguageFile> read,
        bool fileMissing,
        List<(string Language, string Key, string From)> fallbacks,
        DiagnosticBag diagnostics)
    {
        var display = $"theme/i18n/{language}.yml";
        var own = read.GetValueOrDefault(language);
        var texts = own is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(own.Texts, StringComparer.Ordinal);
        var counted = own?.Plurals ?? new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (own is null && !fileMissing)
        {
            // The file is there but could not be read: that is already an error at its line.
            return (texts, counted);
        }

        if (fileMissing && !FallbackChain(language).Skip(1).Any(read.ContainsKey))
        {
            diagnostics.Error(DiagnosticCodes.MissingString, SourceLocation.StartOf(display),
                new Wording(
                    $"giao diện chưa có các chữ hiển thị cho ngôn ngữ '{language}'; hãy tạo tệp {display}",
                    $"the theme has no interface texts for '{language}'; create {display}"));
            return (texts, counted);
        }

        if (fileMissing)
        {
            var model = $"theme/i18n/{FallbackChain(language).Skip(1).First(read.ContainsKey)}.yml";
            diagnostics.Warning(DiagnosticCodes.FallbackString, SourceLocation.StartOf(display),
                new Wording(
                    $"giao diện chưa có các chữ hiển thị cho ngôn ngữ '{language}', nên các trang '{language}' hiện chữ của ngôn ngữ khác; hãy viết tệp {display} (chép từ {model} rồi dịch)",
                    $"the theme has no interface texts for '{language}', so its pages show another language's; write {display} (copy {model} and translate it)"));
        }

        foreach (var key in required.Where(k => !texts.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            if (key == "language.name")
            {
                texts[key] = LanguageCulture.NativeName(language);
                continue;
            }

            var from = FallbackChain(language).Skip(1).FirstOrDefault(l => read.TryGetValue(l, out var other) && other.Texts.ContainsKey(key));
            if (from is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingString, own is null ? SourceLocation.StartOf(display) : own.At,
                    new Wording(
                        $"thiếu chữ hiển thị '{key}' của giao diện; hãy thêm một dòng '{key}: …'",
                        $"the interface text '{key}' is missing; add a line '{key}: …'"));
                continue;
            }

            texts[key] = read[from].Texts[key];
            fallbacks.Add((language, key, from));
            // Without a file of its own the language had one warning already, not one per text.
            if (own is not null)
            {
                diagnostics.Warning(DiagnosticCodes.FallbackString, own.At,
                    new Wording(
                        $"thiếu chữ hiển thị '{key}', nên các trang '{language}' hiện chữ '{from}'; hãy thêm một dòng '{key}: …'",
                        $"the interface text '{key}' is missing, so the '{language}' pages show the '{from}' text; add a line '{key}: …'"));
            }
        }

        return (texts, counted);
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

    /// <summary>What one <c>theme/i18n/LANG.yml</c> gives: its texts, those with plural forms, and where it starts.</summary>
    private sealed record LanguageFile(Dictionary<string, string> Texts, Dictionary<string, IReadOnlyDictionary<string, string>> Plurals, SourceLocation At);
}
