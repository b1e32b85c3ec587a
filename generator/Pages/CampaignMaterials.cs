using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using InfoSiteGen.Artwork;
using InfoSiteGen.Bodies;
using InfoSiteGen.Configuration;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Pages;

/// <summary>
/// The campaign materials page of a language: every slogan written in it, as artwork in each format of
/// <c>print:</c> (banner, panel and poster PDFs, screen slide and social image PNGs) and a preview picture. The
/// artwork carries exactly the slogan's published text; a preview build marks unapproved slogans as drafts on the
/// artwork itself. A slogan too long to be readable in a format is published anyway, with a warning at its file.
/// </summary>
internal sealed partial class CampaignMaterials(SiteConfig config, PrintSettings print, ArtworkStudio studio, UiStrings strings, DiagnosticBag diagnostics)
{
    private static readonly Dictionary<string, string> VietnameseNames = new(StringComparer.Ordinal)
    {
        ["banner"] = "băng rôn",
        ["panel"] = "pa-nô",
        ["poster"] = "áp phích",
        ["slide"] = "màn hình LED",
        ["social"] = "ảnh vuông mạng xã hội",
    };

    private static readonly ArtworkFormat PreviewFormat = new("preview", ArtworkMedium.Screen, 480, 270, 5, 0);

    public (MaterialsPage Page, IReadOnlyList<ArtworkFile> Files) Build(string language, IReadOnlyList<(RenderedItem Rendered, SloganView View)> slogans)
    {
        // Drawn side by side; Parallel.For, not a parallel query, for the reason given in SiteAssembler.Assemble.
        var drawn = new MaterialEntry?[slogans.Count];
        Parallel.For(0, slogans.Count, i => drawn[i] = Entry(language, slogans[i].Rendered, slogans[i].View));
        var entries = drawn.OfType<MaterialEntry>().ToList();
        var path = ContentUrls.LanguageRoot(config, language) + "materials/";
        var page = new MaterialsPage
        {
            UrlPath = path,
            Language = language,
            Title = strings.Get(language, "materials.title"),
            MenuPath = ContentUrls.SectionList(config, language, ContentSection.Slogans),
            Entries = entries,
        };
        return (page, entries.SelectMany(e => e.Files).ToList());
    }

    /// <summary>The slogan's text as its page shows it: the body without markup, spaces collapsed, NFC.</summary>
    public static string PlainText(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim().Normalize(NormalizationForm.FormC);

    private MaterialEntry? Entry(string language, RenderedItem rendered, SloganView view)
    {
        var item = rendered.Item;
        var text = PlainText(rendered.Body.Html);
        var at = new SourceLocation(item.SourcePath, item.BodyLine, 1);
        if (studio.Font.Missing(text) is { Count: > 0 } missing)
        {
            diagnostics.Warning(DiagnosticCodes.ArtworkFontMissing, at, new Wording(
                $"phông chữ {studio.Font.Path} không có chữ '{string.Concat(missing)}' của khẩu hiệu, nên không tạo ấn phẩm cho khẩu hiệu này; hãy đặt một phông đủ chữ vào theme/fonts/artwork.ttf",
                $"the font {studio.Font.Path} has no letter for '{string.Concat(missing)}' of the slogan, so no artwork is made for it; put a font that has them in theme/fonts/artwork.ttf"));
            return null;
        }

        var folder = $"{ContentUrls.LanguageRoot(config, language)}materials/{item.Slug}/";
        // Only a text not yet approved is a draft; an approved slogan outside its display period is the approved text.
        var draft = item.Status != ItemStatus.Approved ? strings.Get(language, "materials.draft_mark") : string.Empty;
        var subject = item.ApprovedBy is null ? draft : $"{item.ApprovedBy}, {item.ApprovedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var campaign = print.Campaign.Has(language) ? print.Campaign.In(language) : string.Empty;
        SloganArtwork Art(ArtworkFormat format) => new(text, language, format, print.Background, print.Lettering, print.MarginPercent, campaign, draft, subject);

        var files = new List<ArtworkFile>();
        foreach (var format in print.Formats)
        {
            var drawn = studio.Make(Art(format));
            if (!drawn.Readable)
            {
                var unit = format.Medium == ArtworkMedium.Print ? "mm" : "px";
                var size = drawn.Slogan.Size.ToString("0", CultureInfo.InvariantCulture);
                var least = format.MinTextSize.ToString("0", CultureInfo.InvariantCulture);
                diagnostics.Warning(DiagnosticCodes.ArtworkUnreadable, at, new Wording(
                    $"khẩu hiệu quá dài cho {VietnameseNames.GetValueOrDefault(format.Id, format.Id)} ({format.SizeLabel}): chữ chỉ cao {size} {unit}, dưới mức {least} {unit} để đọc được từ xa; hãy rút gọn khẩu hiệu hoặc chọn kích thước lớn hơn trong 'print: sizes:' của site.yml",
                    $"the slogan is too long for the {format.Id} ({format.SizeLabel}): its type is only {size} {unit}, below the {least} {unit} readable from afar; shorten it or choose a larger size under 'print: sizes:' in site.yml"));
            }

            files.Add(File(folder, item, format, drawn.Bytes, language));
        }

        var preview = studio.Make(Art(PreviewFormat));
        var previewFile = File(folder, item, PreviewFormat, preview.Bytes, language);
        return new MaterialEntry(view, text, previewFile.OutputPath, [.. files, previewFile]);
    }

    private static ArtworkFile File(string folder, ContentItem item, ArtworkFormat format, byte[] bytes, string language) => new(
        $"{folder}{item.Slug}-{format.Id}.{format.Extension}",
        bytes,
        format.Id,
        format.SizeLabel,
        format.Extension,
        language,
        item.SourcePath,
        item.SourceSha256,
        item.ApprovedBy,
        item.ApprovedOn);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
