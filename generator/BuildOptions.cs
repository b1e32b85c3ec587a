using InfoSiteGen.Configuration;
namespace InfoSiteGen;

/// <summary>What to build: the folders, the date the site should stand at, and whether drafts are shown.</summary>
/// <param name="BaseUrl">Overrides <c>base_url</c> of site.yml when given.</param>
/// <param name="ZipFile">When given, the finished output is also written to this zip file for upload.</param>
/// <param name="CheckOnly">Go through every stage, rendering included, but leave the output folder alone (the <c>check</c> command).</param>
public sealed record BuildOptions(
    string ContentDirectory,
    string ThemeDirectory,
    string OutputDirectory,
    DateOnly Now,
    bool Preview = false,
    Uri? BaseUrl = null,
    string? ZipFile = null,
    bool CheckOnly = false)
{
    /// <summary>Where processed pictures are kept between builds; by default <c>images/</c> of <see cref="CacheFolders.Root"/>.</summary>
    public string ImageCacheDirectory { get; init; } = Path.Combine(CacheFolders.Root, "images");

    /// <summary>Where each output folder's <see cref="BuildRecord"/> is kept; by default <c>builds/</c> of <see cref="CacheFolders.Root"/>; null for none.</summary>
    public string? BuildRecordDirectory { get; init; } = Path.Combine(CacheFolders.Root, "builds");
}
