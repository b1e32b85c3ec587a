namespace InfoSiteGen.Publishing;

/// <summary>
/// Copies the theme's assets (stylesheet, scripts, icons) to <c>assets/</c>, and the content files that
/// published pages link to (attachments, images) to the same path they have in the content folder.
/// Files of the content folder that no published page links to are never copied, nor theme files that are
/// symbolic links to places outside the theme folder.
/// </summary>
public static class AssetCopier
{
    public static void Copy(string themeDirectory, string contentDirectory, IEnumerable<string> contentAssets, OutputFolder output)
    {
        var themeAssets = Path.Combine(themeDirectory, "assets");
        if (Directory.Exists(themeAssets))
        {
            foreach (var file in Directory.EnumerateFiles(themeAssets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(themeAssets, file).Replace('\\', '/');
                if (!relative.Split('/').Any(part => part.StartsWith('.')) && !Content.SymbolicLinks.LeadOutside(file, themeDirectory))
                {
                    output.CopyFrom(file, "assets/" + relative);
                }
            }
        }

        foreach (var asset in contentAssets)
        {
            output.CopyFrom(Path.Combine(contentDirectory, asset), asset);
        }
    }
}
