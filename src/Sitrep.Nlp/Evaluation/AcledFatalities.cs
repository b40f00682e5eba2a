using Sitrep.Core;
using Sitrep.Nlp.Quantities;

namespace Sitrep.Nlp.Evaluation;

/// <summary>The death toll read from one text.</summary>
/// <param name="Low">Conservative figure (ACLED's choice).</param>
/// <param name="High">Highest figure the text allows, or null when unbounded ("more than 20").</param>
/// <param name="IsSingleNumber">True when every death figure in the text is the same number and it is not split between events.</param>
/// <param name="IsSplit">True when the text splits its toll between several events ("20 fatalities split up between 3 events").</param>
public sealed record FatalityReading(double Low, double? High, bool IsSingleNumber, bool IsSplit)
{
    /// <summary>True when <paramref name="fatalities"/> lies within [Low, High].</summary>
    public bool Allows(int fatalities) => fatalities >= Math.Floor(Low) && (High is not { } h || fatalities <= Math.Ceiling(h));

    /// <summary>True when the conservative figure equals <paramref name="fatalities"/>.</summary>
    public bool Matches(int fatalities) => (int)Math.Round(Low) == fatalities;
}

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
/// split the toll across events. The figure read is, in order: a coder's "coded as N"; a closing "N fatalities" summary;
/// otherwise the sum of the separate figures (shares such as "two of them" are not added). A split toll is spread as ACLED
/// does, so the range is [floor(N/k), ceil(N/k)].
/// </remarks>
public static class AcledFatalities
{
    /// <summary>Reads the death toll of <paramref name="notes"/>, or null when they state none.</summary>
    public static FatalityReading? Read(QuantityStage stage, string notes)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(notes);
        var all = stage.Read(notes);
        // A part of another death figure ("two of them") is already in it; a part of a plain count ("one of the men was killed") is not.
        var tolls = all.Where(q => q.Kind == QuantityKind.Fatalities).Select(q => q.Span).ToHashSet();
        var deaths = all
            .Where(q => q.Kind == QuantityKind.Fatalities && !q.IsHypothetical && q.Conservative is not null && !(q.PartOf is { } whole && tolls.Contains(whole)))
            .ToList();
        if (deaths.Count == 0) return null;

        var coded = deaths.FirstOrDefault(q => Before(notes, q.Span, 24).Contains("coded as", StringComparison.OrdinalIgnoreCase));
        var summary = deaths.LastOrDefault(q => q.Unit is "fatalities" or "fatality");
        double low, high;
        bool bounded;
        if ((coded ?? summary) is { } chosen)
        {
            low = chosen.Conservative!.Value;
            high = chosen.High ?? low;
            bounded = chosen.High is not null || chosen == coded;
        }
        else
        {
            low = deaths.Sum(q => q.Conservative!.Value);
            high = deaths.Sum(q => q.High ?? q.Conservative!.Value);
            bounded = deaths.All(q => q.High is not null);
        }
        int events = SplitCount(notes);
        if (events > 1)
        {
            high = Math.Ceiling(high / events);
            low = Math.Floor(low / events);
        }
        bool single = events <= 1 && deaths.Select(q => q.Conservative!.Value).Distinct().Count() == 1;
        return new FatalityReading(low, bounded || events > 1 ? high : null, single, events > 1);
    }

    /// <summary>Scores every row of <paramref name="rows"/> that has a fatalities value.</summary>
    public static AcledFatalityReport Score(IEnumerable<AcledRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var stage = new QuantityStage();
        int read = 0;
        var stated = new Tally();
        var single = new Tally();
        var positive = new Tally();
        foreach (var row in rows)
        {
            read++;
            if (row.Fatalities is not { } coded || Read(stage, row.Notes) is not { } reading) continue;
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

    private static ReadOnlySpan<char> Before(string text, TextSpan span, int length) =>
        text.AsSpan(Math.Max(0, span.Start - length), Math.Min(length, span.Start));

    // "split up between 3 events", "spread between 3 locations", "split across two days": how many events share the toll.
    private static int SplitCount(string notes)
    {
        var text = notes.AsSpan();
        foreach (var verb in (string[])["split", "spread", "divided"])
        {
            int at = text.IndexOf(verb, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var rest = text[(at + verb.Length)..];
            if (rest.Length > 60) rest = rest[..60];
            var w = new WordList(rest.ToString());
            for (int i = 0; i < w.Count - 1; i++)
            {
                if (NumberReader.TryRead(w, i, out var n) && n.Value is >= 2 and <= 100 &&
                    (w.Is(n.End, "events") || w.Is(n.End, "locations") || w.Is(n.End, "days") || w.Is(n.End, "districts") || w.Is(n.End, "provinces") || w.Is(n.End, "villages")))
                    return (int)n.Value;
            }
        }
        return 1;
    }
}
