using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using InfoSiteGen.Configuration;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Media;

/// <summary>
/// The pictures, drawings, clips and caption files of the content folder, planned as the Markdown stage resolves
/// links, lead pictures and media; what is published is what the items use (<see cref="InUse"/>). Each is planned on
/// first use — a picture from its header alone (the copies' names and sizes, so pages can be written before any
/// picture is encoded) — and problems found then are reported at the line that uses it. Safe to use from the
/// parallel Markdown stage.
/// </summary>
public sealed class MediaCatalog(string contentDirectory, ImageSettings settings, ImageCache cache)
{
    /// <summary>Extensions of the raster formats a link may name; their originals are never published, only re-encoded copies.</summary>
    public static readonly IReadOnlySet<string> RasterExtensions =
        new HashSet<string>([".jpg", ".jpeg", ".jpe", ".jfif", ".jif", ".pjpeg", ".pjp", ".png", ".webp", ".gif", ".tif", ".tiff", ".avif", ".heic", ".heif", ".bmp"], StringComparer.OrdinalIgnoreCase);

    private readonly ConcurrentDictionary<string, Lazy<Plan>> _plans = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<(PublishedDrawing?, Wording?)>> _drawings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<(PublishedFile?, Wording?)>> _files = new(StringComparer.Ordinal);

    public ImageCache Cache => cache;

    public string ContentDirectory => contentDirectory;

    public static bool IsRaster(string path) => RasterExtensions.Contains(Path.GetExtension(path));

