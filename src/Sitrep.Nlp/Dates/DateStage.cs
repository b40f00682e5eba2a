using Sitrep.Core;
using Sitrep.Nlp.Quantities;

namespace Sitrep.Nlp.Dates;

/// <summary>Finds date expressions and resolves each to a day or a range with a precision (UCDP date_prec spirit).</summary>
/// <remarks>
/// Reads the raw text and <see cref="Document.Published"/>; writes <see cref="Layer.Dates"/> only. Explicit dates with a year
/// ("27 Apr 2017", "2016-09-28", "in 2012") are always resolved. Expressions that need the publication date (weekdays,
/// "yesterday", "last week", "for the past five days", a day or month without a year) are skipped when the document has
/// none: a guessed anchor would give confident wrong dates, and the event stage falls back on the explicit ones.
/// Weekdays resolve to the most recent such day on or before publication ("said on Sunday" in a Sunday story is that
/// Sunday); "last Friday" is strictly before it. "since X" resolves to X itself and is marked
/// <see cref="DateExpression.IsOpenEnded"/>: the period it opens runs on to the report, which the event stage applies. Thread-safe.
/// </remarks>
public sealed class DateStage : IPipelineStage
{
    /// <summary>Stage name, recorded as producer.</summary>
    public string Name => "dates";

    /// <summary>No layer is needed: the stage scans the text itself.</summary>
    public IReadOnlySet<Layer> Requires { get; } = new HashSet<Layer>();

    /// <summary>The date layer.</summary>
    public IReadOnlySet<Layer> Produces { get; } = new HashSet<Layer> { Layer.Dates };

    /// <summary>Annotates <paramref name="document"/> with its resolved dates.</summary>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetDates(Read(document.Text, document.Published));
    }

    /// <summary>Reads the resolvable date expressions of <paramref name="text"/>, published on <paramref name="published"/>.</summary>
    public IReadOnlyList<DateExpression> Read(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var w = new WordList(text);
        var result = new List<DateExpression>();
        foreach (var m in DateReader.Scan(w, published))
        {
            if (m.From is not { } from || m.To is not { } to) continue;
            result.Add(new DateExpression(new TextSpan(w[m.FirstWord].Start, w[m.EndWord - 1].End), from, to, m.Precision, m.Confidence, Name)
            {
                IsRelative = m.IsRelative,
                IsOpenEnded = m.IsOpenEnded,
            });
        }
        return result;
    }
}
