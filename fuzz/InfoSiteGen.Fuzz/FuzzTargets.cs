using InfoSiteGen.Bodies;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Fuzz;

/// <summary>
/// The paths of the generator that editors' files go through. Each must answer any input with diagnostics:
/// an exception here is a bug. Also used by the regression tests of findings.
/// </summary>
public static class FuzzTargets
{
    private const string SiteYml = """
        title: { vi: "Thử", en: "Test" }
        languages: [vi, en]
        departments:
          - { id: so-tu-phap, name: { vi: "Sở Tư pháp", en: "Department of Justice" } }
        topics:
          - { id: quyen-tre-em, name: { vi: "Quyền trẻ em", en: "Children's rights" } }
        """;

    // Built on first use, inside the fuzzer's callback (see Program).
    private static SiteConfig? _config;

    private static SiteConfig Config => _config ??= SiteConfigLoader.Parse(SiteYml, new DiagnosticBag())
        ?? throw new InvalidOperationException("the harness's site.yml does not parse");

    /// <summary>Bytes of a file in laws/ (the section with the most keys) to a content item; what the editor is told.</summary>
    public static IReadOnlyList<Diagnostic> FrontMatter(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        ReadItem(bytes, diagnostics);
        return diagnostics.All;
    }

    /// <summary>Bytes of an article to its rendered, cleaned body; what the editor is told.</summary>
    public static IReadOnlyList<Diagnostic> MarkdownPage(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var item = ReadItem(bytes, diagnostics);
        if (item is not null)
        {
            var rules = new PublicationRules(new DateOnly(2023, 12, 10), Preview: true);
            var links = new LinkResolver(Path.GetTempPath(), [item], rules, diagnostics);
            new MarkdownRenderer(links, new HtmlSafety(["www.youtube-nocookie.com"]), diagnostics).Render(item);
        }

        return diagnostics.All;
    }

    private static ContentItem? ReadItem(byte[] bytes, DiagnosticBag diagnostics)
    {
        var text = SourceText.Decode(bytes, "laws/x.md", diagnostics);
        if (text is null)
        {
            return null;
        }

        var file = new ContentFile("/nowhere/laws/x.md", "laws/x.md", ContentSection.Laws, "vi", "x");
        return new ItemReader(Config, diagnostics).Read(file, text);
    }
}
