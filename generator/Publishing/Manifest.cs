using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using InfoSiteGen.Pages;
using InfoSiteGen.Rendering;

namespace InfoSiteGen.Publishing;

/// <summary>
/// <c>manifest.json</c>: what was published and on whose approval. Every output file with its size and
/// SHA-256, and every published item page with its source file, approval and the SHA-256 of the source,
/// so the office can prove which approved text produced which page, and likewise every artwork file. Paths are relative; nothing of
/// unpublished items or of the machine the build ran on appears.
/// </summary>
public static class Manifest
{
    public const string FileName = "manifest.json";

    public static byte[] Write(OutputFolder output, AssembledSite site, string contentDirectory, BuildSettings options)
    {
        var pages = site.Pages;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("generator", "InfoSiteGen");
            json.WriteString("site_date", options.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteBoolean("preview", options.Preview);

            json.WriteStartArray("pages");
            foreach (var page in pages.OfType<ItemPage>().OrderBy(p => p.OutputFile, StringComparer.Ordinal))
            {
                var item = page.Item;
                json.WriteStartObject();
                json.WriteString("file", page.OutputFile);
                json.WriteString("source", item.SourcePath);
                json.WriteString("source_sha256", item.SourceSha256 ?? Sha256(Path.Combine(contentDirectory, item.SourcePath)));
                json.WriteString("language", item.Language);
                json.WriteString("translation_key", item.TranslationKey);
                WriteOptional(json, "department", item.DepartmentId);
                json.WriteString("status", item.Status.ToString().ToLowerInvariant());
                WriteOptional(json, "approved_by", item.ApprovedBy);
                WriteOptional(json, "approved_on", item.ApprovedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();

            // Artwork for print shops and screens, each file with the slogan and the approval it was made from.
            json.WriteStartArray("artwork");
            foreach (var file in site.Artwork)
            {
                json.WriteStartObject();
                json.WriteString("file", file.OutputPath);
                json.WriteString("format", file.FormatId);
                json.WriteString("size", file.SizeLabel);
                json.WriteString("language", file.Language);
                json.WriteString("source", file.SloganSource);
                json.WriteString("source_sha256", file.SloganSha256 ?? Sha256(Path.Combine(contentDirectory, file.SloganSource)));
                WriteOptional(json, "approved_by", file.ApprovedBy);
                WriteOptional(json, "approved_on", file.ApprovedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();

            WriteFiles(json, output.Produced.Where(f => f.Path != FileName).Select(f => (f.Path, f.Size, f.Sha256)));
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The <c>files</c> list, as the build writes it and deploying reads it: path, size and SHA-256 of each file.</summary>
    public static void WriteFiles(Utf8JsonWriter json, IEnumerable<(string Path, long Size, string Sha256)> files)
    {
        json.WriteStartArray("files");
        foreach (var (path, size, sha256) in files)
        {
            json.WriteStartObject();
            json.WriteString("path", path);
            json.WriteNumber("size", size);
            json.WriteString("sha256", sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
