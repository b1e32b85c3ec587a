using InfoSiteGen.Cli;

namespace InfoSiteGen;

/// <summary>The console entry point: dispatches to one command per file in Cli/.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args) =>
        await CommandLine.RunAsync(args, Console.Out, Console.Error, Environment.CurrentDirectory, Environment.GetEnvironmentVariable);
}
