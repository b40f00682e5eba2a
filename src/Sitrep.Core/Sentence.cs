namespace Sitrep.Core;

/// <summary>A sentence: its characters and the token range it covers.</summary>
/// <param name="Span">Characters of the sentence.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="IsCaption">True when the sentence lies in a caption block rather than body text.</param>
/// <param name="Confidence">Splitter confidence.</param>
/// <param name="Producer">Stage name.</param>
public sealed record Sentence(TextSpan Span, int FirstToken, int TokenCount, bool IsCaption, double Confidence, string Producer)
    : Annotation(Span, Confidence, Producer)
{
    /// <summary>Index just past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>A block of the text that is not body: a photo caption, a credit line.</summary>
/// <param name="Span">Characters of the block.</param>
/// <param name="Reason">Why it was judged a caption (e.g. "photo credit").</param>
/// <param name="Confidence">Detector confidence.</param>
/// <param name="Producer">Stage name.</param>
public sealed record CaptionBlock(TextSpan Span, string Reason, double Confidence, string Producer)
    : Annotation(Span, Confidence, Producer);
