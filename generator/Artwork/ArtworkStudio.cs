namespace InfoSiteGen.Artwork;

/// <summary>
/// Makes slogan artwork, keeping every file in a cache folder named by the artwork's key (the text, its approval,
/// the format, the print settings and the font's hash), so artwork is drawn again only when one of those changed.
/// Cached files unused for 30 days are deleted with the picture cache's.
/// </summary>
public sealed class ArtworkStudio(ArtworkFont font, string cacheDirectory)
{
    private int _drawn;

    public ArtworkFont Font => font;

    /// <summary>How many files were drawn rather than taken from the cache.</summary>
    public int Drawn => _drawn;

    public DrawnArtwork Make(SloganArtwork art)
    {
        var path = Path.Combine(cacheDirectory, $"{art.Key(font.Sha256)}.{art.Format.Extension}");
        try
        {
            if (File.Exists(path))
            {
                var bytes = File.ReadAllBytes(path);
                File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
                var slogan = ArtworkDrawing.Layout(art, font);
                return new DrawnArtwork(bytes, slogan, slogan.Size >= art.Format.MinTextSize);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable cache file (or one of another user's) is drawn again.
        }

        var drawn = ArtworkDrawing.Draw(art, font);
        Interlocked.Increment(ref _drawn);
        try
        {
            Directory.CreateDirectory(cacheDirectory);
            var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
            File.WriteAllBytes(temporary, drawn.Bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next build a drawing, nothing more.
        }

        return drawn;
    }
}
