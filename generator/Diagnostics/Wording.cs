namespace InfoSiteGen.Diagnostics;

/// <summary>The language the tool speaks to the person at the terminal: Vietnamese unless <c>--lang en</c>.</summary>
public enum ToolLanguage
{
    Vietnamese,
    English,
}

/// <summary>
/// One thing the tool says to an editor, in both of its languages. Both wordings are written side by side
/// where the problem is found, so that no message can be added in one language only.
/// </summary>
public sealed record Wording(string Vietnamese, string English)
{
    public string In(ToolLanguage language) => language == ToolLanguage.English ? English : Vietnamese;

    /// <summary>Both wordings with their <c>{0}</c>, <c>{1}</c>, … placeholders filled in.</summary>
    public Wording Fill(params object?[] values) => new(
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Vietnamese, values),
        string.Format(System.Globalization.CultureInfo.InvariantCulture, English, values));
}
