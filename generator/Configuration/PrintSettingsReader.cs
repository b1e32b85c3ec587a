using System.Globalization;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Yaml;

namespace InfoSiteGen.Configuration;

/// <summary>
/// Reads <c>print:</c> of site.yml: <c>formats</c> (which of banner, panel, poster, slide, social to make),
/// <c>sizes</c> (<c>banner: 5000x700</c>, millimetres for print and pixels for screens), <c>background</c> and
/// <c>text</c> colours, <c>margin</c> (percent of the shorter side) and <c>campaign</c>, the line naming the
/// campaign and its dates under every slogan.
/// </summary>
internal static class PrintSettingsReader
{
    private static readonly string[] Keys = ["formats", "sizes", "background", "text", "margin", "campaign"];

    /// <summary>The settings, or null when site.yml has no <c>print:</c> (no artwork then).</summary>
    public static PrintSettings? Read(YamlMap site, IReadOnlyList<string> languages)
    {
        if (!site.Keys.Contains("print"))
        {
            return null;
        }

        var map = site.HoldsMap("print") ? site.Map("print")! : null;
        if (map is null)
        {
            if (site.Has("print"))
            {
                site.Source.Diagnostics.Error(DiagnosticCodes.WrongType, site.KeyLocation("print"), new Wording(
                    "'print' phải là một nhóm khóa, ví dụ: print: { formats: [banner, poster] }, hoặc print: {} cho các giá trị mặc định",
                    "'print' must be a group of keys, for example: print: { formats: [banner, poster] }, or print: {} for the defaults"));
            }

            return PrintSettings.Default;
        }

        map.RejectUnknownKeys(Keys, new Wording("trong 'print' của site.yml", "in 'print' of site.yml"));
        var diagnostics = map.Source.Diagnostics;
        var known = string.Join(", ", ArtworkFormat.Defaults.Select(f => f.Id));
        var formats = ArtworkFormat.Defaults.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var chosen = new List<string>();
        foreach (var (id, at) in map.TextList("formats") ?? ArtworkFormat.Defaults.Select(f => (f.Id, map.Location)).ToList())
        {
            if (!formats.ContainsKey(id))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, at, new Wording(
                    $"không có loại ấn phẩm '{id}'; các loại là: {known}",
                    $"there is no artwork format '{id}'; the formats are: {known}"));
            }
            else if (!chosen.Contains(id))
            {
                chosen.Add(id);
            }
        }

        if (map.Map("sizes") is { } sizes)
        {
            sizes.RejectUnknownKeys([.. formats.Keys], new Wording("trong 'sizes' của 'print' (hãy dùng tên loại ấn phẩm)", "in 'sizes' of 'print' (use the format names)"));
            foreach (var id in sizes.Keys.Where(formats.ContainsKey).ToList())
            {
                var format = formats[id];
                var unit = format.Medium == ArtworkMedium.Print ? "mm" : "px";
                var text = sizes.Text(id) ?? string.Empty;
                var parts = text.Replace('×', 'x').Split('x', StringSplitOptions.TrimEntries);
                if (parts.Length == 2
                    && double.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var width)
                    && double.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var height)
                    && width > 0 && height > 0 && width <= 100_000 && height <= 100_000
                    && (format.Medium == ArtworkMedium.Print || (width == Math.Floor(width) && height == Math.Floor(height) && width * height <= 40_000_000)))
                {
                    // The smallest readable type scales with the format: a larger banner is seen from farther away.
                    var scale = Math.Min(width / format.Width, height / format.Height);
                    formats[id] = format with { Width = width, Height = height, MinTextSize = format.MinTextSize * Math.Min(1, scale) };
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.InvalidValue, sizes.KeyLocation(id), new Wording(
                        $"kích thước '{text}' của '{id}' không hợp lệ; hãy ghi rộng x cao bằng hai số dương ({unit}), ví dụ {format.Width:0}x{format.Height:0}",
                        $"the size '{text}' of '{id}' is not valid; write width x height as two positive numbers ({unit}), for example {format.Width:0}x{format.Height:0}"));
                }
            }
        }

        var margin = PrintSettings.Default.MarginPercent;
        if (map.Text("margin") is { } marginText)
        {
            if (double.TryParse(marginText.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) && percent is >= 0 and <= 25)
            {
                margin = percent;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, map.KeyLocation("margin"), new Wording(
                    $"lề '{marginText}' không hợp lệ; hãy ghi phần trăm cạnh ngắn, từ 0 đến 25, ví dụ margin: 8",
                    $"the margin '{marginText}' is not valid; write a percentage of the shorter side from 0 to 25, for example margin: 8"));
            }
        }

        return new PrintSettings(
            chosen.Select(id => formats[id]).ToList(),
            Colour(map, "background", PrintSettings.Default.Background),
            Colour(map, "text", PrintSettings.Default.Lettering),
            margin,
            map.Has("campaign") && !map.HoldsMap("campaign") && map.Text("campaign") is { } single
                ? new LocalizedText(languages.ToDictionary(l => l, _ => single))
                : SiteConfigLoader.ReadLocalized(map, "campaign", languages, required: false));
    }

    private static Rgb Colour(YamlMap map, string key, Rgb fallback)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return fallback;
        }

        if (Rgb.Parse(text) is { } colour)
        {
            return colour;
        }

        map.Source.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.KeyLocation(key), new Wording(
            $"màu '{text}' của '{key}' không hợp lệ; hãy ghi dạng #rrggbb, ví dụ \"{fallback}\" (nhớ đặt trong dấu ngoặc kép)",
            $"the colour '{text}' of '{key}' is not valid; write it as #rrggbb, for example \"{fallback}\" (in quotes)"));
        return fallback;
    }
}
