using BenchmarkDotNet.Attributes;
using Sitrep.Core;
using Sitrep.Nlp.Pipeline;
using Sitrep.Nlp.Text;

namespace Sitrep.Benchmarks;

/// <summary>Tokenizer and whole-pipeline throughput on the reference article (≈690 tokens).</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string _text = "";
    private TextPipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = Samples.Reference();
        _pipeline = DefaultPipeline.Instance;
    }

    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(_text).Length;

    [Benchmark]
    public int Pipeline() => _pipeline.Process(new Document("bench", _text) { Published = new DateOnly(2016, 9, 28) }).TokenCount;
}
