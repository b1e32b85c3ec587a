using InfoSiteGen.Configuration;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Serving;

/// <summary>What the preview server shows and where.</summary>
/// <param name="Port">The port on 127.0.0.1; 0 lets the system choose a free one (tests).</param>
/// <param name="PathPrefix">The sub-path the site is served under, starting and ending with '/' (<c>/nhan-quyen/</c>).</param>
/// <param name="Language">The language of the terminal messages and the error page.</param>
public sealed record ServeOptions(
    string ContentDirectory,
    string ThemeDirectory,
    DateOnly Now,
    bool Preview = false,
    int Port = ServeOptions.DefaultPort,
    string PathPrefix = "/",
    ToolLanguage Language = ToolLanguage.Vietnamese)
{
    public const int DefaultPort = 5080;

    /// <summary>Where processed pictures are kept, shared with <c>build</c> by default.</summary>
    public string ImageCacheDirectory { get; init; } = Path.Combine(CacheFolders.Root, "images");
}
