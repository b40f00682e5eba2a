namespace Sitrep.Core;

/// <summary>Base of every extracted value: where it came from, how sure the producer is, and who produced it.</summary>
/// <param name="Span">The characters of the document the value was read from.</param>
/// <param name="Confidence">Producer's confidence in [0, 1].</param>
/// <param name="Producer">Name of the pipeline stage that produced the value.</param>
public abstract record Annotation(TextSpan Span, double Confidence, string Producer)
{
    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; init; } = Confidence is >= 0 and <= 1
        ? Confidence
        : throw new ArgumentOutOfRangeException(nameof(Confidence), $"confidence {Confidence} is outside [0, 1]");
}
