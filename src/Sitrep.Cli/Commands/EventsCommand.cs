using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Output;
using Sitrep.Core.Serialization;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events</c>: lists stored events as a table, JSON lines or CSV.</summary>
internal static class EventsCommand
{
    private static readonly string[] CsvColumns =
    [
        "document_id", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "interaction",
        "civilian_targeting", "country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
        "event_date", "event_date_end", "time_precision", "fatalities", "fatalities_low", "fatalities_high", "confidence", "evidence", "title_evidence",
    ];

    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("table", "json", "csv");
        var command = new Command("events", "List stored events") { format };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var events = store.Events();
            switch (parse.GetValue(format))
            {
                case "json":
                    foreach (var stored in events)
                    {
                        context.Out.WriteLine(JsonText.Of(writer =>
                        {
                            writer.WriteStartObject();
                            writer.WriteString("document_id", stored.DocumentId);
                            writer.WritePropertyName("event");
                            DocumentJson.WriteEvent(writer, stored.Event, null);
                            writer.WriteString("text", stored.EvidenceText);
                            DocumentJson.WriteStrings(writer, "title_evidence_text", stored.TitleEvidenceText);
                            writer.WriteEndObject();
                        }));
                    }
                    break;
                case "csv":
                    context.Out.WriteLine(string.Join(',', CsvColumns));
                    foreach (var stored in events)
                    {
                        var (_, documentId, e, evidence) = stored;
                        object?[] row =
                        [
                            documentId, e.EventType, e.SubEventType, e.Actor1, e.AssocActor1, e.Actor2, e.AssocActor2, e.Inter1, e.Inter2, e.Interaction,
                            e.CivilianTargeting, e.Country, e.Iso, e.Admin1, e.Admin2, e.Location, e.Latitude, e.Longitude, e.GeoPrecision,
                            e.EventDate?.ToString("yyyy-MM-dd"), e.EventDateEnd?.ToString("yyyy-MM-dd"), e.TimePrecision, e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh,
                            e.Confidence, evidence, string.Join(" … ", stored.TitleEvidenceText),
                        ];
                        context.Out.WriteLine(string.Join(',', row.Select(Csv)));
                    }
                    break;
                default:
                    Tables.Events(context.Console, events.ToList());
                    break;
            }
            return 0;
        });
        return command;
    }

    private static string Csv(object? value)
    {
        var text = value switch
        {
            null => "",
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
