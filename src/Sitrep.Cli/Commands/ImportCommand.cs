using System.CommandLine;
using Sitrep.Nlp.Evaluation;

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
            });
            int count = store.ImportReferenceEvents(rows, Path.GetFileName(path));
            context.Out.WriteLine($"imported {count} ACLED events from {path} into {store.Location}" + (skipped > 0 ? $"; {skipped} rows skipped" : ""));
            return count == 0 && skipped > 0 ? 1 : 0;
        });
        var command = new Command("import", "Import reference data");
        command.Subcommands.Add(acled);
        return command;
    }
}
