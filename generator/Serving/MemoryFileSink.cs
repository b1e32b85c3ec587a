using System.Text;
using InfoSiteGen.Publishing;

namespace InfoSiteGen.Serving;

/// <summary>Generated site files (sitemap, feeds, robots.txt, search indexes) kept in memory instead of written to disk.</summary>
public sealed class MemoryFileSink : IFileSink
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void WriteBytes(string relativePath, byte[] bytes) => _files[relativePath] = bytes;

    // The same encoding the output folder writes, so served files have the bytes of built ones.
    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8NoBom.GetBytes(text));
}
