using InfoSiteGen.StartupProfile;

namespace InfoSiteGen.Tests.Tools.StartupProfile;

public sealed class JitListTests
{
    [Fact]
    public void A_JIT_list_gives_the_methods_compiled_for_want_of_ahead_of_time_code_not_those_compiled_again_when_hot()
    {
        string[] lines =
        [
            "   1: JIT compiled System.Linq.Lookup`2[int,System.__Canon]:GetGrouping(int,bool) [Tier0, IL size=213, code size=621]",
            "   2: JIT compiled System.Buffers.SearchValues:TryGetSingleRange[char](System.ReadOnlySpan`1[char],byref,byref) [Tier-0 switched to FullOpts, IL size=294, code size=367]",
            "   3: JIT compiled InfoSiteGen.Publishing.OutputFolder:WriteBytes(System.String,byte[]) [Tier1, IL size=40, code size=200]",
            "   4: JIT compiled System.Collections.Generic.Dictionary`2[System.__Canon,System.__Canon]:TryInsert(System.__Canon,System.__Canon,byte) [Instrumented Tier1 with Synthesized PGO, IL size=565, code size=1092]",
            "   5: JIT compiled InfoSiteGen.Rendering.PageView:Build() [Tier1-OSR @0x40, IL size=71, code size=2689]",
            "something else",
        ];

        Assert.Equal(
            ["System.Linq.Lookup`2[int,System.__Canon]:GetGrouping(int,bool)", "System.Buffers.SearchValues:TryGetSingleRange[char](System.ReadOnlySpan`1[char],byref,byref)"],
            JitList.MethodNames(lines));
    }
}
