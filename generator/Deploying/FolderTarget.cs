using System.Security.Cryptography;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Deploying;

/// <summary>A deploy target that is a folder of this machine, or a network folder mounted on it.</summary>
public sealed class FolderTarget(string folder) : IDeployTarget
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    public string Name => _root;

    public byte[]? Read(string path)
    {
        var full = FullPath(path);
        return File.Exists(full) ? File.ReadAllBytes(full) : null;
    }

    public bool HasAnything() => Directory.Exists(_root) && Directory.EnumerateFileSystemEntries(_root).Any();

    public void Write(string path, byte[] bytes)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, IDeployTarget.TemporaryName(Path.GetFileName(full)));
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public void Delete(string path)
    {
        var full = FullPath(path);
        File.Delete(full);
        for (var folder = Path.GetDirectoryName(full)!; folder.Length > _root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder)!)
        {
            Directory.Delete(folder);
        }
    }

    public IReadOnlyDictionary<string, string> Sha256(IReadOnlyCollection<string> paths)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = FullPath(path);
            if (File.Exists(full))
            {
                using var file = File.OpenRead(full);
                hashes[path] = Convert.ToHexStringLower(SHA256.HashData(file));
            }
        }

        return hashes;
    }

    public Wording HowChecked => new("đã được đọc lại và kiểm tra SHA-256", "was read back and its SHA-256 checked");

    public void Dispose()
    {
    }

    private string FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write outside the target folder: {path}");
        }

        return full;
    }
}
