using InfoSiteGen.Diagnostics;
using InfoSiteGen.Media;

namespace InfoSiteGen.Publishing;

/// <summary>
/// Makes the copies of the pictures the pages use: from the cache when it has them, otherwise decoded and encoded
/// here and kept in the cache for the next build. A build writes them all into the output while the pages render
/// (<see cref="Write"/>); the preview server makes a picture's copies when the browser first asks for one
/// (<see cref="Produce"/>).
/// </summary>
public static class MediaPublishing
{
    /// <summary>
    /// Writes the copies of every picture in use, in parallel, and the drawings and clips in use. A picture that turns out damaged when decoded is
    /// reported at the first line that uses it.
    /// </summary>
    /// <returns>False when a picture could not be published (reported in <paramref name="diagnostics"/>).</returns>
    /// <param name="shared">Pictures whose share crop is needed too (lead pictures).</param>
    /// <param name="cards">Share cards to draw.</param>
    public static bool Write(MediaCatalog catalog, MediaInUse inUse, IReadOnlySet<string> shared, IReadOnlyCollection<ShareCard> cards, IFileSink output, DiagnosticBag diagnostics)
    {
        var failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(inUse.Pictures, parallel, entry =>
        {
            var (image, firstUse) = entry;
            try
            {
                foreach (var (variant, bytes) in Produce(catalog, image, shared.Contains(image.Key)))
                {
                    output.WriteBytes(variant.OutputPath, bytes);
                }
            }
            catch (Exception e) when (e is UnusableMediaException or IOException or UnauthorizedAccessException or NetVips.VipsException)
            {
                Interlocked.Increment(ref failed);
                Report(diagnostics, firstUse, new Wording("ảnh", "the picture"), image.Source, e);
            }
        });
        Parallel.ForEach(cards, parallel, card => output.WriteBytes(card.OutputPath, Produce(catalog.Cache, card)));
        foreach (var drawing in inUse.Drawings)
        {
            output.WriteBytes(drawing.OutputPath, drawing.Bytes);
        }

        foreach (var (file, firstUse) in inUse.Files)
        {
            try
            {
                // Prepared again from the file: a clip changed since it was planned would be published under the old name.
                var bytes = catalog.BytesOf(file);
                if (!file.OutputPath.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..10], StringComparison.Ordinal))
                {
                    throw new UnusableMediaException("tệp đã bị thay đổi trong khi dựng trang; hãy dựng lại", "the file changed during the build; build again");
                }

                output.WriteBytes(file.OutputPath, bytes);
            }
            catch (Exception e) when (e is UnusableMediaException or IOException or UnauthorizedAccessException)
            {
                Interlocked.Increment(ref failed);
                Report(diagnostics, firstUse, new Wording("tệp", "the file"), file.Source, e);
            }
        }

        return failed == 0;
    }

    private static void Report(DiagnosticBag diagnostics, SourceLocation at, Wording what, string source, Exception e)
    {
        var (vietnamese, english) = e is UnusableMediaException unusable ? (unusable.Vietnamese, unusable.English) : ("không đọc được tệp: " + e.Message, "the file cannot be read: " + e.Message);
        diagnostics.Error(DiagnosticCodes.UnusableMedia, at, new Wording(
            $"không dùng được {what.Vietnamese} '{source}': {vietnamese}",
            $"{what.English} '{source}' cannot be used: {english}"));
    }

    /// <summary>A drawn share card, from the cache or drawn now.</summary>
    public static byte[] Produce(ImageCache cache, ShareCard card)
    {
        if (cache.Read(card) is { } cached)
        {
            return cached;
        }

        var drawn = ShareCards.Draw(card);
        cache.Write(card, drawn);
        cache.CountProcessed();
        return drawn;
    }

    /// <summary>The bytes of every copy of <paramref name="image"/>, in the order of its variants.</summary>
    /// <exception cref="UnusableMediaException">The picture is damaged or incomplete.</exception>
    /// <param name="withShareCrop">Also the cut for social networks (<see cref="PublishedImage.ShareCrop"/>), last.</param>
    public static IReadOnlyList<(ImageVariant Variant, byte[] Bytes)> Produce(MediaCatalog catalog, PublishedImage image, bool withShareCrop = false)
    {
        var wanted = withShareCrop ? image.Variants.Append(image.ShareCrop) : image.Variants;
        var cached = wanted.Select(v => (Variant: v, Bytes: catalog.Cache.Read(image, v))).ToList();
        if (cached.All(c => c.Bytes is not null))
        {
            return cached!;
        }

        var made = new List<(ImageVariant, byte[])>();
        var bytes = File.ReadAllBytes(Path.Combine(catalog.ContentDirectory, image.Source));
        VipsImages.Encode(
            bytes,
            image,
            (variant, encoded) =>
            {
                catalog.Cache.Write(image, variant, encoded);
                made.Add((variant, encoded));
            },
            withShareCrop ? image.ShareCrop : null);

        catalog.Cache.CountProcessed();
        return made;
    }
}
