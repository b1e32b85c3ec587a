namespace InfoSiteGen.Content;

/// <summary>
/// A Markdown file found in a section folder, before its text is read.
/// <see cref="Stem"/> is its path inside the section without the language suffix and <c>.md</c>
/// (<c>2023/le-ky-niem</c> for <c>articles/2023/le-ky-niem.vi.md</c>): translations share it.
/// </summary>
public sealed record ContentFile(string AbsolutePath, string RelativePath, ContentSection Section, string Language, string Stem)
{
    /// <summary>The file name without folders, language suffix and extension.</summary>
    public string Name => Stem[(Stem.LastIndexOf('/') + 1)..];
}
