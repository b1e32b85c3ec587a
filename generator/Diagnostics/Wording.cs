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
}
