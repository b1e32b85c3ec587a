namespace InfoSiteGen.StartupProfile;

/// <summary>
/// A type as .NET's JIT names it in its list of compiled methods (<c>DOTNET_JitStdOutFile</c> with
/// <c>DOTNET_JitDisasmSummary=1</c>): <c>System.Linq.Enumerable+EnumerableSorter`2[System.__Canon,int]</c>, with
/// <c>[]</c> for arrays and the C# keywords for primitive types.
/// </summary>
public sealed record JitTypeName(string Name, IReadOnlyList<JitTypeName> Arguments, int ArrayDepth)
{
    public override string ToString() =>
        Name + (Arguments.Count > 0 ? "[" + string.Join(",", Arguments) + "]" : "") + string.Concat(Enumerable.Repeat("[]", ArrayDepth));
}
