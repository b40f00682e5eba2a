namespace Sitrep.Core;

/// <summary>How precisely a resolved place locates what the text describes; ACLED geo_precision and UCDP where_prec both derive from it.</summary>
public enum PrecisionCode
{
    /// <summary>The named town or village itself.</summary>
    Exact,
    /// <summary>A part of a named town ("east Aleppo"); the town's coordinates are used.</summary>
    PartOfPlace,
    /// <summary>Near a named place or at a bearing from it ("south of Aleppo", "20 km north of X"); the anchor's coordinates are used.</summary>
    Near,
    /// <summary>A second-level administrative division (district).</summary>
    Admin2,
    /// <summary>A first-level administrative division (province, governorate).</summary>
    Admin1,
    /// <summary>Part of a country larger than a province ("northern Syria", a border area).</summary>
    Region,
    /// <summary>A whole country.</summary>
    Country,
}

/// <summary>Compass bearing of a relative location from its anchor place.</summary>
public enum Bearing
{
    /// <summary>North.</summary>
    North,
    /// <summary>North-east.</summary>
    NorthEast,
    /// <summary>East.</summary>
    East,
    /// <summary>South-east.</summary>
    SouthEast,
    /// <summary>South.</summary>
    South,
    /// <summary>South-west.</summary>
    SouthWest,
    /// <summary>West.</summary>
    West,
    /// <summary>North-west.</summary>
    NorthWest,
}

/// <summary>GeoNames feature class of the gazetteer entry a place resolved to.</summary>
public enum FeatureClass
{
    /// <summary>Class A: a country or an administrative division.</summary>
    AdministrativeArea,
    /// <summary>Class P: a city, town or village.</summary>
    PopulatedPlace,
}

/// <summary>A place mention resolved to a gazetteer entry, with the coordinates and administrative units an event record needs.</summary>
/// <param name="Span">Characters of the mention, relative phrase included ("20 km north of Aleppo").</param>
/// <param name="Name">The gazetteer's name of the place the coordinates belong to.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="Precision">How precisely the mention is located.</param>
/// <param name="Confidence">Producer confidence that this is the place meant.</param>
/// <param name="Producer">Stage name.</param>
public sealed record Place(TextSpan Span, string Name, double Latitude, double Longitude, PrecisionCode Precision, double Confidence, string Producer)
    : Annotation(Span, Confidence, Producer)
{
    /// <summary>ISO 3166 alpha-2 code of the country.</summary>
    public string? CountryCode { get; init; }
    /// <summary>Country name.</summary>
    public string? Country { get; init; }
    /// <summary>First-level administrative division, by name.</summary>
    public string? Admin1 { get; init; }
    /// <summary>Second-level administrative division, by name.</summary>
    public string? Admin2 { get; init; }
    /// <summary>GeoNames id of the entry, when the source data carries one.</summary>
    public int? GeoNameId { get; init; }
    /// <summary>GeoNames feature class of the entry.</summary>
    public FeatureClass FeatureClass { get; init; }
    /// <summary>The place name itself within <see cref="Annotation.Span"/> ("Aleppo" in "south of Aleppo").</summary>
    public TextSpan? NameSpan { get; init; }
    /// <summary>Bearing from the named place for relative locations.</summary>
    public Bearing? Bearing { get; init; }
    /// <summary>Stated distance from the named place in kilometres.</summary>
    public double? DistanceKm { get; init; }
    /// <summary>True when the name stands for a government or its people rather than a location ("talks with Washington"); such mentions are not event locations.</summary>
    public bool IsMetonym { get; init; }

    /// <summary>ACLED geo_precision: 1 the place itself, 2 near it or a district, 3 a province or larger.</summary>
    public int AcledGeoPrecision => Precision switch
    {
        PrecisionCode.Exact or PrecisionCode.PartOfPlace => 1,
        PrecisionCode.Near or PrecisionCode.Admin2 => 2,
        _ => 3,
    };

    /// <summary>UCDP where_prec: 1 exact, 2 within about 25 km, 3 district, 4 province, 5 larger region, 6 country, 7 beyond one country.</summary>
    /// <remarks>Value 7 (international waters, several countries) is never produced: a place resolves to one country.</remarks>
    public int UcdpWherePrecision => Precision switch
    {
        PrecisionCode.Exact => 1,
        PrecisionCode.PartOfPlace or PrecisionCode.Near => 2,
        PrecisionCode.Admin2 => 3,
        PrecisionCode.Admin1 => 4,
        PrecisionCode.Region => 5,
        _ => 6,
    };
}
