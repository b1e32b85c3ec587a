namespace InfoSiteGen.StartupProfile;

/// <summary>
/// The list of compiled methods .NET's JIT writes with <c>DOTNET_JitStdOutFile</c> and <c>DOTNET_JitDisasmSummary=1</c>.
/// </summary>
public static class JitList
{
    /// <summary>
    /// The methods a JIT's list shows compiled when first called: lines of the form
    /// <c>  12: JIT compiled NAME [Tier0, …]</c>. The lines of methods compiled again because they run hot (Tier1,
    /// OSR) are left out: a method without ahead-of-time code has its first line already, and one with it needs none.
    /// </summary>
    public static IEnumerable<string> MethodNames(IEnumerable<string> lines)
    {
        const string marker = "JIT compiled ";
        foreach (var line in lines)
        {
            var start = line.IndexOf(marker, StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            var name = line[(start + marker.Length)..];
            var end = name.IndexOf(" [", StringComparison.Ordinal);
            var tier = end < 0 ? "" : name[(end + 2)..];
            if (!tier.Contains("Tier1", StringComparison.Ordinal))
            {
                yield return end < 0 ? name.Trim() : name[..end];
            }
        }
    }
}
