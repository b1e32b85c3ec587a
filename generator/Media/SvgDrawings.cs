using System.Globalization;
using System.Text;
using System.Xml;

namespace InfoSiteGen.Media;

/// <summary>A drawing (SVG) as the site publishes it: checked, stripped of comments and editor data, named by its hash.</summary>
public sealed record PublishedDrawing(string Source, string OutputPath, int Width, int Height, byte[] Bytes);

/// <summary>
/// Checks and cleans SVG drawings. A drawing is published only when it can do nothing but draw: no script, no
/// event handler, no reference to another file or address (links, images, fonts, styles), no <c>foreignObject</c>.
/// Such a drawing is refused rather than silently changed, so the editor sees what the drawing program put in it.
/// What is removed without asking is what readers never see: comments, processing instructions, <c>metadata</c>
/// (author, licence, often the creator's name) and the drawing programs' own elements and attributes (Inkscape's
/// export paths name folders of the author's computer).
/// </summary>
public static class SvgDrawings
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly HashSet<string> ForbiddenElements = new(
        // <style> too: a style sheet can be split by comments and escapes into a fetch that no check of its parts sees.
        ["script", "foreignobject", "iframe", "object", "embed", "handler", "listener", "audio", "video", "canvas", "image", "feimage", "style"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The cleaned drawing and its size in CSS pixels.</summary>
    /// <exception cref="UnusableMediaException">The drawing is not SVG, or holds something it may not.</exception>
    public static (byte[] Bytes, int Width, int Height) Clean(byte[] svg)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        var output = new MemoryStream();
        var writerSettings = new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false), Indent = false, NewLineHandling = NewLineHandling.None };
        (int Width, int Height)? size = null;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(svg), settings);
            var line = (IXmlLineInfo)reader;
            using (var writer = XmlWriter.Create(output, writerSettings))
            {
                reader.Read();
                while (!reader.EOF)
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        CopyOther(reader, writer);
                        reader.Read();
                        continue;
                    }

                    if (size is null)
                    {
                        if (reader.NamespaceURI != SvgNamespace || reader.LocalName != "svg")
                        {
                            throw Refused("tệp không phải là hình vẽ SVG", "the file is not an SVG drawing", line);
                        }

                        size = SizeOf(reader, line);
                    }

                    if (!IsDrawing(reader.NamespaceURI) || reader.LocalName == "metadata")
                    {
                        // Skip leaves the reader on the node after the element's end: no Read here.
                        reader.Skip();
                        continue;
                    }

                    CopyElement(reader, writer, line);
                    reader.Read();
                }
            }

            if (size is null)
            {
                throw Refused("tệp không có hình vẽ nào", "the file holds no drawing", null);
            }

            return (output.ToArray(), size.Value.Width, size.Value.Height);
        }
        catch (XmlException e)
        {
            throw new UnusableMediaException(
                $"tệp SVG bị lỗi ở dòng {e.LineNumber} của hình vẽ: {e.Message}",
                $"the SVG file is broken at line {e.LineNumber} of the drawing: {e.Message}");
        }
    }

    private static void CopyElement(XmlReader reader, XmlWriter writer, IXmlLineInfo line)
    {
        var name = reader.LocalName;
        if (ForbiddenElements.Contains(name))
        {
            throw Refused($"có phần tử <{name}>", $"it contains a <{name}> element", line);
        }

        var isEmpty = reader.IsEmptyElement;
        writer.WriteStartElement(reader.Prefix, name, reader.NamespaceURI);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                CopyAttribute(reader, writer, name, line);
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        if (isEmpty)
        {
            writer.WriteEndElement();
        }
    }

    private static void CopyAttribute(XmlReader reader, XmlWriter writer, string element, IXmlLineInfo line)
    {
        var (name, value, ns) = (reader.LocalName, reader.Value, reader.NamespaceURI);
        if (ns == XmlnsNamespace)
        {
            // Declarations of the drawing programs' namespaces go with their elements and attributes.
            if (IsDrawing(value) || value == XlinkNamespace)
            {
                writer.WriteAttributeString(reader.Prefix, name, ns, value);
            }

            return;
        }

        // xml:base would make "#id" references point elsewhere; other namespaces are the drawing programs' own.
        if ((ns.Length > 0 && ns != XlinkNamespace && ns != XmlNamespace) || (ns == XmlNamespace && name == "base"))
        {
            return;
        }

        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            throw Refused($"phần tử <{element}> có lệnh xử lý sự kiện '{name}'", $"<{element}> has an event handler '{name}'", line);
        }

        if (name == "href" && !value.TrimStart().StartsWith('#'))
        {
            throw Refused($"phần tử <{element}> trỏ tới '{Shorten(value)}' bên ngoài hình vẽ", $"<{element}> refers to '{Shorten(value)}' outside the drawing", line);
        }

        if (name is "attributeName" && value.Contains("href", StringComparison.OrdinalIgnoreCase))
        {
            throw Refused($"phần tử <{element}> thay đổi một liên kết", $"<{element}> changes a link", line);
        }

        CheckUrls(value, element, line);
        writer.WriteAttributeString(reader.Prefix, name, ns, value);
    }

    private static void CopyOther(XmlReader reader, XmlWriter writer)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                break;
            case XmlNodeType.Text:
                // Text of <text>, <title> or <desc>: style sheets, the only text that could fetch, are refused with <style>.
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
            case XmlNodeType.Whitespace:
            case XmlNodeType.SignificantWhitespace:
                writer.WriteWhitespace(reader.Value);
                break;
        }
    }

    /// <summary><c>url(#gradient)</c> points inside the drawing; any other <c>url(…)</c> fetches something.</summary>
    private static void CheckUrls(string value, string element, IXmlLineInfo line)
    {
        // CSS escapes (u\72l) and the other CSS functions that fetch are refused outright rather than decoded.
        foreach (var risky in new[] { "\\", "image-set", "image(", "src(", "@import" })
        {
            if (value.Contains(risky, StringComparison.OrdinalIgnoreCase))
            {
                throw Refused($"<{element}> có '{risky}', có thể dùng để nạp tệp từ bên ngoài", $"<{element}> contains '{risky}', which can load files from outside", line);
            }
        }

        var at = 0;
        while ((at = value.IndexOf("url(", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var target = value[(at + 4)..].TrimStart(' ', '\'', '"');
            if (!target.StartsWith('#'))
            {
                throw Refused($"<{element}> nạp '{Shorten(target)}' từ bên ngoài hình vẽ", $"<{element}> loads '{Shorten(target)}' from outside the drawing", line);
            }

            at += 4;
        }
    }

    private static bool IsDrawing(string ns) => ns == SvgNamespace;

    /// <summary>Width and height in CSS pixels, from the attributes (px, mm, cm, in, pt or none) or the viewBox.</summary>
    private static (int, int) SizeOf(XmlReader svg, IXmlLineInfo line)
    {
        var width = Length(svg.GetAttribute("width"));
        var height = Length(svg.GetAttribute("height"));
        var box = svg.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (box is { Length: 4 } && double.TryParse(box[2], CultureInfo.InvariantCulture, out var boxWidth) && double.TryParse(box[3], CultureInfo.InvariantCulture, out var boxHeight)
            && boxWidth > 0 && boxHeight > 0)
        {
            width ??= height is { } h ? h * boxWidth / boxHeight : boxWidth;
            height ??= width.Value * boxHeight / boxWidth;
        }

        if (width is not > 0 || height is not > 0)
        {
            throw Refused("hình vẽ không ghi kích thước (width, height hoặc viewBox)", "the drawing states no size (width, height or viewBox)", line);
        }

        return ((int)Math.Round(width.Value), (int)Math.Round(height.Value));
    }

    private static double? Length(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.EndsWith('%'))
        {
            return null;
        }

        text = text.Trim();
        var unit = text.TrimStart("0123456789.+-eE".ToCharArray()) is var rest && rest.Length < text.Length ? rest : text;
        var number = text[..^unit.Length];
        var perUnit = unit.Trim() switch
        {
            "" or "px" => 1.0,
            "mm" => 96 / 25.4,
            "cm" => 96 / 2.54,
            "in" => 96.0,
            "pt" => 96 / 72.0,
            "pc" => 16.0,
            _ => double.NaN,
        };
        return double.TryParse(number, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(perUnit) ? value * perUnit : null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static UnusableMediaException Refused(string vietnamese, string english, IXmlLineInfo? line)
    {
        var (whereVi, whereEn) = line is { } l ? ($" (dòng {l.LineNumber} của hình vẽ)", $" (line {l.LineNumber} of the drawing)") : ("", "");
        return new UnusableMediaException(
            $"{vietnamese}{whereVi}; hình vẽ trên trang chỉ được vẽ, không được chứa mã lệnh, lệnh xử lý sự kiện, liên kết hay tệp bên ngoài, hoặc foreignObject; hãy xuất lại thành SVG thường từ chương trình vẽ",
            $"{english}{whereEn}; a drawing on the site may only draw: no script, event handler, link or file from outside, or foreignObject; export it again as plain SVG from the drawing program");
    }
}
