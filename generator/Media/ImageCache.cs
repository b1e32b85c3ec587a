using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using InfoSiteGen.Configuration;

namespace InfoSiteGen.Media;

/// <summary>A source picture as last seen: its size and time on disk, the hash of its bytes and its header.</summary>
public sealed record SourceFingerprint(long Length, long WriteTicks, string Sha256, ImageHeader Header);

/// <summary>
/// Processed pictures kept between builds, outside the output folder (<c>images/</c> of <see cref="CacheFolders.Root"/>),
/// so a rebuild with unchanged photos decodes and encodes nothing. Copies are named by their key (the hash of the
/// source's bytes and the settings) and size, so the cache can never hand out a copy of another photo or of other
/// settings; a missing or unreadable cache file is simply made again. A small index remembers the hash and header of
/// each source by its size and time, as git's index does, so an unchanged photo is not even read. Copies unused for
/// <see cref="KeepUnused"/> are deleted.
/// </summary>
public sealed class ImageCache
{
    public static readonly TimeSpan KeepUnused = TimeSpan.FromDays(30);

    private const string IndexName = "sources.tsv";

    private readonly ConcurrentDictionary<string, SourceFingerprint> _index;
    private bool _indexChanged;
    private bool _pruned;

    public ImageCache(string directory)
    {
        Directory = directory;
        _index = ReadIndex(Path.Combine(directory, IndexName));
    }

    /// <summary>The cache of this user or of <c>INFOSITEGEN_CACHE</c>.</summary>
    public static ImageCache Default() => new(Path.Combine(CacheFolders.Root, "images"));

    public string Directory { get; }

    /// <summary>How many pictures were decoded and encoded, or cards drawn, by this cache's users, for the build summary and tests.</summary>
    public int Processed => _processed;

    private int _processed;

    /// <summary>
    /// The hash and header of a source file, from the index when its size and time are unchanged, else by
    /// reading it (the bytes are returned then, so they need not be read twice).
    /// </summary>
    /// <exception cref="UnusableMediaException">The file is not a picture of an accepted format.</exception>
    public (SourceFingerprint Fingerprint, byte[]? Bytes) Fingerprint(string file)
    {
        var info = new FileInfo(file);
        var full = info.FullName;
        if (_index.TryGetValue(full, out var known) && known.Length == info.Length && known.WriteTicks == info.LastWriteTimeUtc.Ticks)
        {
            return (known, null);
        }

        var bytes = File.ReadAllBytes(file);
        var fingerprint = new SourceFingerprint(info.Length, info.LastWriteTimeUtc.Ticks, Convert.ToHexStringLower(SHA256.HashData(bytes)), VipsImages.Probe(bytes));
        _index[full] = fingerprint;
        _indexChanged = true;
        return (fingerprint, bytes);
    }

    /// <summary>The cached bytes of a copy, or null when it is not there (or cannot be read).</summary>
    public byte[]? Read(PublishedImage image, ImageVariant variant) => ReadFile(PathOf(image, variant));

    private static byte[]? ReadFile(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            // Marks the copy as used, so pruning keeps it.
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps a new copy; a cache that cannot be written costs time on the next build, never this one.</summary>
    public void Write(PublishedImage image, ImageVariant variant, byte[] bytes) => WriteFile(PathOf(image, variant), bytes);

    private static void WriteFile(string path, byte[] bytes)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Written aside and renamed, so a build stopped mid-write never leaves half a picture to be reused.
            // A name of its own for each write: two threads or two builds may make the same copy at once.
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    internal void CountProcessed() => Interlocked.Increment(ref _processed);

    /// <summary>Saves the index and deletes copies unused for <see cref="KeepUnused"/>. Called once at the end of a build.</summary>
    public void Save(DateTime now)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            if (_indexChanged)
            {
                var lines = _index.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => string.Join('\t',
                    e.Key, e.Value.Length.ToString(CultureInfo.InvariantCulture), e.Value.WriteTicks.ToString(CultureInfo.InvariantCulture), e.Value.Sha256,
                    e.Value.Header.Width.ToString(CultureInfo.InvariantCulture), e.Value.Header.Height.ToString(CultureInfo.InvariantCulture),
                    e.Value.Header.HasAlpha ? "alpha" : "opaque", e.Value.Header.Format));
                var temporary = Path.Combine(Directory, IndexName + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp");
                File.WriteAllLines(temporary, lines);
                File.Move(temporary, Path.Combine(Directory, IndexName), overwrite: true);
                _indexChanged = false;
            }

            // Once per cache object: the preview server saves after every update, and pruning walks the whole cache.
            if (_pruned)
            {
                return;
            }

            _pruned = true;
            foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
            {
                if (Path.GetFileName(file) != IndexName && File.GetLastWriteTimeUtc(file) < now - KeepUnused)
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The cached bytes of a drawn share card, or null.</summary>
    public byte[]? Read(ShareCard card) => ReadFile(CardPath(card));

    public void Write(ShareCard card, byte[] bytes) => WriteFile(CardPath(card), bytes);

    private string PathOf(PublishedImage image, ImageVariant variant) =>
        Path.Combine(Directory, image.Key[..2], $"{image.Key}-{variant.Width}x{variant.Height}{(variant.Crop ? "-crop" : "")}.{variant.Format}");

    private string CardPath(ShareCard card) => Path.Combine(Directory, "cards", card.Key + ".jpg");

    private static ConcurrentDictionary<string, SourceFingerprint> ReadIndex(string path)
    {
        var index = new ConcurrentDictionary<string, SourceFingerprint>(StringComparer.Ordinal);
        try
        {
            foreach (var line in File.Exists(path) ? File.ReadLines(path) : [])
            {
                var f = line.Split('\t');
                if (f.Length == 8 && long.TryParse(f[1], CultureInfo.InvariantCulture, out var length) && long.TryParse(f[2], CultureInfo.InvariantCulture, out var ticks)
                    && int.TryParse(f[4], CultureInfo.InvariantCulture, out var width) && int.TryParse(f[5], CultureInfo.InvariantCulture, out var height) && f[3].Length == 64)
                {
                    index[f[0]] = new SourceFingerprint(length, ticks, f[3], new ImageHeader(width, height, f[6] == "alpha", f[7]));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A doubtful index is no index: every source is read again.
            index.Clear();
        }

        return index;
    }
}
