using InfoSiteGen.Content;

namespace InfoSiteGen.Publishing;

/// <summary>Absolute addresses under the site's base URL, for files that require them (sitemap, feeds).</summary>
public sealed class AbsoluteUrls(Uri baseUrl)
{
    /// <summary>The public address of a site path: pages keep their pretty form ending in '/'.</summary>
    public string Of(string sitePath) => new Uri(baseUrl, RelativeUrl.EscapePath(sitePath)).AbsoluteUri;
}
