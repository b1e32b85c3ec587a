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
    /// <remarks>
    /// Every page asks for dozens of these (menus, lists, switchers), so the paths are walked in place
    /// rather than split into arrays.
    /// </remarks>
    public static string Between(string fromPage, string target)
    {
        var file = target.Length == 0 || target[^1] == '/' ? target + "index.html" : target;

        // Climb only as far as the nearest common folder: "../../index.html", not "../../../en/index.html".
        // Empty segments of the page path ("a//b/") do not count; the target's file name is never a folder in common.
        ReadOnlySpan<char> fromRest = fromPage;
        var sharedEnd = 0;
        while (true)
        {
            fromRest = fromRest.TrimStart('/');
            var folderEnd = file.AsSpan(sharedEnd).IndexOf('/');
            if (fromRest.IsEmpty || folderEnd < 0)
            {
                break;
            }

            var fromEnd = fromRest.IndexOf('/');
            var fromSegment = fromEnd < 0 ? fromRest : fromRest[..fromEnd];
            if (!fromSegment.SequenceEqual(file.AsSpan(sharedEnd, folderEnd)))
            {
                break;
            }

            fromRest = fromEnd < 0 ? [] : fromRest[(fromEnd + 1)..];
            sharedEnd += folderEnd + 1;
        }

        var up = 0;
        foreach (var segment in fromRest.Split('/'))
        {
            if (segment.End.Value > segment.Start.Value)
            {
                up++;
            }
        }

        var rest = EscapePath(file[sharedEnd..]);
        return up == 0 ? rest : string.Concat(Climb(up), rest);
    }

    /// <summary><c>../</c> repeated <paramref name="levels"/> times; sites are rarely deeper than a few folders.</summary>
    public static string Climb(int levels) =>
        levels < Climbs.Length ? Climbs[levels] : string.Concat(Enumerable.Repeat("../", levels));

    private static readonly string[] Climbs = Enumerable.Range(0, 12).Select(n => string.Concat(Enumerable.Repeat("../", n))).ToArray();

    /// <summary>Escapes each segment (spaces, Vietnamese letters) while keeping the '/' separators.</summary>
    public static string EscapePath(string path) =>
        path.AsSpan().ContainsAnyExcept(UrlSafe)
            ? string.Join('/', path.Split('/').Select(Uri.EscapeDataString))
            : path;

    // Characters Uri.EscapeDataString leaves as they are (RFC 3986 unreserved), plus the separator.
    private static readonly System.Buffers.SearchValues<char> UrlSafe =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/");
}