    public static bool IsDrawing(string path) => Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase);

    /// <summary>The published form of an SVG drawing, or null after reporting why it cannot be published.</summary>
    public PublishedDrawing? FindDrawing(string asset, SourceLocation at, DiagnosticBag diagnostics) =>
        Find(_drawings, asset, CleanDrawing, new Wording("hình vẽ", "the drawing"), at, diagnostics);

    /// <summary>A video, sound or caption file as published (see <see cref="MediaFiles"/>), or null after reporting why it cannot be.</summary>
    public PublishedFile? FindFile(string asset, SourceLocation at, DiagnosticBag diagnostics) =>
        Find(_files, asset, PrepareFile, new Wording("tệp", "the file"), at, diagnostics);

    /// <summary>Prepares <paramref name="asset"/> once, and reports its problem at every place that uses it.</summary>
    private T? Find<T>(
        ConcurrentDictionary<string, Lazy<(T?, Wording?)>> store, string asset, Func<string, (T?, Wording?)> prepare, Wording what, SourceLocation at, DiagnosticBag diagnostics)
        where T : class
    {
        var (found, problem) = store.GetOrAdd(asset, a => new Lazy<(T?, Wording?)>(() => prepare(a))).Value;
        if (problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.UnusableMedia, at, new Wording(
                $"không dùng được {what.Vietnamese} '{asset}': {problem.Vietnamese}",
                $"{what.English} '{asset}' cannot be used: {problem.English}"));
        }

        return found;
    }

    /// <summary>The bytes of a published file, prepared again: a video is not kept in memory between planning and writing.</summary>
    public byte[] BytesOf(PublishedFile file) => MediaFiles.Prepare(file.Source, File.ReadAllBytes(Path.Combine(contentDirectory, file.Source))).Bytes;

    private (PublishedFile?, Wording?) PrepareFile(string asset)
    {
        try
        {
            var (bytes, type, extension, duration) = MediaFiles.Prepare(asset, File.ReadAllBytes(Path.Combine(contentDirectory, asset)));
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var stem = Writing.Slug.From(Path.GetFileNameWithoutExtension(asset));
            return (new PublishedFile(asset, $"media/{(stem.Length == 0 ? "tep" : stem)}-{hash}.{extension}", type, bytes.Length, duration), null);
        }
        catch (UnusableMediaException e)
        {
            return (null, new Wording(e.Vietnamese, e.English));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A hostile or unusual file must end as a message about that file, never as a crash of the build.
            return (null, new Wording("không đọc được tệp: " + e.Message, "the file cannot be read: " + e.Message));
        }
    }

    private (PublishedDrawing?, Wording?) CleanDrawing(string asset)
    {
        try
        {
            var (bytes, width, height) = SvgDrawings.Clean(File.ReadAllBytes(Path.Combine(contentDirectory, asset)));
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var stem = Writing.Slug.From(Path.GetFileNameWithoutExtension(asset));
            return (new PublishedDrawing(asset, $"media/{(stem.Length == 0 ? "hinh-ve" : stem)}-{hash}.svg", width, height, bytes), null);
        }
        catch (UnusableMediaException e)
        {
            return (null, new Wording(e.Vietnamese, e.English));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A hostile or unusual file must end as a message about that file, never as a crash of the build.
            return (null, new Wording("không đọc được tệp: " + e.Message, "the file cannot be read: " + e.Message));
        }
    }

    /// <summary>The published form of a picture of the content folder, or null after reporting why it cannot be published.</summary>
    public PublishedImage? Find(string asset, SourceLocation at, DiagnosticBag diagnostics)
    {
        var plan = _plans.GetOrAdd(asset, a => new Lazy<Plan>(() => MakePlan(a))).Value;
        if (plan.Problem is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.UnusableMedia, at, new Wording(
                $"không dùng được ảnh '{asset}': {problem.Vietnamese}",
                $"the picture '{asset}' cannot be used: {problem.English}"));
        }

        return plan.Image;
    }

    /// <summary>
    /// The media among <paramref name="uses"/> that can be published, in source order, each with its first use. Each is
    /// planned here if no body planned it in this catalog yet (a body kept from an earlier update, rendered against
    /// another catalog): a problem found then is reported, unless the body's own report already holds it.
    /// </summary>
    public MediaInUse InUse(IEnumerable<MediaUse> uses, DiagnosticBag diagnostics)
    {
        var firstUse = new Dictionary<(MediaKind, string), SourceLocation>();
        foreach (var use in uses)
        {
            var key = (use.Kind, use.Asset);
            firstUse[key] = firstUse.TryGetValue(key, out var known) ? Earlier(known, use.At) : use.At;
        }

        var found = new DiagnosticBag();
        var pictures = new List<(PublishedImage, SourceLocation)>();
        var drawings = new List<PublishedDrawing>();
        var files = new List<(PublishedFile, SourceLocation)>();
        foreach (var ((kind, asset), at) in firstUse.OrderBy(e => e.Key.Item2, StringComparer.Ordinal))
        {
            // A body that planned it in this catalog has its problems in its own report already.
            var problems = IsPlanned(kind, asset) ? new DiagnosticBag() : found;
            switch (kind)
            {
                case MediaKind.Picture when Find(asset, at, problems) is { } image:
                    pictures.Add((image, at));
                    break;
                case MediaKind.Drawing when FindDrawing(asset, at, problems) is { } drawing:
                    drawings.Add(drawing);
                    break;
                case MediaKind.File when FindFile(asset, at, problems) is { } file:
                    files.Add((file, at));
                    break;
            }
        }

        var reported = diagnostics.All.ToHashSet();
        foreach (var problem in found.All.Where(p => !reported.Contains(p)))
        {
            diagnostics.Add(problem);
        }

        return new MediaInUse(pictures, drawings, files);
    }

    private bool IsPlanned(MediaKind kind, string asset) => kind switch
    {
        MediaKind.Picture => _plans.ContainsKey(asset),
        MediaKind.Drawing => _drawings.ContainsKey(asset),
        _ => _files.ContainsKey(asset),
    };

    private sealed record Plan(PublishedImage? Image, Wording? Problem);

    private Plan MakePlan(string asset)
    {
        SourceFingerprint fingerprint;
        try
        {
            fingerprint = cache.Fingerprint(Path.Combine(contentDirectory, asset)).Fingerprint;
        }
        catch (UnusableMediaException e)
        {
            return new Plan(null, new Wording(e.Vietnamese, e.English));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A hostile or unusual file must end as a message about that file, never as a crash of the build.
            return new Plan(null, new Wording("không đọc được tệp: " + e.Message, "the file cannot be read: " + e.Message));
        }

        var header = fingerprint.Header;
        if ((long)header.Width * header.Height > settings.MaxPixels)
        {
            var megapixels = ((double)header.Width * header.Height / 1_000_000).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
            return new Plan(null, new Wording(
                $"ảnh {header.Width} × {header.Height} điểm ảnh ({megapixels} megapixel) lớn hơn giới hạn {settings.MaxMegapixels} megapixel; hãy thu nhỏ ảnh, hoặc nâng 'images.max_megapixels' trong site.yml nếu thật sự cần",
                $"the picture is {header.Width} × {header.Height} pixels ({megapixels} megapixels), more than the limit of {settings.MaxMegapixels}; make it smaller, or raise 'images.max_megapixels' in site.yml if it is really needed"));
        }

        return new Plan(Publish(asset, fingerprint.Sha256, header, settings), null);
    }

    /// <summary>The copies of a picture: every configured width narrower than it, and its own width when that is below the widest, never larger.</summary>
    internal static PublishedImage Publish(string asset, string sha256, ImageHeader header, ImageSettings settings)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sha256 + ";" + settings.Key)))[..16];
        var widths = settings.Widths.Where(w => w < header.Width).ToList();
        if (widths.Count == 0 || widths.Count < settings.Widths.Count)
        {
            widths.Add(header.Width);
        }

        // Transparent pictures and drawings (PNG, GIF) keep a lossless fallback; photos get JPEG.
        var fallback = header.HasAlpha || header.Format is "png" or "gif" ? "png" : "jpeg";
        string[] formats = settings.Avif ? ["avif", "webp", fallback] : ["webp", fallback];
        var stem = Writing.Slug.From(Path.GetFileNameWithoutExtension(asset));
        stem = stem.Length == 0 ? "anh" : stem;
        var name = $"media/{stem}-{key[..10]}";
        var variants = new List<ImageVariant>();
        foreach (var format in formats)
        {
            foreach (var width in widths.OrderDescending())
            {
                var height = Math.Max(1, (int)Math.Round((double)header.Height * width / header.Width));
                var extension = format == "jpeg" ? "jpg" : format;
                variants.Add(new ImageVariant(format, width, height, $"{name}-{width}.{extension}"));
            }
        }

        return new PublishedImage(asset, key, header.Width, header.Height, fallback, variants, name);
    }

    private static SourceLocation Earlier(SourceLocation a, SourceLocation b)
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        return byPath < 0 || (byPath == 0 && (a.Line, a.Column).CompareTo((b.Line, b.Column)) <= 0) ? a : b;
    }
}
