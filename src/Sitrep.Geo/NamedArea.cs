namespace Sitrep.Geo;

/// <summary>One event a coder placed in an area by name (UCDP-AEC's <c>location_where_name</c>), with the country and province it
/// codes the event in, in UCDP's spelling ("Syria", "Rif Dimashq governorate", "Eastern Ghouta").</summary>
/// <param name="Country">Country name; UCDP may add a former name in brackets ("Yemen (North Yemen)").</param>
/// <param name="Admin1">Province name, with or without its division word.</param>
/// <param name="Name">The area's name.</param>
public sealed record NamedArea(string Country, string Admin1, string Name);
