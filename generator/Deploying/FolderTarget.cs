using System.Security.Cryptography;

namespace InfoSiteGen.Deploying;

/// <summary>
/// Where a site is deployed: the public folder of the portal, reached as a local or mounted folder (SFTP is a
/// second kind of target behind the same operations). Paths are relative to the target's root, with '/'.
/// </summary>
public interface IDeployTarget
{
    /// <summary>The target as the messages name it.</summary>
    string Name { get; }

    /// <summary>The bytes of a file, or null when there is none.</summary>
    byte[]? Read(string path);

    /// <summary>True when the target holds any file or folder at all.</summary>
    bool HasAnything();

    /// <summary>Writes the bytes under a temporary name beside the file, then renames it into place, so a reader never sees half a file.</summary>
    void Write(string path, byte[] bytes);

    /// <summary>Deletes the file, and the folders it leaves empty.</summary>
    void Delete(string path);

    /// <summary>The SHA-256 of the file as the target holds it, read back; null when it is missing.</summary>
    string? Sha256(string path);
}

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
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.deploy-{Environment.ProcessId}.tmp");
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

    public string? Sha256(string path)
    {
        var full = FullPath(path);
        if (!File.Exists(full))
        {
            return null;
        }

        using var file = File.OpenRead(full);
        return Convert.ToHexStringLower(SHA256.HashData(file));
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
