namespace InfoSiteGen.Yaml;

/// <summary>Finds the allowed key an editor most likely meant (<c>titel</c> → <c>title</c>).</summary>
public static class KeySuggestion
{
    public static string? Closest(string typed, IEnumerable<string> allowed)
    {
        var best = allowed
            .Select(candidate => (candidate, distance: Distance(typed.ToLowerInvariant(), candidate)))
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.candidate is not null && best.distance <= Math.Max(2, typed.Length / 3) ? best.candidate : null;
    }

    /// <summary>Levenshtein distance: how many letters to insert, delete or change.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
