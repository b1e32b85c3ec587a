using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Pages;

/// <summary>
/// The repository's real content is valid: it builds without an error or a warning, on Human Rights Day 2023
/// and after the campaign. What the site makes of content is tested on sites written inside the tests, so that
/// an editor adding, changing or removing an item turns these tests red only when the content is wrong.
/// </summary>
public sealed class DefaultContentTests
{
    [Theory]
    [InlineData(2023, 12, 10)]
    [InlineData(2026, 11, 26)]
    public async Task Builds_without_errors_or_warnings(int year, int month, int day)
    {
        var output = Path.Combine(Path.GetTempPath(), "isg-default-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await SiteBuild.RunAsync(new BuildOptions(Repository.Content, Repository.Theme, output, new DateOnly(year, month, day)));

            Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
            Assert.True(File.Exists(Path.Combine(output, "index.html")));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
