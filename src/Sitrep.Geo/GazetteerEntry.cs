namespace Sitrep.Geo;

/// <summary>What a gazetteer entry is: a country, an administrative division or a populated place.</summary>
public enum GazetteerKind
{
    /// <summary>A country.</summary>
    Country,
    /// <summary>A first-level administrative division.</summary>
    Admin1,
    /// <summary>A second-level administrative division.</summary>
    Admin2,
    /// <summary>A city, town or village.</summary>
    Populated,
}

/// <summary>One gazetteer entry: a named place with its coordinates, administrative codes and population.</summary>
/// <param name="Index">Position of the entry in its gazetteer.</param>
/// <param name="Kind">Country, division or populated place.</param>
/// <param name="Name">Preferred name.</param>
/// <param name="Latitude">Latitude in degrees (a division's or country's seat, else the mean of its places).</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="CountryCode">ISO 3166 alpha-2 code.</param>
/// <param name="Admin1Code">GeoNames admin1 code within the country, or empty.</param>
/// <param name="Admin2Code">GeoNames admin2 code within the admin1, or empty.</param>
/// <param name="FeatureCode">GeoNames feature code (PPLC capital, PPLA seat of a division, PPL, ADM1, PCLI), "PPL" when unknown, "ACLED" for a place taken from ACLED's coding.</param>
/// <param name="Population">Population, 0 when unknown (places below 15,000 people).</param>
/// <param name="GeoNameId">GeoNames id when the source carries it.</param>
public sealed record GazetteerEntry(
    int Index, GazetteerKind Kind, string Name, double Latitude, double Longitude,
    string CountryCode, string Admin1Code, string Admin2Code, string FeatureCode, long Population, int? GeoNameId)
{
    /// <summary>Training rows of ACLED's coding placed here (same name, within a few km): how often conflict events are reported at this
    /// place rather than at others of its name. 0 for most places.</summary>
    public int CodedRows { get; init; }

    /// <summary>For a district: where ACLED's training rows coded in it cluster (the row point most of them lie within 25 km of), when
    /// it has at least two; null otherwise. A village of the district the gazetteer lacks is likelier there than at the seat.</summary>
    public (double Latitude, double Longitude)? VillagePoint { get; init; }

    /// <summary>True for a national capital.</summary>
    public bool IsCapital => FeatureCode == "PPLC";
}
