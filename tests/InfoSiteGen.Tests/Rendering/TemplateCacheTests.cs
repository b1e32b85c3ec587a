using InfoSiteGen.Rendering;

namespace InfoSiteGen.Tests.Rendering;

/// <summary>The template cache keeps the folders of recently used generator builds and deletes the others.</summary>
public sealed class TemplateCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "infositegen-cache-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Folders_unused_for_30_days_are_deleted_and_the_current_one_is_marked_used()
    {
        var now = new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
        var current = Folder("current", now.AddDays(-90));
        var old = Folder("old", now.AddDays(-31), withFile: true);
        var recent = Folder("recent", now.AddDays(-29));

        var deleted = TemplateCache.Prune(_root, current, now);

        Assert.Equal(1, deleted);
        Assert.Equal(["current", "recent"], Directory.EnumerateDirectories(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(now, Directory.GetLastWriteTimeUtc(current));
        Assert.True(Directory.Exists(recent));
    }

    [Fact]
    public void A_missing_cache_folder_is_created()
    {
        var current = Path.Combine(_root, "new");

        Assert.Equal(0, TemplateCache.Prune(_root, current, DateTime.UtcNow));
        Assert.True(Directory.Exists(current));
    }

    private string Folder(string name, DateTime lastUsed, bool withFile = false)
    {
        var path = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        if (withFile)
        {
            File.WriteAllText(Path.Combine(path, "template.dll"), "x");
        }

        Directory.SetLastWriteTimeUtc(path, lastUsed);
        return path;
    }
}
