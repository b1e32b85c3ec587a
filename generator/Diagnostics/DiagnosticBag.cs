namespace InfoSiteGen.Diagnostics;

/// <summary>
/// Collects the problems every stage finds, so that one build reports all of them rather than the first.
/// Safe to add to from parallel stages; reads come back in a stable order (file, line, column).
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();
    private int _decomposedFiles;
    private int _decomposedLetters;

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void Error(string code, SourceLocation at, Wording message) => Add(new Diagnostic(Severity.Error, code, at, message));

    public void Warning(string code, SourceLocation at, Wording message) => Add(new Diagnostic(Severity.Warning, code, at, message));

    /// <summary>
    /// Notes a file whose letters were typed decomposed (NFD) and composed on reading. Not a problem, so not a
    /// diagnostic: builds stay quiet about it and <c>check</c> prints the count.
    /// </summary>
    public void CountDecomposed(int letters)
    {
        Interlocked.Increment(ref _decomposedFiles);
        Interlocked.Add(ref _decomposedLetters, letters);
    }

    public int DecomposedFiles => Volatile.Read(ref _decomposedFiles);

    public int DecomposedLetters => Volatile.Read(ref _decomposedLetters);

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    public int ErrorCount => Count(Severity.Error);

    public int WarningCount => Count(Severity.Warning);

    /// <summary>Every problem, sorted by file, line and column, duplicates removed.</summary>
    public IReadOnlyList<Diagnostic> All
    {
        get
        {
            lock (_gate)
            {
                return _items
                    .Distinct()
                    .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                    .ThenBy(d => d.Location.Line)
                    .ThenBy(d => d.Location.Column)
                    .ThenBy(d => d.Code, StringComparer.Ordinal)
                    .ToList();
            }
        }
    }

    private int Count(Severity severity)
    {
        lock (_gate)
        {
            return _items.Distinct().Count(d => d.Severity == severity);
        }
    }
}
