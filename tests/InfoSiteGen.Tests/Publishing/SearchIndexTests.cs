using System.Text;
using CsCheck;
using InfoSiteGen.Bodies;
using InfoSiteGen.Publishing.Search;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Tests.Publishing;

public class SearchIndexTests
{
    private static readonly SearchDocument[] Documents =
    [
        new("laws/luat-tre-em/", "Luật Trẻ em", "Quyền của trẻ em.", "Trẻ em có quyền được bảo vệ.", "law", new DateOnly(2016, 4, 5)),
        new("articles/duong-nguyen-hue/", "Đường Nguyễn Huệ", null, "Con đường đi bộ ở trung tâm.", "article", new DateOnly(2023, 12, 10)),
        new("about/", "Giới thiệu", "Về trang này.", "Trang thông tin về nhân quyền.", "page", null),
    ];

    [Fact]
    public void The_same_documents_give_byte_identical_indexes_in_any_order()
    {
        var first = SearchIndex.Build(Documents);
        var second = SearchIndex.Build(Documents.Reverse());
        var third = SearchIndex.Build([Documents[1], Documents[2], Documents[0]]);

        Assert.Equal(Encoding.UTF8.GetBytes(first), Encoding.UTF8.GetBytes(second));
        Assert.Equal(first, third);
    }

    [Fact]
    public void The_lead_a_build_keeps_of_a_long_body_gives_the_index_its_whole_text_gives() =>
        Gen.String[Gen.Char["aệ đ,.\n\u00A0\t"], 0, 3000].Sample(text =>
        {
            var document = new SearchDocument("articles/dai/", "Bài dài", null, text, "article", new DateOnly(2023, 12, 10));
            var collector = new SearchTermCollector();
            var kept = new IndexedDocument(document.UrlPath, document.Title, null, text[..Math.Min(text.Length, RenderedBody.LeadLength)], "article",
                document.Date, collector.DistinctTerms(document.Title, null, text));

            return SearchIndex.Build([kept]) == SearchIndex.Build([document]);
        });

    [Theory]
    [InlineData("  Kỷ  niệm\n\n75\tnăm  ", "Kỷ niệm 75 năm")]
    [InlineData("a\u00A0 b", "a b")]
    [InlineData(" \n ", "")]
    public void Runs_of_whitespace_become_one_space_and_the_ends_are_trimmed(string text, string expected) =>
        Assert.Equal(expected, SearchSnippet.Collapse(text));

    [Fact]
    public void The_index_is_a_script_assigning_the_global()
    {
        var script = SearchIndex.Build(Documents);

        Assert.Contains("\nwindow.InfoSiteGenSearchIndex={\"format\":1,", script);
        Assert.EndsWith("};\n", script);
        Assert.Equal("search-index.vi.js", SearchIndex.FileName("vi"));
    }

