using System.Diagnostics;
using Sitrep.Core;

namespace Sitrep.Nlp.Entities;

/// <summary>What <see cref="NerTrainer.Train"/> learns from.</summary>
/// <param name="Train">Labelled sentences to learn weights from.</param>
/// <param name="Dev">Labelled sentences to choose the number of epochs on.</param>
/// <param name="UnlabelledText">Raw text for the word clusters.</param>
/// <param name="Countries">Country names and aliases with their ISO alpha-2 codes.</param>
/// <param name="Cities">City names with their population.</param>
/// <param name="Regions">First-level administrative division names.</param>
/// <param name="Actors">Armed group, party and institution names.</param>
/// <param name="Demonyms">Demonyms and adjectives with the ISO code of their country, or empty.</param>
/// <param name="Organisations">Well-known organisation names.</param>
/// <param name="FacilityHeads">Last words that make a multi-word name a place.</param>
public sealed record NerTrainingData(
    IReadOnlyList<ConllSentence> Train,
    IReadOnlyList<ConllSentence> Dev,
    IEnumerable<string> UnlabelledText,
    IReadOnlyDictionary<string, string> Countries,
    IEnumerable<(string Name, long Population)> Cities,
    IEnumerable<string> Regions,
    IEnumerable<string> Actors,
    IReadOnlyDictionary<string, string> Demonyms,
    IEnumerable<string> Organisations,
    IEnumerable<string> FacilityHeads);

/// <summary>Training settings.</summary>
/// <param name="Seed">Seed of every random choice: the same seed and data give the same model bytes.</param>
/// <param name="MaxEpochs">Most passes over the training set.</param>
/// <param name="Patience">Stop after this many epochs without a better dev F1.</param>
/// <param name="Bits">Log2 of the number of feature buckets.</param>
public sealed record NerTrainingOptions(int Seed = 1, int MaxEpochs = 20, int Patience = 4, int Bits = 20);

/// <summary>What training did.</summary>
/// <param name="Model">The trained model (averaged weights of the best dev epoch).</param>
/// <param name="BestEpoch">Epoch whose averaged weights were kept (1-based).</param>
/// <param name="DevF1PerEpoch">Dev F1 after each epoch.</param>
/// <param name="Dev">Dev scores of the kept model.</param>
/// <param name="ClusteredWords">Number of words that got a cluster.</param>
/// <param name="Elapsed">Wall-clock training time.</param>
public sealed record NerTrainingReport(NerModel Model, int BestEpoch, IReadOnlyList<double> DevF1PerEpoch, EntityScores Dev, int ClusteredWords, TimeSpan Elapsed);

/// <summary>Trains the entity tagger: an averaged structured perceptron over hashed features with first-order Viterbi decoding.</summary>
public static class NerTrainer
{
    // BIOES: separate labels for single-word entities and entity ends give the perceptron sharper boundary features than IOB2.
    private static readonly string[] Labels =
        ["O", .. new[] { "PER", "ORG", "LOC", "MISC" }.SelectMany(t => new[] { "B-" + t, "I-" + t, "E-" + t, "S-" + t })];

    /// <summary>Learns a model; <paramref name="log"/> receives one line per step.</summary>
    public static NerTrainingReport Train(NerTrainingData data, NerTrainingOptions options, Action<string>? log = null)
    {
        log ??= _ => { };
        var clock = Stopwatch.StartNew();
        var labelIndex = Labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);

        log("learning word clusters");
        var corpus = data.UnlabelledText.Concat(data.Train.Concat(data.Dev).Select(s => string.Join(' ', s.Tokens)));
        var clusters = WordClusters.Learn(corpus, options.Seed);
        log($"  {clusters.Paths.Count} words clustered ({clock.Elapsed.TotalSeconds:F0} s)");

        var featurizer = new Featurizer(clusters, BuildGazetteer(data), options.Bits);
        log($"  {featurizer.Gazetteer.Phrases.Count} gazetteer keys");
        int labels = Labels.Length;

        var train = Prepare(data.Train, featurizer, labels, labelIndex);
        var dev = Prepare(data.Dev, featurizer, labels, labelIndex);
        log($"  features of {train.Length} train and {dev.Length} dev sentences ({clock.Elapsed.TotalSeconds:F0} s)");

        int size = (1 << options.Bits) * labels;
        var weights = new float[size];
        var accumulated = new double[size];
        var transitions = new float[labels * labels];
        var accTransitions = new double[labels * labels];
        var start = new float[labels];
        var accStart = new double[labels];
        LabelScheme.Constrain(Labels, transitions, start);
        var end = LabelScheme.EndScores(Labels);
        var predecessors = LabelScheme.Predecessors(Labels);

