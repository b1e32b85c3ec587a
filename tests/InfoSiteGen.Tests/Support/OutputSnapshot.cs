using System.Security.Cryptography;

namespace InfoSiteGen.Tests.Support;

/// <summary>Every file of a folder with its SHA-256 and modification time, to prove a failed build touched nothing.</summary>
public static class OutputSnapshot
{
    public static IReadOnlyList<KeyValuePair<string, string>> Of(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => KeyValuePair.Create(
                Path.GetRelativePath(directory, f),
                Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))) + " " + File.GetLastWriteTimeUtc(f).Ticks))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
}
