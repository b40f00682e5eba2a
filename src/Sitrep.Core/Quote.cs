namespace Sitrep.Core;

/// <summary>How a quote is rendered.</summary>
public enum QuoteKind
{
    /// <summary>Words between quote marks.</summary>
    Direct,
    /// <summary>Reported speech without quote marks ("X said that ...").</summary>
    Indirect,
}

/// <summary>A quote: its content, the cue verb, the speaker and the speaker's role.</summary>
/// <param name="Span">Characters of the quoted content (inside the quote marks for direct quotes).</param>
/// <param name="Kind">Direct or indirect.</param>
/// <param name="Confidence">Producer confidence.</param>
/// <param name="Producer">Stage name.</param>
public sealed record Quote(TextSpan Span, QuoteKind Kind, double Confidence, string Producer)
    : Annotation(Span, Confidence, Producer)
{
    /// <summary>The cue verb ("said", "told").</summary>
    public TextSpan? Cue { get; init; }

    /// <summary>The speaker mention as written (a name, a pronoun, or a description).</summary>
    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>The speaker's name after pronoun resolution ("Abdulkafi al-Hamdo", "A Western diplomat").</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker's role or affiliation from an appositive ("head of Nato").</summary>
    public string? SpeakerRole { get; init; }

    /// <summary>Where the role was read.</summary>
    public TextSpan? SpeakerRoleSpan { get; init; }

    /// <summary>The medium the speaker addressed ("the Telegraph"), if given.</summary>
    public string? Medium { get; init; }

    /// <summary>Index of the speaker within the document: every quote of one person or body shares it.</summary>
    /// <remarks>Follows the entity layer's <see cref="EntityMention.ClusterId"/> grouping when entities are present, else name matching ("Orton" joins "Kyle Orton").</remarks>
    public int? SpeakerClusterId { get; init; }

    /// <summary>Characters of the medium, if given.</summary>
    public TextSpan? MediumSpan { get; init; }
}
