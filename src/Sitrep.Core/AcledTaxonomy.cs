namespace Sitrep.Core;

/// <summary>ACLED's six event types with their sub-event types in hierarchy order, plus Sitrep's humanitarian layer.</summary>
public static class AcledTaxonomy
{
    /// <summary>Event type of the humanitarian layer, which ACLED does not code.</summary>
    public const string Humanitarian = "Humanitarian";

    /// <summary>Event types in ACLED's hierarchy order, each with its sub-event types in order.</summary>
    public static IReadOnlyList<(string Type, IReadOnlyList<string> SubTypes)> Types { get; } =
    [
        ("Battles", ["Government regains territory", "Non-state actor overtakes territory", "Armed clash"]),
        ("Protests", ["Excessive force against protesters", "Protest with intervention", "Peaceful protest"]),
        ("Riots", ["Violent demonstration", "Mob violence"]),
        ("Explosions/Remote violence", ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"]),
        ("Violence against civilians", ["Sexual violence", "Attack", "Abduction/forced disappearance"]),
        ("Strategic developments", ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"]),
        (Humanitarian, ["Siege / population trapped", "Displacement", "Health facilities short of supplies", "Aid access denied", "Ceasefire agreed", "Ceasefire collapsed"]),
    ];

    /// <summary>True when <paramref name="subType"/> belongs to <paramref name="type"/>.</summary>
    public static bool IsValid(string type, string subType) =>
        Types.Any(t => t.Type == type && t.SubTypes.Contains(subType));

    /// <summary>The event type a sub-event type belongs to, or null.</summary>
    public static string? TypeOf(string subType) =>
        Types.FirstOrDefault(t => t.SubTypes.Contains(subType)).Type;

    /// <summary>Returns <paramref name="type"/> when the pair is valid.</summary>
    /// <exception cref="ArgumentException">When the pair is not in the taxonomy.</exception>
    public static string RequireSubType(string type, string subType) =>
        IsValid(type, subType) ? type : throw new ArgumentException($"'{subType}' is not a sub-event type of '{type}'");

    /// <summary>True for the event types that count as political violence.</summary>
    public static bool IsViolent(string type) =>
        type is "Battles" or "Explosions/Remote violence" or "Violence against civilians" or "Riots";
}
