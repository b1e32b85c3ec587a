using System.Text;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Bodies;

/// <summary>A Markdown body turned into HTML, with what later stages need to know about it.</summary>
/// <param name="Html">The body's HTML, with links already relative to the item's page.</param>
/// <param name="Headings">The body's headings, for a table of contents and checks.</param>
/// <param name="WordCount">Words of text, for reading time.</param>
/// <param name="Assets">Files of the content folder the body links to (paths relative to it), to copy into the output.</param>
/// <param name="FragmentLinks">Links to headings of other pages, to check once all bodies are rendered.</param>
public sealed record RenderedBody(
    string Html,
    IReadOnlyList<Heading> Headings,
    int WordCount,
    IReadOnlyList<string> Assets,
    IReadOnlyList<FragmentLink> FragmentLinks)
{
    public string Html => HtmlStore is HtmlSpill.Slice slice ? slice.Read() : Encoding.UTF8.GetString((byte[])HtmlStore);

    // Every body waits until its page is written, which reads it once: kept as UTF-8 (half the memory of a string),
    // or in a build's spill file (see HtmlSpill).
    private object HtmlStore { get; init; } = Encoding.UTF8.GetBytes(Html);

    /// <summary>The same body with its HTML moved from memory to <paramref name="spill"/>.</summary>
    public RenderedBody SpilledTo(HtmlSpill spill) => HtmlStore is byte[] utf8 ? this with { HtmlStore = spill.Keep(utf8) } : this;

    /// <summary>The same body with its HTML in a file of bodies written earlier (the pipeline store's).</summary>
    public RenderedBody WithHtmlIn(HtmlSpill.Slice slice) => this with { HtmlStore = slice };

    /// <summary>Where the HTML is in its file, when it is in one.</summary>
    public (long Offset, int Length)? HtmlPlace => HtmlStore is HtmlSpill.Slice slice ? (slice.Offset, slice.Length) : null;

    /// <summary>The HTML as UTF-8, as it is kept.</summary>
    public byte[] HtmlUtf8() => HtmlStore is HtmlSpill.Slice slice ? slice.ReadBytes() : (byte[])HtmlStore;

    /// <summary>The most characters <see cref="Lead"/> keeps: several times the longest summary cut from it.</summary>
    public const int LeadLength = 1000;

    /// <summary>
    /// The start of the body's words without markup, as they are: feed and search summaries are cut from it.
    /// The whole text is not kept: on a large site it would be a good part of the build's memory.
    /// </summary>
    public string Lead { get; init; } = "";

    /// <summary>The distinct search terms of the item's title, summary and body: all the search index needs of the text.</summary>
    public IReadOnlyList<SearchTerm> SearchTerms { get; init; } = [];
}

/// <summary>A heading of a body, with the id its anchor uses.</summary>
public sealed record Heading(int Level, string Text, string Id);