        var ws = new TaggerWorkspace(labels);
        var order = Enumerable.Range(0, train.Length).ToArray();
        var random = new Random(options.Seed);
        var averaged = new float[size];
        var avgTransitions = new float[labels * labels];
        var avgStart = new float[labels];
        float[]? bestWeights = null, bestTransitions = null, bestStart = null;
        var devF1 = new List<double>();
        EntityScores? bestDev = null;
        int bestEpoch = 0;
        double examples = 1;
        var predicted = new int[256];

        for (int epoch = 1; epoch <= options.MaxEpochs; epoch++)
        {
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int index in order)
            {
                var s = train[index];
                int n = s.Gold.Length;
                if (predicted.Length < n) predicted = new int[n * 2];
                ws.EnsureTokens(n);
                Viterbi.Emit(weights, labels, s.Features, s.Offsets, n, ws.Emissions);
                Viterbi.Decode(ws.Emissions, n, labels, transitions, start, end, predecessors, ws.Forward, ws.Pointers, predicted);
                for (int t = 0; t < n; t++)
                {
                    int g = s.Gold[t], p = predicted[t];
                    if (g != p)
                    {
                        mistakes++;
                        for (int j = s.Offsets[t]; j < s.Offsets[t + 1]; j++)
                        {
                            int row = s.Features[j] * labels;
                            Update(weights, accumulated, row + g, 1, examples);
                            Update(weights, accumulated, row + p, -1, examples);
                        }
                    }
                    if (t == 0)
                    {
                        if (g != p) { Update(start, accStart, g, 1, examples); Update(start, accStart, p, -1, examples); }
                    }
                    else if (g != p || s.Gold[t - 1] != predicted[t - 1])
                    {
                        Update(transitions, accTransitions, s.Gold[t - 1] * labels + g, 1, examples);
                        Update(transitions, accTransitions, predicted[t - 1] * labels + p, -1, examples);
                    }
                }
                examples++;
            }

            Average(weights, accumulated, examples, averaged);
            Average(transitions, accTransitions, examples, avgTransitions);
            Average(start, accStart, examples, avgStart);
            var scores = Evaluate(dev, averaged, avgTransitions, avgStart, end, predecessors, labels, ws);
            devF1.Add(scores.Overall.F1);
            log($"  epoch {epoch}: {mistakes} token errors, dev F1 {scores.Overall.F1:F4} ({clock.Elapsed.TotalSeconds:F0} s)");
            if (bestDev is null || scores.Overall.F1 > bestDev.Overall.F1)
            {
                bestDev = scores;
                bestEpoch = epoch;
                bestWeights = (float[])averaged.Clone();
                bestTransitions = (float[])avgTransitions.Clone();
                bestStart = (float[])avgStart.Clone();
            }
            else if (epoch - bestEpoch >= options.Patience)
            {
                break;
            }
        }

        var countries = new Dictionary<string, string>(data.Countries, StringComparer.Ordinal);
        var model = new NerModel(Labels, NerModel.Compact(bestWeights!, labels), bestTransitions!, bestStart!, featurizer, data.Demonyms, countries,
            data.Organisations.ToHashSet(StringComparer.Ordinal), data.FacilityHeads.ToHashSet(StringComparer.Ordinal));
        return new NerTrainingReport(model, bestEpoch, devF1, bestDev!, clusters.Paths.Count, clock.Elapsed);
    }

    private static Gazetteer BuildGazetteer(NerTrainingData data)
    {
        var builder = new Gazetteer.Builder();
        foreach (var name in data.Countries.Keys) builder.Add(name, GazetteerList.Country);
        foreach (var (name, population) in data.Cities)
            builder.Add(name, population >= 1_000_000 ? GazetteerList.City | GazetteerList.BigCity : GazetteerList.City);
        foreach (var name in data.Regions) builder.Add(name, GazetteerList.Region);
        foreach (var name in data.Actors) builder.Add(name, GazetteerList.Actor);
        foreach (var name in data.Demonyms.Keys) builder.Add(name, GazetteerList.Demonym);
        foreach (var name in data.Organisations) builder.Add(name, GazetteerList.KnownOrganisation);
        return builder.Build();
    }

    private static void Update(float[] weights, double[] accumulated, int index, int delta, double examples)
    {
        weights[index] += delta;
        accumulated[index] += delta * examples;
    }

    // Averaged weights by the Daumé trick: w - (Σ c·Δ) / c equals the mean of the weights after each example.
    private static void Average(float[] weights, double[] accumulated, double examples, float[] averaged)
    {
        for (int i = 0; i < weights.Length; i++)
            averaged[i] = weights[i] <= LabelScheme.Forbidden ? LabelScheme.Forbidden : (float)(weights[i] - accumulated[i] / examples);
    }

    private static EntityScores Evaluate(PreparedSentence[] sentences, float[] weights, float[] transitions, float[] start, float[] end, int[][] predecessors, int labels, TaggerWorkspace ws)
    {
        var scorer = new EntityScorer();
        foreach (var s in sentences)
        {
            int n = s.Gold.Length;
            ws.EnsureTokens(n);
            Viterbi.Emit(weights, labels, s.Features, s.Offsets, n, ws.Emissions);
            Viterbi.Decode(ws.Emissions, n, labels, transitions, start, end, predecessors, ws.Forward, ws.Pointers, ws.Tags);
            var gold = new string[n];
            var predicted = new string[n];
            for (int t = 0; t < n; t++)
            {
                gold[t] = Labels[s.Gold[t]];
                predicted[t] = Labels[ws.Tags[t]];
            }
            scorer.Add(gold, predicted);
        }
        return scorer.Score();
    }

    private static PreparedSentence[] Prepare(IReadOnlyList<ConllSentence> sentences, Featurizer featurizer, int labels, Dictionary<string, int> labelIndex)
    {
        var ws = new TaggerWorkspace(labels);
        var prepared = new PreparedSentence[sentences.Count];
        foreach (var (firstSentence, sentenceCount) in ConllDocuments.Group(sentences))
        {
            var (text, allTokens, ranges) = NerModel.Join(sentences.Skip(firstSentence).Take(sentenceCount).Select(s => s.Tokens).ToList());
            var document = DocumentContext.Build(text, allTokens, ranges);
            for (int k = 0; k < sentenceCount; k++)
                prepared[firstSentence + k] = Prepare(sentences[firstSentence + k], text, allTokens.AsSpan(ranges[k].First, ranges[k].Count), (document, k), featurizer, ws, labelIndex, firstSentence + k);
        }
        return prepared;
    }

    private static PreparedSentence Prepare(ConllSentence s, string text, ReadOnlySpan<TokenData> tokens, (DocumentContext, int) context,
        Featurizer featurizer, TaggerWorkspace ws, Dictionary<string, int> labelIndex, int i)
    {
        featurizer.Extract(text, tokens, ws, context);
        int n = tokens.Length;
        var bioes = LabelScheme.ToBioes(Chunks.Extract(s.Tags), n);
        var gold = new int[n];
        for (int t = 0; t < n; t++)
            gold[t] = labelIndex.TryGetValue(bioes[t], out int g) ? g
                : throw Errors.Create(Errors.Gold, $"tag '{bioes[t]}' in sentence {i + 1} has a type other than PER, ORG, LOC, MISC");
        return new PreparedSentence(ws.Features[..ws.Offsets[n]], ws.Offsets[..(n + 1)], gold);
    }

    private sealed record PreparedSentence(int[] Features, int[] Offsets, int[] Gold);
}

