using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace InfoSiteGen.Importing;

/// <summary>
/// What a Word document's styles and numbering say about a paragraph or a run: its heading level, whether it is
/// the title, whether it is a bulleted or numbered list item, and the font, bold and italic it inherits. Word
/// resolves a run's look from the run itself, then its character style, then its paragraph's style and the
/// styles that one is based on, then the document defaults; this follows the same chain.
/// </summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly RunFonts? _defaultFonts;
    private readonly Numbering? _numbering;
    private readonly string? _defaultParagraphStyle;

    public WordStyles(MainDocumentPart main)
    {
        var styles = main.StyleDefinitionsPart?.Styles;
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles.TryAdd(id, style);
            }
        }

        _defaultFonts = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts;
        // A paragraph without a style has the default paragraph style ("Normal"), whose font may be an old one.
        _defaultParagraphStyle = styles?.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && (s.Default?.Value ?? false))?.StyleId?.Value;
        _numbering = main.NumberingDefinitionsPart?.Numbering;
    }

    /// <summary>True for a paragraph in the Title style (or one based on it).</summary>
    public bool IsTitle(Paragraph paragraph) =>
        Chain(StyleIdOf(paragraph)).Any(s => string.Equals(s.StyleName?.Val?.Value, "Title", StringComparison.OrdinalIgnoreCase));

    /// <summary>The heading level, 1 to 9, from the paragraph's outline level or its style's; null for body text.</summary>
    public int? HeadingLevel(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value;
        if (own is not null)
        {
            return own < 9 ? own + 1 : null;
        }

        foreach (var style in Chain(StyleIdOf(paragraph)))
        {
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level)
            {
                return level < 9 ? level + 1 : null;
            }

            // Built-in heading styles are named "heading 1"… whatever the language Word shows them in.
            var name = style.StyleName?.Val?.Value ?? string.Empty;
            if (name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase) && int.TryParse(name.AsSpan(8), out var n) && n is >= 1 and <= 9)
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>The list level (0 = top) and kind of a list paragraph, or null when it is not in a list.</summary>
    public (int Level, bool Ordered)? ListItem(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties
            ?? Chain(StyleIdOf(paragraph)).Select(s => s.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(p => p is not null);
        var numberId = properties?.NumberingId?.Val?.Value;
        if (numberId is null or 0)
        {
            return null;
        }

        var level = properties!.NumberingLevelReference?.Val?.Value ?? 0;
        var instance = _numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var format = instance?.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level?.NumberingFormat?.Val
            ?? _numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)
                ?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val;
        var ordered = format is not null && format.Value != NumberFormatValues.Bullet && format.Value != NumberFormatValues.None;
        return (Math.Clamp(level, 0, 8), ordered);
    }

    /// <summary>The font a run's Latin text is set in, as Word would choose it.</summary>
    public string? FontOf(Run run, Paragraph? paragraph)
    {
        static string? Name(RunFonts? fonts) => fonts?.Ascii?.Value ?? fonts?.HighAnsi?.Value;

        if (Name(run.RunProperties?.RunFonts) is { } own)
        {
            return own;
        }

        foreach (var style in Chain(run.RunProperties?.RunStyle?.Val?.Value).Concat(Chain(paragraph is null ? null : StyleIdOf(paragraph))))
        {
            if (Name(style.StyleRunProperties?.RunFonts) is { } styled)
            {
                return styled;
            }
        }

        return Name(_defaultFonts);
    }

    public bool IsBold(Run run, Paragraph? paragraph) => Flag(run, paragraph, p => p.Bold, s => s.Bold);

    public bool IsItalic(Run run, Paragraph? paragraph) => Flag(run, paragraph, p => p.Italic, s => s.Italic);

    /// <summary>Set in capitals by formatting ("All caps"), as official headers often are: the text is shown in capitals.</summary>
    public bool IsCapitals(Run run, Paragraph? paragraph) => Flag(run, paragraph, p => p.Caps, s => s.Caps);

    public static bool IsHidden(Run run) => run.RunProperties?.Vanish is { } vanish && (vanish.Val?.Value ?? true);

    private bool Flag(Run run, Paragraph? paragraph, Func<RunProperties, OnOffType?> own, Func<StyleRunProperties, OnOffType?> styled)
    {
        // An element without a value (<w:b/>) means "on"; the nearest one decides.
        if (run.RunProperties is { } properties && own(properties) is { } set)
        {
            return set.Val?.Value ?? true;
        }

        foreach (var style in Chain(run.RunProperties?.RunStyle?.Val?.Value).Concat(Chain(paragraph is null ? null : StyleIdOf(paragraph))))
        {
            if (style.StyleRunProperties is { } styleProperties && styled(styleProperties) is { } inherited)
            {
                return inherited.Val?.Value ?? true;
            }
        }

        return false;
    }

    private string? StyleIdOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

    /// <summary>A style and the styles it is based on, nearest first, stopping at a loop.</summary>
    private IEnumerable<Style> Chain(string? styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && seen.Add(styleId) && _styles.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
