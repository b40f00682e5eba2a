using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Nlp.Evaluation;

/// <summary>Exact-span and overlap scores of one layer, with the share of matched items whose values are right.</summary>
/// <param name="Exact">Scores when spans must be identical.</param>
/// <param name="Overlap">Scores when spans need only share a character.</param>
/// <param name="ValuesMatched">Gold items matched (by overlap) whose compared values could be checked.</param>
/// <param name="ValuesCorrect">Of those, the ones whose values are right.</param>
public sealed record LayerScore(Prf Exact, Prf Overlap, int ValuesMatched, int ValuesCorrect)
{
    /// <summary>An empty score to sum into.</summary>
    public static LayerScore Zero { get; } = new(default, default, 0, 0);

    /// <summary>Share of matched items whose values are right.</summary>
    public double ValueAccuracy => ValuesMatched == 0 ? 0 : (double)ValuesCorrect / ValuesMatched;

    /// <summary>Sums two scores.</summary>
    public static LayerScore operator +(LayerScore a, LayerScore b) =>
        new(a.Exact + b.Exact, a.Overlap + b.Overlap, a.ValuesMatched + b.ValuesMatched, a.ValuesCorrect + b.ValuesCorrect);
}

/// <summary>Scores of one or more annotated articles against their gold files.</summary>
/// <param name="Documents">Articles scored.</param>
/// <param name="Entities">Entity mentions (type must match).</param>
/// <param name="Quantities">Quantities; values = low/best/high as the gold states them.</param>
/// <param name="Dates">Dates; values = the resolved day or range.</param>
/// <param name="Quotes">Quote contents; values = the speaker.</param>
/// <param name="Events">Events matched by type and overlapping evidence (or same date and place); values = sub-type, date, actors, place, fatalities all right.</param>
/// <param name="Violations">Extracted events that overlap text the gold says must not become an event.</param>
/// <param name="Misses">Human-readable lines for every gold item missed or wrong, for the table view.</param>
public sealed record SampleScores(int Documents, LayerScore Entities, LayerScore Quantities, LayerScore Dates, LayerScore Quotes, LayerScore Events, int Violations, IReadOnlyList<string> Misses)
{
    /// <summary>Sums two results.</summary>
    public static SampleScores operator +(SampleScores a, SampleScores b) =>
        new(a.Documents + b.Documents, a.Entities + b.Entities, a.Quantities + b.Quantities, a.Dates + b.Dates, a.Quotes + b.Quotes, a.Events + b.Events,
            a.Violations + b.Violations, [.. a.Misses, .. b.Misses]);

    /// <summary>An empty result to sum into.</summary>
    public static SampleScores Zero { get; } = new(0, LayerScore.Zero, LayerScore.Zero, LayerScore.Zero, LayerScore.Zero, LayerScore.Zero, 0, []);

    /// <summary>Layers in report order.</summary>
    public IEnumerable<(string Name, LayerScore Score)> Layers() =>
        [("entities", Entities), ("quantities", Quantities), ("dates", Dates), ("quotes", Quotes), ("events", Events)];

    /// <summary>Writes the contract's JSON object: per layer precision/recall/f1 (exact) plus overlap and value accuracy, and must_not_extract violations.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("documents", Documents);
        foreach (var (name, score) in Layers())
        {
            writer.WriteStartObject(name);
            writer.WriteNumber("precision", Math.Round(score.Exact.Precision, 4));
            writer.WriteNumber("recall", Math.Round(score.Exact.Recall, 4));
            writer.WriteNumber("f1", Math.Round(score.Exact.F1, 4));
            writer.WritePropertyName("overlap");
            score.Overlap.WriteJson(writer);
            writer.WriteNumber("gold", score.Exact.Gold);
            writer.WriteNumber("predicted", score.Exact.Predicted);
            writer.WriteNumber("values_correct", Math.Round(score.ValueAccuracy, 4));
            writer.WriteEndObject();
        }
        writer.WriteStartObject("must_not_extract");
        writer.WriteNumber("violations", Violations);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}

