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
    public void A_clean_build_makes_the_folders_of_its_pages_before_they_are_written()
    {
        using (var output = OutputFolder.Begin(Output))
        {
            output.StartCreatingFolders(["articles/a/index.html", "articles/b/index.html", "index.html", "en/laws/c/index.html"]);
            output.Commit();
        }

        Assert.True(Directory.Exists(Path.Combine(Output, "articles", "a")));
        Assert.True(Directory.Exists(Path.Combine(Output, "articles", "b")));
        Assert.True(Directory.Exists(Path.Combine(Output, "en", "laws", "c")));
    }

    [Fact]
    public void A_rebuild_stages_no_folder_for_a_file_whose_bytes_did_not_change()
    {
        using (var first = OutputFolder.Begin(Output))
        {
            first.WriteBytes("articles/a/index.html", "A"u8);
            first.Commit();
        }

        using var second = OutputFolder.Begin(Output);
        second.StartCreatingFolders(["articles/a/index.html", "articles/b/index.html"]);
        second.WriteBytes("articles/a/index.html", "A"u8);
        second.WriteBytes("articles/b/index.html", "B"u8);

        Assert.False(Directory.Exists(Path.Combine(second.StagingDirectory, "articles", "a")));
        Assert.True(File.Exists(Path.Combine(second.StagingDirectory, "articles", "b", "index.html")));
    }

    [Fact]
    public void A_build_that_stops_while_its_folders_are_being_made_leaves_no_staging_folder()
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
