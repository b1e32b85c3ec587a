using System.Text;

namespace InfoSiteGen.Publishing.Search;

/// <summary>
/// Writes the sorted terms as one string, each term after a space as the length of the start it shares
/// with the term before (one digit of <see cref="PostingsCode.Alphabet"/>) and the rest of it:
/// <c>nhan nhân nhân`</c> becomes <c>#nhan %ân (`</c>. Sorted terms share long starts, which this stores once.
/// </summary>
public static class TermsCode
{
    public static string Encode(IReadOnlyList<string> terms)
    {
        var builder = new StringBuilder();
        var previous = "";
        foreach (var term in terms)
        {
            var shared = 0;
            var limit = Math.Min(Math.Min(previous.Length, term.Length), PostingsCode.Alphabet.Length - 1);
            while (shared < limit && previous[shared] == term[shared])
            {
                shared++;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(PostingsCode.Alphabet[shared]).Append(term, shared, term.Length - shared);
            previous = term;
        }

        return builder.ToString();
    }

    /// <summary>The inverse of <see cref="Encode"/>, as search.js does it; for tests.</summary>
    public static List<string> Decode(string code)
    {
        var terms = new List<string>();
        var previous = "";
        foreach (var entry in code.Length == 0 ? [] : code.Split(' '))
        {
            previous = previous[..PostingsCode.Alphabet.IndexOf(entry[0])] + entry[1..];
            terms.Add(previous);
        }

        return terms;
    }
}
