namespace InfoSiteGen.Markdown;

/// <summary>A Markdown body turned into HTML, with what later stages need to know about it.</summary>
/// <param name="Html">The body's HTML, with links already relative to the item's page.</param>
/// <param name="Headings">The body's headings, for a table of contents and checks.</param>
/// <param name="WordCount">Words of text, for reading time.</param>
/// <param name="Assets">Files of the content folder the body links to (paths relative to it), to copy into the output.</param>
/// <param name="FragmentLinks">Links to headings of other pages, to check once all bodies are rendered.</param>
/// <param name="PlainText">The body's words without markup, for search and for feed summaries.</param>
public sealed record RenderedBody(
    string Html,
    IReadOnlyList<Heading> Headings,
    int WordCount,
    IReadOnlyList<string> Assets,
    IReadOnlyList<FragmentLink> FragmentLinks,
    string PlainText = "");

/// <summary>A heading of a body, with the id its anchor uses.</summary>
public sealed record Heading(int Level, string Text, string Id);
