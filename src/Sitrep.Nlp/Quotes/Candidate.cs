using Sitrep.Core;

namespace Sitrep.Nlp.Quotes;

/// <summary>A quote under construction: spans only, before pronouns are resolved and speakers grouped.</summary>
internal sealed class Candidate
{
    public TextSpan Content { get; set; }
    public QuoteKind Kind { get; init; }
    public double Confidence { get; set; }
    public int Paragraph { get; init; }
    public QuoteSegment? Segment { get; init; }
    public TextSpan? Cue { get; set; }
    public TextSpan? SpeakerSpan { get; set; }
    /// <summary>What names the speaker when the speaker span does not ("who" in "Ted Cruz, who said").</summary>
    public TextSpan? NameSpan { get; set; }
    public TextSpan? RoleSpan { get; set; }
    public TextSpan? Medium { get; set; }

    /// <summary>Takes the attribution of <paramref name="other"/>: a quote split by its attribution shares it.</summary>
    public void CopySpeaker(Candidate other)
    {
        Cue = other.Cue;
        SpeakerSpan = other.SpeakerSpan;
        NameSpan = other.NameSpan;
        RoleSpan = other.RoleSpan;
        Medium = other.Medium;
    }
}
