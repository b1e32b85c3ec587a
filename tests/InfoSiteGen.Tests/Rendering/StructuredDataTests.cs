using System.Text.Json;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Rendering;

/// <summary>
/// Every page but 404.html carries one JSON-LD description that parses, uses only schema.org terms of its types,
/// has what each type needs, says what the page shows and nothing that is not published.
/// </summary>
public class StructuredDataTests
{
    private const string Approved = "status: approved\napproved_by: Ban Chỉ đạo\napproved_on: 2023-11-20";
    private static readonly Uri BaseUrl = new("https://portal.example.gov.vn/nhan-quyen/");

    /// <summary>The schema.org properties each type used here may carry (from schema.org's definitions of the types).</summary>
    private static readonly Dictionary<string, HashSet<string>> Vocabulary = new()
    {
        ["GovernmentOrganization"] = ["@type", "@id", "name", "url", "address", "telephone", "email"],
        ["WebSite"] = ["@type", "name", "description", "inLanguage", "url", "publisher", "potentialAction"],
        ["SearchAction"] = ["@type", "target", "query-input"],
        ["NewsArticle"] = ["@type", "headline", "description", "datePublished", "dateModified", "wordCount", "image", "author", "publisher", "mainEntityOfPage", "inLanguage", "url"],
        ["Legislation"] =
        [
            "@type", "name", "description", "legislationIdentifier", "legislationType", "legislationDate", "legislationDateVersion",
            "legislationDateOfApplicability", "legislationLegalForce", "legislationPassedBy", "legislationJurisdiction", "sameAs", "author", "inLanguage", "url",
        ],
        ["Event"] =
        [
            "@type", "name", "description", "startDate", "endDate", "eventStatus", "eventAttendanceMode", "location", "image", "organizer", "inLanguage", "url",
        ],
        ["Place"] = ["@type", "name", "address"],
        ["WebPage"] = ["@type", "name", "description", "inLanguage", "url"],
        ["CollectionPage"] = ["@type", "name", "description", "inLanguage", "url"],
        ["SearchResultsPage"] = ["@type", "name", "description", "inLanguage", "url"],
        ["BreadcrumbList"] = ["@type", "itemListElement"],
        ["ListItem"] = ["@type", "position", "name", "item"],
    };

    private static TestSite Site(string siteYml = TestSite.DefaultSiteYml)
    {
        var site = new TestSite(siteYml);
        site.Item("articles/a.vi.md", $"title: Bài A\n{Approved}\ndate: 2023-12-01\ndepartment: so-tu-phap\nsummary: Tóm tắt bài A.", "Nội dung bài A.");
        site.Item("articles/a.en.md", $"title: Article A\n{Approved}\ndate: 2023-12-01\ndepartment: so-tu-phap\nsummary: Summary of article A.", "Text of article A.");
        site.Item("articles/nhap.vi.md", "title: Bài nháp bí mật\nstatus: draft\ndate: 2023-12-03", "Nội dung nháp.");
        site.Item("laws/luat.vi.md", $"title: Luật Trẻ em\n{Approved}\nnumber: 102/2016/QH13\nkind: Luật\nissuer: Quốc hội\nissued_on: 2016-04-05\neffective_on: 2017-06-01\nlegal_status: in_force", "Tóm tắt luật.");
        site.Item("laws/cu.vi.md", $"title: Pháp lệnh cũ\n{Approved}\nnumber: 01/2004/PL-UBTVQH11\nkind: Pháp lệnh\nissuer: Ủy ban Thường vụ Quốc hội\nissued_on: 2004-06-18\nlegal_status: expired", "Đã hết hiệu lực.");
        site.Item("slogans/mot.vi.md", $"title: Một\n{Approved}\npublish_from: 2023-11-30\npublish_until: 2023-12-30", "Khẩu hiệu thứ nhất.");
        site.Item("pages/gioi-thieu.vi.md", $"title: Giới thiệu\n{Approved}\ndate: 2023-11-20", "Trang giới thiệu.");
        site.Item("events/toa-dam.vi.md", $"title: Tọa đàm\n{Approved}\nstarts: 2023-12-08 08:00\nends: 2023-12-08 11:30\nlocation: {{ name: Hội trường tỉnh, address: Số 1 đường Lê Lợi }}\ndepartment: so-tu-phap\nsummary: Tọa đàm về quyền con người.", "Nội dung tọa đàm.");
        site.Item("events/trien-lam.vi.md", $"title: Triển lãm ảnh\n{Approved}\nstarts: 2023-12-05\nends: 2023-12-15\nlocation: Nhà văn hóa tỉnh", "Triển lãm.");
        site.Item("events/hoi-thao-nhap.vi.md", "title: Hội thảo nháp bí mật\nstatus: draft\nstarts: 2023-12-20\nlocation: Hội trường", "Nội dung nháp.");
        return site;
    }

