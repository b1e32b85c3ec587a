using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using InfoSiteGen.Benchmarks;

// Results go to bench/results/micro of the checkout (ignored by git) unless --artifacts names another folder.
var config = DefaultConfig.Instance
    .WithArtifactsPath(Path.Combine(BenchCorpus.Repository, "bench", "results", "micro"));
BenchmarkSwitcher.FromAssembly(typeof(BenchSite).Assembly).Run(args, config);
