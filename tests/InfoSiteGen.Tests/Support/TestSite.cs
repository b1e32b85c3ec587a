using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace InfoSiteGen.Tests.Support;

/// <summary>
/// A small site written inside a test: files of a content folder, built with the repository's theme
/// into a temporary output folder, with helpers to read what came out. Deleted when disposed.
/// </summary>
public sealed class TestSite : IDisposable
{
    /// <summary>A site.yml with two languages, two departments and two topics.</summary>
    public const string DefaultSiteYml = """
        title: { vi: "Trang thử nghiệm", en: "Test site" }
        languages: [vi, en]
        base_url: https://portal.example.gov.vn/thu-nghiem/
        departments:
          - id: so-tu-phap
            name: { vi: "Sở Tư pháp", en: "Department of Justice" }
          - id: so-noi-vu
            name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" }
        topics:
          - id: quyen-tre-em
            name: { vi: "Quyền trẻ em", en: "Children's rights" }
          - id: binh-dang-gioi
            name: { vi: "Bình đẳng giới", en: "Gender equality" }
        menus:
          vi:
            - { title: "Trang chủ", path: "" }
            - { title: "Tin bài", path: "articles/" }
          en:
            - { title: "Home", path: "" }
            - { title: "Articles", path: "articles/" }
        contact:
          vi: { organisation: "Văn phòng thử nghiệm", phone: "0123 456 789", email: "test@example.gov.vn" }
          en: { organisation: "Test office", phone: "0123 456 789", email: "test@example.gov.vn" }
        """;

    public TestSite(string? siteYml = DefaultSiteYml)
    {
        Root = Path.Combine(Path.GetTempPath(), "isg-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(ContentDirectory);
        if (siteYml is not null)
        {
            Write("site.yml", siteYml);
        }
    }

    public string Root { get; }

    public string ContentDirectory => Path.Combine(Root, "content");

    public string OutputDirectory => Path.Combine(Root, "output");

    public string ThemeDirectory { get; set; } = Repository.Theme;

    /// <summary>Builds with a copy of the repository's theme in the site's folder, which the test may change.</summary>
    public TestSite UseThemeCopy()
    {
        ThemeDirectory = Path.Combine(Root, "theme");
        FolderCopy.Copy(Repository.Theme, ThemeDirectory);
        return this;
    }

    /// <summary>Writes a file of the content folder (path relative to it).</summary>
    public TestSite Write(string path, string text)
    {
        var full = Path.Combine(ContentDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return this;
    }

    public TestSite WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(ContentDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>Writes an item with the given front matter lines and body.</summary>
    public TestSite Item(string path, string frontMatter, string body = "Nội dung.") =>
        Write(path, $"---\n{frontMatter.Trim()}\n---\n\n{body}\n");

    /// <summary>The site's own picture cache, so tests never share processed pictures.</summary>
    public string ImageCacheDirectory => Path.Combine(Root, "image-cache");

    public Task<BuildResult> BuildAsync(string now = "2023-12-10", bool preview = false, Uri? baseUrl = null) =>
        SiteBuild.RunAsync(new BuildOptions(ContentDirectory, ThemeDirectory, OutputDirectory, DateOnly.Parse(now), preview, baseUrl) { ImageCacheDirectory = ImageCacheDirectory, BuildRecordDirectory = BuildRecordDirectory });

    /// <summary>The site's own records of its builds, so a test's shortcut never comes from another test.</summary>
    public string BuildRecordDirectory => Path.Combine(Root, "build-records");

    /// <summary>Builds and fails the test, listing the problems, unless the build succeeds.</summary>
    public async Task<BuildResult> BuildOkAsync(string now = "2023-12-10", bool preview = false, Uri? baseUrl = null)
    {
        var result = await BuildAsync(now, preview, baseUrl);
        Assert.True(result.Succeeded, "build failed:\n" + string.Join("\n", result.Diagnostics));
        return result;
    }

    public bool Exists(string outputPath) => File.Exists(Path.Combine(OutputDirectory, outputPath));

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(OutputDirectory, outputPath));

    public IHtmlDocument Html(string outputPath) => new HtmlParser().ParseDocument(Read(outputPath));

    /// <summary>Every output file, relative to the output folder with '/'.</summary>
    public IReadOnlyList<string> OutputFiles() =>
        Directory.EnumerateFiles(OutputDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
