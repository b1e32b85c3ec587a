using System.Text;
using System.Xml;
using InfoSiteGen.Pages;

namespace InfoSiteGen.Publishing;

/// <summary>
/// <c>sitemap.xml</c>: every page of both languages with its translations as
/// <c>xhtml:link rel="alternate" hreflang</c> entries, as search engines expect for multilingual sites.
/// </summary>
public static class Sitemap
{
    public const string FileName = "sitemap.xml";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static byte[] Write(IEnumerable<SitePage> pages, AbsoluteUrls urls, string defaultLanguage)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings.Indented))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in pages.Where(p => p is not NotFoundPage).OrderBy(p => p.UrlPath, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, urls.Of(page.UrlPath));
                if (page.Translations.Count > 1)
                {
                    foreach (var translation in page.Translations)
                    {
                        WriteAlternate(xml, translation.Language, urls.Of(translation.UrlPath));
                    }

                    if (page.Translations.FirstOrDefault(t => t.Language == defaultLanguage) is { } fallback)
                    {
                        WriteAlternate(xml, "x-default", urls.Of(fallback.UrlPath));
                    }
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void WriteAlternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}

/// <summary>XML written the same way every time: UTF-8 without byte-order mark, '\n' line ends, indented.</summary>
public static class XmlSettings
{
    public static readonly XmlWriterSettings Indented = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };
}
