using System.Text.Json;
using Sitrep.Core;
using Sitrep.Nlp.Pipeline;

namespace Sitrep.Nlp.Evaluation;

/// <summary>How often the pipeline finds violence in text that reports none.</summary>
/// <param name="Articles">Articles read.</param>
/// <param name="WithViolentEvent">Articles with at least one violent event.</param>
/// <param name="Examples">Up to ten offending articles with the evidence sentence of their first violent event.</param>
public sealed record NoEventReport(int Articles, int WithViolentEvent, IReadOnlyList<(string Id, string Sentence)> Examples)
{
    /// <summary>Share of articles with a violent event.</summary>
    public double FalseEventShare => Articles == 0 ? 0 : (double)WithViolentEvent / Articles;

    /// <summary>One JSON object: articles, false_events and false_event_share.</summary>
    public string ToJson() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["articles"] = Articles,
        ["false_events"] = WithViolentEvent,
        ["false_event_share"] = Math.Round(FalseEventShare, 4),
    });
}

/// <summary>Runs the pipeline on non-conflict articles (Reuters earn/acq) and counts those given a violent event.</summary>
public static class NoEventEvaluation
{
    /// <summary>Counts articles in <paramref name="articles"/> that get a violent event.</summary>
    public static NoEventReport Run(IEnumerable<(string Id, string Text)> articles, TextPipeline pipeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(pipeline);
        int n = 0, violent = 0;
        var examples = new List<(string, string)>();
        foreach (var (id, text) in articles)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            n++;
            var doc = pipeline.Process(new Document(id, text), cancellationToken);
            var hit = doc.Events.FirstOrDefault(e => AcledTaxonomy.IsViolent(e.EventType));
            if (hit is null) continue;
            violent++;
            if (examples.Count < 10) examples.Add((id, doc.TextOf(hit.Span)));
        }
        return new NoEventReport(n, violent, examples);
    }
}
