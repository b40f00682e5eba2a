using BenchmarkDotNet.Attributes;
using Sitrep.Nlp.Dates;
using Sitrep.Nlp.Quantities;

namespace Sitrep.Benchmarks;

/// <summary>Quantity and date stage throughput on the reference article and on a long text of its repeats (linear time check).</summary>
[MemoryDiagnoser]
public class QuantityDateBenchmarks
{
    private static readonly DateOnly Published = new(2016, 9, 28);
    private readonly QuantityStage _quantities = new();
    private readonly DateStage _dates = new();
    private string _article = "";
    private string _long = "";

    [GlobalSetup]
    public void Setup()
    {
        _article = Samples.Reference();
        _long = string.Concat(Enumerable.Repeat(_article + "\n", 100));
    }

    [Benchmark]
    public int QuantitiesArticle() => _quantities.Read(_article).Count;

    [Benchmark]
    public int DatesArticle() => _dates.Read(_article, Published).Count;

    [Benchmark]
    public int QuantitiesHundredArticles() => _quantities.Read(_long).Count;

    [Benchmark]
    public int DatesHundredArticles() => _dates.Read(_long, Published).Count;
}