    [Fact]
    public void Documents_are_numbered_newest_first_and_undated_last()
    {
        var script = SearchIndex.Build(Documents);

        var order = new[] { "articles/duong-nguyen-hue/", "laws/luat-tre-em/", "about/" }.Select(p => script.IndexOf($"[\"{p}\"", StringComparison.Ordinal)).ToArray();
        Assert.All(order, position => Assert.True(position > 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains("[\"about/\",\"Giới thiệu\",\"Về trang này.\",\"page\",\"\"]", script);
        Assert.Contains("\"law\",\"2016-04-05\"]", script);
    }

    [Fact]
    public void A_title_cannot_end_the_script_element_or_the_string()
    {
        var hostile = new SearchDocument("articles/x/", "</script><script>alert(1)</script> \"quote\" \\ <!-- \u2028 \ud800", "</SCRIPT>", "</script>", "article", null);

        var script = SearchIndex.Build([hostile]);

        Assert.DoesNotContain("</", script);
        Assert.DoesNotContain("<!--", script);
        Assert.DoesNotContain("\u2028", script);
        Assert.Contains(@"\u003c/script>\u003cscript>alert(1)\u003c/script> \""quote\"" \\ \u003c!-- " + "\ufffd", script);
    }

    [Fact]
    public void Script_strings_escape_control_characters_and_lone_surrogates() =>
        Assert.Equal(@"""a\nb\u0009c\u0000\ud800 😀 đ \u2028\u2029""", ScriptString.Quote("a\nb\tc\0\ud800 😀 đ \u2028\u2029"));

    [Fact]
    public void A_document_without_summary_shows_the_start_of_its_text()
    {
        var text = string.Join(' ', Enumerable.Repeat("Quyền con người được tôn trọng, bảo vệ.", 20));
        var script = SearchIndex.Build([new SearchDocument("a/", "A", "  ", text, "article", null)]);

        var summary = SearchSnippet.Truncate(text);
        Assert.Contains($"\"{summary}\"", script);
        Assert.EndsWith("…", summary);
        Assert.True(summary.Length <= SearchSnippet.MaxSummaryLength + 1);
        Assert.DoesNotContain(",…", summary);
        Assert.StartsWith(summary[..^1], text);
    }

    [Theory]
    [InlineData("  Một   câu\nngắn.  ", "Một câu ngắn.")]
    [InlineData("Ngắn.", "Ngắn.")]
    public void Short_summaries_are_only_collapsed(string summary, string expected) =>
        Assert.Equal(expected, SearchSnippet.Truncate(summary));

    [Fact]
    public void A_long_word_is_cut_between_whole_letters()
    {
        // ẹ́ has no composed form: a letter and a mark, two characters that must stay together; 😀 is a surrogate pair.
        var word = string.Concat(Enumerable.Repeat("ẹ́😀", 50));

        Assert.Equal("ẹ́😀ẹ́…", SearchSnippet.Truncate(word, 7));
        Assert.Equal("ẹ́😀…", SearchSnippet.Truncate(word, 5));
    }

    [Theory]
    [InlineData("/laws/x/")]
    [InlineData("laws/x")]
    [InlineData("javascript:alert(1)/")]
    [InlineData("../x/")]
    [InlineData("laws//x/")]
    [InlineData("laws/x?y/")]
    [InlineData("laws/đường/")]
    public void A_path_that_could_lead_elsewhere_is_refused(string path) =>
        Assert.Throws<ArgumentException>(() => SearchIndex.Build([new SearchDocument(path, "T", null, "", "law", null)]));

    [Fact]
    public void The_site_root_and_english_paths_are_accepted()
    {
        var script = SearchIndex.Build([new SearchDocument("", "Home", null, "", "page", null), new SearchDocument("en/laws/children/", "Law on Children", null, "", "law", null)]);
        Assert.Contains("[\"en/laws/children/\"", script);
    }

    [Theory]
    [InlineData("Luật")]
    [InlineData("Law")]
    [InlineData("")]
    [InlineData("a b")]
    public void A_kind_must_be_a_key(string kind) =>
        Assert.Throws<ArgumentException>(() => SearchIndex.Build([new SearchDocument("a/", "T", null, "", kind, null)]));

    [Fact]
    public void Two_documents_at_one_path_are_refused() =>
        Assert.Throws<ArgumentException>(() => SearchIndex.Build([Documents[0], Documents[1], Documents[0] with { Title = "Other", Date = null }]));

    [Fact]
    public void Posting_lists_decode_to_what_was_encoded() =>
        Gen.Int[0, 5000].HashSet[0, 300].Sample(set =>
        {
            var documents = set.Order().ToList();
            var code = PostingsCode.Encode(documents);
            return code.All(c => c == PostingsCode.BitmapMarker || PostingsCode.Alphabet.Contains(c)) &&
                PostingsCode.Decode(code).SequenceEqual(documents);
        });

    [Fact]
    public void A_word_on_most_pages_is_stored_as_a_bitmap_and_a_rare_one_as_gaps()
    {
        var common = Enumerable.Range(0, 600).Where(n => n % 5 != 0).ToList();
        var rare = new List<int> { 3, 400, 2100 };

        Assert.StartsWith("!", PostingsCode.Encode(common));
        Assert.Equal(1 + 100, PostingsCode.Encode(common).Length);
        Assert.Equal("&", PostingsCode.Encode([3]));
        Assert.Equal(rare, PostingsCode.Decode(PostingsCode.Encode(rare)));
        Assert.Equal(1 + 2 + 2, PostingsCode.Encode(rare).Length);
    }

    [Fact]
    public void The_alphabet_needs_no_escaping_in_a_script_string()
    {
        Assert.Equal(2 * PostingsCode.Base, PostingsCode.Alphabet.Length);
        Assert.Equal(PostingsCode.Alphabet.Length, PostingsCode.Alphabet.Distinct().Count());
        Assert.Equal($"\"{PostingsCode.Alphabet}\"", ScriptString.Quote(PostingsCode.Alphabet));
        Assert.DoesNotContain(' ', PostingsCode.Alphabet);
        Assert.DoesNotContain(PostingsCode.BitmapMarker, PostingsCode.Alphabet);
    }

    [Fact]
    public void Terms_share_their_common_start_with_the_term_before()
    {
        string[] terms = ["nhan", "nhân", "nhân`", "quyên`"];

        var code = TermsCode.Encode(terms);

        Assert.Equal("#nhan %ân '` #quyên`", code);
        Assert.Equal(terms, TermsCode.Decode(code));
    }

    [Fact]
    public void Two_thousand_pages_of_750_words_stay_under_the_size_budget()
    {
        // Syllables made from Vietnamese onsets, rhymes and tones, drawn with Zipf's law as words are in real
        // text: about 5,000 distinct exact forms, more than a campaign's pages use, so the budget has a margin.
        string[] onsets = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"];
        string[] rhymes = ["a", "ai", "an", "ang", "anh", "ao", "ăn", "âng", "ây", "e", "ên", "ênh", "i", "inh", "iêm", "iên", "o", "oa", "oan", "oi", "ong", "ô", "ôi", "ông", "ơ", "ơn", "u", "ung", "uy", "uyên", "ư", "ưa", "ươi", "ương", "ưng"];
        string[] tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
        var random = new Random(2023);
        var syllables = new List<string>();
        foreach (var onset in onsets)
        {
            foreach (var rhyme in rhymes)
            {
                foreach (var tone in tones)
                {
                    syllables.Add((onset + rhyme[0] + tone + rhyme[1..]).Normalize(NormalizationForm.FormC));
                }
            }
        }

        syllables = [.. syllables.OrderBy(_ => random.Next())];
        var weights = syllables.Select((_, i) => 1.0 / (i + 1)).ToArray();
        var cumulative = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            cumulative[i] = weights[i] + (i > 0 ? cumulative[i - 1] : 0);
        }

        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ =>
        {
            var found = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
            return syllables[found < 0 ? ~found : found];
        }));
        var documents = Enumerable.Range(0, 2000)
            .Select(i => new SearchDocument($"articles/bai-{i:D4}/", Words(12), Words(30), Words(750), "article", new DateOnly(2015, 1, 1).AddDays(i)))
            .ToList();

        var size = Encoding.UTF8.GetByteCount(SearchIndex.Build(documents));

        Assert.True(size < 1_500_000, $"the index of 2,000 pages is {size:N0} bytes");
    }
}
