namespace InfoSiteGen.Publishing;

/// <summary>
/// Copies the theme's assets (stylesheets, minified; scripts; icons) to <c>assets/</c>, and the content files that
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
                    if (IsMinified(relative))
                    {
                        output.WriteBytes("assets/" + relative, MinifiedBytes(file));
                    }
                    else
                    {
                        output.CopyFrom(file, "assets/" + relative);
                    }
                }
            }
        }

        foreach (var asset in contentAssets)
        {
            output.CopyFrom(Path.Combine(contentDirectory, asset), asset);
        }
    }

    /// <summary>Whether a theme asset is published minified rather than as it is: stylesheets.</summary>
    public static bool IsMinified(string relativePath) => relativePath.EndsWith(".css", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bytes a minified asset is published as, by the build and by the preview server alike.</summary>
    public static byte[] MinifiedBytes(string file) => System.Text.Encoding.UTF8.GetBytes(CssMinifier.Minify(File.ReadAllText(file)));
}
