namespace Sitrep.Core;

/// <summary>How precisely a date is known (UCDP date_prec spirit).</summary>
public enum DatePrecision
{
    /// <summary>A single day.</summary>
    Day,
    /// <summary>Within a week.</summary>
    Week,
    /// <summary>Within a month.</summary>
    Month,
    /// <summary>Within a year.</summary>
    Year,
}

/// <summary>A date expression resolved to a day or a range against the publication date.</summary>
/// <param name="Span">Characters of the expression.</param>
/// <param name="From">First day covered.</param>
/// <param name="To">Last day covered (equal to <paramref name="From"/> for one day).</param>
/// <param name="Precision">How precisely the date is known.</param>
/// <param name="Confidence">Producer confidence.</param>
/// <param name="Producer">Stage name.</param>
public sealed record DateExpression(TextSpan Span, DateOnly From, DateOnly To, DatePrecision Precision, double Confidence, string Producer)
    : Annotation(Span, Confidence, Producer)
{
    /// <summary>True when the expression was resolved relative to the publication date ("since Friday").</summary>
    public bool IsRelative { get; init; }

    /// <summary>True when the expression opens a period that runs on to the report ("since Friday", "since 2012"); <see cref="From"/>..<see cref="To"/> is then the opening day or period.</summary>
    public bool IsOpenEnded { get; init; }

    /// <summary>True when the expression covers a single day.</summary>
    public bool IsSingleDay => From == To;
}
