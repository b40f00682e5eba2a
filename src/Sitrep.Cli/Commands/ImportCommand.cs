using System.CommandLine;
using Sitrep.Nlp.Evaluation;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep import acled FILE.csv</c>: loads an ACLED export as reference events to compare with Sitrep's.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "ACLED export (CSV with ACLED's column names; any column order, extra columns ignored)" };
        var acled = new Command("acled", "Load an ACLED export as reference events; re-importing replaces rows with the same event_id_cnty") { file };
        acled.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            using var store = context.OpenStore(parse);
            int skipped = 0;
            var rows = AcledCsv.Read(path).Where(r =>
            {
                if (r.EventId is not null) return true;
                skipped++;
                context.Error.WriteLine($"sitrep: {Core.Errors.MalformedLine}: {path}:{r.Line}: no event_id_cnty; row skipped");
                return false;
            }).Select(ToReference);
            int count = store.ImportReferenceEvents(rows, Path.GetFileName(path));
            context.Out.WriteLine($"imported {count} ACLED events from {path} into {store.Location}" + (skipped > 0 ? $"; {skipped} rows skipped" : ""));
            return count == 0 && skipped > 0 ? 1 : 0;
        });
        var command = new Command("import", "Import reference data");
        command.Subcommands.Add(acled);
        return command;
    }

    private static ReferenceEvent ToReference(AcledRow r) => new()
    {
        EventId = r.EventId!, EventDate = r.EventDate, TimePrecision = r.TimePrecision, EventType = r.EventType, SubEventType = r.SubEventType,
        Actor1 = r.Actor1, AssocActor1 = r.AssocActor1, Inter1 = r.Inter1, Actor2 = r.Actor2, AssocActor2 = r.AssocActor2, Inter2 = r.Inter2,
        CivilianTargeting = r.CivilianTargeting, Region = r.Region, Country = r.Country, Iso = r.Iso3, Admin1 = r.Admin1, Admin2 = r.Admin2,
        Admin3 = r.Admin3, Location = r.Location, Latitude = r.Latitude, Longitude = r.Longitude, GeoPrecision = r.GeoPrecision,
        Source = r.Source, Notes = r.Notes, Fatalities = r.Fatalities,
    };
}
