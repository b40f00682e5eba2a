namespace Sitrep.Core;

/// <summary>What a number counts, as a conflict coder reads it.</summary>
public enum QuantityKind
{
    /// <summary>A plain count of something.</summary>
    Count,
    /// <summary>People killed.</summary>
    Fatalities,
    /// <summary>People injured or wounded.</summary>
    Injured,
    /// <summary>People missing, abducted or disappeared.</summary>
    Missing,
    /// <summary>People arrested or detained.</summary>
    Arrested,
    /// <summary>People displaced or fleeing.</summary>
    Displaced,
    /// <summary>People trapped or besieged.</summary>
    Trapped,
    /// <summary>Fighters, troops, soldiers in a force.</summary>
    Troops,
    /// <summary>A length of time ("five days", "five-year").</summary>
    Duration,
    /// <summary>A sum of money.</summary>
    Money,
    /// <summary>A percentage or proportion.</summary>
    Percent,
    /// <summary>A calendar year or ordinal that is not a count.</summary>
    Other,
    /// <summary>People killed or injured, not told apart ("killing and injuring 20", "30 casualties"); ACLED codes no fatality from these.</summary>
    Casualties,
}

/// <summary>A number expression with the uncertainty a careful coder keeps: low, best and high.</summary>
/// <param name="Span">Characters of the expression, hedge and counted noun included.</param>
/// <param name="Kind">What it counts.</param>
/// <param name="Low">Lowest value the text allows, if bounded.</param>
/// <param name="Best">Conservative best estimate (ACLED rule), if one can be given.</param>
/// <param name="High">Highest value the text allows, if bounded.</param>
/// <param name="Confidence">Producer confidence.</param>
/// <param name="Producer">Stage name.</param>
public sealed record Quantity(TextSpan Span, QuantityKind Kind, double? Low, double? Best, double? High, double Confidence, string Producer)
    : Annotation(Span, Confidence, Producer)
{
    /// <summary>Counted noun or unit ("people", "days", "troops").</summary>
    public string? Unit { get; init; }

    /// <summary>Hedge word as written ("more than", "some", "approximately"), if any.</summary>
    public string? Hedge { get; init; }

    /// <summary>Victim or counted group where stated ("civilians", "children").</summary>
    public string? Group { get; init; }

    /// <summary>True when the figure is denied or only possible ("did not kill 20", "could kill hundreds").</summary>
    /// <remarks>An explicit zero ("no one was killed", "no deaths") is a reported value of 0, not a hypothetical.</remarks>
    public bool IsHypothetical { get; init; }

    /// <summary>Span of the earlier figure this one is a part of ("half of whom", "two of them"), if any.</summary>
    public TextSpan? PartOf { get; init; }

    /// <summary>Share of <see cref="PartOf"/> stated as a fraction ("half" is 0.5); null when vague ("most of them") or a count.</summary>
    public double? Proportion { get; init; }

    /// <summary>ACLED's most conservative figure: the lower bound when the text gives one, else the best estimate.</summary>
    public double? Conservative => Low ?? Best;
}
