using System.Text;
using System.Text.Json;
using CsCheck;
using InfoSiteGen.Publishing.Search;
using InfoSiteGen.Tests.Support;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Tests.Publishing;

/// <summary>
/// The real theme/assets/search.js, run by Node.js against a real index from <see cref="SearchIndex"/>:
/// matching, ranking, the page it renders, and its agreement with <see cref="SearchFolding"/>.
/// </summary>
public class SearchScriptTests
{
    private static readonly SearchDocument[] Documents =
    [
        new("articles/duong/", "Con đường đi bộ", "Một con đường mới.", "Đường Nguyễn Huệ ở trung tâm thành phố.", "article", new DateOnly(2023, 1, 1)),
        new("laws/tin-nguong/", "Luật Tín ngưỡng, tôn giáo", "Quy định về tín ngưỡng.", "Mọi người có quyền tự do tín ngưỡng, tôn giáo.", "law", new DateOnly(2016, 11, 18)),
        new("articles/nhan-quyen/", "Ngày Nhân quyền thế giới", null, "Kỷ niệm 75 năm Tuyên ngôn về nhân quyền.", "article", new DateOnly(2023, 12, 10)),
        new("laws/tre-em/", "Luật Trẻ em", "Quyền của trẻ em.", "Trẻ em được bảo vệ.", "law", new DateOnly(2016, 4, 5)),
        // Same date: only the marks decide which comes first for "hòa" and for "hoa".
        new("articles/hoa-binh/", "Tin tức", null, "Sống trong hòa bình.", "article", new DateOnly(2020, 5, 1)),
        new("articles/hoa-sen/", "Tin vắn", null, "Vườn hoa sen.", "article", new DateOnly(2020, 5, 1)),
        new("articles/thuy-loi/", "Thủy lợi", null, "Công trình thuỷ lợi của uỷ ban.", "article", new DateOnly(2019, 1, 1)),
        new("articles/nfd/", "Sức khỏe".Normalize(NormalizationForm.FormD), null, "Chăm sóc sức khoẻ người cao tuổi.".Normalize(NormalizationForm.FormD), "article", new DateOnly(2018, 1, 1)),
    ];

    [Theory]
    [InlineData("duong", "articles/duong/")]
    [InlineData("nhan quyen", "articles/nhan-quyen/")]
    [InlineData("tin nguong", "laws/tin-nguong/")]
    [InlineData("TÍN NGƯỠNG", "laws/tin-nguong/")]
    [InlineData("suc khoe", "articles/nfd/")]
    [InlineData("thuy loi", "articles/thuy-loi/")]
    public void A_query_without_marks_finds_words_with_them(string query, string url) =>
        Assert.Equal([url], Urls(Search(query)[0]));

    [Fact]
    public void The_spelling_with_the_typed_marks_ranks_first()
    {
        var results = Search("hòa", "hoa", "hoà");

        Assert.Equal(["articles/hoa-binh/", "articles/hoa-sen/"], Urls(results[0]));
        Assert.Equal(["articles/hoa-sen/", "articles/hoa-binh/"], Urls(results[1]));
        Assert.Equal(Urls(results[0]), Urls(results[2]));
        Assert.Equal(Scores(results[0]), Scores(results[2]));
        Assert.True(Scores(results[0])[0] > Scores(results[0])[1]);
    }

    [Theory]
    [InlineData("thủy lợi", "thuỷ lợi")]
    [InlineData("ủy ban", "uỷ ban")]
    [InlineData("sức khỏe", "sức khoẻ")]
    public void Both_tone_placements_match_each_other_exactly(string one, string other)
    {
        var results = Search(one, other);

        Assert.NotEmpty(Urls(results[0]));
        Assert.Equal(Urls(results[0]), Urls(results[1]));
        Assert.Equal(Scores(results[0]), Scores(results[1]));
    }