/// <summary>Where the training data lives on disk.</summary>
/// <param name="Train">CoNLL column file to train on.</param>
/// <param name="Dev">CoNLL column file to tune the epoch count on.</param>
/// <param name="Unlabelled">JSON-lines articles (title, text) for the word clusters.</param>
/// <param name="GeoNames">Directory with countryInfo.tsv, cities15000.txt and admin1CodesASCII.txt.</param>
/// <param name="Acled">Directory of ACLED CSV exports (actor names, notes).</param>
/// <param name="Demonyms">Demonym table (term, ISO code).</param>
/// <param name="CountryAliases">Extra country names (name, ISO code) that GeoNames lacks, such as "U.S." or "Britain".</param>
/// <param name="Organisations">List of well-known organisation names, one a line.</param>
/// <param name="FacilityHeads">List of words that end place names, one a line.</param>
public sealed record NerTrainingSources(string Train, string Dev, string Unlabelled, string GeoNames, string Acled, string Demonyms, string CountryAliases,
    string Organisations, string FacilityHeads)
{
    /// <summary>Reads every source; the lazily read ones (text, cities, actors) are read once, when training uses them.</summary>
    /// <exception cref="SitrepException">With code <see cref="Errors.NotFound"/> when a source is missing.</exception>
    public NerTrainingData Load()
    {
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, code) in LexiconSources.Countries(GeoNames)) countries.TryAdd(name, code);
        foreach (var (name, code) in NerModel.ReadTable(CountryAliases)) countries.TryAdd(name, code);
        return new NerTrainingData(
            ConllReader.ReadFile(Train),
            ConllReader.ReadFile(Dev),
            LexiconSources.JsonLinesText(Unlabelled).Concat(LexiconSources.AcledNotes(Acled)),
            countries,
            LexiconSources.Cities(GeoNames),
            LexiconSources.Regions(GeoNames),
            LexiconSources.Actors(Acled),
            NerModel.ReadTable(Demonyms),
            NerModel.ReadTable(Organisations).Keys,
            NerModel.ReadTable(FacilityHeads).Keys);
    }
}
