using System.Globalization;
using System.Text;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Publishing.Search;

/// <summary>The short texts the index stores: whitespace collapsed, long leads cut at a word.</summary>
public static class SearchSnippet
{
    /// <summary>Longest lead stored, in characters: about two lines of results, and a large share of the index size.</summary>
    public const int MaxSummaryLength = 160;

    /// <summary>Runs of whitespace (line breaks included) become one space; ends trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text collapsed and, when longer than <paramref name="maxLength"/>, cut at the last space that
    /// fits, without the punctuation before the cut, and ended with "…".
    /// </summary>
    public static string Truncate(string text, int maxLength = MaxSummaryLength)
    {
        var collapsed = Composition.Compose(Collapse(text));
        if (collapsed.Length <= maxLength)
        {
            return collapsed;
        }

        var cut = collapsed.LastIndexOf(' ', maxLength);
        if (cut <= 0)
        {
            // One very long word: cut between whole characters, never inside a surrogate pair or a letter and its marks.
            cut = 0;
            while (cut < collapsed.Length)
            {
                var next = StringInfo.GetNextTextElementLength(collapsed, cut);
                if (cut + next > maxLength)
                {
                    break;
                }

                cut += next;
            }
        }

        return collapsed[..cut].TrimEnd(' ', ',', ';', ':', '.', '-', '–', '—', '(') + "…";
    }
}
