namespace InfoSiteGen.Configuration;

/// <summary>A text given once per language, such as <c>{ vi: "Sở Tư pháp", en: "Department of Justice" }</c>.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Values)
{
    public static readonly LocalizedText Empty = new(new Dictionary<string, string>());

    /// <summary>The text in <paramref name="language"/>, else in the first language that has one.</summary>
    public string In(string language) =>
        Values.TryGetValue(language, out var text) ? text : Values.Values.FirstOrDefault() ?? string.Empty;

    public bool Has(string language) => Values.ContainsKey(language);
}
