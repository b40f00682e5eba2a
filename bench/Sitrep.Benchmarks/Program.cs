using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Sitrep.Benchmarks.Geo.GeoBenchmarks).Assembly).Run(args);
