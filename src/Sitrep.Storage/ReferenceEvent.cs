namespace Sitrep.Storage;

/// <summary>An event coded by ACLED (imported from an ACLED export), kept beside Sitrep's own events for comparison.</summary>
public sealed record ReferenceEvent
{
    /// <summary>event_id_cnty: ACLED's id.</summary>
    public required string EventId { get; init; }
    /// <summary>event_date.</summary>
    public DateOnly? EventDate { get; init; }
    /// <summary>time_precision.</summary>
    public int? TimePrecision { get; init; }
    /// <summary>event_type.</summary>
    public string? EventType { get; init; }
    /// <summary>sub_event_type.</summary>
    public string? SubEventType { get; init; }
    /// <summary>actor1.</summary>
    public string? Actor1 { get; init; }
    /// <summary>assoc_actor_1.</summary>
    public string? AssocActor1 { get; init; }
    /// <summary>inter1.</summary>
    public int? Inter1 { get; init; }
    /// <summary>actor2.</summary>
    public string? Actor2 { get; init; }
    /// <summary>assoc_actor_2.</summary>
    public string? AssocActor2 { get; init; }
    /// <summary>inter2.</summary>
    public int? Inter2 { get; init; }
    /// <summary>civilian_targeting.</summary>
    public bool? CivilianTargeting { get; init; }
    /// <summary>region.</summary>
    public string? Region { get; init; }
    /// <summary>country.</summary>
    public string? Country { get; init; }
    /// <summary>iso as written in the export.</summary>
    public string? Iso { get; init; }
    /// <summary>admin1.</summary>
    public string? Admin1 { get; init; }
    /// <summary>admin2.</summary>
    public string? Admin2 { get; init; }
    /// <summary>admin3.</summary>
    public string? Admin3 { get; init; }
    /// <summary>location.</summary>
    public string? Location { get; init; }
    /// <summary>latitude.</summary>
    public double? Latitude { get; init; }
    /// <summary>longitude.</summary>
    public double? Longitude { get; init; }
    /// <summary>geo_precision.</summary>
    public int? GeoPrecision { get; init; }
    /// <summary>source.</summary>
    public string? Source { get; init; }
    /// <summary>notes.</summary>
    public string? Notes { get; init; }
    /// <summary>fatalities.</summary>
    public int? Fatalities { get; init; }
}
