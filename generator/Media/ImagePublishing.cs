using InfoSiteGen.Diagnostics;
using InfoSiteGen.Publishing;

namespace InfoSiteGen.Media;

/// <summary>
/// Writes the copies of every picture the pages use into the output: from the cache when it has them, otherwise
/// decoded and encoded here, in parallel, and kept in the cache for the next build. Runs while the pages render.
/// A picture that turns out damaged when decoded is reported at the first line that uses it, and the build fails.
/// </summary>
public static class ImagePublishing
{
    /// <returns>False when a picture could not be published (reported in <paramref name="diagnostics"/>).</returns>
    public static bool Write(ImageCatalog catalog, IFileSink output, DiagnosticBag diagnostics)
    {
        var failed = 0;
        var planned = catalog.Planned;
        Parallel.ForEach(planned, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, entry =>
        {
            var (image, firstUse) = entry;
            var cached = image.Variants.Select(v => catalog.Cache.Read(image, v)).ToList();
            if (cached.All(bytes => bytes is not null))
            {
                for (var i = 0; i < cached.Count; i++)
                {
                    output.WriteBytes(image.Variants[i].OutputPath, cached[i]!);
                }

                return;
            }

            try
            {
                var bytes = File.ReadAllBytes(Path.Combine(catalog.ContentDirectory, image.Source));
                VipsImages.Encode(bytes, image, (variant, encoded) =>
                {
                    catalog.Cache.Write(image, variant, encoded);
                    output.WriteBytes(variant.OutputPath, encoded);
                });
                catalog.Cache.CountProcessed();
            }
            catch (UnreadableImageException e)
            {
                Interlocked.Increment(ref failed);
                diagnostics.Error(DiagnosticCodes.UnusableImage, firstUse, new Wording(
                    $"không dùng được ảnh '{image.Source}': {e.Vietnamese}",
                    $"the picture '{image.Source}' cannot be used: {e.English}"));
            }
        });
        return failed == 0;
    }
}
