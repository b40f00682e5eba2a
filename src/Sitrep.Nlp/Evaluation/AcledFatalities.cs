using Sitrep.Core;
using Sitrep.Nlp.Pipeline;
using Sitrep.Nlp.Quantities;

namespace Sitrep.Nlp.Evaluation;

/// <summary>Exact and within-range agreement of the read toll with the coded one, over a set of rows.</summary>
/// <param name="Rows">Rows scored.</param>
/// <param name="Exact">Rows whose conservative figure equals the fatalities column.</param>
/// <param name="WithinRange">Rows whose fatalities column lies within the read [low, high].</param>
public sealed record FatalityScore(int Rows, int Exact, int WithinRange)
{
    /// <summary>Exact share in [0, 1]; 0 for no rows.</summary>
    public double ExactRate => Rows == 0 ? 0 : (double)Exact / Rows;

    /// <summary>Within-range share in [0, 1]; 0 for no rows.</summary>
    public double WithinRangeRate => Rows == 0 ? 0 : (double)WithinRange / Rows;
}

/// <summary>Scores of the <c>acled-fatalities</c> evaluation.</summary>
/// <param name="RowsRead">Rows in the file.</param>
/// <param name="Stated">Rows whose notes state a death toll (zero included).</param>
/// <param name="SingleNumber">Rows whose notes state one number for this event.</param>
/// <param name="StatedPositive">Rows whose notes state a toll above zero.</param>
public sealed record AcledFatalityReport(int RowsRead, FatalityScore Stated, FatalityScore SingleNumber, FatalityScore StatedPositive);

/// <summary>Compares the killed figure read from ACLED notes with the coded <c>fatalities</c> column.</summary>
/// <remarks>
/// A row "states a death toll" when the quantity stage finds a non-hypothetical death figure in its notes ("2 killed",
/// "no fatalities", "Fatalities coded as 10"). It "states one number" when all those figures agree and the notes do not
/// split the toll across events. The figure is read by <see cref="DeathToll"/>, the event stage's own reader, over all the
/// note's sentences.
/// </remarks>
public static class AcledFatalities
{
    // Sentences and quantities are all the toll reader needs.
    private static readonly TextPipeline Pipeline = DefaultPipeline.Sentences().Add(new QuantityStage()).Build();

    /// <summary>Reads the death toll of <paramref name="notes"/> with the event stage's reader (<see cref="DeathToll"/>), or null when they state none.</summary>
    public static FatalityReading? Read(string notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var document = Pipeline.Process(new Document("notes", notes));
        return DeathToll.Read(document, document.Sentences.Select(s => s.Span));
    }

    /// <summary>Scores every row of <paramref name="rows"/> that has a fatalities value.</summary>
    public static AcledFatalityReport Score(IEnumerable<AcledRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int read = 0;
        var stated = new Tally();
        var single = new Tally();
        var positive = new Tally();
        foreach (var row in rows)
        {
            read++;
            if (row.Fatalities is not { } coded || Read(row.Notes) is not { } reading) continue;
            stated.Add(reading, coded);
            if (reading.IsSingleNumber) single.Add(reading, coded);
            if (reading.Low > 0) positive.Add(reading, coded);
        }
        return new AcledFatalityReport(read, stated.Score, single.Score, positive.Score);
    }

    private sealed class Tally
    {
        private int _rows, _exact, _within;

        public void Add(FatalityReading reading, int coded)
        {
            _rows++;
            if (reading.Matches(coded)) _exact++;
            if (reading.Allows(coded)) _within++;
        }

        public FatalityScore Score => new(_rows, _exact, _within);
    }
}
