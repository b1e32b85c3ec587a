namespace InfoSiteGen.Tests.Support;

/// <summary>Copies a folder's files, for tests that change a copy of the theme or pack a copy of the sources.</summary>
public static class FolderCopy
{
    /// <param name="skipped">Top-level folders of <paramref name="from"/> left out (build outputs such as bin and obj).</param>
    public static void Copy(string from, string to, params string[] skipped)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (skipped.Contains(relative.Split(Path.DirectorySeparatorChar)[0]))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
