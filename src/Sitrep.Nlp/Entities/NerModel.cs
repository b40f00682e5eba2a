using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Nlp.Entities;

/// <summary>A trained entity tagger: hashed feature weights, label transitions, word clusters, gazetteers and the demonym and country tables.</summary>
/// <remarks>Immutable once loaded; one instance can tag from many threads at once, each with its own workspace.</remarks>
public sealed class NerModel
{
    /// <summary>File name of the weights inside a model directory.</summary>
    public const string WeightsFile = "ner.model";
    /// <summary>File name of the demonym table (term, ISO alpha-2 code or empty).</summary>
    public const string DemonymsFile = "demonyms.tsv";
    /// <summary>File name of the country-name table (name, ISO alpha-2 code).</summary>
    public const string CountriesFile = "countries.tsv";
    /// <summary>File name of the list of well-known organisation names.</summary>
    public const string OrganisationsFile = "organisations.tsv";

    private const string OrganisationsHeader = "# Well-known organisations: international bodies, aid agencies, news outlets and agencies, armed groups. One name per line.";

    private const string Magic = "SITREP-NER";
    private const int Version = 1;

    internal NerModel(string[] labels, float[] weights, float[] transitions, float[] start, Featurizer featurizer,
        IReadOnlyDictionary<string, string> demonyms, IReadOnlyDictionary<string, string> countries, IReadOnlySet<string> organisations)
    {
        Organisations = organisations;
        Labels = labels;
        Weights = weights;
        Transitions = transitions;
        Start = start;
        Featurizer = featurizer;
        Demonyms = demonyms;
        Countries = countries;
        End = LabelScheme.EndScores(labels);
        Kinds = labels.Select(l => l == "O" ? -1 : (int)Enum.Parse<EntityKind>(l[2..])).ToArray();
    }

    /// <summary>Tag labels (BIOES) in order of their index.</summary>
    public IReadOnlyList<string> Labels { get; }

    internal float[] Weights { get; }
    internal float[] Transitions { get; }
    internal float[] Start { get; }
    internal Featurizer Featurizer { get; }
    internal float[] End { get; }
    /// <summary>Entity kind of each label, -1 for O.</summary>
    internal int[] Kinds { get; }

    /// <summary>Demonyms and adjectives ("Syrian") with the ISO alpha-2 code of their country, empty when they name none ("Shia").</summary>
    public IReadOnlyDictionary<string, string> Demonyms { get; }

    /// <summary>Country names with their ISO alpha-2 codes.</summary>
    public IReadOnlyDictionary<string, string> Countries { get; }

    /// <summary>Organisation names that the entity stage always tags as ORG when they occur with exactly this spelling.</summary>
    public IReadOnlySet<string> Organisations { get; }

    /// <summary>A workspace sized for this model, for one thread.</summary>
    internal TaggerWorkspace CreateWorkspace() => new(Labels.Count);

