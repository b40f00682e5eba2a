using BenchmarkDotNet.Attributes;
using Sitrep.Core;
using Sitrep.Nlp.Pipeline;
using Sitrep.Nlp.Text;

namespace Sitrep.Benchmarks;

/// <summary>Tokenizer, whole-pipeline and event-stage throughput on the reference article (≈690 tokens).</summary>
/// <remarks>The event stage's share of the pipeline is <c>Events / (Pipeline - Events)</c>; the target is at most 30%.</remarks>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string _text = "";
    private TextPipeline _pipeline = null!;
    private Document _annotated = null!;
    private readonly Sitrep.Nlp.Events.EventStage _events = new();

    [GlobalSetup]
    public void Setup()
    {
        _text = Samples.Reference();
        _pipeline = DefaultPipeline.Instance;
        _annotated = _pipeline.Process(new Document("bench", _text) { Published = new DateOnly(2016, 9, 28) });
    }

    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(_text).Length;

    [Benchmark]
    public int Pipeline() => _pipeline.Process(new Document("bench", _text) { Published = new DateOnly(2016, 9, 28) }).TokenCount;

    /// <summary>The event stage alone, on a document the other stages have annotated (it replaces its own layer each time).</summary>
    [Benchmark]
    public int Events()
    {
        _events.Process(_annotated, CancellationToken.None);
        return _annotated.Events.Count;
    }
}
