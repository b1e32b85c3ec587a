using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Publishing;

/// <summary>Byte-identical rebuilds, the manifest, the upload zip and kept modification times.</summary>
public class ReproducibleOutputTests
{
    private const string Approved = "status: approved\napproved_by: Sở Tư pháp\napproved_on: 2023-11-20";

    private static TestSite SmallSite()
    {
        var site = new TestSite();
        site.WriteBytes("laws/files/luat.pdf", [1, 2, 3, 4]);
        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-10\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]");
        site.Item("articles/a.en.md", $"title: Article A\n{Approved}\ndate: 2023-12-10\ndepartment: so-tu-phap\ntopics: [quyen-tre-em]\nslug: article-a");
        site.Item("laws/luat.md", $"title: Luật\n{Approved}\nissued_on: 2016-04-05\nattachment: files/luat.pdf");
        site.Item("slogans/s.md", $"title: S\n{Approved}\nweight: 1\npublish_until: 2023-12-30", "Khẩu hiệu.");
        site.Item("articles/nhap.md", "title: Nháp\nstatus: draft\napproved_by: Không được lộ");
        return site;
    }

    private static Dictionary<string, string> Hashes(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(directory, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public async Task Two_builds_of_the_same_content_and_date_are_byte_identical()
    {
        using var site = SmallSite();
        await site.BuildOkAsync();
        var first = Hashes(site.OutputDirectory);
        var copy = Path.Combine(site.Root, "first");
        Directory.Move(site.OutputDirectory, copy);

        await site.BuildOkAsync();

        Assert.Equal(first.OrderBy(p => p.Key), Hashes(site.OutputDirectory).OrderBy(p => p.Key));
    }

    [Fact]
    public async Task The_manifest_lists_every_file_with_its_checksum_and_every_page_with_its_approval()
    {
        using var site = SmallSite();
        await site.BuildOkAsync();

        var text = site.Read("manifest.json");
        using var manifest = JsonDocument.Parse(text);
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        var listed = files.Select(f => f.GetProperty("path").GetString()!).ToList();
        Assert.Equal(site.OutputFiles().Where(f => f != "manifest.json").ToList(), listed);
        foreach (var file in files)
        {
            var path = Path.Combine(site.OutputDirectory, file.GetProperty("path").GetString()!);
            Assert.Equal(new FileInfo(path).Length, file.GetProperty("size").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), file.GetProperty("sha256").GetString());
        }

        var page = manifest.RootElement.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("source").GetString() == "articles/a.en.md");
        Assert.Equal("en/articles/article-a/index.html", page.GetProperty("file").GetString());
        Assert.Equal("en", page.GetProperty("language").GetString());
        Assert.Equal("articles:a", page.GetProperty("translation_key").GetString());
        Assert.Equal("so-tu-phap", page.GetProperty("department").GetString());
        Assert.Equal("approved", page.GetProperty("status").GetString());
        Assert.Equal("Sở Tư pháp", page.GetProperty("approved_by").GetString());
        Assert.Equal("2023-11-20", page.GetProperty("approved_on").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(site.ContentDirectory, "articles/a.en.md")))), page.GetProperty("source_sha256").GetString());

        Assert.DoesNotContain("nhap", text);
        Assert.DoesNotContain("Không được lộ", text);
        Assert.DoesNotContain(site.Root, text);
        Assert.DoesNotContain(Environment.MachineName, text);
    }

    [Fact]
    public async Task The_upload_zip_holds_the_output_and_is_the_same_bytes_every_time()
    {
        using var site = SmallSite();
        var zip1 = Path.Combine(site.Root, "site1.zip");
        var zip2 = Path.Combine(site.Root, "site2.zip");
        var result = await SiteBuild.RunAsync(new BuildOptions(site.ContentDirectory, site.ThemeDirectory, site.OutputDirectory, new DateOnly(2023, 12, 10), ZipFile: zip1));
        Assert.True(result.Succeeded);
        File.WriteAllText(Path.Combine(site.OutputDirectory, ".gitignore"), "*\n");
        await Task.Delay(1100);
        await SiteBuild.RunAsync(new BuildOptions(site.ContentDirectory, site.ThemeDirectory, site.OutputDirectory, new DateOnly(2023, 12, 10), ZipFile: zip2));

        Assert.Equal(File.ReadAllBytes(zip1), File.ReadAllBytes(zip2));
        using var archive = ZipFile.OpenRead(zip1);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(site.OutputFiles().Where(f => f != ".gitignore").ToList(), entries);
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public async Task Unchanged_files_keep_their_modification_time_and_changed_files_get_a_new_one()
    {
        using var site = SmallSite();
        await site.BuildOkAsync();
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in site.OutputFiles())
        {
            File.SetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, file), old);
        }

        site.Item("laws/luat.md", $"title: Luật đã sửa\n{Approved}\nissued_on: 2016-04-05\nattachment: files/luat.pdf");
        await site.BuildOkAsync();

        DateTime Modified(string file) => File.GetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, file));
        Assert.Equal(old, Modified("en/articles/article-a/index.html"));
        Assert.Equal(old, Modified("assets/site.css"));
        Assert.Equal(old, Modified("laws/files/luat.pdf"));
        Assert.NotEqual(old, Modified("laws/luat/index.html"));
        Assert.NotEqual(old, Modified("laws/index.html"));
    }
}
