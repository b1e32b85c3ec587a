using System.Globalization;
using System.IO.Enumeration;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen;

/// <summary>
/// What the last successful build into an output folder started from and left behind, kept in the cache folder
/// (never in the output, which is uploaded), so that the next build can tell from file sizes and times alone
/// that nothing changed and leave the output as it is. Three fingerprints must all match: the generator and the
/// options (the same compiled generator, folders, date, preview and base address); every file of the content
/// and theme folders (path, size, modification time, hidden files included); and every file of the output
/// folder as the build left it, so a file changed or deleted there by hand is rebuilt. The sources are listed
/// before the build reads them: a file saved during a build shows as changed next time. Any doubt (a symbolic
/// link among the sources, an unreadable record, another generator) means a full build, as does a date that
/// differs, since the date decides what is published.
/// </summary>
public sealed record BuildRecord(string Generator, string Options, string Sources, IReadOnlyList<string> OutputFiles, string Output, RecordedResult Result)
{
    /// <summary>The compiled generator, so that a new version never takes an old build's output or stored pipeline for its own.</summary>
    public static readonly string GeneratorIdentity = GeneratorOf(typeof(BuildRecord).Assembly);

    // Not a possible listing line, which always holds tabs.
    private const string LinkFound = "\u0000link";

    /// <summary>The record of the last successful build into the options' output folder, if one is kept and readable.</summary>
    public static BuildRecord? Last(BuildOptions options) => Read(PathOf(options));

    /// <summary>This record's result, when it still describes the folders as they are.</summary>
    public BuildResult? Unchanged(BuildOptions options, string? sources)
    {
        var unchanged = sources is not null && Generator == GeneratorIdentity && Options == OptionsOf(options) && Sources == sources
            && DescribesOutput(options);
        return unchanged ? Result.ToBuildResult() : null;
    }

    /// <summary>
    /// True when the output folder holds, file by file, what this build left there (same sizes and times):
    /// whatever else changed, that build's manifest then describes the files' bytes.
    /// </summary>
    public bool DescribesOutput(BuildOptions options) => StatusOf(options.OutputDirectory, OutputFiles) is { } output && Output == output;

    /// <summary>The fingerprint of the content and theme folders, or null when it cannot be trusted (a symbolic link) or is not kept.</summary>
    public static string? SourcesOf(BuildOptions options) =>
        options.BuildRecordDirectory is null ? null : ListingOf([options.ContentDirectory, options.ThemeDirectory]);

    /// <summary>Records a successful build; a record that cannot be written costs the next build its shortcut, nothing more.</summary>
    /// <param name="outputFiles">Every file the build wrote or kept, relative to the output folder.</param>
    public static void Save(BuildOptions options, string? sources, BuildResult result, IReadOnlyList<string> outputFiles)
    {
        var output = StatusOf(options.OutputDirectory, outputFiles);
        if (sources is null || output is null || !result.Succeeded)
        {
            return;
        }

        var path = PathOf(options)!;
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var record = new BuildRecord(GeneratorIdentity, OptionsOf(options), sources, outputFiles, output, RecordedResult.Of(result));
            File.WriteAllBytes(temporary, record.ToJson());
            File.Move(temporary, path, overwrite: true);
            Prune(Path.GetDirectoryName(path)!, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
        }
    }

    // Written and read by hand rather than by a serializer: a build with nothing to do is over in a fraction of a
    // second, and a serializer's first use (its code compiled at run time) would be most of that fraction.
    private byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("generator", Generator);
            json.WriteString("options", Options);
            json.WriteString("sources", Sources);
            json.WriteString("output", Output);
            json.WriteStartArray("output_files");
            foreach (var file in OutputFiles)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            Result.Write(json);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static BuildRecord FromJson(JsonElement json) => new(
        json.GetProperty("generator").GetString()!,
        json.GetProperty("options").GetString()!,
        json.GetProperty("sources").GetString()!,
        json.GetProperty("output_files").EnumerateArray().Select(f => f.GetString()!).ToList(),
        json.GetProperty("output").GetString()!,
        RecordedResult.Read(json.GetProperty("result")));