    /// <summary>Tags one sentence: label indices go to <see cref="TaggerWorkspace.Tags"/> and, when asked, per-token margins to <see cref="TaggerWorkspace.Margins"/>.</summary>
    internal void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, TaggerWorkspace ws, bool margins)
    {
        int n = tokens.Length, labels = Labels.Count;
        Featurizer.Extract(text, tokens, ws);
        Viterbi.Emit(Weights, labels, ws.Features, ws.Offsets, n, ws.Emissions);
        Viterbi.Decode(ws.Emissions, n, labels, Transitions, Start, End, ws.Forward, ws.Pointers, ws.Tags);
        if (margins)
            Viterbi.Margins(ws.Emissions, n, labels, Transitions, End, ws.Forward, ws.Backward, ws.Tags, ws.Margins);
    }

    /// <summary>IOB2 tags for a pre-tokenised sentence (evaluation on CoNLL files).</summary>
    public string[] Tag(IReadOnlyList<string> words, TaggerWorkspaceHandle workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var (text, tokens) = Join(words);
        var ws = workspace.For(this);
        Tag(text, tokens, ws, margins: false);
        var tags = new string[words.Count];
        for (int i = 0; i < tags.Length; i++) tags[i] = Labels[ws.Tags[i]];
        return Chunks.ToIob2(Chunks.Extract(tags), tags.Length);
    }

    /// <summary>Joins words with single spaces into a text and its token array, the form the tagger reads.</summary>
    internal static (string Text, TokenData[] Tokens) Join(IReadOnlyList<string> words)
    {
        var sb = new StringBuilder();
        var tokens = new TokenData[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            tokens[i] = new TokenData(new TextSpan(sb.Length, sb.Length + words[i].Length), TokenFlags.SpaceAfter);
            sb.Append(words[i]);
        }
        return (sb.ToString(), tokens);
    }

    /// <summary>Writes the model into <paramref name="directory"/>: the weights file and the two tables.</summary>
    /// <remarks>The output is a pure function of the model: saving the same model twice gives the same bytes.</remarks>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        using (var file = File.Create(Path.Combine(directory, WeightsFile)))
        using (var zip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var w = new BinaryWriter(zip, Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write(Featurizer.Bits);
            w.Write(Labels.Count);
            foreach (var l in Labels) w.Write(l);
            foreach (var x in Transitions) w.Write(x);
            foreach (var x in Start) w.Write(x);
            // Half precision halves the file; averaged perceptron weights need no more (checked on the dev set).
            var halves = new Half[Weights.Length];
            for (int i = 0; i < halves.Length; i++) halves[i] = (Half)Weights[i];
            w.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
            var clusters = Featurizer.Clusters.Paths.OrderBy(p => p.Key).ToList();
            w.Write(clusters.Count);
            foreach (var (key, value) in clusters) { w.Write(key); w.Write(value); }
            var phrases = Featurizer.Gazetteer.Phrases.OrderBy(p => p.Key).ToList();
            w.Write(phrases.Count);
            foreach (var (key, value) in phrases) { w.Write(key); w.Write(value); }
        }
        WriteTable(Path.Combine(directory, DemonymsFile), Demonyms, "# term\tISO 3166 alpha-2 code of the country it points to (empty when none)");
        WriteTable(Path.Combine(directory, CountriesFile), Countries, "# country name or alias\tISO 3166 alpha-2 code (from GeoNames countryInfo, CC BY 4.0)");
        File.WriteAllText(Path.Combine(directory, OrganisationsFile),
            string.Join('\n', Organisations.Order(StringComparer.Ordinal).Prepend(OrganisationsHeader)) + "\n");
    }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="SitrepException">With code <see cref="Errors.Model"/> when a file is missing or corrupt.</exception>
    public static NerModel Load(string directory)
    {
        var path = Path.Combine(directory, WeightsFile);
        if (!File.Exists(path))
            throw Errors.Create(Errors.Model, $"entity model '{path}' does not exist; run 'sitrep train ner' or point to the repository's data/ner directory");
        try
        {
            using var file = File.OpenRead(path);
            using var zip = new GZipStream(file, CompressionMode.Decompress);
            using var r = new BinaryReader(new BufferedStream(zip, 1 << 16), Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadInt32() != Version)
                throw Errors.Create(Errors.Model, $"'{path}' is not a version {Version} Sitrep entity model; retrain it with 'sitrep train ner'");
            int bits = r.ReadInt32();
            var labels = new string[r.ReadInt32()];
            for (int i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
            var transitions = ReadFloats(r, labels.Length * labels.Length);
            var start = ReadFloats(r, labels.Length);
            var weights = new float[(1 << bits) * labels.Length];
            var raw = r.ReadBytes(weights.Length * 2);
            if (raw.Length != weights.Length * 2) throw new EndOfStreamException("weights are truncated");
            var halves = MemoryMarshal.Cast<byte, Half>(raw);
            for (int i = 0; i < weights.Length; i++) weights[i] = (float)halves[i];
            int clusterCount = r.ReadInt32();
            var clusters = new Dictionary<ulong, int>(clusterCount);
            for (int i = 0; i < clusterCount; i++) clusters.Add(r.ReadUInt64(), r.ReadInt32());
            int phraseCount = r.ReadInt32();
            var phrases = new Dictionary<ulong, ushort>(phraseCount);
            for (int i = 0; i < phraseCount; i++) phrases.Add(r.ReadUInt64(), r.ReadUInt16());
            var featurizer = new Featurizer(new WordClusters(clusters), new Gazetteer(phrases), bits);
            return new NerModel(labels, weights, transitions, start, featurizer,
                ReadTable(Path.Combine(directory, DemonymsFile)), ReadTable(Path.Combine(directory, CountriesFile)),
                ReadTable(Path.Combine(directory, OrganisationsFile)).Keys.ToHashSet(StringComparer.Ordinal));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw Errors.Create(Errors.Model, $"entity model '{path}' is corrupt ({e.Message}); retrain it with 'sitrep train ner'", e);
        }
    }

    /// <summary>Reads a two-column table of term and ISO code; lines starting with '#' are comments.</summary>
    /// <exception cref="SitrepException">With code <see cref="Errors.Model"/> when the file is missing.</exception>
    public static IReadOnlyDictionary<string, string> ReadTable(string path)
    {
        if (!File.Exists(path))
            throw Errors.Create(Errors.Model, $"entity table '{path}' does not exist; it ships in the repository's data/ner directory");
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            table.TryAdd(cols[0], cols.Length > 1 ? cols[1].Trim() : "");
        }
        return table;
    }

    private static void WriteTable(string path, IReadOnlyDictionary<string, string> table, string header)
    {
        var lines = table.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}\t{p.Value}").Prepend(header);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    private static float[] ReadFloats(BinaryReader r, int count)
    {
        var values = new float[count];
        for (int i = 0; i < count; i++) values[i] = r.ReadSingle();
        return values;
    }
}

/// <summary>Per-thread scratch memory for <see cref="NerModel.Tag(IReadOnlyList{string}, TaggerWorkspaceHandle)"/>; not thread-safe, create one per thread.</summary>
public sealed class TaggerWorkspaceHandle
{
    private TaggerWorkspace? _workspace;
    private NerModel? _owner;

    internal TaggerWorkspace For(NerModel model)
    {
        if (_workspace is null || !ReferenceEquals(_owner, model))
        {
            _workspace = model.CreateWorkspace();
            _owner = model;
        }
        return _workspace;
    }
}
