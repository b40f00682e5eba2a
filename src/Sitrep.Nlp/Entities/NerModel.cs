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

    /// <summary>File name of the list of words that end place names ("Mosque", "Square").</summary>
    public const string FacilityHeadsFile = "facility-heads.tsv";

    private const string FacilityHeadsHeader = "# Last words that make a multi-word name a place (CoNLL tags buildings, squares and roads LOC). One word per line.";
    private const string OrganisationsHeader = "# Well-known organisations: international bodies, aid agencies, news outlets and agencies, armed groups. One name per line.";

    private const string Magic = "SITREP-NER";
    private const int Version = 2;

    internal NerModel(string[] labels, (int[] Index, float[] Rows) weights, float[] transitions, float[] start, Featurizer featurizer,
        IReadOnlyDictionary<string, string> demonyms, IReadOnlyDictionary<string, string> countries, IReadOnlySet<string> organisations, IReadOnlySet<string> facilityHeads)
    {
        Organisations = organisations;
        FacilityHeads = facilityHeads;
        Labels = labels;
        (RowIndex, Rows) = weights;
        NonZero = new ulong[(RowIndex.Length + 63) / 64];
        for (int b = 0; b < RowIndex.Length; b++)
            if (RowIndex[b] >= 0) NonZero[b >> 6] |= 1UL << b;
        Transitions = transitions;
        Start = start;
        Featurizer = featurizer;
        Demonyms = demonyms;
        Countries = countries;
        End = LabelScheme.EndScores(labels);
        Predecessors = LabelScheme.Predecessors(labels);
        Successors = LabelScheme.Successors(labels);
        Kinds = labels.Select(l => l == "O" ? -1 : (int)Enum.Parse<EntityKind>(l[2..])).ToArray();
    }

    /// <summary>Tag labels (BIOES) in order of their index.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>For each feature bucket, the offset of its weight row in <see cref="Rows"/>, or -1 when all its weights are zero.</summary>
    internal int[] RowIndex { get; }

    /// <summary>One bit per bucket, set when <see cref="RowIndex"/> has a row for it.</summary>
    internal ulong[] NonZero { get; }

    /// <summary>The non-zero weight rows, one label after another.</summary>
    /// <remarks>The perceptron only touches features of tokens it got wrong, so under a tenth of the buckets have weights; keeping only those makes the table small enough to stay in cache.</remarks>
    internal float[] Rows { get; }
    internal float[] Transitions { get; }
    internal float[] Start { get; }
    internal Featurizer Featurizer { get; }
    internal float[] End { get; }
    internal int[][] Predecessors { get; }
    internal int[][] Successors { get; }
    /// <summary>Entity kind of each label, -1 for O.</summary>
    internal int[] Kinds { get; }

    /// <summary>Demonyms and adjectives ("Syrian") with the ISO alpha-2 code of their country, empty when they name none ("Shia").</summary>
    public IReadOnlyDictionary<string, string> Demonyms { get; }

    /// <summary>Country names with their ISO alpha-2 codes.</summary>
    public IReadOnlyDictionary<string, string> Countries { get; }

    /// <summary>Organisation names that the entity stage always tags as ORG when they occur with exactly this spelling.</summary>
    public IReadOnlySet<string> Organisations { get; }

    /// <summary>Last words that make a multi-word name a place whatever the tagger said ("Umayyad Mosque").</summary>
    public IReadOnlySet<string> FacilityHeads { get; }

    /// <summary>A workspace sized for this model, for one thread.</summary>
    internal TaggerWorkspace CreateWorkspace() => new(Labels.Count);

    /// <summary>Tags one sentence: label indices go to <see cref="TaggerWorkspace.Tags"/> and, when asked, per-token margins to <see cref="TaggerWorkspace.Margins"/>.</summary>
    internal void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, TaggerWorkspace ws, bool margins, (DocumentContext, int)? context = null)
    {
        int n = tokens.Length, labels = Labels.Count;
        Featurizer.Extract(text, tokens, ws, context);
        Viterbi.Emit(NonZero, RowIndex, Rows, labels, ws.Features, ws.Offsets, n, ws.Emissions);
        Viterbi.Decode(ws.Emissions, n, labels, Transitions, Start, End, Predecessors, ws.Forward, ws.Pointers, ws.Tags);
        if (margins)
            Viterbi.Margins(ws.Emissions, n, labels, Transitions, End, Successors, ws.Forward, ws.Backward, ws.Tags, ws.Margins);
    }

    /// <summary>IOB2 tags for a pre-tokenised sentence tagged on its own (no document context).</summary>
    public string[] Tag(IReadOnlyList<string> words, TaggerWorkspaceHandle workspace) => TagDocument([words], workspace)[0];

    /// <summary>IOB2 tags for the pre-tokenised sentences of one document, tagged with document context (evaluation on CoNLL files).</summary>
    public string[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences, TaggerWorkspaceHandle workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var (text, tokens, ranges) = Join(sentences);
        var document = DocumentContext.Build(text, tokens, ranges);
        var ws = workspace.For(this);
        var result = new string[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            var (first, count) = ranges[s];
            Tag(text, tokens.AsSpan(first, count), ws, margins: false, (document, s));
            var tags = new string[count];
            for (int i = 0; i < count; i++) tags[i] = Labels[ws.Tags[i]];
            result[s] = Chunks.ToIob2(Chunks.Extract(tags), count);
        }
        return result;
    }

    /// <summary>Joins the words of a document with single spaces into a text, its token array and each sentence's token range.</summary>
    internal static (string Text, TokenData[] Tokens, List<(int First, int Count)> Sentences) Join(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var sb = new StringBuilder();
        var tokens = new List<TokenData>();
        var ranges = new List<(int, int)>(sentences.Count);
        foreach (var words in sentences)
        {
            ranges.Add((tokens.Count, words.Count));
            foreach (var word in words)
            {
                if (sb.Length > 0) sb.Append(' ');
                tokens.Add(new TokenData(new TextSpan(sb.Length, sb.Length + word.Length), TokenFlags.SpaceAfter));
                sb.Append(word);
            }
        }
        return (sb.ToString(), tokens.ToArray(), ranges);
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
            // Only non-zero rows, in bucket order, at half precision: averaged perceptron weights need no more (checked on the dev set).
            int labels = Labels.Count;
            var buckets = Enumerable.Range(0, RowIndex.Length).Where(b => RowIndex[b] >= 0).ToArray();
            w.Write(buckets.Length);
            var halves = new Half[labels];
            foreach (int b in buckets)
            {
                w.Write(b);
                for (int y = 0; y < labels; y++) halves[y] = (Half)Rows[RowIndex[b] + y];
                w.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
            }
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
        File.WriteAllText(Path.Combine(directory, FacilityHeadsFile),
            string.Join('\n', FacilityHeads.Order(StringComparer.Ordinal).Prepend(FacilityHeadsHeader)) + "\n");
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
            // Inflate in one go, then parse from memory: element-by-element reads through the inflater cost more than the inflating.
            var bytes = new MemoryStream();
            using (var file = File.OpenRead(path))
            using (var zip = new GZipStream(file, CompressionMode.Decompress))
                zip.CopyTo(bytes);
            bytes.Position = 0;
            using var r = new BinaryReader(bytes, Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadInt32() != Version)
                throw Errors.Create(Errors.Model, $"'{path}' is not a version {Version} Sitrep entity model; retrain it with 'sitrep train ner'");
            int bits = r.ReadInt32();
            var labels = new string[r.ReadInt32()];
            for (int i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
            var transitions = ReadFloats(r, labels.Length * labels.Length);
            var start = ReadFloats(r, labels.Length);
            var rowIndex = new int[1 << bits];
            Array.Fill(rowIndex, -1);
            int rowCount = r.ReadInt32();
            var rows = new float[rowCount * labels.Length];
            for (int i = 0; i < rowCount; i++)
            {
                int bucket = r.ReadInt32();
                var raw = r.ReadBytes(labels.Length * 2);
                if (raw.Length != labels.Length * 2 || (uint)bucket >= (uint)rowIndex.Length) throw new InvalidDataException("weights are truncated or out of range");
                var halves = MemoryMarshal.Cast<byte, Half>(raw);
                rowIndex[bucket] = i * labels.Length;
                for (int y = 0; y < labels.Length; y++) rows[i * labels.Length + y] = (float)halves[y];
            }
            var weights = (rowIndex, rows);
            int clusterCount = r.ReadInt32();
            var clusters = new Dictionary<ulong, int>(clusterCount);
            for (int i = 0; i < clusterCount; i++) clusters.Add(r.ReadUInt64(), r.ReadInt32());
            int phraseCount = r.ReadInt32();
            var phrases = new Dictionary<ulong, ushort>(phraseCount);
            for (int i = 0; i < phraseCount; i++) phrases.Add(r.ReadUInt64(), r.ReadUInt16());
            var featurizer = new Featurizer(new WordClusters(clusters), new Gazetteer(phrases), bits);
            return new NerModel(labels, weights, transitions, start, featurizer,
                ReadTable(Path.Combine(directory, DemonymsFile)), ReadTable(Path.Combine(directory, CountriesFile)),
                ReadTable(Path.Combine(directory, OrganisationsFile)).Keys.ToHashSet(StringComparer.Ordinal),
                ReadTable(Path.Combine(directory, FacilityHeadsFile)).Keys.ToHashSet(StringComparer.Ordinal));
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

    /// <summary>The weights as one dense array, bucket-major.</summary>
    internal float[] DenseWeights()
    {
        int labels = Labels.Count;
        var dense = new float[RowIndex.Length * labels];
        for (int b = 0; b < RowIndex.Length; b++)
            if (RowIndex[b] >= 0) Rows.AsSpan(RowIndex[b], labels).CopyTo(dense.AsSpan(b * labels));
        return dense;
    }

    /// <summary>The non-zero rows of a dense bucket-major weight array, with each bucket's row offset (-1 for none).</summary>
    internal static (int[] Index, float[] Rows) Compact(float[] dense, int labels)
    {
        var index = new int[dense.Length / labels];
        var rows = new List<float>();
        for (int b = 0; b < index.Length; b++)
        {
            var row = dense.AsSpan(b * labels, labels);
            if (!row.ContainsAnyExcept(0f)) { index[b] = -1; continue; }
            index[b] = rows.Count;
            foreach (var x in row) rows.Add(x);
        }
        return (index, rows.ToArray());
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
