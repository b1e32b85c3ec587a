using System.Globalization;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Media;
using InfoSiteGen.Yaml;

namespace InfoSiteGen.Configuration;

/// <summary>Reads <c>images:</c> of site.yml: <c>widths</c>, <c>formats</c> (<c>avif</c> may be added to WebP), <c>max_megapixels</c> and <c>share_cards</c>.</summary>
internal static class ImageSettingsReader
{
    private static readonly string[] Keys = ["widths", "formats", "max_megapixels", "share_cards"];

    public static ImageSettings Read(YamlMap site)
    {
        var map = site.Map("images");
        if (map is null)
        {
            return ImageSettings.Default;
        }

        map.RejectUnknownKeys(Keys, new Wording("trong 'images' của site.yml", "in 'images' of site.yml"));
        var diagnostics = map.Source.Diagnostics;
        var widths = new SortedSet<int>();
        foreach (var (text, at) in map.TextList("widths") ?? [])
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is >= 16 and <= 8000)
            {
                widths.Add(width);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, at, new Wording(
                    $"'{text}' không phải độ rộng ảnh hợp lệ; hãy ghi số điểm ảnh từ 16 đến 8000, ví dụ [480, 800, 1200, 1600]",
                    $"'{text}' is not a valid picture width; write a number of pixels from 16 to 8000, for example [480, 800, 1200, 1600]"));
            }
        }

        var avif = false;
        foreach (var (format, at) in map.TextList("formats") ?? [])
        {
            switch (format.ToLowerInvariant())
            {
                case "avif":
                    avif = true;
                    break;
                case "webp" or "jpeg" or "jpg" or "png":
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.InvalidValue, at, new Wording(
                        $"không có định dạng ảnh '{format}'; WebP và JPEG (hoặc PNG) luôn được tạo, chỉ có thể thêm 'avif'",
                        $"there is no picture format '{format}'; WebP and JPEG (or PNG) are always made, only 'avif' can be added"));
                    break;
            }
        }

        var megapixels = map.Integer("max_megapixels") ?? ImageSettings.Default.MaxMegapixels;
        if (megapixels is < 1 or > 1000)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, map.KeyLocation("max_megapixels"), new Wording(
                "'max_megapixels' phải từ 1 đến 1000",
                "'max_megapixels' must be from 1 to 1000"));
            megapixels = ImageSettings.Default.MaxMegapixels;
        }

        var cards = map.Text("share_cards") ?? "pages";
        if (cards is not ("pages" or "site"))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, map.KeyLocation("share_cards"), new Wording(
                $"'share_cards' là 'pages' (mỗi trang một thẻ chia sẻ có tiêu đề của trang) hoặc 'site' (một thẻ chung cho cả trang web), không phải '{cards}'",
                $"'share_cards' is 'pages' (a share card with each page's title) or 'site' (one card for the whole site), not '{cards}'"));
        }

        return new ImageSettings(widths.Count > 0 ? [.. widths] : ImageSettings.Default.Widths, avif, megapixels, CardPerPage: cards != "site");
    }
}
