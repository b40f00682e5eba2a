using System.CommandLine;
using Sitrep.Storage;
using Sitrep.Storage.Export;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep export --format acled|ucdp|geojson|jsonl</c>: streams stored events to a file or standard output.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format([.. EventExporter.Formats]);
        format.Required = true;
        var from = new Option<string?>("--from") { Description = "Only events on or after this day (yyyy-MM-dd)" };
        var to = new Option<string?>("--to") { Description = "Only events on or before this day (yyyy-MM-dd)" };
        var country = new Option<string?>("--country") { Description = "Only events in this country (ISO alpha-2 code or name)" };
        var type = new Option<string?>("--type") { Description = "Only events of this ACLED event type" };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)" };
        var command = new Command("export", "Export stored events as ACLED-style CSV, UCDP GED-style CSV, GeoJSON or JSONL") { format, from, to, country, type, output };
        command.SetAction(parse =>
        {
            var query = new EventQuery(
                CommonOptions.ParseDate(parse.GetValue(from), "--from"),
                CommonOptions.ParseDate(parse.GetValue(to), "--to"),
                parse.GetValue(country),
                parse.GetValue(type));
            using var store = context.OpenStore(parse);
            long count;
            if (parse.GetValue(output) is { } path)
            {
                using var file = File.Create(path);
                count = EventExporter.Write(parse.GetValue(format)!, store.Events(query), file);
            }
            else
            {
                // Through the context's writer so in-process callers see the output; the stream is UTF-8 without BOM.
                using var buffer = new Output.TextWriterStream(context.Out);
                count = EventExporter.Write(parse.GetValue(format)!, store.Events(query), buffer);
            }
            context.Error.WriteLine($"sitrep export: {count} events");
            return 0;
        });
        return command;
    }
}
