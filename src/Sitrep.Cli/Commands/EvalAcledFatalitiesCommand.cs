using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Serialization;
using Sitrep.Nlp.Evaluation;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval acled-fatalities FILE.csv</c>: the killed figure read from each row's notes against its <c>fatalities</c> column.</summary>
internal static class EvalAcledFatalitiesCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "ACLED export (CSV with a notes and a fatalities column)" };
        var json = CommonOptions.Json();
        var command = new Command("acled-fatalities", "Exact and within-range agreement of the death toll read from ACLED notes with the coded fatalities") { file, json };
        command.SetAction(parse =>
        {
            var report = AcledFatalities.Score(AcledCsv.Read(parse.GetValue(file)!));
            Render(context.Console, report);
            if (parse.GetValue(json))
                context.Out.WriteLine(Json(report));
            return 0;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, AcledFatalityReport report)
    {
        var table = new Table { Title = new TableTitle($"ACLED fatalities: {report.RowsRead} rows read") };
        foreach (var column in new[] { "scope", "rows", "exact", "within range" })
            table.AddColumn(new TableColumn(column).RightAligned());
        foreach (var (name, score) in Scopes(report))
            table.AddRow(name, score.Rows.ToString(CultureInfo.InvariantCulture), F(score.ExactRate), F(score.WithinRangeRate));
        console.Write(table);
    }

    private static IEnumerable<(string Name, FatalityScore Score)> Scopes(AcledFatalityReport report) =>
    [
        ("notes state a toll", report.Stated),
        ("notes state one number", report.SingleNumber),
        ("notes state a toll above 0", report.StatedPositive),
    ];

    // The top-level keys score every row whose notes state a toll; the nested objects the narrower sets.
    private static string Json(AcledFatalityReport report)
    {
        return JsonText.Of(writer =>
        {
            writer.WriteStartObject();
            Write(writer, report.Stated);
            writer.WriteNumber("rows_read", report.RowsRead);
            writer.WriteStartObject("single_number");
            Write(writer, report.SingleNumber);
            writer.WriteEndObject();
            writer.WriteStartObject("positive");
            Write(writer, report.StatedPositive);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    private static void Write(Utf8JsonWriter writer, FatalityScore score)
    {
        writer.WriteNumber("rows", score.Rows);
        writer.WriteNumber("exact", Math.Round(score.ExactRate, 4));
        writer.WriteNumber("within_range", Math.Round(score.WithinRangeRate, 4));
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
