using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Deploying;

/// <summary>
/// Where a site is deployed: the public folder of the portal, reached as a local or mounted folder
/// (<see cref="FolderTarget"/>) or over SFTP (<see cref="SftpTarget"/>). Paths are relative to the target's root,
/// with '/'. A target that cannot do what is asked throws <see cref="DeployRefusedException"/> with words for the
/// office, or an <see cref="IOException"/>. <see cref="Write"/> is called for several files at once.
/// </summary>
public interface IDeployTarget : IDisposable
{
    /// <summary>The target as the messages name it.</summary>
    string Name { get; }

    /// <summary>The bytes of a file, or null when there is none.</summary>
    byte[]? Read(string path);

    /// <summary>True when the target holds any file or folder at all.</summary>
    bool HasAnything();

    /// <summary>
    /// Writes the bytes under a temporary name beside the file, then renames it into place, so a reader never sees
    /// half a file. The temporary name is always the same for a file, so a write cut short is overwritten by the next.
    /// </summary>
    void Write(string path, byte[] bytes);

    /// <summary>Deletes the file, and the folders it leaves empty.</summary>
    void Delete(string path);

    /// <summary>The SHA-256 of each file as the target holds it, read back; a missing file has no entry.</summary>
    IReadOnlyDictionary<string, string> Sha256(IReadOnlyCollection<string> paths);

    /// <summary>How <see cref="Sha256"/> learnt the hashes, for the summary.</summary>
    Wording HowChecked { get; }

    /// <summary>The temporary name a file is written under before it is renamed into place.</summary>
    static string TemporaryName(string fileName) => $".{fileName}.deploy.tmp";

    /// <summary>Where a file steps aside while its new version is renamed into place, on servers that cannot rename over a file.</summary>
    static string PreviousName(string fileName) => $".{fileName}.deploy.old";
}
