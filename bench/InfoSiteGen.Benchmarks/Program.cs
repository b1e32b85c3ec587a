using BenchmarkDotNet.Running;

namespace InfoSiteGen.Benchmarks;

/// <summary>
/// Benchmarks of the build's hot stages, one class per stage, on a corpus made by the shared corpus generator.
/// Run through <c>bash bench/micro.sh [FILTER]</c>; any BenchmarkDotNet option can follow.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
