using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Deploying;

/// <summary>The small site the deploy tests publish, and the check that a target holds exactly a build.</summary>
internal static class DeploySites
{
    public const string Approved = "status: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-11-20";

    /// <summary>A site with two approved articles, a and b.</summary>
    public static TestSite TwoArticles()
    {
        var site = new TestSite();
        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01", "Nội dung bài A.");
        site.Item("articles/b.vi.md", $"title: Bài B\n{Approved}\ndate: 2023-12-02", "Nội dung bài B.");
        return site;
    }

    /// <summary>Asserts that the target folder holds the same files as the output, byte for byte, and nothing else.</summary>
    public static void AssertSameFiles(string expected, string actual)
    {
        var want = FolderContents.Of(expected);
        var have = FolderContents.Of(actual);
        Assert.Equal(want.Keys, have.Keys);
        Assert.All(want, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(have[pair.Key]), $"{pair.Key} differs"));
    }
}
