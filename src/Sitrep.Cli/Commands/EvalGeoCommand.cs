using System.CommandLine;
using System.Globalization;
using Sitrep.Core.Serialization;
using Sitrep.Geo;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Events;
using Sitrep.Nlp.Places;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval geo FILE.csv</c>: geocodes ACLED notes and compares the event location with ACLED's coding.</summary>
internal static class EvalGeoCommand
{
    private const string All = "all", Train = "train", Validation = "validation", HeldOut = "held-out";

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "An ACLED export (CSV with notes, latitude, longitude, admin1, country)" };
        var split = new Option<string>("--split") { Description = "Rows to score: all, train, validation (training rows set aside, EventTraining.IsValidation), or held-out (AcledCsv.IsHeldOut)", DefaultValueFactory = _ => All };
        split.AcceptOnlyFromAmong(All, Train, Validation, HeldOut);
        var misses = new Option<int>("--misses") { Description = "List this many rows whose location is more than 25 km off" };
        var fold = new Option<int>("--fold")
        {
            Description = $"With --split validation: the cross-validation fold scored (0 to {EventTraining.Folds - 1}; 0, the validation rows, by default); pair it with 'build gazetteer --without-validation --fold'",
        };
        fold.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or >= EventTraining.Folds) r.AddError($"--fold must be 0 to {EventTraining.Folds - 1}"); });
        var json = CommonOptions.Json();
        var command = new Command("geo", "Share of ACLED rows whose notes geocode within 5/25/100 km of ACLED's point, admin1 and country accuracy") { file, split, fold, misses, json };
        command.SetAction(parse =>
        {
            var all = AcledCsv.Read(parse.GetValue(file)!).ToList();
            var rows = parse.GetValue(split) switch
            {
                Train => all.Where(r => !AcledCsv.IsHeldOut(r)),
                Validation => all.Where(r => EventTraining.IsValidation(r, parse.GetValue(fold))),
                HeldOut => all.Where(AcledCsv.IsHeldOut),
                _ => all,
            };
            var gazetteer = GeoStage.Shipped;
            var (score, results) = new GeoEvaluator(gazetteer, new GeoStage(gazetteer)).Evaluate(rows, all);

            var table = new Table { Title = new TableTitle($"Geocoding of ACLED notes: {score.Rows} rows ({parse.GetValue(split)})") };
            table.AddColumn("measure").AddColumn(new TableColumn("share").RightAligned());
            table.AddRow("within 5 km", F(score.Within5Km)).AddRow("within 25 km", F(score.Within25Km)).AddRow("within 100 km", F(score.Within100Km))
                .AddRow("admin1", F(score.Admin1)).AddRow("country", F(score.Country));
            context.Console.Write(table);
            foreach (var miss in results.Where(r => !(r.DistanceKm <= 25)).Take(parse.GetValue(misses)))
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"line {miss.Row.Line}: ACLED {miss.Row.Location} ({miss.Row.Admin1}, {miss.Row.Country}); chose {miss.Chosen?.Name ?? "nothing"} ({miss.Chosen?.Admin1}, {miss.Chosen?.Country}), {miss.DistanceKm?.ToString("0", CultureInfo.InvariantCulture) ?? "-"} km; read {string.Join(", ", miss.Places.Select(p => $"{p.Name} [{p.CountryCode} {p.Precision} {p.Confidence:0.00}]"))}"));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonText.Of(writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("rows", score.Rows);
                    writer.WriteNumber("within_5km", score.Within5Km);
                    writer.WriteNumber("within_25km", score.Within25Km);
                    writer.WriteNumber("within_100km", score.Within100Km);
                    writer.WriteNumber("admin1", score.Admin1);
                    writer.WriteNumber("country", score.Country);
                    writer.WriteEndObject();
                }));
            }
            return 0;
        });
        return command;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
