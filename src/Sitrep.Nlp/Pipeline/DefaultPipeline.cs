using Sitrep.Nlp.Dates;
using Sitrep.Nlp.Entities;
using Sitrep.Nlp.Events;
using Sitrep.Nlp.Places;
using Sitrep.Nlp.Quantities;
using Sitrep.Nlp.Quotes;
using Sitrep.Nlp.Text;

namespace Sitrep.Nlp.Pipeline;

/// <summary>The one place where Sitrep's standard pipeline is composed.</summary>
public static class DefaultPipeline
{
    private static readonly Lazy<TextPipeline> Shared = new(() => Create().Build());

    /// <summary>The standard pipeline, built once and shared (stages and models are immutable).</summary>
    public static TextPipeline Instance => Shared.Value;

    /// <summary>The standard stages up to sentences (captions, tokens, sentences), for readers that need no model-backed layer.</summary>
    public static PipelineBuilder Sentences() => new PipelineBuilder()
        .Add(new CaptionDetector())
        .Add(new TokenizerStage())
        .Add(new SentenceStage());

    /// <summary>A builder holding the standard stages in order, to extend or to build.</summary>
    public static PipelineBuilder Create() => Create(EventModel.Shipped);

    /// <summary>The standard stages with <paramref name="events"/> as the event model, e.g. to score a freshly trained one.</summary>
    public static PipelineBuilder Create(EventModel events) => Sentences()
        .Add(EntityStage.Shipped())
        .Add(new GeoStage())
        .Add(new QuantityStage())
        .Add(new DateStage())
        .Add(new QuoteStage())
        .Add(new EventStage(events));
}
