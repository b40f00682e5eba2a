namespace Sitrep.Nlp.Entities;

/// <summary>Precision, recall and F1 of one entity type (or of all types together).</summary>
/// <param name="Type">Entity type, or "ALL".</param>
/// <param name="Gold">Number of gold entities.</param>
/// <param name="Predicted">Number of predicted entities.</param>
/// <param name="Correct">Predicted entities whose span and type match a gold entity exactly.</param>
public sealed record TypeScore(string Type, int Gold, int Predicted, int Correct)
{
    /// <summary>Correct over predicted, 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    /// <summary>Correct over gold, 0 when there is no gold entity.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Entity-level scores as conlleval computes them, with a confusion table by type.</summary>
/// <param name="Overall">Scores over all types.</param>
/// <param name="PerType">Scores of each type, sorted by type name.</param>
/// <param name="Confusion">Gold type against predicted type.</param>
/// <param name="Tokens">Number of tokens scored.</param>
public sealed record EntityScores(TypeScore Overall, IReadOnlyList<TypeScore> PerType, ConfusionTable Confusion, int Tokens);

/// <summary>Counts of gold entity type (rows) against predicted type (columns); "O" stands for no entity with that exact span.</summary>
/// <param name="Labels">Row and column labels: the types sorted, then "O".</param>
/// <param name="Counts">Counts indexed [gold, predicted].</param>
public sealed record ConfusionTable(IReadOnlyList<string> Labels, int[,] Counts)
{
    /// <summary>Count of gold <paramref name="gold"/> predicted as <paramref name="predicted"/>.</summary>
    public int this[string gold, string predicted] => Counts[IndexOf(gold), IndexOf(predicted)];

    private int IndexOf(string label)
    {
        for (int i = 0; i < Labels.Count; i++)
            if (Labels[i] == label) return i;
        throw new ArgumentException($"'{label}' is not a label of the table ({string.Join(", ", Labels)})", nameof(label));
    }
}

/// <summary>Accumulates gold and predicted tag sequences and scores them entity by entity.</summary>
/// <remarks>
/// An entity counts as correct only when its span and type both match a gold entity (conlleval semantics):
/// a partial span is one false positive and one false negative. The confusion table aligns entities by exact span;
/// a gold entity with no predicted entity of the same span lands in column "O", a predicted one with no gold in row "O".
/// </remarks>
public sealed class EntityScorer
{
    private readonly Dictionary<string, int> _gold = [];
    private readonly Dictionary<string, int> _predicted = [];
    private readonly Dictionary<string, int> _correct = [];
    private readonly Dictionary<(string Gold, string Predicted), int> _confusion = [];
    private int _tokens;

    /// <summary>Adds one sentence.</summary>
    /// <exception cref="ArgumentException">When the sequences differ in length.</exception>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
            throw new ArgumentException($"gold has {gold.Count} tags but the prediction has {predicted.Count}", nameof(predicted));
        _tokens += gold.Count;
        var goldChunks = Chunks.Extract(gold);
        var predictedChunks = Chunks.Extract(predicted);
        var predictedBySpan = predictedChunks.ToDictionary(c => (c.Start, c.End), c => c.Type);
        var goldSpans = new HashSet<(int, int)>();
        foreach (var g in goldChunks)
        {
            Increment(_gold, g.Type);
            goldSpans.Add((g.Start, g.End));
            if (predictedBySpan.TryGetValue((g.Start, g.End), out var type))
            {
                Increment(_confusion, (g.Type, type));
                if (type == g.Type) Increment(_correct, g.Type);
            }
            else
            {
                Increment(_confusion, (g.Type, "O"));
            }
        }
        foreach (var p in predictedChunks)
        {
            Increment(_predicted, p.Type);
            if (!goldSpans.Contains((p.Start, p.End))) Increment(_confusion, ("O", p.Type));
        }
    }

    /// <summary>Scores of everything added so far.</summary>
    public EntityScores Score()
    {
        var types = _gold.Keys.Union(_predicted.Keys).Order(StringComparer.Ordinal).ToList();
        var perType = types.Select(t => new TypeScore(t, Get(_gold, t), Get(_predicted, t), Get(_correct, t))).ToList();
        var overall = new TypeScore("ALL", perType.Sum(s => s.Gold), perType.Sum(s => s.Predicted), perType.Sum(s => s.Correct));
        var labels = types.Append("O").ToList();
        var counts = new int[labels.Count, labels.Count];
        for (int g = 0; g < labels.Count; g++)
            for (int p = 0; p < labels.Count; p++)
                counts[g, p] = Get(_confusion, (labels[g], labels[p]));
        return new EntityScores(overall, perType, new ConfusionTable(labels, counts), _tokens);
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull =>
        counts[key] = Get(counts, key) + 1;

    private static int Get<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull =>
        counts.GetValueOrDefault(key);
}