    /// <summary>Forgets output folders not built for a month, as the picture cache forgets unused pictures.</summary>
    private static void Prune(string folder, DateTime now)
    {
        foreach (var record in new DirectoryInfo(folder).EnumerateFiles("*.json"))
        {
            if (now - record.LastWriteTimeUtc > Media.ImageCache.KeepUnused)
            {
                record.Delete();
            }
        }
    }

    private static string? PathOf(BuildOptions options)
    {
        if (options.BuildRecordDirectory is null)
        {
            return null;
        }

        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
        return Path.Combine(options.BuildRecordDirectory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(output)))[..32] + ".json");
    }

    private static BuildRecord? Read(string? path)
    {
        try
        {
            if (path is null || !File.Exists(path))
            {
                return null;
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return FromJson(json.RootElement);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static string OptionsOf(BuildOptions options) => string.Join('\n',
        Path.GetFullPath(options.ContentDirectory),
        Path.GetFullPath(options.ThemeDirectory),
        Path.GetFullPath(options.OutputDirectory),
        options.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        options.Preview,
        options.BaseUrl?.AbsoluteUri ?? string.Empty);

    /// <summary>The compiled generator, so that a new version never takes an old build's output for its own.</summary>
    private static string GeneratorOf(Assembly assembly) =>
        assembly.ManifestModule.ModuleVersionId.ToString("N") + " " + assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    /// <summary>
    /// SHA-256 of the size and modification time of each of the files, in order; null when one is missing. Looked up
    /// by path, in parallel: listing the output's thousands of folders instead would take several times as long.
    /// </summary>
    private static string? StatusOf(string folder, IReadOnlyList<string> files)
    {
        var status = new (long Length, long Ticks)[files.Count];
        var missing = false;
        Parallel.For(0, files.Count, (i, loop) =>
        {
            var info = new FileInfo(Path.Combine(folder, files[i]));
            if (!info.Exists)
            {
                missing = true;
                loop.Stop();
                return;
            }

            status[i] = (info.Length, info.LastWriteTimeUtc.Ticks);
        });
        if (missing)
        {
            return null;
        }

        var listing = new StringBuilder();
        for (var i = 0; i < files.Count; i++)
        {
            listing.Append(files[i]).Append('\t').Append(status[i].Length).Append('\t').Append(status[i].Ticks).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
    }

    /// <summary>SHA-256 of every file under the folders (path, size, modification time), in order; null for a symbolic link or a folder that cannot be read.</summary>
    private static string? ListingOf(IEnumerable<string> folders)
    {
        var listing = new StringBuilder();
        try
        {
            foreach (var folder in folders)
            {
                var root = Path.GetFullPath(folder);
                listing.Append(root).Append('\n');
                if (!Directory.Exists(root))
                {
                    continue;
                }

                // One line per file; a reference type, so that the enumeration's code is the precompiled shared one.
                var lines = new FileSystemEnumerable<string>(
                    root,
                    (ref entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0
                        ? LinkFound
                        : $"{entry.ToFullPath()[root.Length..]}\t{entry.Length}\t{entry.LastWriteTimeUtc.UtcTicks}",
                    new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
                {
                    ShouldIncludePredicate = (ref entry) => !entry.IsDirectory || (entry.Attributes & FileAttributes.ReparsePoint) != 0,
                }.ToList();
                if (lines.Contains(LinkFound))
                {
                    // What a link leads to can change without the link changing.
                    return null;
                }

                lines.Sort(StringComparer.Ordinal);
                foreach (var line in lines)
                {
                    listing.Append(line).Append('\n');
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
    }
}

/// <summary>The closing figures of a recorded build, given again when nothing changed.</summary>
public sealed record RecordedResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    int FilesWritten,
    ScheduledChange? NextChange,
    IReadOnlyDictionary<string, long>? SearchIndexBytes,
    int PicturesPublished)
{
    public static RecordedResult Of(BuildResult result) =>
        new(result.Diagnostics, result.PagesPerLanguage, result.FilesWritten, result.NextChange, result.SearchIndexBytes, result.Images.Published);

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject("result");
        json.WriteStartArray("diagnostics");
        foreach (var d in Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity.ToString());
            json.WriteString("code", d.Code);
            json.WriteString("path", d.Location.Path);
            json.WriteNumber("line", d.Location.Line);
            json.WriteNumber("column", d.Location.Column);
            json.WriteString("vi", d.Wording.Vietnamese);
            json.WriteString("en", d.Wording.English);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteCounts(json, "pages", PagesPerLanguage.Select(p => (p.Key, (long)p.Value)));
        json.WriteNumber("files", FilesWritten);
        if (SearchIndexBytes is not null)
        {
            WriteCounts(json, "search_index_bytes", SearchIndexBytes.Select(p => (p.Key, p.Value)));
        }

        json.WriteNumber("pictures", PicturesPublished);
        if (NextChange is { } next)
        {
            json.WriteStartObject("next_change");
            json.WriteString("date", next.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteCounts(json, "appearing", next.Appearing.Select(p => (p.Key.ToString(), (long)p.Value)));
            WriteCounts(json, "expiring", next.Expiring.Select(p => (p.Key.ToString(), (long)p.Value)));
            json.WriteNumber("events_ending", next.EventsEnding);
            json.WriteNumber("laws_changing", next.LawsChanging);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    public static RecordedResult Read(JsonElement json)
    {
        var diagnostics = json.GetProperty("diagnostics").EnumerateArray().Select(d => new Diagnostic(
            Enum.Parse<Severity>(d.GetProperty("severity").GetString()!),
            d.GetProperty("code").GetString()!,
            new SourceLocation(d.GetProperty("path").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()),
            new Wording(d.GetProperty("vi").GetString()!, d.GetProperty("en").GetString()!))).ToList();
        var next = json.TryGetProperty("next_change", out var change)
            ? new ScheduledChange(
                DateOnly.ParseExact(change.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                ReadCounts(change.GetProperty("appearing")).ToDictionary(p => Enum.Parse<ContentSection>(p.Key), p => (int)p.Value),
                ReadCounts(change.GetProperty("expiring")).ToDictionary(p => Enum.Parse<ContentSection>(p.Key), p => (int)p.Value),
                change.TryGetProperty("events_ending", out var ending) ? ending.GetInt32() : 0,
                change.TryGetProperty("laws_changing", out var changing) ? changing.GetInt32() : 0)
            : null;
        return new RecordedResult(
            diagnostics,
            ReadCounts(json.GetProperty("pages")).ToDictionary(p => p.Key, p => (int)p.Value),
            json.GetProperty("files").GetInt32(),
            next,
            json.TryGetProperty("search_index_bytes", out var sizes) ? ReadCounts(sizes).ToDictionary(p => p.Key, p => p.Value) : null,
            json.GetProperty("pictures").GetInt32());
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IEnumerable<(string Key, long Value)> counts)
    {
        json.WriteStartArray(name);
        foreach (var (key, value) in counts)
        {
            json.WriteStartArray();
            json.WriteStringValue(key);
            json.WriteNumberValue(value);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    // Pairs in an array, not an object, so that the order of languages is kept as the build gave it.
    private static IEnumerable<(string Key, long Value)> ReadCounts(JsonElement json) =>
        json.EnumerateArray().Select(pair => (pair[0].GetString()!, pair[1].GetInt64()));

    /// <summary>The last build's result, as of now: its duration is for the caller to set.</summary>
    public BuildResult ToBuildResult() =>
        new(Diagnostics, PagesPerLanguage, FilesWritten, TimeSpan.Zero, NextChange, SearchIndexBytes)
        {
            Images = (PicturesPublished, 0),
            Unchanged = true,
        };
}
