namespace InfoSiteGen.Content;

/// <summary>
/// Guards against symbolic links that lead out of a folder: nothing outside the content and theme folders
/// may be read into the output, however an editor's files are linked.
/// </summary>
public static class SymbolicLinks
{
    /// <summary>True when <paramref name="path"/>, following a link on the file or on a folder on its way, lies outside <paramref name="root"/>.</summary>
    public static bool LeadOutside(string path, string root)
    {
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var real = Path.GetFullPath(path);
        if (new FileInfo(real).ResolveLinkTarget(returnFinalTarget: true) is { } fileTarget)
        {
            real = fileTarget.FullName;
        }

        // A linked folder between the root and the file moves everything below it.
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(real)!); dir.FullName.Length > top.Length && dir.Parent is not null; dir = dir.Parent)
        {
            if (dir.ResolveLinkTarget(returnFinalTarget: true) is { } folderTarget)
            {
                real = Path.Combine(folderTarget.FullName, Path.GetRelativePath(dir.FullName, real));
                break;
            }
        }

        return !Path.GetFullPath(real).StartsWith(top + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
