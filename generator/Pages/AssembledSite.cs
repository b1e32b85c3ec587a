namespace InfoSiteGen.Pages;

/// <summary>Every page of the site and every content file to copy, ready to render.</summary>
/// <param name="Pages">Pages in a stable order (by URL path).</param>
/// <param name="Assets">Content files linked from published pages, relative to the content folder.</param>
public sealed record AssembledSite(IReadOnlyList<SitePage> Pages, IReadOnlyList<string> Assets)
{
    /// <summary>The slogan artwork of every materials page, drawn (or taken from the cache) while the site was assembled.</summary>
    public IReadOnlyList<ArtworkFile> Artwork { get; init; } = [];

    public int PageCount(string language) => Pages.Count(p => p.Language == language);
}
