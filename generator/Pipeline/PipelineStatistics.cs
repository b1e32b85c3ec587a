namespace InfoSiteGen.Pipeline;

/// <summary>
/// Counts of the work a pipeline has done since it was made, so that tests and the benchmark can see that an
/// edit re-did only what it affected (without timing anything).
/// </summary>
public sealed class PipelineStatistics
{
    private int _filesParsed;
    private int _bodiesRendered;
    private int _pagesRendered;
    private int _sitesAssembled;
    private int _updates;

    /// <summary>Content files decoded and read into items (a file whose bytes did not change is not counted again).</summary>
    public int FilesParsed => Volatile.Read(ref _filesParsed);

    /// <summary>Markdown bodies rendered to HTML.</summary>
    public int BodiesRendered => Volatile.Read(ref _bodiesRendered);

    /// <summary>Times every page of the site was assembled again, rather than the pages of edited bodies patched in.</summary>
    public int SitesAssembled => Volatile.Read(ref _sitesAssembled);

    /// <summary>Pages rendered by the theme's templates (by the preview server, on request).</summary>
    public int PagesRendered => Volatile.Read(ref _pagesRendered);

    /// <summary>Times the site was brought up to date, the first build included.</summary>
    public int Updates => Volatile.Read(ref _updates);

    internal void FileParsed() => Interlocked.Increment(ref _filesParsed);

    internal void BodyRendered() => Interlocked.Increment(ref _bodiesRendered);

    internal void SiteAssembled() => Interlocked.Increment(ref _sitesAssembled);

    public void PageRendered() => Interlocked.Increment(ref _pagesRendered);

    internal void Updated() => Interlocked.Increment(ref _updates);
}
