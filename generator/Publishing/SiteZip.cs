using System.IO.Compression;

namespace InfoSiteGen.Publishing;

/// <summary>
/// The output folder as one zip for upload. Entries are in ordinal path order with one fixed timestamp,
/// so the same output always gives the same bytes and two uploads can be compared by checksum.
/// </summary>
public static class SiteZip
{
    /// <summary>The earliest time a zip entry can carry; used for every entry.</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(string outputDirectory, string zipPath)
    {
        var files = Directory.EnumerateFiles(outputDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputDirectory, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();

        var temporary = zipPath + ".tmp";
        using (var stream = File.Create(temporary))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var file in files)
            {
                var entry = zip.CreateEntry(file, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var target = entry.Open();
                using var source = File.OpenRead(Path.Combine(outputDirectory, file));
                source.CopyTo(target);
            }
        }

        File.Move(temporary, zipPath, overwrite: true);
    }
}
