namespace InfoSiteGen.Publishing;

/// <summary>The output folder given would put the editors' or the user's files at risk; nothing was written.</summary>
public sealed class OutputRefusedException(Diagnostics.Wording wording) : Exception(wording.English)
{
    public Diagnostics.Wording Wording { get; } = wording;
}

/// <summary>
/// A build replaces its output folder whole, so the folder must be one the generator owns: never the
/// file-system root, the home folder, a repository, the content or theme folder or a folder holding them,
/// and never a folder with files of someone else's. An existing output folder is accepted when it is
/// empty (dot-files aside) or holds the manifest.json of an earlier build.
/// </summary>
public static class OutputSafety
{
    public static void Check(string outputDirectory, string contentDirectory, string themeDirectory)
    {
        var output = Normalise(outputDirectory);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        if (Path.GetPathRoot(output) == output || Path.GetDirectoryName(output) is null)
        {
            Refuse(output, new("đó là thư mục gốc của hệ thống tệp", "it is the root of the file system"));
        }

        if (home.Length > 0 && Normalise(home) == output)
        {
            Refuse(output, new("đó là thư mục cá nhân của bạn", "it is your home folder"));
        }

        foreach (var (folder, name) in new[] { (contentDirectory, "content"), (themeDirectory, "theme") })
        {
            var protectedFolder = Normalise(folder);
            var nameVi = name == "content" ? "nội dung" : "giao diện";
            if (IsSameOrInside(protectedFolder, output))
            {
                Refuse(output, new($"đó là thư mục {nameVi} hoặc chứa thư mục {nameVi}", $"it is the {name} folder or holds it"));
            }

            if (IsSameOrInside(output, protectedFolder))
            {
                Refuse(output, new($"nó nằm trong thư mục {nameVi}", $"it is inside the {name} folder"));
            }
        }

        if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, "InfoSiteGen.sln")))
        {
            Refuse(output, new("đó là thư mục gốc của một kho mã nguồn", "it is the root of a repository"));
        }

        if (Directory.Exists(output) && !IsOwnedOutput(output))
        {
            Refuse(output, new(
                "thư mục có những tệp không do lần dựng trang trước ghi ra (không có manifest.json của InfoSiteGen); hãy làm trống thư mục hoặc chọn thư mục khác",
                "it holds files that an earlier build did not write (it has no manifest.json of InfoSiteGen); empty it or choose another folder"));
        }
    }

    private static bool IsOwnedOutput(string output)
    {
        var visible = Directory.EnumerateFileSystemEntries(output).Where(e => !Path.GetFileName(e).StartsWith('.')).ToList();
        if (visible.Count == 0)
        {
            return true;
        }

        var manifest = Path.Combine(output, Manifest.FileName);
        return File.Exists(manifest) && File.ReadLines(manifest).Take(3).Any(line => line.Contains("\"generator\": \"InfoSiteGen\"", StringComparison.Ordinal));
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies below it.</summary>
    private static bool IsSameOrInside(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Normalise(string path)
    {
        var full = Path.GetFullPath(path);
        return full.Length > 1 ? Path.TrimEndingDirectorySeparator(full) : full;
    }

    private static void Refuse(string output, Diagnostics.Wording reason) =>
        throw new OutputRefusedException(new(
            $"không ghi trang web vào '{output}': {reason.Vietnamese}",
            $"refusing to write the site into '{output}': {reason.English}"));
}
