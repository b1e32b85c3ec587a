using System.Collections.Concurrent;

namespace InfoSiteGen.Writing;

/// <summary>
/// The distinct search terms of texts, collected while each body is rendered so that the search index later
/// needs only these lists and no page's full text. One collector serves a whole build on every thread: a site
/// repeats a few thousand spellings millions of times, so each thread normalises each spelling once, and each
/// exact form becomes a single <see cref="SearchTerm"/> for all threads.
/// </summary>
public sealed class SearchTermCollector
{
    private readonly ConcurrentDictionary<string, SearchTerm> _byExact = new(StringComparer.Ordinal);
    private int _lastId = -1;

    /// <summary>Each term of the texts once, in the order they first appear; null texts are skipped.</summary>
    public IReadOnlyList<SearchTerm> DistinctTerms(params ReadOnlySpan<string?> texts)
    {
        var local = ThreadState.For(this);
        var stamp = ++local.Stamp;
        var terms = local.Terms;
        terms.Clear();
        foreach (var text in texts)
        {
            if (text is null)
            {
                continue;
            }

            var composed = Composition.Compose(SearchFolding.FoldWidths(Composition.WellFormed(text)));
            foreach (var range in SearchFolding.WordRanges(composed))
            {
                if (!local.BySpelling.TryGetValue(composed.AsSpan(range), out var term))
                {
                    var spelling = composed[range];
                    term = TermOf(spelling);
                    local.BySpelling.Dictionary[spelling] = term;
                }

                if (term is not null && local.MarkSeen(term.Id, stamp))
                {
                    terms.Add(term);
                }
            }
        }

        return terms.ToArray();
    }

    /// <summary>The collector's term for an exact form whose folded form is known (a term read back from the pipeline store).</summary>
    public SearchTerm Adopt(string exact, string fold) =>
        _byExact.TryGetValue(exact, out var term) ? term : _byExact.GetOrAdd(exact, new SearchTerm(exact, fold, Interlocked.Increment(ref _lastId)));

    // Null for a word that folds to nothing, which the index leaves out.
    private SearchTerm? TermOf(string spelling)
    {
        var exact = SearchFolding.Exact(spelling);
        if (_byExact.TryGetValue(exact, out var term))
        {
            return term;
        }

        var fold = SearchFolding.FoldExact(exact);
        return fold.Length == 0 ? null : _byExact.GetOrAdd(exact, new SearchTerm(exact, fold, Interlocked.Increment(ref _lastId)));
    }

    /// <summary>
    /// What one thread keeps for the collector it last worked for: the spellings it has seen, and for each
    /// term id the number of the call that last listed it, so a term is listed once per call by comparing
    /// two numbers (a set cleared for every page would cost more than the lookups).
    /// </summary>
    private sealed class ThreadState(SearchTermCollector owner)
    {
        [ThreadStatic]
        private static ThreadState? _current;

        private readonly SearchTermCollector _owner = owner;
        private int[] _seenInCall = new int[1024];

        public Dictionary<string, SearchTerm?>.AlternateLookup<ReadOnlySpan<char>> BySpelling { get; } =
            new Dictionary<string, SearchTerm?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public List<SearchTerm> Terms { get; } = [];

        public int Stamp { get; set; }

        public static ThreadState For(SearchTermCollector collector) =>
            _current is { } state && ReferenceEquals(state._owner, collector) ? state : _current = new ThreadState(collector);

        /// <summary>True the first time the term is met in the current call.</summary>
        public bool MarkSeen(int id, int stamp)
        {
            if (id >= _seenInCall.Length)
            {
                Array.Resize(ref _seenInCall, Math.Max(id + 1, _seenInCall.Length * 2));
            }

            if (_seenInCall[id] == stamp)
            {
                return false;
            }

            _seenInCall[id] = stamp;
            return true;
        }
    }
}
