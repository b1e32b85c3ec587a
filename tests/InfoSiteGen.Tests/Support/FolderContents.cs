namespace InfoSiteGen.Tests.Support;

/// <summary>Every file under a folder with its bytes, by path relative to the folder with '/', in ordinal order.</summary>
public static class FolderContents
{
    public static SortedDictionary<string, byte[]> Of(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes),
            StringComparer.Ordinal);
}
