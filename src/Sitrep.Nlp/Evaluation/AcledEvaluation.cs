using System.Globalization;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Nlp.Events;
using Sitrep.Nlp.Pipeline;

namespace Sitrep.Nlp.Evaluation;

/// <summary>Accuracy of the event pipeline on ACLED notes, field by field, with a confusion matrix of event types.</summary>
/// <param name="Rows">Rows scored.</param>
/// <param name="Correct">Correct rows per field (event_type, sub_event_type, actor1, actor2, admin1, location, fatalities, date).</param>
/// <param name="Confusion">Counts of (gold event type, predicted event type or "None").</param>
public sealed record AcledReport(int Rows, IReadOnlyDictionary<string, int> Correct, IReadOnlyDictionary<(string Gold, string Predicted), int> Confusion)
{
    /// <summary>The fields scored, in report order.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["event_type", "sub_event_type", "actor1", "actor2", "admin1", "location", "fatalities", "date"];

    /// <summary>Fraction of rows with <paramref name="field"/> right (0 when there are no rows).</summary>
    public double Accuracy(string field) => Rows == 0 ? 0 : (double)Correct.GetValueOrDefault(field) / Rows;

    /// <summary>One JSON object: rows and the accuracy of every field as a fraction.</summary>
    public string ToJson()
    {
        var values = new Dictionary<string, object> { ["rows"] = Rows };
        foreach (var f in Fields) values[f] = Math.Round(Accuracy(f), 4);
        return JsonSerializer.Serialize(values);
    }

    /// <summary>Writes the accuracies and the event-type confusion matrix as a text table.</summary>
    public void WriteTable(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"rows: {Rows}");
        foreach (var f in Fields)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f,-16}{Accuracy(f),7:P1}  ({Correct.GetValueOrDefault(f)}/{Rows})"));
        var gold = Confusion.Keys.Select(k => k.Gold).Distinct().Order(StringComparer.Ordinal).ToList();
        var predicted = Confusion.Keys.Select(k => k.Predicted).Distinct().Order(StringComparer.Ordinal).ToList();
        output.WriteLine();
        output.WriteLine("event_type confusion (rows gold, columns predicted):");
        output.WriteLine($"{"",-28}" + string.Concat(predicted.Select(p => $"{Abbreviate(p),8}")));
        foreach (var g in gold)
            output.WriteLine($"{Abbreviate(g, 26),-28}" + string.Concat(predicted.Select(p => $"{Confusion.GetValueOrDefault((g, p)),8}")));
    }

    /// <summary>The report of all rows of <paramref name="reports"/> together (cross-validation folds).</summary>
    public static AcledReport Sum(IEnumerable<AcledReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var correct = new Dictionary<string, int>(StringComparer.Ordinal);
        var confusion = new Dictionary<(string, string), int>();
        int rows = 0;
        foreach (var r in reports)
        {
            rows += r.Rows;
            foreach (var (k, v) in r.Correct) correct[k] = correct.GetValueOrDefault(k) + v;
            foreach (var (k, v) in r.Confusion) confusion[k] = confusion.GetValueOrDefault(k) + v;
        }
        return new AcledReport(rows, correct, confusion);
    }

    private static string Abbreviate(string type, int width = 7) => type.Length <= width ? type : type[..width];
}

/// <summary>Runs the pipeline on each ACLED row's notes, with its event date as publication date, and scores the main event.</summary>
public static class AcledEvaluation
{
    /// <summary>Scores <paramref name="rows"/>; the main event of a note is the ACLED event the pipeline is surest of.</summary>
    /// <remarks>
    /// Actor names are compared without ACLED's regime period ("(2000-)"), which text never states; place names case-insensitively.
    /// A row where no event is found counts as wrong on every field.
    /// </remarks>
    /// <param name="rows">Rows to score.</param>
    /// <param name="pipeline">The pipeline under test.</param>
    /// <param name="each">Called with each row and its main event (null when none was found), to list misses.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static AcledReport Run(IEnumerable<AcledRow> rows, TextPipeline pipeline, Action<AcledRow, EventRecord?>? each = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(pipeline);
        var correct = AcledReport.Fields.ToDictionary(f => f, _ => 0);
        var confusion = new Dictionary<(string, string), int>();
        int n = 0;
        foreach (var row in rows)
        {
            var document = pipeline.Process(new Document(row.EventId ?? $"line-{row.Line}", row.Notes) { Published = row.EventDate }, cancellationToken);
            var main = MainEvent(document);
            each?.Invoke(row, main);
            n++;
            var key = (row.EventType ?? "", main?.EventType ?? "None");
            confusion[key] = confusion.GetValueOrDefault(key) + 1;
            if (main is null) continue;
            void Score(string field, bool ok) { if (ok) correct[field]++; }
            Score("event_type", main.EventType == row.EventType);
            Score("sub_event_type", main.SubEventType == row.SubEventType);
            Score("actor1", SameActor(main.Actor1, row.Actor1));
            Score("actor2", SameActor(main.Actor2, row.Actor2));
            Score("admin1", Geo.NameKey.SamePlace(main.Admin1, row.Admin1));
            Score("location", Geo.NameKey.SamePlace(main.Location, row.Location));
            Score("fatalities", (main.Fatalities ?? 0) == (row.Fatalities ?? 0));
            Score("date", main.EventDate == row.EventDate);
        }
        return new AcledReport(n, correct, confusion);
    }

    /// <summary>The ACLED event (not a humanitarian situation) the pipeline is surest of, or null.</summary>
    public static EventRecord? MainEvent(Document document) =>
        document.Events.Where(e => e.EventType != AcledTaxonomy.Humanitarian).MaxBy(e => e.Confidence);

    /// <summary>True when two actor names are the same once ACLED's regime period is left out, ignoring case.</summary>
    public static bool SameActor(string? predicted, string? gold) => SameName(ActorNames.WithoutPeriod(predicted), ActorNames.WithoutPeriod(gold));

    private static bool SameName(string? a, string? b) => string.Equals(a ?? "", b ?? "", StringComparison.OrdinalIgnoreCase);
}
