using System.Text;
using CsCheck;
using InfoSiteGen.Cli;
using InfoSiteGen.Content;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Content;

/// <summary>Whole-site builds and checks warning about legacy fonts, invisible characters and mixed tone placement.</summary>
public class SourceTextChecksTests
{
    private const string Approved = "status: approved\napproved_by: X";

    private static List<string> Problems(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();

    [Fact]
    public async Task Tcvn3_text_saved_as_utf8_is_published_as_it_is_with_a_warning_and_the_command_that_fixes_it()
    {
        using var site = new TestSite();
        site.Item("articles/cu.md", $"title: Bài cũ\n{Approved}", "Céng hoµ x· héi chñ nghÜa ViÖt Nam.");

        var result = await site.BuildOkAsync();

        Assert.Equal(
            ["articles/cu.md:7:1: warning: this text looks like TCVN3 (ABC) typed with an old Vietnamese font (\"Céng\" is \"Cộng\"); convert it to Unicode, run: infositegen fix-encoding articles/cu.md [ISG0117]"],
            Problems(result));
        Assert.Equal(
            "articles/cu.md:7:1: cảnh báo: chữ ở đây có vẻ được gõ bằng mã TCVN3 (ABC) của phông chữ cũ (\"Céng\" là \"Cộng\"); hãy chuyển sang Unicode bằng lệnh: infositegen fix-encoding articles/cu.md [ISG0117]",
            result.Diagnostics.Single().Format(InfoSiteGen.Diagnostics.ToolLanguage.Vietnamese));
    }

    [Fact]
    public async Task Vni_text_is_warned_about_where_it_starts()
    {
        using var site = new TestSite();
        site.Item("articles/vni.md", $"title: \"Tuyeân truyeàn\"\n{Approved}", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam.");

        var result = await site.BuildOkAsync();

        Assert.Equal(
            ["articles/vni.md:2:9: warning: this text looks like VNI typed with an old Vietnamese font (\"Tuyeân\" is \"Tuyên\"); convert it to Unicode, run: infositegen fix-encoding articles/vni.md [ISG0117]"],
            Problems(result));
    }

    [Fact]
    public async Task A_legacy_file_that_is_not_utf8_gets_the_command_in_its_error()
    {
        using var site = new TestSite();
        site.WriteBytes("articles/cu.md", Encoding.Latin1.GetBytes($"---\ntitle: Bai cu\n{Approved}\n---\n\nCéng hoµ x· héi chñ nghÜa ViÖt Nam.\n"));

        var result = await site.BuildAsync();

        Assert.Equal(
            ["articles/cu.md:7:2: error: the file is not valid UTF-8 text (byte 0xE9 at byte offset 56; it was probably saved in an old encoding); open it and save it again as UTF-8; it looks like TCVN3 (ABC), run: infositegen fix-encoding articles/cu.md [ISG0110]"],
            Problems(result));
    }

    [Fact]
    public async Task The_hint_can_be_run_as_shown_from_the_repository()
    {
        using var site = new TestSite();
        File.WriteAllText(Path.Combine(site.Root, "InfoSiteGen.sln"), string.Empty);
        site.Item("articles/cu.md", $"title: Bài cũ\n{Approved}", "Céng hoµ x· héi chñ nghÜa ViÖt Nam.");

        var exit = await CommandLine.RunAsync(["fix-encoding", "articles/cu.md", "--lang", "en"], new StringWriter(), new StringWriter(), site.Root);

        Assert.Equal(0, exit);
        Assert.Empty(Problems(await site.BuildOkAsync()));
        Assert.Equal("Cộng hoà xã hội chủ nghĩa Việt Nam.", site.Html("articles/cu/index.html").QuerySelector(".prose p")!.TextContent);
    }

    [Fact]
    public async Task Invisible_characters_are_removed_from_the_page_with_one_warning_and_the_file_is_kept()
    {
        using var site = new TestSite();
        var body = "Quyền\u200B trẻ em.\n\nBình\u00AD đẳng\u200D giới\uFEFF.";
        site.Item("articles/an.md", $"title: Bài ẩn\n{Approved}", body);

        var result = await site.BuildOkAsync();

        Assert.Equal(
            ["articles/an.md:7:6: warning: 4 invisible characters (zero-width space, soft hyphen, byte-order mark) removed from what is published, the first here; your file is unchanged, delete them there if you wish [ISG0118]"],
            Problems(result));
        Assert.Equal(["Quyền trẻ em.", "Bình đẳng giới."], site.Html("articles/an/index.html").QuerySelectorAll(".prose p").Select(p => p.TextContent));
        Assert.Contains(body, File.ReadAllText(Path.Combine(site.ContentDirectory, "articles", "an.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_breaking_spaces_where_markdown_or_yaml_need_a_space_become_spaces_and_the_rest_are_kept()
    {
        using var site = new TestSite();
        var text = "---\ntitle:\u00A0Khoảng trắng lạ\nstatus: approved\napproved_by: X\n---\n\n" +
            "##\u00A0Mục một\n\n-\u00A0Điều\u00A05 của Luật\n\n1.\u00A0Kỷ niệm 75\u00A0năm\u00A0\u00A0\n";
        site.Write("articles/nbsp.md", text);

        var result = await site.BuildOkAsync();

        Assert.Equal(
            ["articles/nbsp.md:2:7: warning: 6 non-breaking spaces where an ordinary space belongs (after #, -, 1. or \"key:\", at the start or end of a line, next to another space) became ordinary spaces in what is published, the first here; your file is unchanged, retype those spaces there if you wish [ISG0120]"],
            Problems(result));
        var page = site.Html("articles/nbsp/index.html");
        Assert.Equal("Khoảng trắng lạ", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Mục một", page.QuerySelector(".prose h2")!.TextContent.Trim());
        Assert.Equal("Điều\u00A05 của Luật", page.QuerySelector(".prose ul li")!.TextContent);
        Assert.Equal("Kỷ niệm 75\u00A0năm", page.QuerySelector(".prose ol li")!.TextContent);
        Assert.Equal(text, File.ReadAllText(Path.Combine(site.ContentDirectory, "articles", "nbsp.md")));
    }

    [Fact]
    public async Task Non_breaking_spaces_between_words_are_no_problem()
    {
        using var site = new TestSite();
        site.Item("articles/nbsp.md", $"title: Điều\u00A05\n{Approved}", "Kỷ niệm 75\u00A0năm Ngày Quyền con người: 10\u202F12\u00A01948.");

        Assert.Empty(Problems(await site.BuildOkAsync()));
    }

    [Fact]
    public async Task A_joiner_inside_an_emoji_is_kept()
    {
        using var site = new TestSite();
        site.Item("articles/emoji.md", $"title: Gia đình\n{Approved}", "Gia đình 👩\u200D👧.");

        Assert.Empty(Problems(await site.BuildOkAsync()));
    }

    [Fact]
    public async Task Mixed_tone_placement_is_one_warning_at_the_first_word_of_the_rarer_style()
    {
        using var site = new TestSite();
        site.Item("articles/dau.md", $"title: Hòa bình và sức khỏe\n{Approved}", "Hòa giải, thúy, khỏe mạnh; hoà hợp; toàn dân; quý.");

        var result = await site.BuildOkAsync();

        Assert.Equal(
            ["articles/dau.md:7:28: warning: the file places tones two ways: 1 word the older way (\"hoà\", \"thuý\") and 5 the newer way (\"hòa\", \"thúy\"); choose one for the whole file [ISG0119]"],
            Problems(result));
    }

    [Fact]
    public async Task Capital_letters_count_for_tone_placement_too()
    {
        using var site = new TestSite();
        site.Item("articles/hoa.md", $"title: Hòa bình\n{Approved}", "KHOẺ MẠNH, hòa giải, Thúy, khỏe.");

        var result = await site.BuildOkAsync();

        Assert.Equal(
            ["articles/hoa.md:7:1: warning: the file places tones two ways: 1 word the older way (\"hoà\", \"thuý\") and 4 the newer way (\"hòa\", \"thúy\"); choose one for the whole file [ISG0119]"],
            Problems(result));
    }

    [Fact]
    public async Task One_tone_style_throughout_is_fine()
    {
        using var site = new TestSite();
        site.Item("articles/cu.md", $"title: Hoà bình\n{Approved}", "Hoà giải, thuý, khoẻ mạnh; toàn dân; quý; Quỳnh.");
        site.Item("articles/moi.md", $"title: Hòa bình\n{Approved}", "Hòa giải, thúy, khỏe mạnh; toàn dân; quý; Quỳnh.");

        Assert.Empty(Problems(await site.BuildOkAsync()));
    }

    [Fact]
    public async Task Check_prints_the_warnings_too()
    {
        using var site = new TestSite();
        site.Item("articles/cu.md", $"title: Bài cũ\n{Approved}", "Céng hoµ x· héi chñ nghÜa ViÖt Nam.");
        var stderr = new StringWriter();

        var exit = await CommandLine.RunAsync(["check", "--content", site.ContentDirectory, "--now", "2023-12-10", "--lang", "en"], new StringWriter(), stderr, site.Root);

        Assert.Equal(0, exit);
        Assert.Contains("articles/cu.md:7:1: warning: this text looks like TCVN3 (ABC)", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Counting_tone_placements_by_jumping_to_toned_vowels_agrees_with_reading_every_word() =>
        Gen.Select(Gen.OneOf(Gen.Const(""), Gen.String[Gen.Char["qQhkt"], 1, 2]), Gen.String[Gen.Char["oauyeOAòóọàáạẻẽỳýỷÒÁẺÝ"], 1, 3])
            .Select((consonants, vowels) => consonants + vowels)
            .Array[0, 12]
            .Select(Gen.String[Gen.Char[" ,.\n1"], 1, 2].Array[12], (words, gaps) => string.Concat(words.Select((w, i) => w + gaps[i])))
            .Sample(text => SourceTextChecks.CountTonePlacements(text) == ReadEveryWord(text));

    // The check as its rule reads: each word (a run of letters) ending in oa, oe or uy, not after q, with exactly
    // one of the two vowels toned: on the second is the older style, on the first the newer.
    private static (int Old, int New, int FirstOld, int FirstNew) ReadEveryWord(string text)
    {
        const string Plain = "oòóỏõọuùúủũụaàáảãạeèéẻẽẹyỳýỷỹỵOÒÓỎÕỌUÙÚỦŨỤAÀÁẢÃẠEÈÉẺẼẸYỲÝỶỸỴ";
        (char Vowel, bool Toned) Of(char c) => Plain.IndexOf(c, StringComparison.Ordinal) is var at and >= 0
            ? (char.ToLowerInvariant(Plain[at - (at % 6)]), at % 6 != 0)
            : ('\0', false);

        int oldStyle = 0, newStyle = 0, firstOld = -1, firstNew = -1;
        for (var start = 0; start < text.Length;)
        {
            var end = start;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end - start >= 2 && !(end - start >= 3 && char.ToLowerInvariant(text[end - 3]) == 'q'))
            {
                var (first, firstToned) = Of(text[end - 2]);
                var (second, secondToned) = Of(text[end - 1]);
                if ((first, second) is ('o', 'a') or ('o', 'e') or ('u', 'y') && firstToned != secondToned)
                {
                    if (secondToned)
                    {
                        oldStyle++;
                        firstOld = firstOld < 0 ? start : firstOld;
                    }
                    else
                    {
                        newStyle++;
                        firstNew = firstNew < 0 ? start : firstNew;
                    }
                }
            }

            start = Math.Max(end, start + 1);
        }

        return (oldStyle, newStyle, firstOld, firstNew);
    }
}
