using System.Text;
using CsCheck;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Tests.Writing;

public class SearchTermCollectorTests
{
    [Fact]
    public void Each_term_of_the_texts_is_listed_once_in_the_order_it_first_appears()
    {
        var terms = new SearchTermCollector().DistinctTerms("Hòa bình và hoà hợp", null, "Bình đẳng; HÒA giải 2023");

        Assert.Equal(["hoa`", "binh`", "va`", "hơp.", "đăng?", "giai?", "2023"], terms.Select(t => t.Exact));
        Assert.Equal(["hoa", "binh", "va", "hop", "dang", "giai", "2023"], terms.Select(t => t.Fold));
    }

    [Fact]
    public void Every_spelling_of_one_exact_form_is_one_term_object_across_calls_and_threads()
    {
        var collector = new SearchTermCollector();
        var decomposed = "Hoà".Normalize(NormalizationForm.FormD);

        var found = Enumerable.Range(0, 8).AsParallel()
            .SelectMany(i => collector.DistinctTerms(i % 2 == 0 ? "hòa" : decomposed))
            .ToList();

        Assert.Equal(8, found.Count);
        Assert.All(found, term => Assert.Same(found[0], term));
    }

    [Fact]
    public void Words_that_fold_to_nothing_and_broken_surrogates_give_no_term()
    {
        var terms = new SearchTermCollector().DistinctTerms("\u0301 a\ud800b");

        Assert.Equal(["a", "b"], terms.Select(t => t.Exact));
    }

    [Fact]
    public void The_terms_are_the_distinct_exact_forms_of_the_words_whatever_else_the_thread_collected_before() =>
        Gen.String[Gen.Char["aáàoòeêếuưyỳđ qQ,.\n"], 0, 400].Array[1, 4].Sample(texts =>
        {
            // Two collectors used in turn on one thread, the second one fed a vocabulary large enough to grow its tables.
            var first = new SearchTermCollector();
            var second = new SearchTermCollector();
            first.DistinctTerms(string.Join(' ', Enumerable.Range(0, 1500).Select(i => "w" + i)));
            second.DistinctTerms("warm up");
            var found = first.DistinctTerms(texts);
            second.DistinctTerms(texts);

            var expected = texts.SelectMany(SearchFolding.Words).Select(SearchFolding.Exact)
                .Where(exact => SearchFolding.FoldExact(exact).Length > 0)
                .Distinct(StringComparer.Ordinal).ToList();
            return found.Select(t => t.Exact).SequenceEqual(expected)
                && found.All(t => t.Fold == SearchFolding.FoldExact(t.Exact));
        });
}
