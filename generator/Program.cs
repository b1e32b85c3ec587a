using InfoSiteGen.Cli;

namespace InfoSiteGen;

/// <summary>The console entry point: dispatches to one command per file in Cli/.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var code = await CommandLine.RunAsync(args, Console.Out, Console.Error, Environment.CurrentDirectory);
        if (Environment.GetEnvironmentVariable("ISG_GCSTAT") is not null)
        {
            Console.Error.WriteLine($"GCSTAT gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} alloc={GC.GetTotalAllocatedBytes() / 1048576} MB pause={GC.GetTotalPauseDuration().TotalMilliseconds} ms jit={System.Runtime.JitInfo.GetCompiledMethodCount()} jittime={System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds} ms");
        }

        return code;
    }
}
