using InfoSiteGen.Diagnostics;
using InfoSiteGen.Pipeline;

namespace InfoSiteGen;

/// <summary>What a build did: its problems, and when it succeeded, what it wrote.</summary>
/// <param name="NextChange">When the site must next be rebuilt because a publication window opens or closes.</param>
/// <param name="SearchIndexBytes">The size of each language's search index.</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    int FilesWritten,
    TimeSpan Duration,
    Content.ScheduledChange? NextChange = null,
    IReadOnlyDictionary<string, long>? SearchIndexBytes = null)
{
    /// <summary>Pictures published, and how many of them had to be decoded and encoded (the others came from the cache).</summary>
    public (int Published, int Processed) Images { get; init; }

    /// <summary>The slogan artwork made, when the site makes artwork and was built (not for an unchanged build).</summary>
    public ArtworkSummary? Artwork { get; init; }

    /// <summary>True when nothing had changed since the last build into the same folder, which was left as it was.</summary>
    public bool Unchanged { get; init; }

    /// <summary>What was read of the content, whenever site.yml could be read (also when the build stopped on errors).</summary>
    public ContentRead? Content { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}

/// <summary>How much slogan artwork a build published, how much of it was drawn anew, and in which font.</summary>
public sealed record ArtworkSummary(int Files, int Slogans, int Drawn, string FontPath);
