using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Rendering;

/// <summary>A broken theme is reported with its file and line, and the output is left alone.</summary>
public class ThemeErrorTests
{
    private static TestSite SiteWithThemeCopy()
    {
        var site = new TestSite().UseThemeCopy();
        site.Item("articles/a.md", "title: A\nstatus: approved\napproved_by: X");
        return site;
    }

    [Fact]
    public async Task A_template_that_does_not_compile_is_reported_at_its_line()
    {
        using var site = SiteWithThemeCopy();
        var template = Path.Combine(site.ThemeDirectory, "layouts", "article.cshtml");
        File.WriteAllText(template, File.ReadAllText(template).Replace("<h1>@item.Title</h1>", "<h1>@item.Titel</h1>", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.Equal(
            ["theme/layouts/article.cshtml:15:15: error: the template does not compile: 'ContentItem' does not contain a definition for 'Titel' and no accessible extension method 'Titel' accepting a first argument of type 'ContentItem' could be found (are you missing a using directive or an assembly reference?) [ISG0301]"],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.False(Directory.Exists(site.OutputDirectory));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));
    }

    [Fact]
    public async Task A_broken_template_no_page_uses_does_not_stop_the_build()
    {
        using var site = SiteWithThemeCopy();
        File.WriteAllText(Path.Combine(site.ThemeDirectory, "partials", "unused.cshtml"), "@Model.NoSuchThing(");

        var result = await site.BuildAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == InfoSiteGen.Diagnostics.DiagnosticCodes.TemplateError);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "articles", "a", "index.html")));
    }

    [Fact]
    public async Task A_missing_template_is_named()
    {
        using var site = SiteWithThemeCopy();
        File.Delete(Path.Combine(site.ThemeDirectory, "layouts", "article.cshtml"));

        var result = await site.BuildAsync();

        Assert.Equal(
            ["theme/layouts/article.cshtml:1:1: error: the theme has no template 'layouts/article.cshtml', which article pages need [ISG0301]"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task An_interface_text_missing_in_one_language_falls_back_with_a_warning()
    {
        using var site = SiteWithThemeCopy();
        var english = Path.Combine(site.ThemeDirectory, "i18n", "en.yml");
        File.WriteAllLines(english, File.ReadAllLines(english).Where(line => !line.StartsWith("skip_to_content:", StringComparison.Ordinal)));

        var result = await site.BuildAsync();

        Assert.Equal(
            ["theme/i18n/en.yml:2:1: warning: the interface text 'skip_to_content' is missing, so the 'en' pages show the 'vi' text; add a line 'skip_to_content: …' [ISG0303]"],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(">Chuyển đến nội dung chính</a>", site.Read("en/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interface_text_missing_in_every_language_is_an_error()
    {
        using var site = SiteWithThemeCopy();
        foreach (var language in new[] { "vi", "en" })
        {
            var file = Path.Combine(site.ThemeDirectory, "i18n", language + ".yml");
            File.WriteAllLines(file, File.ReadAllLines(file).Where(line => !line.StartsWith("law.kind:", StringComparison.Ordinal)));
        }

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "theme/i18n/en.yml:2:1: error: the interface text 'law.kind' is missing; add a line 'law.kind: …' [ISG0302]",
                "theme/i18n/vi.yml:2:1: error: the interface text 'law.kind' is missing; add a line 'law.kind: …' [ISG0302]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Plural_forms_need_an_other_form_and_only_CLDR_categories()
    {
        using var site = SiteWithThemeCopy();
        var english = Path.Combine(site.ThemeDirectory, "i18n", "en.yml");
        File.WriteAllText(english, File.ReadAllText(english)
            .Replace("list.item_count: { one: \"{0} item\", other: \"{0} items\" }", "list.item_count: { one: \"{0} item\", plenty: \"{0} items\" }", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        var line = File.ReadAllLines(english).ToList().FindIndex(l => l.StartsWith("list.item_count:", StringComparison.Ordinal)) + 1;
        Assert.Equal(
            [
                $"theme/i18n/en.yml:{line}:18: error: '{"list.item_count"}' has plural forms but not 'other', the form for every other number; add 'other: …' [ISG0302]",
                $"theme/i18n/en.yml:{line}:37: error: unknown key 'plenty' in 'list.item_count' (CLDR plural forms); the keys allowed in 'list.item_count' (CLDR plural forms) are: zero, one, two, few, many, other [ISG0004]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }
}
