using System.Text;
using AngleSharp.Diffing;

namespace InfoSiteGen.Tests.Support;

/// <summary>
/// Compares a rendered page with its golden file in tests/InfoSiteGen.Tests/Golden, semantically
/// (AngleSharp.Diffing ignores whitespace and attribute order), or other text exactly. Run the tests
/// with UPDATE_GOLDEN=1 to rewrite the golden files after an intended change, then review the diff in git.
/// </summary>
public static class GoldenFile
{
    private static string Folder => Path.Combine(Repository.Root, "tests", "InfoSiteGen.Tests", "Golden");

    public static void AssertMatches(string name, string actualHtml)
    {
        var path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actualHtml);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {name} is missing; run the tests once with UPDATE_GOLDEN=1 and review it");
        var diffs = DiffBuilder.Compare(File.ReadAllText(path)).WithTest(actualHtml).Build().ToList();
        Assert.True(diffs.Count == 0,
            $"{name} differs from its golden file in {diffs.Count} places:\n" + string.Join("\n", diffs.Take(10).Select(Describe)) +
            "\nIf the change is intended, run the tests with UPDATE_GOLDEN=1 and review the golden file.");
    }

    /// <summary>Compares text byte for byte: line ends and a byte-order mark count.</summary>
    public static void AssertTextMatches(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(actual));
            return;
        }

        Assert.True(File.Exists(path), $"golden file {name} is missing; run the tests once with UPDATE_GOLDEN=1 and review it");

        // File.ReadAllText would drop a byte-order mark, which is part of what is compared.
        var expected = new UTF8Encoding(false).GetString(File.ReadAllBytes(path));
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length))
            .FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        Assert.Fail(
            $"{name} differs from its golden file from line {line + 1}:\n" +
            $"- expected: {Show(expectedLines.ElementAtOrDefault(line))}\n" +
            $"- got:      {Show(actualLines.ElementAtOrDefault(line))}\n" +
            "If the change is intended, run the tests with UPDATE_GOLDEN=1 and review the golden file.");

        static string Show(string? text) => text is null ? "(end of text)" : text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\uFEFF", "\\uFEFF", StringComparison.Ordinal);
    }

    private static string Describe(AngleSharp.Diffing.Core.IDiff diff) => diff switch
    {
        AngleSharp.Diffing.Core.NodeDiff node => $"- {node.Control.Path}: expected '{node.Control.Node.TextContent.Trim()}', got '{node.Test.Node.TextContent.Trim()}'",
        AngleSharp.Diffing.Core.AttrDiff attr => $"- {attr.Control.Path}: expected '{attr.Control.Attribute.Value}', got '{attr.Test.Attribute.Value}'",
        AngleSharp.Diffing.Core.MissingNodeDiff missing => $"- missing {missing.Control.Path}",
        AngleSharp.Diffing.Core.UnexpectedNodeDiff unexpected => $"- unexpected {unexpected.Test.Path}",
        AngleSharp.Diffing.Core.MissingAttrDiff missing => $"- missing attribute {missing.Control.Path}",
        AngleSharp.Diffing.Core.UnexpectedAttrDiff unexpected => $"- unexpected attribute {unexpected.Test.Path}",
        _ => "- " + diff.Result,
    };
}
