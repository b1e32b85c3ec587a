using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Content;

/// <summary>Where an item is in its review: only approved items are published.</summary>
public enum ItemStatus
{
    Draft,
    Review,
    Approved,
}

/// <summary>Whether a summarised legal document still applies.</summary>
public enum LegalStatus
{
    InForce,
    Amended,
    Expired,
}

/// <summary>The dates between which an item may be published, both inclusive; either may be open.</summary>
public sealed record PublicationWindow(DateOnly? From, DateOnly? Until)
{
    public bool Contains(DateOnly day) => (From is null || From <= day) && (Until is null || day <= Until);
}

/// <summary>The fields Decree 42/2022/ND-CP asks a state agency site to show for a legal document.</summary>
/// <param name="LegalStatus">As written, the status now; <see cref="AsOf"/> gives a copy whose status is that of a day.</param>
/// <param name="History">The dated changes of status, oldest first (see <see cref="LawStatusHistory"/>).</param>
public sealed record LawMetadata(
    string? Number,
    string? Kind,
    string? Issuer,
    DateOnly? IssuedOn,
    DateOnly? EffectiveOn,
    LegalStatus LegalStatus,
    string? SourceUrl,
    string? Attachment,
    IReadOnlyList<LawStatusChange>? History = null)
{
    /// <summary>The change in effect on <paramref name="day"/>: the latest on or before it.</summary>
    public LawStatusChange? ChangeOn(DateOnly day) => History?.LastOrDefault(c => c.On <= day);

    /// <summary>
    /// The document as it stood on <paramref name="day"/>: without history, as written; with it, in force before the
    /// first change and then as the latest change on or before the day says.
    /// </summary>
    public LawMetadata AsOf(DateOnly day) => History is not { Count: > 0 }
        ? this
        : this with { LegalStatus = ChangeOn(day)?.Status ?? LegalStatus.InForce };
}

/// <summary>
/// One Markdown file of the content folder, read and validated: its front matter as typed fields,
/// its Markdown body, and the URL path it will be published at.
/// </summary>
public sealed record ContentItem
{
    /// <summary>Path relative to the content folder, with '/' (<c>articles/le-ky-niem.vi.md</c>).</summary>
    public required string SourcePath { get; init; }

    /// <summary>The SHA-256 of the file as read, for the manifest; null where nothing needs it (the preview server).</summary>
    public string? SourceSha256 { get; init; }

    public required ContentSection Section { get; init; }

    public required string Language { get; init; }

    /// <summary>Items sharing this key are translations of one another.</summary>
    public required string TranslationKey { get; init; }

    public required string Title { get; init; }

    public DateOnly? Date { get; init; }

    public required ItemStatus Status { get; init; }

    public string? ApprovedBy { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    public string? DepartmentId { get; init; }

    public IReadOnlyList<string> TopicIds { get; init; } = [];

    public string? Summary { get; init; }

    public PublicationWindow Window { get; init; } = new(null, null);

    public required string Slug { get; init; }

    /// <summary>The page's path from the site root, ending in '/' (<c>en/laws/law-on-children/</c>).</summary>
    public required string UrlPath { get; init; }

    /// <summary>
    /// The Markdown after the front matter, as read. Empty in the items the pipeline hands on: the content stage keeps
    /// the Markdown apart until the Markdown stage renders it (see <see cref="WithoutBody"/>).
    /// </summary>
    public required string Body { get; init; }

    /// <summary>The line of the file on which <see cref="Body"/> starts, for positions in Markdown.</summary>
    public required int BodyLine { get; init; }

    /// <summary>Set for items of <c>laws/</c>.</summary>
    public LawMetadata? Law { get; init; }

    /// <summary>Set for items of <c>events/</c>.</summary>
    public EventDetails? Event { get; init; }

    /// <summary>An article's lead image, a path relative to the file, and its text alternative.</summary>
    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    /// <summary>Gallery, video, audio and captions (articles and pages).</summary>
    public ItemMedia Media { get; init; } = ItemMedia.None;

    /// <summary>Who made the lead picture (photographer, agency), shown with it.</summary>
    public string? ImageCredit { get; init; }

    /// <summary>Orders slogans: lower first.</summary>
    public int Weight { get; init; }

    /// <summary>Where each front matter key is written, for messages about its value.</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>The item without its Markdown, for the stages after the Markdown is rendered.</summary>
    public ContentItem WithoutBody() => Body.Length == 0 ? this : this with { Body = string.Empty };

    public SourceLocation LocationOf(string key) =>
        KeyLocations.TryGetValue(key, out var at) ? at : SourceLocation.StartOf(SourcePath);
}
