using BenchmarkDotNet.Running;
using Sitrep.Benchmarks;

// `export N` and `batch N` measure whole runs (throughput and peak memory); `compare DIR,DIR [ROUNDS [PER]]` times builds
// against each other in alternating rounds; anything else goes to BenchmarkDotNet.
return args switch
{
    ["compare", var folders, ..] => BuildComparison.Run(folders.Split(','), args.Length > 2 ? Int(args[2]) : 40, args.Length > 3 ? Int(args[3]) : 50),
    ["export", var n] => ExportSoak.Run(Int(n)),
    ["export"] => ExportSoak.Run(1_000_000),
    ["batch", var n] => BatchSoak.Run(Int(n)),
    _ => Run(args),
};

static int Int(string s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(TextBenchmarks).Assembly).Run(args);
    return 0;
}
