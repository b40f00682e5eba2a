using Sitrep.Core;

namespace Sitrep.Nlp.Text;

/// <summary>Pipeline stage that sets the sentence layer and marks sentences inside captions.</summary>
/// <remarks>Reads <see cref="Layer.Tokens"/> and <see cref="Layer.Captions"/>; writes <see cref="Layer.Sentences"/>.</remarks>
public sealed class SentenceStage : IPipelineStage
{
    /// <inheritdoc/>
    public string Name => "sentences";
    /// <inheritdoc/>
    public IReadOnlySet<Layer> Requires { get; } = new HashSet<Layer> { Layer.Tokens, Layer.Captions };
    /// <inheritdoc/>
    public IReadOnlySet<Layer> Produces { get; } = new HashSet<Layer> { Layer.Sentences };

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = document.TokenData;
        // Page furniture run into the text (a dateline, a keyword list) is a sentence of its own, so that it stays out of the story's.
        var breaks = document.Captions.SelectMany(c => new[] { c.Span.Start, c.Span.End }).Order().ToArray();
        var ranges = SentenceSplitter.Split(document.Text, tokens, breaks);
        var sentences = new List<Sentence>(ranges.Count);
        foreach (var (first, count) in ranges)
        {
            var span = new TextSpan(tokens[first].Span.Start, tokens[first + count - 1].Span.End);
            bool lineEnd = tokens[first + count - 1].Flags.HasFlag(TokenFlags.LineBreakAfter) || first + count == tokens.Length;
            // A boundary at punctuation followed by a capital is less certain than one at a line break.
            sentences.Add(new Sentence(span, first, count, document.IsInCaption(span), lineEnd ? 0.99 : 0.9, Name));
        }
        document.SetSentences(sentences);
    }
}
