using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Content;

/// <summary>Broken content files: each gives exactly one message, with file, line and column, and fails the build.</summary>
public class InvalidContentTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "articles/a.md", "---\ntitle: A\nstatus: published\n---\nBody",
            "articles/a.md:3:1: error: unknown status 'published'; use draft, review or approved [ISG0103]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: approved\napproved_by: X\ndate: 31/02/2023\n---\nBody",
            "articles/a.md:5:7: error: '31/02/2023' is not a valid date for 'date'; write a real date as YYYY-MM-DD, for example 2023-12-10 [ISG0007]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: approved\napproved_by: X\ndate: 2023-02-31\n---\nBody",
            "articles/a.md:5:7: error: '2023-02-31' is not a valid date for 'date'; write a real date as YYYY-MM-DD, for example 2023-12-10 [ISG0007]"
        },
        {
            "articles/a.md", "---\ntitel: A\nstatus: draft\n---\nBody",
            "articles/a.md:2:1: error: unknown key 'titel' in articles/; did you mean 'title'? [ISG0004]\n" +
            "articles/a.md:2:1: error: 'title' is required and must not be empty [ISG0005]"
        },
        {
            "articles/a.md", "---\nstatus: draft\n---\nBody",
            "articles/a.md:2:1: error: 'title' is required and must not be empty [ISG0005]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: draft\ntitle: B\n---\nBody",
            "articles/a.md:4:1: error: the key 'title' appears twice; keep only one of them [ISG0003]"
        },
        {
            "articles/a.md", "---\ntitle: [A\nstatus: draft\n---\nBody",
            "articles/a.md:2:8: error: this is not valid YAML (a list opened with '[' or a group opened with '{' is never closed); close it on the same line [ISG0002]"
        },
        {
            "articles/a.md", "---\ntitle: A\n status: draft\n---\nBody",
            "articles/a.md:3:8: error: this is not valid YAML (while scanning a plain scalar value, found invalid mapping); check the quotes, colons and indentation on this line or the one before [ISG0002]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: draft\nBody without a closing line",
            "articles/a.md:1:1: error: the front matter opened by '---' on this line is never closed; add a line '---' after the last key [ISG0102]"
        },
        {
            "articles/a.md", "title: A\nstatus: draft\n",
            "articles/a.md:1:1: error: the file must start with a line '---' that opens the front matter (title, status, …) [ISG0101]"
        },
        {
            "articles/a.md", "",
            "articles/a.md:1:1: error: the file is empty; a content file starts with a '---' line, then at least 'title:' and 'status:', then a closing '---' line [ISG0111]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: draft\ndepartment: so-tu-phapp\n---\nBody",
            "articles/a.md:4:1: error: unknown department 'so-tu-phapp'; use one of the ids under 'departments' in site.yml (did you mean 'so-tu-phap'?) [ISG0104]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: draft\ntopics: [quyen-tre-em, nhan-quyen]\n---\nBody",
            "articles/a.md:4:24: error: unknown topic 'nhan-quyen'; use one of the ids under 'topics' in site.yml [ISG0105]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: draft\ntopics: { a: b }\n---\nBody",
            "articles/a.md:4:9: error: 'topics' must be a list, for example [first, second] [ISG0006]"
        },
        {
            "laws/a.md", "---\ntitle: A\nstatus: draft\nlegal_status: repealed\n---\nBody",
            "laws/a.md:4:1: error: unknown legal_status 'repealed'; use in_force, amended or expired [ISG0106]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: draft\nnumber: 02/2016/QH14\n---\nBody",
            "articles/a.md:4:1: error: unknown key 'number' in articles/; the keys allowed in articles/ are: title, date, status, approved_by, approved_on, department, topics, summary, publish_from, publish_until, translation_key, slug, internal_note, image, image_alt, credit, gallery, video, poster, captions, audio [ISG0004]"
        },
        {
            "slogans/a.md", "---\ntitle: A\nstatus: draft\nweight: first\n---\nBody",
            "slogans/a.md:4:9: error: 'weight' must be a whole number, for example 1 [ISG0006]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: draft\npublish_from: 2023-12-31\npublish_until: 2023-12-01\n---\nBody",
            "articles/a.md:5:1: error: 'publish_until' (2023-12-01) is before 'publish_from' (2023-12-31), so the item would never be published [ISG0107]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: draft\nslug: Bài Viết\n---\nBody",
            "articles/a.md:4:1: error: the slug 'Bài Viết' may only contain lower-case letters a-z, digits and hyphens; for example 'bai-viet' [ISG0115]"
        },
        {
            "articles/a.fr.md", "---\ntitle: A\nstatus: draft\n---\nBody",
            "articles/a.fr.md:1:1: error: the file name ends in '.fr.md' but 'fr' is not one of the site's languages (vi, en); rename the file [ISG0113]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: approved\napproved_by: X\n---\nSee [the plan](plan.md).",
            "articles/a.md:6:5: error: the link 'plan.md' points to articles/plan.md, which does not exist; check the file name and folder [ISG0201]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: approved\napproved_by: X\n---\nSee [this](../../secret.txt).",
            "articles/a.md:6:5: error: the link '../../secret.txt' points outside the content folder; only files inside it can be published [ISG0202]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: approved\napproved_by: X\n---\n\nText ![](../pages/ok.md)",
            "articles/a.md:7:6: error: this image has no text alternative; write what it shows between the brackets: ![description](file.jpg), or ![decorative](file.jpg) if it only decorates [ISG0009]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: approved\napproved_by: X\n---\n![Logo](https://cdn.example.com/logo.png)",
            "articles/a.md:6:1: error: the image 'https://cdn.example.com/logo.png' is on another web site, which the published pages may not load from; save the image in the content folder and link to that file [ISG0204]"
        },
        {
            "articles/a.md", "---\ntitle: A\nstatus: approved\napproved_by: X\n---\n[click](javascript:alert(1))",
            "articles/a.md:6:1: error: links may only be web addresses (https://…), e-mail (mailto:) or phone (tel:) links, or paths to files of the content folder; 'javascript:' is not allowed [ISG0201]"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Reports_the_exact_problem_fails_the_build_and_leaves_the_previous_output_untouched(string path, string text, string expected)
    {
        using var site = new TestSite();
        site.Item("pages/ok.md", "title: Ổn\nstatus: approved\napproved_by: X");
        await site.BuildOkAsync();
        var before = OutputSnapshot.Of(site.OutputDirectory);
        site.Write(path, text);

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(expected.Split('\n'), result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        Assert.Equal(before, OutputSnapshot.Of(site.OutputDirectory));
    }


    [Fact]
    public async Task Reports_every_problem_of_every_file_in_one_build()
    {
        using var site = new TestSite();
        site.Write("articles/a.md", "---\ntitle: A\nstatus: done\n---\n");
        site.Write("laws/b.md", "---\ntitle: B\nstatus: draft\nissued_on: 2016-13-01\nkind: [Luật]\n---\n");
        site.Write("pages/c.md", "no front matter");

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "articles/a.md:3:1: error: unknown status 'done'; use draft, review or approved [ISG0103]",
                "laws/b.md:4:12: error: '2016-13-01' is not a valid date for 'issued_on'; write a real date as YYYY-MM-DD, for example 2023-12-10 [ISG0007]",
                "laws/b.md:5:7: error: 'kind' must be a single text value [ISG0006]",
                "pages/c.md:1:1: error: the file must start with a line '---' that opens the front matter (title, status, …) [ISG0101]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Two_items_at_one_address_name_both_files()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: approved\napproved_by: X\nslug: chung");
        site.Item("articles/b.md", "title: B\nstatus: draft\nslug: chung");

        var result = await site.BuildAsync();

        Assert.Equal(
            ["articles/b.md:4:1: error: this file and articles/a.md would both be published at articles/chung/; give one of them another 'slug' [ISG0109]"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Translations_that_disagree_on_shared_facts_name_both_files()
    {
        using var site = new TestSite();
        site.Item("articles/a.vi.md", "title: A\nstatus: approved\napproved_by: X\ndate: 2023-12-10\ndepartment: so-tu-phap");
        site.Item("articles/a.en.md", "title: A\nstatus: approved\napproved_by: X\ndate: 2023-12-11\ndepartment: so-tu-phap");

        var result = await site.BuildAsync();

        Assert.Equal(
            ["articles/a.vi.md:5:1: error: 'date' is '2023-12-10' here but '2023-12-11' in the translation articles/a.en.md; translations must agree on it [ISG0009]"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task A_file_without_language_suffix_and_its_vi_twin_clash()
    {
        using var site = new TestSite();
        site.Item("articles/a.md", "title: A\nstatus: draft");
        site.Item("articles/a.vi.md", "title: A\nstatus: draft\nslug: a-2");

        var result = await site.BuildAsync();

        Assert.Equal(
            ["articles/a.vi.md:1:1: error: this file and articles/a.md are both the 'vi' version of the same item; rename one or give it its own 'translation_key' [ISG0108]"],
            result.Diagnostics.Select(d => d.ToString()));
    }
}
