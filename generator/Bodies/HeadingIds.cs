using InfoSiteGen.Writing;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoSiteGen.Bodies;

/// <summary>
/// Gives every heading an anchor id made with the project's Vietnamese fold (Markdig's own keeps đ),
/// unique within the page: <c>Quyền được học tập</c> → <c>quyen-duoc-hoc-tap</c>, then <c>…-2</c>.
/// </summary>
public static class HeadingIds
{
    /// <summary>Sets the ids of a page's headings, given in document order.</summary>
    public static IReadOnlyList<Heading> Assign(IEnumerable<HeadingBlock> blocks)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var headings = new List<Heading>();
        foreach (var block in blocks)
        {
            var text = PlainText(block.Inline);
            var baseId = Slug.From(text);
            if (baseId.Length == 0)
            {
                baseId = "muc";
            }

            var id = baseId;
            for (var n = 2; !used.Add(id); n++)
            {
                id = $"{baseId}-{n}";
            }

            block.GetAttributes().Id = id;
            headings.Add(new Heading(block.Level, text, id));
        }

        return headings;
    }

    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        AppendText(inline, text);
        return text.ToString().Trim();
    }

    /// <summary>The literal and code text under a node, in reading order; emphasis and links contribute their contents (also a picture's alt text).</summary>
    internal static void AppendText(ContainerInline container, System.Text.StringBuilder text)
    {
        for (var node = container.FirstChild; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case ContainerInline inner:
                    AppendText(inner, text);
                    break;
            }
        }
    }
}
