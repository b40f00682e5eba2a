using BenchmarkDotNet.Attributes;
using Sitrep.Core;
using Sitrep.Nlp.Entities;
using Sitrep.Nlp.Pipeline;

namespace Sitrep.Benchmarks.Entities;

/// <summary>Tagging speed of the shipped entity model on one core; one operation is one token, so 1e9 / Mean(ns) is tokens per second.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class EntityTaggingBenchmark
{
    private const int Tokens = 50_000;

    private NerModel _model = null!;
    private TaggerWorkspace _workspace = null!;
    private readonly List<(Document Document, int First, int Count)> _sentences = [];
    private Document[] _documents = [];
    private EntityStage _stage = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = NerModel.Load(Path.Combine(Sitrep.Nlp.DataFiles.Root, "ner"));
        _workspace = _model.CreateWorkspace();
        _stage = new EntityStage(_model);
        var samples = Directory.GetFiles(Samples.Dir, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => DefaultPipeline.Instance.Process(new Document(Path.GetFileName(path), File.ReadAllText(path))))
            .ToArray();
        _documents = samples;
        Console.WriteLine($"// EntityStage processes {samples.Sum(d => d.TokenCount)} tokens per operation");
        // Repeat the sample articles until exactly Tokens tokens are queued, cutting the last sentence short.
        int queued = 0;
        while (queued < Tokens)
        {
            foreach (var doc in samples)
            {
                foreach (var s in doc.Sentences)
                {
                    int count = Math.Min(s.TokenCount, Tokens - queued);
                    if (count == 0) break;
                    _sentences.Add((doc, s.FirstToken, count));
                    queued += count;
                }
            }
        }
    }

    /// <summary>Features, emission scores and Viterbi only: the tagger's core loop.</summary>
    [Benchmark(OperationsPerInvoke = Tokens)]
    public int TagSentences()
    {
        int entities = 0;
        foreach (var (doc, first, count) in _sentences)
        {
            _model.Tag(doc.Text, doc.TokenData.Slice(first, count), _workspace, margins: false);
            entities += _workspace.Tags[0];
        }
        return entities;
    }

    /// <summary>The whole stage on the sample articles: tagging with margins, mentions, linking and country codes.</summary>
    [Benchmark]
    public int EntityStage()
    {
        int entities = 0;
        foreach (var doc in _documents)
        {
            _stage.Process(doc, CancellationToken.None);
            entities += doc.Entities.Count;
        }
        return entities;
    }
}
