namespace InfoSiteGen.Publishing;

/// <summary><c>robots.txt</c>, pointing to the sitemap; a preview build asks crawlers to keep out.</summary>
public static class Robots
{
    public const string FileName = "robots.txt";

    public static string Write(string? sitemapUrl, bool preview)
    {
        var lines = new List<string>
        {
            "# Crawlers read robots.txt only at the root of a host: when this site is published in a",
            "# sub-folder of the portal, copy these lines into the portal's own robots.txt.",
            "User-agent: *",
            preview ? "Disallow: /" : "Allow: /",
        };
        if (sitemapUrl is not null && !preview)
        {
            lines.Add($"Sitemap: {sitemapUrl}");
        }

        return string.Join('\n', lines) + "\n";
    }
}
