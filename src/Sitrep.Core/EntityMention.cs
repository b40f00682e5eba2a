namespace Sitrep.Core;

/// <summary>Entity classes in the CoNLL-2003 scheme.</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    PER,
    /// <summary>An organisation, armed group, outlet or institution.</summary>
    ORG,
    /// <summary>A place: country, city, district, landmark, region.</summary>
    LOC,
    /// <summary>Nationalities, demonyms, religious or ethnic adjectives, events, other names.</summary>
    MISC,
}

/// <summary>A named entity mention.</summary>
/// <param name="Span">Characters of the mention.</param>
/// <param name="Kind">Entity class.</param>
/// <param name="Confidence">Producer confidence.</param>
/// <param name="Producer">Stage name.</param>
public sealed record EntityMention(TextSpan Span, EntityKind Kind, double Confidence, string Producer)
    : Annotation(Span, Confidence, Producer)
{
    /// <summary>Index of the mention's cluster within the document: mentions of the same entity share it.</summary>
    public int? ClusterId { get; init; }

    /// <summary>The fullest name of the entity in the document ("Jens Stoltenberg" for "Stoltenberg").</summary>
    public string? Canonical { get; init; }

    /// <summary>ISO 3166 alpha-2 code of the country a place or demonym points to, when known.</summary>
    public string? CountryCode { get; init; }
}
