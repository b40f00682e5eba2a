namespace Sitrep.Core;

/// <summary>One row of an ACLED export, with the columns every evaluation needs; absent columns are null.</summary>
public sealed record AcledRow
{
    /// <summary>1-based line number of the row's record in the file (header is line 1).</summary>
    public int Line { get; init; }
    /// <summary>event_id_cnty.</summary>
    public string? EventId { get; init; }
    /// <summary>event_date, parsed from any of ACLED's date formats.</summary>
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
    /// <summary>inter1 (numeric in older exports; text in newer ones is kept as null).</summary>
    public int? Inter1 { get; init; }
    /// <summary>actor2.</summary>
    public string? Actor2 { get; init; }
    /// <summary>assoc_actor_2.</summary>
    public string? AssocActor2 { get; init; }
    /// <summary>inter2.</summary>
    public int? Inter2 { get; init; }
    /// <summary>civilian_targeting (newer exports).</summary>
    public bool? CivilianTargeting { get; init; }
    /// <summary>region.</summary>
    public string? Region { get; init; }
    /// <summary>country.</summary>
    public string? Country { get; init; }
    /// <summary>iso3 or, failing that, the numeric iso column as written.</summary>
    public string? Iso3 { get; init; }
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
    /// <summary>notes: the coder's summary of the event.</summary>
    public string Notes { get; init; } = "";
    /// <summary>fatalities.</summary>
    public int? Fatalities { get; init; }
}
