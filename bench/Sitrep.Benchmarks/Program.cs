using BenchmarkDotNet.Running;
using Sitrep.Benchmarks;

// `export N` and `batch N` measure whole runs (throughput and peak memory); anything else goes to BenchmarkDotNet.
return args switch
{
    ["export", var n] => ExportSoak.Run(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)),
    ["export"] => ExportSoak.Run(1_000_000),
    ["batch", var n] => BatchSoak.Run(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(TextBenchmarks).Assembly).Run(args);
    return 0;
}