    private static async Task<Dictionary<string, JsonElement>> DescriptionsAsync(TestSite site, Uri? baseUrl)
    {
        await site.BuildOkAsync(baseUrl: baseUrl);
        var descriptions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var file in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html"))
        {
            var scripts = site.Html(file).QuerySelectorAll("script[type='application/ld+json']");
            Assert.True(scripts.Length == 1, $"{file} has {scripts.Length} JSON-LD descriptions");
            descriptions[file] = JsonDocument.Parse(scripts[0].TextContent).RootElement.Clone();
        }

        return descriptions;
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement description) => description.GetProperty("@graph").EnumerateArray();

    private static JsonElement Node(JsonElement description, string type) => Assert.Single(Nodes(description), n => n.GetProperty("@type").GetString() == type);

    [Fact]
    public async Task Every_page_uses_only_the_terms_of_its_types()
    {
        using var site = Site();
        var descriptions = await DescriptionsAsync(site, BaseUrl);

        Assert.True(descriptions.Count > 15);
        foreach (var (file, description) in descriptions)
        {
            Assert.Equal("https://schema.org", description.GetProperty("@context").GetString());
            foreach (var node in Nodes(description))
            {
                AssertTerms(file, node);
            }
        }

        Assert.False(site.Html("404.html").QuerySelectorAll("script[type='application/ld+json']").Any());
    }

    private static void AssertTerms(string file, JsonElement node)
    {
        var type = node.GetProperty("@type").GetString()!;
        Assert.True(Vocabulary.TryGetValue(type, out var allowed), $"{file}: unexpected type {type}");
        foreach (var property in node.EnumerateObject())
        {
            Assert.True(allowed.Contains(property.Name), $"{file}: {type} has no property '{property.Name}'");
            var children = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().ToList() : [property.Value];
            foreach (var child in children.Where(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("@type", out _)))
            {
                AssertTerms(file, child);
            }
        }
    }

