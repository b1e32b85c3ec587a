namespace InfoSiteGen.Configuration;

/// <summary>
/// A text given once per language, such as <c>{ vi: "Sở Tư pháp", en: "Department of Justice" }</c>. Its values
/// follow the order of <c>languages:</c>, so a language without its own text falls back to the default language's.
/// </summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Values)
{
    public static readonly LocalizedText Empty = new(new Dictionary<string, string>());

    /// <summary>The text in <paramref name="language"/>, else in the first language that has one.</summary>
    public string In(string language) =>
        Values.TryGetValue(language, out var text) ? text : Values.Values.FirstOrDefault() ?? string.Empty;

    /// <summary>The language of the text <see cref="In"/> gives for <paramref name="language"/>.</summary>
    public string LanguageOf(string language) =>
        Values.ContainsKey(language) ? language : Values.Keys.FirstOrDefault() ?? language;

    /// <summary>
    /// The <c>lang</c> attribute the text needs on a page in <paramref name="language"/>: null when it is in that
    /// language, else the language it fell back to, so that screen readers read it with the right voice.
    /// </summary>
    public string? LangOn(string language) => LanguageOf(language) is var shown && shown != language ? shown : null;

    public bool Has(string language) => Values.ContainsKey(language);
}
