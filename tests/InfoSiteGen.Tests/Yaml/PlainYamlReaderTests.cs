using CsCheck;
using InfoSiteGen.Tests.Support;
using InfoSiteGen.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace InfoSiteGen.Tests.Yaml;

/// <summary>For every text the plain reader accepts, its events are YamlDotNet's, positions included.</summary>
public class PlainYamlReaderTests
{
    // What follows "key:" on a line of the plain shape, and things that look close to it but are not.
    private static readonly string[] Values =
    [
        " \"Luật Trẻ em, số 102/2016/QH13\"", " Kỷ niệm 75 năm", " 2023-12-10", " approved", " 'Một câu, có dấu phẩy'",
        " [phap-luat, binh-dang-gioi, tu-phap]", " []", " [ a ,b ]", " 3", " https://example.org/a", " ~", " null", " -1",
        " giá trị  ", "  hai khoảng trắng", " \"\"", " ''", " a-b_c.d/e", " 10/12/1948 – 10/12/2023",
    ];

    private static readonly string[] OddValues =
    [
        " a # comment", " a: b", " [a, \"b\"]", " [a,]", " 'it''s'", " \"a\\\"b\"", " ? x", " &a x", " *a", " !tag x", " |", " >",
        " {a: b}", " a]", "v", " a:", " \"open", " [a", " - x", " @x", " %x", " `x`",
    ];

    // Lines that can come after a key with no value: list items, continuations, nested keys, comments.
    private static readonly string[] Under =
    [
        "  - quyen-tre-em", "- tre-em", "  - \"mục có dấu\"", "    - lệch", "  - 'đơn'", "# ghi chú", "", "   ", "  tiếp tục dòng",
        "  a: b", "  -", "  - [a]", "  - a: b",
    ];

    private static readonly Gen<string> Entry = Gen.Frequency(
        (12, Gen.Int[0, Values.Length - 1].Select(i => Values[i])),
        (1, Gen.Int[0, OddValues.Length - 1].Select(i => OddValues[i])),
        (4, Gen.Int[0, Under.Length - 1].Array[0, 3].Select(lines => string.Concat(lines.Select(line => "\n" + line)))),
        (1, Gen.Const("")));

    private static readonly Gen<string> Texts =
        Gen.Select(Entry.Array[1, 10], Gen.Int[0, 30], Gen.Bool, Gen.Bool, (entries, repeated, comment, newline) =>
        {
            var lines = entries.Select((value, i) => $"{(i == repeated ? "k0" : "k" + i)}:{value}");
            var text = string.Join('\n', comment ? lines.Prepend("# đầu") : lines);
            return newline ? text + "\n" : text;
        });

    [Fact]
    public void Accepted_texts_give_the_events_YamlDotNet_gives()
    {
        var accepted = 0;
        Texts.Sample(text =>
        {
            if (PlainYamlReader.TryRead(text) is not { } events)
            {
                return true;
            }

            accepted++;
            var expected = YamlDotNetEvents(text);
            return expected is not null && Describe(events) == Describe(expected);
        }, iter: 20_000);
        Assert.True(accepted > 2_000, $"only {accepted} texts of the plain shape were generated");
    }

    [Fact]
    public void The_plain_reader_agrees_with_YamlDotNet_on_the_front_matter_of_the_site_content()
    {
        var root = Path.Combine(Repository.Root, "content");
        var frontMatters = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Select(text => text.Split("\n---", 2)[0]["---\n".Length..])
            .ToList();

        Assert.NotEmpty(frontMatters);
        // Front matter the plain reader declines goes to YamlDotNet, which is no fault of the content: only what
        // it reads must agree.
        foreach (var yaml in frontMatters)
        {
            if (PlainYamlReader.TryRead(yaml) is { } events)
            {
                Assert.Equal(Describe(YamlDotNetEvents(yaml)!), Describe(events));
            }
        }
    }

    [Theory]
    [InlineData("title: \"a\\\"b\"")]
    [InlineData("title: a\n  continued")]
    [InlineData("title: a\ntitle: b")]
    [InlineData("a:\n  b: c")]
    [InlineData("k: &anchor x")]
    [InlineData("k: a # comment")]
    [InlineData("# only a comment")]
    [InlineData("k: v\r\n")]
    public void Other_shapes_are_left_to_YamlDotNet(string text) =>
        Assert.Null(PlainYamlReader.TryRead(text));

    private static IReadOnlyList<ParsingEvent>? YamlDotNetEvents(string text)
    {
        var parser = new Parser(new StringReader(text));
        var events = new List<ParsingEvent>();
        try
        {
            while (parser.MoveNext())
            {
                events.Add(parser.Current!);
            }
        }
        catch (YamlException)
        {
            return null;
        }

        return events;
    }

    private static string Describe(IEnumerable<ParsingEvent> events) => string.Join("\n", events.Select(e => e switch
    {
        Scalar s => $"Scalar '{s.Value}' {s.Style} plain:{s.IsPlainImplicit} quoted:{s.IsQuotedImplicit} tag:{s.Tag} {At(s)}",
        SequenceStart s => $"SequenceStart {s.Style} {At(s)}",
        MappingStart m => $"MappingStart {m.Style} {At(m)}",
        SequenceEnd or MappingEnd => $"{e.GetType().Name} {At(e)}",
        _ => e.GetType().Name,
    }));

    private static string At(ParsingEvent e) => $"{e.Start.Line}:{e.Start.Column}({e.Start.Index})-{e.End.Line}:{e.End.Column}({e.End.Index})";
}
