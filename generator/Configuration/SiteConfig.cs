namespace InfoSiteGen.Configuration;

/// <summary>The site as described by <c>content/site.yml</c>.</summary>
public sealed record SiteConfig(
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<string> Languages,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<Topic> Topics,
    Uri? BaseUrl,
    int PageSize,
    IReadOnlyDictionary<string, IReadOnlyList<MenuItem>> Menus,
    IReadOnlyDictionary<string, ContactDetails> Contact,
    LocalizedText Footer,
    IReadOnlyList<string> AllowedFrameHosts)
{
    /// <summary>How pictures are published (<c>images:</c>).</summary>
    public ImageSettings Images { get; init; } = ImageSettings.Default;

    /// <summary>The artwork made from the slogans (<c>print:</c>); null when the site makes none.</summary>
    public PrintSettings? Print { get; init; }

    /// <summary>The first language of <c>languages</c>: its pages sit at the root of the site.</summary>
    public string DefaultLanguage => Languages[0];

    public Department? FindDepartment(string id) => Departments.FirstOrDefault(d => d.Id == id);

    public Topic? FindTopic(string id) => Topics.FirstOrDefault(t => t.Id == id);

    public IReadOnlyList<MenuItem> MenuFor(string language) =>
        Menus.TryGetValue(language, out var items) ? items : [];

    public ContactDetails? ContactFor(string language) =>
        Contact.TryGetValue(language, out var details) ? details : null;
}

/// <summary>A provincial body that supplies content.</summary>
public sealed record Department(string Id, LocalizedText Name);

/// <summary>A subject that content is filed under.</summary>
public sealed record Topic(string Id, LocalizedText Name);

/// <summary>A menu entry; <see cref="Path"/> is relative to the language's home page (<c>laws/</c>, <c>about/</c>).</summary>
public sealed record MenuItem(string Title, string Path);

/// <summary>How the public reaches the office that runs the site, shown in every footer.</summary>
public sealed record ContactDetails(string? Organisation, string? Address, string? Phone, string? Email);
