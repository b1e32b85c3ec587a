namespace InfoSiteGen.Content;

/// <summary>
/// Links between pages written relative to the page that holds them, so the output works unchanged
/// under any sub-path of the portal and from the disk. Links to pages name their <c>index.html</c>
/// explicitly, because a browser opening files from disk does not look for it in a folder.
/// </summary>
public static class RelativeUrl
{
    /// <summary>
    /// The link from the page at <paramref name="fromPage"/> (a site path ending in '/') to
    /// <paramref name="target"/> (a page path ending in '/', or a file path).
    /// </summary>
    public static string Between(string fromPage, string target)
    {
        var file = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
        var from = fromPage.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = file.Split('/');

        // Climb only as far as the nearest common folder: "../../index.html", not "../../../en/index.html".
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        var up = string.Concat(Enumerable.Repeat("../", from.Length - common));
        return up + EscapePath(string.Join('/', to.Skip(common)));
    }

    /// <summary>Escapes each segment (spaces, Vietnamese letters) while keeping the '/' separators.</summary>
    public static string EscapePath(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