    [Theory]
    [InlineData("đường")]
    [InlineData("Nhân quyền")]
    [InlineData("sức khỏe")]
    public void A_decomposed_query_finds_what_the_composed_one_finds(string composed)
    {
        var results = Search(composed, composed.Normalize(NormalizationForm.FormD));

        Assert.NotEmpty(Urls(results[0]));
        Assert.Equal(Urls(results[0]), Urls(results[1]));
        Assert.Equal(Scores(results[0]), Scores(results[1]));
    }

    [Fact]
    public void Every_word_of_the_query_must_match()
    {
        var results = Search("quyền trẻ em", "quyền tôn giáo", "quyền xyz");

        Assert.Equal(["laws/tre-em/"], Urls(results[0]));
        Assert.Equal(["laws/tin-nguong/"], Urls(results[1]));
        Assert.Empty(Urls(results[2]));
    }

    [Fact]
    public void A_match_in_the_title_ranks_above_one_in_the_text_and_then_newer_first()
    {
        var results = Search("duong", "luat");

        Assert.Equal(["articles/duong/"], Urls(results[0]));
        // Both laws have "Luật" in their title: the newer comes first.
        Assert.Equal(["laws/tin-nguong/", "laws/tre-em/"], Urls(results[1]));

        var tinNguong = Search("tín ngưỡng")[0];
        Assert.Equal("laws/tin-nguong/", Urls(tinNguong)[0]);
    }

    [Fact]
    public void The_last_word_may_be_the_start_of_a_word()
    {
        var results = Search("luat tre e", "nhan qu", "luat tre e ");

        Assert.Equal(["laws/tre-em/"], Urls(results[0]));
        Assert.Equal(["articles/nhan-quyen/"], Urls(results[1]));
        Assert.Empty(Urls(results[2]));
    }

    [Fact]
    public void The_script_folds_exactly_as_the_generator_does()
    {
        List<string> texts =
        [
            "Đường", "đường", "ĐƯỜNG", "Nguyễn", "khoẻ", "khỏe", "KHOẺ", "ƯƠ", "ươ", "“quotes” and ‘quotes’",
            "2016", "102/2016/QH13", "Hoà Bình, Thuỷ, Uỷ ban", "tín ngưỡng", "Nhân quyền 75 năm",
            "Đắk Lắk", "Ðà", "ẹ́", "élève", "Straße", "İstanbul", "ǅemal", "a😀b", "x\u0301y", "  ", "",
            "Nguyễn Thị Minh Khai".Normalize(NormalizationForm.FormD), "trẻ em – children's rights (CRC)",
            "人权理事会", "世界人权宣言75周年", "人々の権利", "세계인권선언에서", "인권 이사회", "ｶﾞｲﾄﾞﾌﾞｯｸ", "ＡＢＣ１２３ and ガイド",
            "𠀀𠀁 chữ Nôm 𡨸喃", "ベトナムのHumanRights", "が\u3099", "か\u3099き", "々々", "A々", "人々", "ﾞｶ", "・カ・",
        ];
        var letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
        var text = Gen.Char[letters + letters.ToUpperInvariant() + "0123456789 ,.-–/()“”'"].Array[0, 30]
            .Select(chars => new string(chars));
        var generated = text.Array[300].Single(ts => true, seed: "0Nsw5hFb2Rkp");
        texts.AddRange(generated);
        texts.AddRange(generated.Select(t => t.Normalize(NormalizationForm.FormD)));

        var forms = Run(new { texts }).GetProperty("forms").EnumerateArray().ToList();

        for (var i = 0; i < texts.Count; i++)
        {
            var form = forms[i];
            Assert.True(SearchFolding.Fold(texts[i]) == form.GetProperty("fold").GetString(), $"fold of '{texts[i]}'");
            Assert.True(SearchFolding.Exact(texts[i]) == form.GetProperty("exact").GetString(), $"exact form of '{texts[i]}'");
            Assert.Equal(SearchFolding.Words(texts[i]), form.GetProperty("words").EnumerateArray().Select(w => w.GetString()!));
        }
    }

