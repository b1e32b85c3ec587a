namespace InfoSiteGen.Writing;

/// <summary>
/// A word as the search index stores it: the exact form (<see cref="SearchFolding.Exact"/>), which ranks the
/// marks a reader typed, and the folded form (<see cref="SearchFolding.Fold"/>), which finds it without them.
/// A build makes one object per exact form (<see cref="SearchTermCollector"/>), so terms are told apart by
/// reference.
/// </summary>
public sealed class SearchTerm(string exact, string fold, int id)
{
    public string Exact { get; } = exact;

    public string Fold { get; } = fold;

    /// <summary>Numbers the terms of one collector from 0, so a thread can mark which it has seen in an array.</summary>
    internal int Id { get; } = id;

    public override string ToString() => Exact;
}