    [Fact]
    public async Task An_article_names_its_headline_dates_department_and_publisher()
    {
        using var site = Site();
        var descriptions = await DescriptionsAsync(site, BaseUrl);

        var description = descriptions["en/articles/a/index.html"];
        var article = Node(description, "NewsArticle");
        Assert.Equal("Article A", article.GetProperty("headline").GetString());
        Assert.Equal("Summary of article A.", article.GetProperty("description").GetString());
        Assert.Equal("2023-12-01", article.GetProperty("datePublished").GetString());
        Assert.Equal("en", article.GetProperty("inLanguage").GetString());
        Assert.Equal("https://portal.example.gov.vn/nhan-quyen/en/articles/a/", article.GetProperty("url").GetString());
        Assert.StartsWith("https://portal.example.gov.vn/nhan-quyen/", article.GetProperty("image").GetString(), StringComparison.Ordinal);
        Assert.Equal("GovernmentOrganization", article.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("https://portal.example.gov.vn/nhan-quyen/en/departments/so-tu-phap/", article.GetProperty("author").GetProperty("url").GetString());
        var organisation = Node(description, "GovernmentOrganization");
        Assert.Equal(organisation.GetProperty("@id").GetString(), article.GetProperty("publisher").GetProperty("@id").GetString());
    }

    [Fact]
    public async Task A_law_summary_is_legislation_with_the_documents_number_kind_dates_issuer_and_force()
    {
        using var site = Site();
        var descriptions = await DescriptionsAsync(site, BaseUrl);

        var law = Node(descriptions["laws/luat/index.html"], "Legislation");
        Assert.Equal("Luật Trẻ em", law.GetProperty("name").GetString());
        Assert.Equal("102/2016/QH13", law.GetProperty("legislationIdentifier").GetString());
        Assert.Equal("Luật", law.GetProperty("legislationType").GetString());
        Assert.Equal("2016-04-05", law.GetProperty("legislationDate").GetString());
        Assert.Equal("2017-06-01", law.GetProperty("legislationDateOfApplicability").GetString());
        Assert.Equal("https://schema.org/InForce", law.GetProperty("legislationLegalForce").GetString());
        Assert.Equal("Quốc hội", law.GetProperty("legislationPassedBy").GetProperty("name").GetString());
        Assert.Equal("https://schema.org/NotInForce", Node(descriptions["laws/cu/index.html"], "Legislation").GetProperty("legislationLegalForce").GetString());
    }

    [Fact]
    public async Task An_event_gives_its_times_with_their_offset_its_place_and_its_organiser()
    {
        using var site = Site();
        var descriptions = await DescriptionsAsync(site, BaseUrl);

        var seminar = Node(descriptions["events/toa-dam/index.html"], "Event");
        Assert.Equal("Tọa đàm", seminar.GetProperty("name").GetString());
        Assert.Equal("2023-12-08T08:00:00+07:00", seminar.GetProperty("startDate").GetString());
        Assert.Equal("2023-12-08T11:30:00+07:00", seminar.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", seminar.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("Place", seminar.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("Hội trường tỉnh", seminar.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("Số 1 đường Lê Lợi", seminar.GetProperty("location").GetProperty("address").GetString());
        Assert.Equal("Sở Tư pháp", seminar.GetProperty("organizer").GetProperty("name").GetString());
        var exhibition = Node(descriptions["events/trien-lam/index.html"], "Event");
        Assert.Equal("2023-12-05", exhibition.GetProperty("startDate").GetString());
        Assert.Equal("2023-12-15", exhibition.GetProperty("endDate").GetString());
        Assert.Equal("CollectionPage", Assert.Single(Nodes(descriptions["events/index.html"]), n => n.GetProperty("@type").GetString() != "GovernmentOrganization" && n.GetProperty("@type").GetString() != "BreadcrumbList").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task Breadcrumbs_lead_from_the_home_page_through_the_section_to_the_page()
    {
        using var site = Site();
        var descriptions = await DescriptionsAsync(site, BaseUrl);

        var steps = Node(descriptions["en/articles/a/index.html"], "BreadcrumbList").GetProperty("itemListElement").EnumerateArray()
            .Select(s => (s.GetProperty("position").GetInt32(), s.GetProperty("name").GetString(), s.GetProperty("item").GetString()))
            .ToList();
        Assert.Equal(
            [
                (1, "Test site", "https://portal.example.gov.vn/nhan-quyen/en/"),
                (2, "Articles", "https://portal.example.gov.vn/nhan-quyen/en/articles/"),
                (3, "Article A", "https://portal.example.gov.vn/nhan-quyen/en/articles/a/"),
            ],
            steps);
        var about = Node(descriptions["gioi-thieu/index.html"], "BreadcrumbList").GetProperty("itemListElement");
        Assert.Equal(["Trang thử nghiệm", "Giới thiệu"], about.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_home_page_describes_the_website_and_its_search()
    {
        using var site = Site();
        var descriptions = await DescriptionsAsync(site, BaseUrl);

        var website = Node(descriptions["index.html"], "WebSite");
        Assert.Equal("Trang thử nghiệm", website.GetProperty("name").GetString());
        Assert.Equal("https://portal.example.gov.vn/nhan-quyen/search/?q={search_term_string}", website.GetProperty("potentialAction").GetProperty("target").GetString());
        Assert.DoesNotContain(Nodes(descriptions["index.html"]), n => n.GetProperty("@type").GetString() == "BreadcrumbList");
    }

    [Fact]
    public async Task Nothing_unpublished_appears_and_without_a_public_address_no_address_does()
    {
        using var site = Site(TestSite.DefaultSiteYml.Replace("base_url: https://portal.example.gov.vn/thu-nghiem/\n", string.Empty, StringComparison.Ordinal));
        var descriptions = await DescriptionsAsync(site, baseUrl: null);

        foreach (var (file, description) in descriptions)
        {
            var text = description.GetRawText();
            Assert.DoesNotContain("bí mật", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Nội dung nháp", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"url\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"@id\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain(Nodes(description), n => n.GetProperty("@type").GetString() == "BreadcrumbList");
            Assert.True(Nodes(description).Count() >= 2, file);
        }
    }

    [Fact]
    public async Task A_title_that_looks_like_markup_cannot_end_the_script()
    {
        using var site = new TestSite();
        site.Item("articles/x.vi.md", $"title: \"Bài </script><b>đậm</b> & 'trích'\"\n{Approved}\ndate: 2023-12-01", "Nội dung.");

        var descriptions = await DescriptionsAsync(site, BaseUrl);

        var raw = site.Read("articles/x/index.html");
        var script = raw[raw.IndexOf("application/ld+json", StringComparison.Ordinal)..];
        script = script[..script.IndexOf("</script>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<", script[1..], StringComparison.Ordinal);
        Assert.Contains("đậm", script, StringComparison.Ordinal);
        Assert.Equal("Bài </script><b>đậm</b> & 'trích'", Node(descriptions["articles/x/index.html"], "NewsArticle").GetProperty("headline").GetString());
    }
}
