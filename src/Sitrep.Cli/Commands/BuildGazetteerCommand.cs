using System.CommandLine;
using System.Globalization;
using Sitrep.Geo;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Events;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep build gazetteer</c>: derives the shipped gazetteer from a GeoNames extract.</summary>
internal static class BuildGazetteerCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Option<string>("--source")
        {
            Description = "Folder holding GeoNames' cities500.json, cities15000.txt, admin1.json, admin2.json and countryInfo.tsv (default: GEONAMES_DIR, else the current folder)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GEONAMES_DIR") is { Length: > 0 } dir ? dir : ".",
        };
        var output = new Option<string>("--out")
        {
            Description = $"Folder to write {GazetteerBuilder.FileName} to (default: data/geo, the repository's shipped-data folder)",
            DefaultValueFactory = _ => Path.Combine("data", Gazetteer.DataFolder),
        };
        var acled = new Option<string?>("--acled")
        {
            Description = "An ACLED export whose training rows (never the held-out ones) add the locations GeoNames lacks and ACLED's spellings of divisions",
        };
        var ucdp = new Option<string?>("--ucdp")
        {
            Description = "UCDP-AEC's training split (train.arrow): areas its coders name that are no settlement (\"Eastern Ghouta\") become places",
        };
        var withoutValidation = new Option<bool>("--without-validation")
        {
            Description = "Leave ACLED's validation rows out too, so 'eval geo --split validation' measures places not seen in the gazetteer",
        };
        var fold = new Option<int>("--fold")
        {
            Description = $"With --without-validation: the cross-validation fold left out (0 to {EventTraining.Folds - 1}; 0, the validation rows, by default)",
        };
        fold.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or >= EventTraining.Folds) r.AddError($"--fold must be 0 to {EventTraining.Folds - 1}"); });
        var command = new Command("gazetteer", "Build the place-name gazetteer from GeoNames (and ACLED's training rows); the same input always gives the same bytes")
        {
            source, output, acled, ucdp, withoutValidation, fold,
        };
        command.SetAction(parse =>
        {
            var rows = parse.GetValue(acled) is { } file
                ? AcledCsv.Read(file).Where(r => !AcledCsv.IsHeldOut(r) && !(parse.GetValue(withoutValidation) && EventTraining.IsValidation(r, parse.GetValue(fold))))
                : null;
            var areas = parse.GetValue(ucdp) is { } arrow ? UcdpAreas.Read(arrow) : null;
            var (path, entries) = GazetteerBuilder.Build(parse.GetValue(source)!, parse.GetValue(output)!, rows, areas);
            var size = new FileInfo(path).Length;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {entries} entries, {size / 1024.0 / 1024.0:0.00} MB"));
            return 0;
        });
        return command;
    }
}
