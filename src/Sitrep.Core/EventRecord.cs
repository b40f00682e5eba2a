namespace Sitrep.Core;

/// <summary>An event in ACLED's taxonomy, or a humanitarian situation, with ACLED's fields and its evidence.</summary>
/// <param name="Span">The trigger or evidence sentence the event was read from.</param>
/// <param name="EventType">ACLED event type, or <see cref="AcledTaxonomy.Humanitarian"/>.</param>
/// <param name="SubEventType">A sub-event type of <paramref name="EventType"/>.</param>
/// <param name="Confidence">Producer confidence.</param>
/// <param name="Producer">Stage name.</param>
public sealed record EventRecord(TextSpan Span, string EventType, string SubEventType, double Confidence, string Producer)
    : Annotation(Span, Confidence, Producer)
{
    /// <summary>Validated event type.</summary>
    public string EventType { get; init; } = AcledTaxonomy.RequireSubType(EventType, SubEventType);

    /// <summary>Main actor, ACLED-normalised ("Military Forces of Syria").</summary>
    public string? Actor1 { get; init; }
    /// <summary>Actors associated with actor 1.</summary>
    public string? AssocActor1 { get; init; }
    /// <summary>The other side or the target.</summary>
    public string? Actor2 { get; init; }
    /// <summary>Actors associated with actor 2.</summary>
    public string? AssocActor2 { get; init; }
    /// <summary>ACLED inter code of actor 1 (1-8).</summary>
    public int? Inter1 { get; init; }
    /// <summary>ACLED inter code of actor 2 (0-8).</summary>
    public int? Inter2 { get; init; }
    /// <summary>ACLED interaction code (two digits from inter1 and inter2).</summary>
    public int? Interaction => Inter1 is { } a ? Math.Min(a, Inter2 ?? 0) * 10 + Math.Max(a, Inter2 ?? 0) : null;
    /// <summary>True when civilians were the target.</summary>
    public bool? CivilianTargeting { get; init; }

    /// <summary>Country name.</summary>
    public string? Country { get; init; }
    /// <summary>ISO 3166 alpha-2 code.</summary>
    public string? Iso { get; init; }
    /// <summary>First-level administrative division.</summary>
    public string? Admin1 { get; init; }
    /// <summary>Second-level administrative division.</summary>
    public string? Admin2 { get; init; }
    /// <summary>The place as named.</summary>
    public string? Location { get; init; }
    /// <summary>Latitude in degrees.</summary>
    public double? Latitude { get; init; }
    /// <summary>Longitude in degrees.</summary>
    public double? Longitude { get; init; }
    /// <summary>ACLED geo_precision: 1 the place itself, 2 near it or part of a region, 3 a larger region.</summary>
    public int? GeoPrecision { get; init; }

    /// <summary>First day of the event.</summary>
    public DateOnly? EventDate { get; init; }
    /// <summary>Last day of the event (campaigns over several days).</summary>
    public DateOnly? EventDateEnd { get; init; }
    /// <summary>ACLED time_precision: 1 day, 2 week, 3 month or longer.</summary>
    public int? TimePrecision { get; init; }

    /// <summary>Best (conservative) fatality figure.</summary>
    public int? Fatalities { get; init; }
    /// <summary>Lowest fatality figure any source allows.</summary>
    public int? FatalitiesLow { get; init; }
    /// <summary>Highest fatality figure any source allows.</summary>
    public int? FatalitiesHigh { get; init; }
    /// <summary>People affected (trapped, displaced) for humanitarian situations.</summary>
    public int? PeopleAffected { get; init; }

    /// <summary>The word or phrase that reports the event ("bombing", "clashes"), when one was found.</summary>
    public TextSpan? Trigger { get; init; }

    /// <summary>Spans of the evidence: the sentence and the arguments read.</summary>
    public IReadOnlyList<TextSpan> Evidence { get; init; } = [];

    /// <summary>Spans into <see cref="Document.Title"/> of the words a value was read from ("Assad regime" of "Assad regime kills 18"):
    /// a headline held apart from the text tells the perpetrator or toll the body leaves unsaid.</summary>
    /// <remarks>A list of its own rather than a field name on each span: every <see cref="TextSpan"/> of the model points into
    /// <see cref="Document.Text"/>, and <see cref="Evidence"/> keeps meaning exactly that for every reader; the title is the one
    /// other text a value can come from, so one more list says it without a provenance type on every span.</remarks>
    public IReadOnlyList<TextSpan> TitleEvidence { get; init; } = [];
}