    private static readonly SearchDocument[] EastAsianDocuments =
    [
        new("zh/articles/a/", "越南当选联合国人权理事会成员", null, "2023年12月10日是《世界人权宣言》通过75周年。", "article", new DateOnly(2023, 12, 10)),
        new("ja/articles/a/", "世界人権宣言75周年", null, "ベトナムは人権理事会の理事国です。ガイドブックを配布します。", "article", new DateOnly(2023, 12, 9)),
        new("ko/articles/a/", "세계인권선언 75주년", null, "베트남은 유엔 인권이사회에서 활동하고 있습니다.", "article", new DateOnly(2023, 12, 8)),
    ];

    [Theory]
    [InlineData("人权理事会", "zh/articles/a/")]
    [InlineData("权理", "zh/articles/a/")]
    [InlineData("宣言通过", "")]
    [InlineData("人権理事会", "ja/articles/a/")]
    [InlineData("ガイド", "ja/articles/a/")]
    [InlineData("ｶﾞｲﾄﾞ", "ja/articles/a/")]
    [InlineData("인권", "ko/articles/a/")]
    [InlineData("인권이사회", "ko/articles/a/")]
    [InlineData("이사회", "ko/articles/a/")]
    [InlineData("유엔 인권", "ko/articles/a/")]
    [InlineData("７５周年", "ja/articles/a/ zh/articles/a/")]
    public void Chinese_Japanese_and_Korean_queries_find_any_part_of_the_text(string query, string urls)
    {
        var found = Urls(Run(new { queries = new[] { query } }, EastAsianDocuments).GetProperty("searches")[0]);

        Assert.Equal(urls.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_stretch_of_Chinese_Japanese_or_Korean_text_finds_its_page()
    {
        var text = EastAsianDocuments.Select(d => d.Title + " " + d.Text).ToArray();
        var stretches = Gen.Int[0, text.Length - 1].SelectMany(d => Gen.Int[0, text[d].Length - 1].SelectMany(start =>
            Gen.Int[1, 6].Select(length => (Doc: d, Query: text[d].Substring(start, Math.Min(length, text[d].Length - start))))))
            .Array[120].Single(_ => true, seed: "0Nsw5hFb2Rkp")
            // Letters and digits of other scripts are found by whole words, as in Vietnamese and English.
            .Where(s => SearchFolding.Words(s.Query).Count > 0 && s.Query.All(c => SearchFolding.IsPairedScript(c) || !char.IsLetterOrDigit(c)))
            .ToArray();

        var searches = Run(new { queries = stretches.Select(s => s.Query).ToArray() }, EastAsianDocuments).GetProperty("searches").EnumerateArray().ToList();

        for (var i = 0; i < stretches.Length; i++)
        {
            Assert.True(Urls(searches[i]).Contains(EastAsianDocuments[stretches[i].Doc].UrlPath), $"'{stretches[i].Query}' does not find its page");
        }
    }

    [Fact]
    public void Titles_with_script_syntax_come_back_unchanged_from_the_index()
    {
        var title = "</script><script>alert(\"x\")</script> <!-- \\ ' ` ${x} \u2028 “Đường”";
        var documents = new[] { new SearchDocument("a/", title, "</SCRIPT>", "script", "article", null) };

        var docs = Run(new { }, documents).GetProperty("docs");

        Assert.Equal(SearchSnippet.Collapse(title), docs[0][1].GetString());
        Assert.Equal("</SCRIPT>", docs[0][2].GetString());
    }

    [Fact]
    public void The_page_reads_the_query_from_its_address_and_lists_links_relative_to_the_root()
    {
        var page = RenderPage("?q=nh%C3%A2n+quy%E1%BB%81n&x=1");

        Assert.Equal("nhân quyền", page.GetProperty("input").GetString());
        Assert.Equal("1 kết quả cho “nhân quyền”", page.GetProperty("status").GetString());
        Assert.Equal(
            "<ol class=\"search-result-list\"><li class=\"search-result\">" +
            "<a class=\"search-result-title\" href=\"../../articles/nhan-quyen/index.html\">Ngày Nhân quyền thế giới</a>" +
            "<p class=\"search-result-meta\"><span class=\"search-result-kind\">Bài viết</span> · " +
            "<time class=\"search-result-date\" datetime=\"2023-12-10\">10 December 2023</time></p>" +
            "<p class=\"search-result-summary\">Kỷ niệm 75 năm Tuyên ngôn về nhân quyền.</p></li></ol>",
            page.GetProperty("results").GetString());
    }

    [Fact]
    public void The_page_counts_results_and_says_when_it_shows_only_the_first()
    {
        var page = RenderPage("?q=luat", limit: "1");

        Assert.Equal("2 kết quả cho “luat”", page.GetProperty("status").GetString());
        Assert.Contains("<p class=\"search-more\">Hiển thị 1 kết quả đầu tiên.</p>", page.GetProperty("results").GetString());
        Assert.Single(page.GetProperty("results").GetString()!.Split("<li ").Skip(1));
    }

    [Fact]
    public void The_page_says_when_nothing_is_found_and_says_nothing_without_a_query()
    {
        var none = RenderPage("?q=%3Cb%3Ezzz");
        var empty = RenderPage("");

        Assert.Equal("Không có kết quả cho “<b>zzz”", none.GetProperty("status").GetString());
        Assert.Equal("", none.GetProperty("results").GetString());
        Assert.Equal("", empty.GetProperty("status").GetString());
        Assert.Equal("", empty.GetProperty("input").GetString());
    }

    [Fact]
    public void The_page_says_when_the_index_did_not_load()
    {
        var page = Run(new { page = new { search = "?q=duong", attributes = PageAttributes("100") } }, documents: null).GetProperty("page");

        Assert.Equal("Chưa tải được chỉ mục tìm kiếm.", page.GetProperty("status").GetString());
    }

    private static JsonElement RenderPage(string search, string limit = "100") =>
        Run(new { page = new { search, attributes = PageAttributes(limit) } }).GetProperty("page");

    private static Dictionary<string, string> PageAttributes(string limit) => new()
    {
        ["data-root"] = "../../",
        ["data-text-results"] = "{0} kết quả cho “{1}”",
        ["data-text-none"] = "Không có kết quả cho “{1}”",
        ["data-text-more"] = "Hiển thị {2} kết quả đầu tiên.",
        ["data-text-unavailable"] = "Chưa tải được chỉ mục tìm kiếm.",
        ["data-date-format"] = "d MMMM yyyy",
        ["data-months"] = "January,February,March,April,May,June,July,August,September,October,November,December",
        ["data-kind-article"] = "Bài viết",
        ["data-kind-law"] = "Văn bản pháp luật",
        ["data-limit"] = limit,
    };

    private static List<JsonElement> Search(params string[] queries) =>
        Run(new { queries }).GetProperty("searches").EnumerateArray().ToList();

    private static string[] Urls(JsonElement results) => results.EnumerateArray().Select(r => r.GetProperty("url").GetString()!).ToArray();

    private static int[] Scores(JsonElement results) => results.EnumerateArray().Select(r => r.GetProperty("score").GetInt32()).ToArray();

    private static JsonElement Run(object request) => Run(request, Documents);

    private static JsonElement Run(object request, IEnumerable<SearchDocument>? documents)
    {
        var folder = Directory.CreateTempSubdirectory("isg-search-");
        try
        {
            var fields = JsonSerializer.SerializeToElement(request).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
            if (documents is not null)
            {
                var index = Path.Combine(folder.FullName, SearchIndex.FileName("vi"));
                File.WriteAllText(index, SearchIndex.Build(documents), new UTF8Encoding(false));
                fields["index"] = index;
            }

            var requestFile = Path.Combine(folder.FullName, "request.json");
            File.WriteAllText(requestFile, JsonSerializer.Serialize(fields));
            var output = NodeScript.Run(
                Path.Combine(Repository.Root, "tests", "InfoSiteGen.Tests", "Publishing", "SearchHarness.js"),
                Path.Combine(Repository.Theme, "assets", "search.js"),
                requestFile);
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
