using System.Globalization;
using System.Text.Json;
using InfoSiteGen.Publishing;

namespace InfoSiteGen.Deploying;

/// <summary>A file a build wrote, as its manifest lists it.</summary>
public sealed record ManifestFile(string Path, long Size, string Sha256);

/// <summary>
/// What a <c>manifest.json</c> says about a build: whether it is a preview, the date it stands at, and every file
/// it wrote with its size and SHA-256. Deploying trusts it, on the local side and on the target, to know what
/// changed and what the site made; a manifest that is not InfoSiteGen's is refused.
/// </summary>
public sealed record PublishedManifest(bool Preview, DateOnly SiteDate, IReadOnlyList<ManifestFile> Files)
{
    /// <summary>The manifest, or null when the bytes are not an InfoSiteGen manifest.</summary>
    public static PublishedManifest? Read(byte[] bytes)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("generator", out var generator) || generator.GetString() != "InfoSiteGen")
            {
                return null;
            }

            var files = root.GetProperty("files").EnumerateArray()
                .Select(f => new ManifestFile(f.GetProperty("path").GetString()!, f.GetProperty("size").GetInt64(), f.GetProperty("sha256").GetString()!))
                .ToList();
            return new PublishedManifest(
                root.GetProperty("preview").GetBoolean(),
                DateOnly.ParseExact(root.GetProperty("site_date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                files);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or NullReferenceException)
        {
            return null;
        }
    }

    /// <summary>A manifest with only what deploying reads, as bytes: for the manifest a deployment leaves while it works.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("generator", "InfoSiteGen");
            json.WriteString("site_date", SiteDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteBoolean("preview", Preview);
            Manifest.WriteFiles(json, Files.Select(f => (f.Path, f.Size, f.Sha256)));
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Every file of the site, the manifest itself included.</summary>
    public IEnumerable<string> Paths => Files.Select(f => f.Path).Append(Manifest.FileName);
}
