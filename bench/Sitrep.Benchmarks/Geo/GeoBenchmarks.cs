using BenchmarkDotNet.Attributes;
using Sitrep.Core;
using Sitrep.Geo;
using Sitrep.Nlp.Places;
using Sitrep.Nlp;
using Sitrep.Nlp.Text;

namespace Sitrep.Benchmarks.Geo;

/// <summary>Gazetteer load time, and place resolution throughput on the repository's sample articles (one op = one place mention).</summary>
[MemoryDiagnoser]
public class GeoBenchmarks
{
    private Gazetteer _gazetteer = null!;
    private GeoStage _stage = null!;
    private Document[] _documents = [];
    private int _mentions;

    [GlobalSetup]
    public void Setup()
    {
        _gazetteer = Gazetteer.Load(Path.Combine(DataFiles.Root, Gazetteer.DataFolder));
        _stage = new GeoStage(_gazetteer);
        _documents = [.. Directory.EnumerateFiles(Samples.Dir, "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var text = File.ReadAllText(path);
            var document = new Document(Path.GetFileNameWithoutExtension(path), text);
            document.SetTokens(Tokenizer.Tokenize(text));
            return document;
        })];
        _mentions = _documents.Sum(d => _stage.Locate(d).Count);
        Console.WriteLine($"// {_mentions} place mentions in {_documents.Length} sample articles");
    }

    /// <summary>Loads the shipped gazetteer from disk.</summary>
    [Benchmark]
    public Gazetteer LoadGazetteer() => Gazetteer.Load(Path.Combine(DataFiles.Root, Gazetteer.DataFolder));

    /// <summary>Finds and resolves every place in the samples; mentions per second = the mentions printed at setup / the mean.</summary>
    [Benchmark]
    public int ResolveSamples()
    {
        int n = 0;
        foreach (var document in _documents) n += _stage.Locate(document).Count;
        return n;
    }
}
