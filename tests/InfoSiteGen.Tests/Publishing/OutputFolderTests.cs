using InfoSiteGen.Publishing;

namespace InfoSiteGen.Tests.Publishing;

/// <summary>The staging folder of a build: folders made ahead of the pages, and nothing left behind.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "isg-output-" + Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(_root, "output");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task A_clean_build_makes_the_folders_of_its_pages_ahead_of_them()
    {
        using var output = OutputFolder.Begin(Output);

        output.StartCreatingFolders(["articles/a/index.html", "articles/b/index.html", "index.html", "en/laws/c/index.html"]);
        await output.FolderCreation;

        Assert.Equal(
            ["articles", "articles/a", "articles/b", "en", "en/laws", "en/laws/c"],
            Directory.EnumerateDirectories(output.StagingDirectory, "*", SearchOption.AllDirectories)
                .Select(d => Path.GetRelativePath(output.StagingDirectory, d).Replace('\\', '/'))
                .Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(output.StagingDirectory, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_rebuild_makes_no_folder_ahead_and_stages_none_for_a_file_whose_bytes_did_not_change()
    {
        using (var first = OutputFolder.Begin(Output))
        {
            first.WriteBytes("articles/a/index.html", "A"u8);
            first.Commit();
        }

        using var second = OutputFolder.Begin(Output);
        second.StartCreatingFolders(["articles/a/index.html", "articles/b/index.html"]);
        await second.FolderCreation;
        Assert.Empty(Directory.EnumerateFileSystemEntries(second.StagingDirectory));

        second.WriteBytes("articles/a/index.html", "A"u8);
        second.WriteBytes("articles/b/index.html", "B"u8);

        Assert.False(Directory.Exists(Path.Combine(second.StagingDirectory, "articles", "a")));
        Assert.True(File.Exists(Path.Combine(second.StagingDirectory, "articles", "b", "index.html")));
    }

    [Fact]
    public void Pages_written_while_their_folders_are_being_made_all_land_in_their_folders()
    {
        var pages = Enumerable.Range(0, 500).Select(n => $"articles/p{n}/index.html").ToList();
        using (var output = OutputFolder.Begin(Output))
        {
            output.StartCreatingFolders(pages);
            Parallel.ForEach(pages.AsEnumerable().Reverse(), page => output.WriteBytes(page, "x"u8));
            output.Commit();
        }

        Assert.All(pages, page => Assert.True(File.Exists(Path.Combine(Output, page)), page));
    }

    [Fact]
    public void A_build_that_stops_before_its_folders_are_all_made_leaves_no_staging_folder()
    {
        string staging;
        using (var output = OutputFolder.Begin(Output))
        {
            staging = output.StagingDirectory;
            output.StartCreatingFolders(Enumerable.Range(0, 2000).Select(n => $"articles/p{n}/index.html"));
        }

        Assert.False(Directory.Exists(staging));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }
}
