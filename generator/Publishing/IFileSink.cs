namespace InfoSiteGen.Publishing;

/// <summary>
/// Where the site's generated files go: the output folder of a build, or the preview server's memory.
/// Paths are relative to the site root, with '/'.
/// </summary>
public interface IFileSink
{
    void WriteBytes(string relativePath, byte[] bytes);

    void WriteText(string relativePath, string text);
}