/// <summary>Compares an annotated document with its gold sample, layer by layer.</summary>
public static class SampleEvaluator
{
    /// <summary>Scores <paramref name="document"/> against <paramref name="gold"/>.</summary>
    public static SampleScores Evaluate(GoldSample gold, Document document)
    {
        var misses = new List<string>();
        string Where(TextSpan s) => $"{gold.Id} [{s.Start},{s.End})";

        // The gold lists each distinct name once; every whole-word repetition of it is gold too.
        var goldEntities = gold.Entities
            .SelectMany(e => WholeWordOccurrences(gold.Text, e.Text).Select(s => (Span: s, e.Kind)).Append((e.Span, e.Kind)))
            .Distinct().ToList();
        var entities = Score(goldEntities, document.Entities, g => g.Span, p => p.Span, (g, p) => g.Kind == p.Kind, (g, p) => true,
            g => misses.Add($"entity   missed {g.Kind} '{gold.Text[g.Span.Start..g.Span.End]}' at {Where(g.Span)}"));

        var quantities = Score(gold.Quantities, document.Quantities, g => g.Span, p => p.Span, (_, _) => true,
            (g, p) => Same(g.Low, p.Low) && Same(g.Best, p.Best) && Same(g.High, p.High),
            g => misses.Add($"quantity missed '{g.Text}' at {Where(g.Span)}"),
            (g, p) => misses.Add($"quantity '{g.Text}': gold {g.Low}/{g.Best}/{g.High}, got {p.Low}/{p.Best}/{p.High}"));

        var dates = Score(gold.Dates, document.Dates, g => g.Span, p => p.Span, (_, _) => true,
            (g, p) => g.From == p.From && g.To == p.To,
            g => misses.Add($"date     missed '{g.Text}' at {Where(g.Span)}"),
            (g, p) => misses.Add($"date     '{g.Text}': gold {g.From:yyyy-MM-dd}..{g.To:yyyy-MM-dd}, got {p.From:yyyy-MM-dd}..{p.To:yyyy-MM-dd}"));

        var quotes = Score(gold.Quotes, document.Quotes, g => g.Span, p => p.Span, (_, _) => true,
            (g, p) => SameName(g.Speaker, p.Speaker) && SameRole(g.SpeakerRole, p.SpeakerRole),
            g => misses.Add($"quote    missed '{Clip(g.Text)}' ({g.Speaker}) at {Where(g.Span)}"),
            (g, p) => misses.Add($"quote    '{Clip(g.Text)}': gold {g.Speaker} / {g.SpeakerRole}, got {p.Speaker} / {p.SpeakerRole}"));

        var events = ScoreEvents(gold, document, misses);

        int violations = 0;
        foreach (var e in document.Events)
            foreach (var forbidden in gold.MustNotExtract)
                if (e.Evidence.Append(e.Span).Any(s => s.Overlaps(forbidden.Span)))
                {
                    violations++;
                    misses.Add($"VIOLATION {e.EventType} extracted from '{forbidden.Text}' ({forbidden.Why})");
                }

        return new SampleScores(1, entities, quantities, dates, quotes, events, violations, misses);
    }

    private static LayerScore Score<TGold, TPred>(IReadOnlyList<TGold> gold, IReadOnlyList<TPred> predicted,
        Func<TGold, TextSpan> goldSpan, Func<TPred, TextSpan> predictedSpan, Func<TGold, TPred, bool> sameKind, Func<TGold, TPred, bool> sameValues,
        Action<TGold> onMiss, Action<TGold, TPred>? onWrongValue = null)
    {
        int exactTp = predicted.Count(p => gold.Any(g => goldSpan(g) == predictedSpan(p) && sameKind(g, p)));
        int exactFound = gold.Count(g => predicted.Any(p => goldSpan(g) == predictedSpan(p) && sameKind(g, p)));
        int overlapTp = predicted.Count(p => gold.Any(g => goldSpan(g).Overlaps(predictedSpan(p)) && sameKind(g, p)));
        int overlapFound = 0, checkedValues = 0, correctValues = 0;
        foreach (var g in gold)
        {
            var match = predicted.Where(p => goldSpan(g).Overlaps(predictedSpan(p)) && sameKind(g, p))
                .OrderByDescending(p => goldSpan(g) == predictedSpan(p)).ThenByDescending(p => Overlap(goldSpan(g), predictedSpan(p))).FirstOrDefault();
            if (match is null) { onMiss(g); continue; }
            overlapFound++;
            checkedValues++;
            if (sameValues(g, match)) correctValues++;
            else onWrongValue?.Invoke(g, match);
        }
        return new LayerScore(new Prf(exactTp, predicted.Count, gold.Count, exactFound), new Prf(overlapTp, predicted.Count, gold.Count, overlapFound), checkedValues, correctValues);
    }

