using InfoSiteGen.Diagnostics;
using InfoSiteGen.Yaml;

namespace InfoSiteGen.Content;

/// <summary>Reads the media keys of an item's front matter (see <see cref="ItemMedia"/>).</summary>
internal static class ItemMediaReader
{
    private static readonly string[] GalleryKeys = ["src", "alt", "caption", "credit"];

    public static ItemMedia Read(YamlMap map, IReadOnlyList<string> languages)
    {
        if (!ItemMedia.Keys.Any(map.Has))
        {
            return ItemMedia.None;
        }

        var diagnostics = map.Source.Diagnostics;
        var gallery = new List<GalleryEntry>();
        foreach (var entry in map.MapList("gallery") ?? [])
        {
            entry.RejectUnknownKeys(GalleryKeys, new Wording("trong mỗi ảnh của 'gallery'", "in each picture of 'gallery'"));
            var source = entry.Text("src", required: true);
            var alt = entry.Text("alt");
            if (source is not null && alt is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, entry.KeyLocation("src"), new Wording(
                    "ảnh này của thư viện ảnh chưa có lời mô tả; hãy thêm 'alt:' với một câu nói ảnh thể hiện điều gì",
                    "this gallery picture has no text alternative; add 'alt:' with a sentence saying what it shows"));
            }

            if (source is not null && alt is not null)
            {
                gallery.Add(new GalleryEntry(source, alt, entry.Text("caption"), entry.Text("credit"), entry.KeyLocation("src")));
            }
        }

        var captions = new Dictionary<string, MediaReference>(StringComparer.Ordinal);
        if (map.Map("captions") is { } perLanguage)
        {
            perLanguage.RejectUnknownKeys(languages, new Wording("trong 'captions' (mỗi ngôn ngữ của trang một tệp phụ đề)", "in 'captions' (one caption file per language of the site)"));
            foreach (var language in languages)
            {
                if (perLanguage.Text(language) is { } file)
                {
                    captions[language] = new MediaReference(file, perLanguage.KeyLocation(language));
                }
            }
        }

        return new ItemMedia(gallery, Reference(map, "video"), Reference(map, "poster"), captions, Reference(map, "audio"));
    }

    private static MediaReference? Reference(YamlMap map, string key) =>
        map.Text(key) is { } path ? new MediaReference(path, map.KeyLocation(key)) : null;
}
