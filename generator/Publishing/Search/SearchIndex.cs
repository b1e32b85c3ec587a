using System.Globalization;
using System.Text;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Publishing.Search;

/// <summary>
/// Builds one language's search index as the text of a script file that assigns it to
/// <c>window.InfoSiteGenSearchIndex</c>: a script, not JSON, because the search page must work from disk
/// (file://), where fetching a file is refused. The format is described in docs/search.md.
/// </summary>
public static class SearchIndex
{
    /// <summary>The global the script assigns; search.js reads it.</summary>
    public const string GlobalName = "InfoSiteGenSearchIndex";

    /// <summary>Raised when the layout changes, so a page never reads an index it does not understand.</summary>
    public const int FormatVersion = 1;

    /// <summary>The file name of a language's index: <c>search-index.vi.js</c>.</summary>
    public static string FileName(string language) => $"search-index.{language}.js";

    /// <summary>
    /// The index of the documents of one language. The same documents give the same bytes, in any order:
    /// documents are numbered newest first (then by path) and terms are sorted, with nothing else in the file.
    /// </summary>
    /// <exception cref="ArgumentException">A path or kind is malformed, or two documents share a path.</exception>
    public static string Build(IEnumerable<SearchDocument> documents)
    {
        var terms = new SearchTermCollector();
        return Build(documents.Select(d => d.Indexed(terms)));
    }

    /// <summary>The index of documents whose terms are already collected, all by one <see cref="SearchTermCollector"/> (terms are told apart by reference).</summary>
    /// <exception cref="ArgumentException">A path or kind is malformed, or two documents share a path.</exception>
    public static string Build(IEnumerable<IndexedDocument> documents)
    {
        var ordered = documents.Select(Validate)
            .OrderBy(d => d.Date is null)
            .ThenByDescending(d => d.Date)
            .ThenBy(d => d.UrlPath, StringComparer.Ordinal)
            .ToList();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in ordered)
        {
            if (!paths.Add(document.UrlPath))
            {
                throw new ArgumentException($"two search documents have the path '{document.UrlPath}'", nameof(documents));
            }
        }

        var terms = CollectTerms(ordered);
        var output = new StringBuilder(1 << 16);
        output.Append("// Search index of InfoSiteGen, written by the build: do not edit. Format: docs/search.md\n");
        output.Append("window.").Append(GlobalName).Append("={\"format\":")
            .Append(FormatVersion.ToString(CultureInfo.InvariantCulture)).Append(",\"docs\":[\n");
        for (var i = 0; i < ordered.Count; i++)
        {
            AppendDocument(output, ordered[i]);
            output.Append(i + 1 < ordered.Count ? ",\n" : "\n");
        }

        output.Append("],\n\"terms\":");
        ScriptString.Append(output, TermsCode.Encode(terms.ConvertAll(t => t.Term.Exact)));
        output.Append(",\n\"postings\":");
        ScriptString.Append(output, string.Join(' ', terms.Select(t => PostingsCode.Encode(t.Documents))));
        output.Append("};\n");
        return output.ToString();
    }

    // Every term of the documents with the numbers of the documents it is in, sorted by folded form, then
    // exact form, so that the spellings search.js groups together sit together.
    private static List<(SearchTerm Term, List<int> Documents)> CollectTerms(List<IndexedDocument> documents)
    {
        var postings = new Dictionary<SearchTerm, List<int>>();
        for (var number = 0; number < documents.Count; number++)
        {
            foreach (var term in documents[number].Terms)
            {
                if (!postings.TryGetValue(term, out var numbers))
                {
                    postings[term] = numbers = [];
                }

                // A document lists each term once, and documents are numbered in order: the list stays sorted.
                numbers.Add(number);
            }
        }

        return postings.Select(p => (p.Key, p.Value))
            .OrderBy(t => t.Key.Fold, StringComparer.Ordinal)
            .ThenBy(t => t.Key.Exact, StringComparer.Ordinal)
            .ToList();
    }

    private static void AppendDocument(StringBuilder output, IndexedDocument document)
    {
        var summary = string.IsNullOrWhiteSpace(document.Summary) ? document.Lead : document.Summary;
        output.Append('[');
        ScriptString.Append(output, document.UrlPath);
        output.Append(',');
        ScriptString.Append(output, Composition.Compose(SearchSnippet.Collapse(document.Title)));
        output.Append(',');
        ScriptString.Append(output, SearchSnippet.Truncate(summary));
        output.Append(',');
        ScriptString.Append(output, document.Kind);
        output.Append(',');
        ScriptString.Append(output, document.Date is { } date ? DisplayDates.Iso(date) : "");
        output.Append(']');
    }

    private static IndexedDocument Validate(IndexedDocument document)
    {
        if (!IsSafePath(document.UrlPath))
        {
            throw new ArgumentException(
                $"the search document path '{document.UrlPath}' must be a folder of the site: relative, ending in '/', " +
                "with ASCII letters, digits and - _ . ~ % only", nameof(document));
        }

        if (!Slug.IsValid(document.Kind))
        {
            throw new ArgumentException($"the search document kind '{document.Kind}' must be a lower-case key such as 'law'", nameof(document));
        }

        return document with
        {
            Title = Composition.WellFormed(document.Title),
            Summary = document.Summary is null ? null : Composition.WellFormed(document.Summary),
            Lead = Composition.WellFormed(document.Lead),
        };
    }

    // The path is joined to the page's root and "index.html" to make a link, so it must not be able to
    // become anything else: no scheme, query, fragment, absolute path or step up out of the site.
    private static bool IsSafePath(string path)
    {
        if (path.Length == 0)
        {
            return true;
        }

        if (!path.EndsWith('/'))
        {
            return false;
        }

        foreach (var segment in path[..^1].Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return false;
            }

            foreach (var c in segment)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '%'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