    private static LayerScore ScoreEvents(GoldSample gold, Document document, List<string> misses)
    {
        var unmatched = document.Events.ToList();
        int found = 0, exactFound = 0, correct = 0;
        foreach (var g in gold.Events)
        {
            bool Matches(EventRecord p) => p.EventType == g.EventType &&
                ((g.Evidence is { } ev && p.Evidence.Append(p.Span).Any(s => s.Overlaps(ev))) ||
                 (g.From == p.EventDate && SameName(g.Location, p.Location)));
            var match = unmatched.FirstOrDefault(Matches);
            if (match is null)
            {
                misses.Add($"event    missed {g.Id}: {g.EventType} / {g.SubEventType}");
                continue;
            }
            unmatched.Remove(match);
            found++;
            if (g.Evidence is { } evidence && match.Evidence.Append(match.Span).Contains(evidence)) exactFound++;
            var wrong = new List<string>();
            if (match.SubEventType != g.SubEventType) wrong.Add($"sub-type {match.SubEventType} (gold {g.SubEventType})");
            if (match.EventDate != g.From || (match.EventDateEnd ?? match.EventDate) != g.To) wrong.Add($"date {match.EventDate}..{match.EventDateEnd} (gold {g.From}..{g.To})");
            if (!SameName(g.Actor1, match.Actor1)) wrong.Add($"actor1 {match.Actor1} (gold {g.Actor1})");
            if (!SameName(g.Actor2, match.Actor2)) wrong.Add($"actor2 {match.Actor2} (gold {g.Actor2})");
            if (!SameName(g.Location, match.Location)) wrong.Add($"location {match.Location} (gold {g.Location})");
            if (g.Fatalities is { } f && (match.Fatalities ?? 0) != f) wrong.Add($"fatalities {match.Fatalities} (gold {f})");
            if (wrong.Count == 0) correct++;
            else misses.Add($"event    {g.Id}: " + string.Join("; ", wrong));
        }
        var exact = new Prf(exactFound, document.Events.Count, gold.Events.Count, exactFound);
        var overlap = new Prf(found, document.Events.Count, gold.Events.Count, found);
        return new LayerScore(exact, overlap, found, correct);
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static bool Same(double? gold, double? predicted) => gold is null || (predicted is { } p && Math.Abs(p - gold.Value) < 1e-6);

    private static bool SameName(string? gold, string? predicted) =>
        string.Equals(Normalize(gold), Normalize(predicted), StringComparison.OrdinalIgnoreCase);

    // Roles are compared loosely: "the head of Nato" is "head of Nato"; a role the gold leaves unnamed ("(unnamed)") is not required.
    private static bool SameRole(string? gold, string? predicted)
    {
        var g = Normalize(gold?.Replace("(unnamed)", "", StringComparison.Ordinal));
        var p = Normalize(predicted);
        if (string.IsNullOrEmpty(g)) return true;
        return !string.IsNullOrEmpty(p) && (g.Contains(p, StringComparison.OrdinalIgnoreCase) || p.Contains(g, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Normalize(string? name)
    {
        if (name is null) return null;
        var n = name.Trim().TrimEnd('.', ',');
        foreach (var article in new[] { "the ", "a ", "an " })
            if (n.StartsWith(article, StringComparison.OrdinalIgnoreCase)) n = n[article.Length..];
        return n.Trim();
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..37] + "...";

    /// <summary>Every occurrence of <paramref name="word"/> in <paramref name="text"/> not inside a longer word.</summary>
    public static IEnumerable<TextSpan> WholeWordOccurrences(string text, string word)
    {
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            bool startOk = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            int end = i + word.Length;
            bool endOk = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startOk && endOk) yield return new TextSpan(i, end);
        }
    }
}
