using Sitrep.Core;

namespace Sitrep.Nlp.Evaluation;

/// <summary>Weighted match counts for one scored part and the precision, recall and F1 they give; weights let an article with several annotators count once.</summary>
public sealed record MatchCounts
{
    /// <summary>Predictions that match some gold item.</summary>
    public double MatchedPredicted { get; init; }
    /// <summary>All predictions.</summary>
    public double Predicted { get; init; }
    /// <summary>Gold items that some prediction matches.</summary>
    public double MatchedGold { get; init; }
    /// <summary>All gold items.</summary>
    public double Gold { get; init; }

    /// <summary>Sum of two count sets.</summary>
    public static MatchCounts operator +(MatchCounts a, MatchCounts b) => new()
    {
        MatchedPredicted = a.MatchedPredicted + b.MatchedPredicted,
        Predicted = a.Predicted + b.Predicted,
        MatchedGold = a.MatchedGold + b.MatchedGold,
        Gold = a.Gold + b.Gold,
    };

    /// <summary>The counts scaled by <paramref name="weight"/>.</summary>
    public MatchCounts Scale(double weight) => new()
    {
        MatchedPredicted = MatchedPredicted * weight,
        Predicted = Predicted * weight,
        MatchedGold = MatchedGold * weight,
        Gold = Gold * weight,
    };

    /// <summary>Matched predictions over predictions (0 when nothing was predicted).</summary>
    public double Precision => Predicted > 0 ? MatchedPredicted / Predicted : 0;

    /// <summary>Matched gold items over gold items (0 when there was no gold).</summary>
    public double Recall => Gold > 0 ? MatchedGold / Gold : 0;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
}

/// <summary>Scores predicted attributions against gold ones, part by part, with exact and overlapping span matches.</summary>
/// <remarks>
/// Each part (source, cue, content) is compared as a set of distinct spans. A discontinuous part counts as the span that
/// covers its fragments, so a quote split by its attribution ("A," said X. "B.") is one content on both sides.
/// A prediction is correct when some gold span of the same part equals it (exact) or shares a character with it (overlap);
/// recall counts gold spans the same way. Attributions without a source add nothing to the source scores.
/// </remarks>
public static class AttributionScorer
{
    /// <summary>The names of the scored measures, in report order.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["source_exact", "source_overlap", "cue_exact", "cue_overlap", "content_exact", "content_overlap"];

    /// <summary>Match counts for every measure in <see cref="Keys"/>.</summary>
    public static IReadOnlyDictionary<string, MatchCounts> Score(IReadOnlyList<Attribution> gold, IReadOnlyList<Attribution> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var result = new Dictionary<string, MatchCounts>(StringComparer.Ordinal);
        foreach (var (part, select) in Parts)
        {
            var g = Covers(gold, select);
            var p = Covers(predicted, select);
            result[part + "_exact"] = Count(g, p, static (a, b) => a == b);
            result[part + "_overlap"] = Count(g, p, static (a, b) => a.Overlaps(b));
        }
        return result;
    }

    private static readonly (string Part, Func<Attribution, IReadOnlyList<TextSpan>> Select)[] Parts =
    [
        ("source", a => a.Source),
        ("cue", a => a.Cue),
        ("content", a => a.Content),
    ];

    private static TextSpan[] Covers(IReadOnlyList<Attribution> items, Func<Attribution, IReadOnlyList<TextSpan>> select) =>
        items.Select(select).Where(s => s.Count > 0)
            .Select(s => new TextSpan(s.Min(x => x.Start), s.Max(x => x.End)))
            .Distinct().ToArray();

    private static MatchCounts Count(TextSpan[] gold, TextSpan[] predicted, Func<TextSpan, TextSpan, bool> match) => new()
    {
        MatchedPredicted = predicted.Count(p => gold.Any(g => match(g, p))),
        Predicted = predicted.Length,
        MatchedGold = gold.Count(g => predicted.Any(p => match(g, p))),
        Gold = gold.Length,
    };
}
