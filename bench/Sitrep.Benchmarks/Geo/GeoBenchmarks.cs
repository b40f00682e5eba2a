using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sitrep.Core;
using Sitrep.Geo;
using Sitrep.Nlp;
using Sitrep.Nlp.Places;
using Sitrep.Nlp.Text;

namespace Sitrep.Benchmarks.Geo;

/// <summary>Gazetteer load time, and place-name matching and resolution throughput on the repository's sample articles.</summary>
/// <remarks>
/// One operation of <see cref="MatchSamples"/> or <see cref="ResolveSamples"/> handles every sample article, already tokenized. The
/// mentions/s column divides what one operation yields by its mean time: for <see cref="MatchSamples"/> the matcher's candidates (names
/// found in the text and looked up, not yet resolved), for <see cref="ResolveSamples"/> the places <see cref="GeoStage"/> returns
/// (each chosen among its readings, with coordinates, units, precision and relative location). tokens/s divides the tokens read.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class GeoBenchmarks
{
    private Gazetteer _gazetteer = null!;
    private PlaceNameMatcher _matcher = null!;
    private GeoStage _stage = null!;
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        (_gazetteer, _documents) = (GeoStage.Shipped, Documents());
        _matcher = new PlaceNameMatcher(_gazetteer);
        _stage = new GeoStage(_gazetteer);
        var work = Work.Value;
        Console.WriteLine($"// {_documents.Length} sample articles: {work.Tokens} tokens, {work.Candidates} matcher candidates, {work.Places} places");
    }

    /// <summary>Loads the shipped gazetteer from disk: entries, the name and cue indexes (the skeleton index waits for its first lookup).</summary>
    [Benchmark]
    public Gazetteer LoadGazetteer() => Gazetteer.Load(Path.Combine(DataFiles.Root, Gazetteer.DataFolder));

    /// <summary>Finds and looks up the place names of every sample: the matcher alone.</summary>
    [Benchmark]
    public int MatchSamples()
    {
        int n = 0;
        foreach (var document in _documents) n += _matcher.Find(document.Text, document.TokenData).Count;
        return n;
    }

    /// <summary>Finds and resolves every place in the samples: what the pipeline's geo stage does.</summary>
    [Benchmark]
    public int ResolveSamples()
    {
        int n = 0;
        foreach (var document in _documents) n += _stage.Locate(document).Count;
        return n;
    }

    private static Document[] Documents() => [.. Directory.EnumerateFiles(Samples.Dir, "*.txt").Order(StringComparer.Ordinal).Select(path =>
    {
        var text = File.ReadAllText(path);
        var document = new Document(Path.GetFileNameWithoutExtension(path), text);
        document.SetTokens(Tokenizer.Tokenize(text));
        return document;
    })];

    // What one operation handles, counted once per process: in the host for the columns, in the benchmark process for the log.
    private static readonly Lazy<(int Tokens, int Candidates, int Places)> Work = new(() =>
    {
        var documents = Documents();
        var matcher = new PlaceNameMatcher(GeoStage.Shipped);
        var stage = new GeoStage(GeoStage.Shipped);
        return (documents.Sum(d => d.TokenCount), documents.Sum(d => matcher.Find(d.Text, d.TokenData).Count), documents.Sum(d => stage.Locate(d).Count));
    });

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new PerSecondColumn("mentions/s", isTokens: false), new PerSecondColumn("tokens/s", isTokens: true));
    }

    private sealed class PerSecondColumn(string name, bool isTokens) : IColumn
    {
        public string Id => nameof(PerSecondColumn) + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => isTokens ? 1 : 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => isTokens ? "Sample tokens read per second" : "Matcher candidates (MatchSamples) or resolved places (ResolveSamples) per second";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
            if (method == nameof(LoadGazetteer) || summary[benchmarkCase]?.ResultStatistics is not { } statistics) return "-";
            var (tokens, candidates, places) = Work.Value;
            double count = isTokens ? tokens : method == nameof(MatchSamples) ? candidates : places;
            return (count / (statistics.Mean / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
