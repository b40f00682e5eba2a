using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Sitrep.Core;
using Sitrep.Core.Serialization;

namespace Sitrep.Storage.Export;

/// <summary>Writes stored events in the formats analysts load elsewhere; every writer streams, one event at a time.</summary>
public static class EventExporter
{
    /// <summary>The formats <see cref="Write"/> knows.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["acled", "ucdp", "geojson", "jsonl"];

    /// <summary>ACLED's export columns, in ACLED's order.</summary>
    public static IReadOnlyList<string> AcledColumns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
        "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
        "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>UCDP GED columns Sitrep can fill.</summary>
    public static IReadOnlyList<string> UcdpColumns { get; } =
    [
        "id", "year", "type_of_violence", "side_a", "side_b", "source_article", "source_office", "source_date", "where_prec", "where_coordinates",
        "adm_1", "adm_2", "latitude", "longitude", "country", "event_clarity", "date_prec", "date_start", "date_end",
        "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
    ];

    /// <summary>Writes <paramref name="events"/> to <paramref name="output"/> in <paramref name="format"/>; returns how many were written.</summary>
    /// <exception cref="ArgumentException">When the format is unknown.</exception>
    public static long Write(string format, IEnumerable<StoredEvent> events, Stream output) => format switch
    {
        "acled" => WriteCsv(events.Where(e => e.Event.EventType != AcledTaxonomy.Humanitarian), output, AcledColumns, AcledRow),
        "ucdp" => WriteCsv(events.Where(e => AcledTaxonomy.IsViolent(e.Event.EventType)), output, UcdpColumns, UcdpRow),
        "geojson" => WriteGeoJson(events, output),
        "jsonl" => WriteJsonl(events, output),
        _ => throw new ArgumentException($"unknown export format '{format}'; use one of {string.Join(", ", Formats)}", nameof(format)),
    };

    /// <summary>ACLED's event_id_cnty for a stored event: the country code and the store's event id.</summary>
    public static string AcledEventId(StoredEvent e) => (e.Event.Iso ?? "XX") + e.Id.ToString(CultureInfo.InvariantCulture);

    private static long WriteCsv(IEnumerable<StoredEvent> events, Stream output, IReadOnlyList<string> columns, Func<StoredEvent, object?[]> row)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in columns) csv.WriteField(column);
        csv.NextRecord();
        long count = 0;
        foreach (var e in events)
        {
            foreach (var value in row(e)) csv.WriteField(Format(value));
            csv.NextRecord();
            count++;
        }
        return count;
    }

    private static object?[] AcledRow(StoredEvent stored)
    {
        var e = stored.Event;
        return
        [
            AcledEventId(stored), Day(e.EventDate), e.EventDate?.Year, e.TimePrecision, DisorderType(e), e.EventType, e.SubEventType,
            e.Actor1, e.AssocActor1, e.Inter1, e.Actor2, e.AssocActor2, e.Inter2, e.Interaction,
            e.CivilianTargeting == true ? "Civilian targeting" : null, e.Iso, null, e.Country, e.Admin1, e.Admin2, null, e.Location,
            e.Latitude, e.Longitude, e.GeoPrecision, stored.Outlet, null, stored.EvidenceText, e.Fatalities ?? 0, null,
            stored.IngestedAt.ToUnixTimeSeconds(),
        ];
    }

    // ACLED's disorder types group event types by the kind of disorder they record.
    private static string DisorderType(EventRecord e) => (e.EventType, e.SubEventType) switch
    {
        ("Protests", "Excessive force against protesters") => "Political violence; Demonstrations",
        ("Protests", _) => "Demonstrations",
        ("Riots", "Violent demonstration") => "Demonstrations",
        ("Strategic developments", _) => "Strategic developments",
        _ => "Political violence",
    };

    private static object?[] UcdpRow(StoredEvent stored)
    {
        var e = stored.Event;
        // UCDP: 1 state-based (a government on a side), 2 non-state, 3 one-sided violence against civilians.
        int typeOfViolence = e.CivilianTargeting == true || e.EventType == "Violence against civilians" ? 3 : e.Inter1 == 1 || e.Inter2 == 1 ? 1 : 2;
        int? civilians = typeOfViolence == 3 ? e.Fatalities : null;
        return
        [
            stored.Id, e.EventDate?.Year, typeOfViolence, e.Actor1, e.Actor2, stored.Url ?? stored.DocumentId, stored.Outlet, Day(stored.Published),
            WherePrecision(e.GeoPrecision), e.Location, e.Admin1, e.Admin2, e.Latitude, e.Longitude, e.Country, 1,
            DatePrecision(e), Day(e.EventDate), Day(e.EventDateEnd ?? e.EventDate),
            null, null, civilians, typeOfViolence == 3 ? null : e.Fatalities,
            e.Fatalities, e.FatalitiesHigh ?? e.Fatalities, e.FatalitiesLow ?? e.Fatalities,
        ];
    }

    // UCDP where_prec: 1 exact place, 2 within 25 km, 3 second-order division, 4 first-order division, 6 country.
    private static int? WherePrecision(int? geoPrecision) => geoPrecision switch { 1 => 1, 2 => 2, 3 => 4, _ => null };

    // UCDP date_prec: 1 exact day, 2 a 2-6 day range, 3 a week, 4 a month, 5 longer.
    private static int? DatePrecision(EventRecord e)
    {
        if (e.EventDate is not { } from) return null;
        int days = (e.EventDateEnd ?? from).DayNumber - from.DayNumber + 1;
        return days switch { 1 => 1, <= 6 => 2, <= 7 => 3, <= 31 => 4, _ => 5 };
    }

    private static long WriteGeoJson(IEnumerable<StoredEvent> events, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, JsonText.Options);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        long count = 0;
        foreach (var stored in events)
        {
            var e = stored.Event;
            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            writer.WriteNumber("id", stored.Id);
            if (e.Latitude is { } lat && e.Longitude is { } lon)
            {
                writer.WriteStartObject("geometry");
                writer.WriteString("type", "Point");
                writer.WriteStartArray("coordinates");
                writer.WriteNumberValue(lon);
                writer.WriteNumberValue(lat);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("geometry");
            }
            writer.WritePropertyName("properties");
            DocumentJson.WriteEvent(writer, e, null);
            writer.WriteEndObject();
            // Flush now and then so memory stays flat however many events there are.
            if (++count % 512 == 0) writer.Flush();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return count;
    }

    private static long WriteJsonl(IEnumerable<StoredEvent> events, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, JsonText.Options);
        long count = 0;
        foreach (var stored in events)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", stored.Id);
            writer.WriteString("document_id", stored.DocumentId);
            if (stored.Outlet is { } outlet) writer.WriteString("outlet", outlet); else writer.WriteNull("outlet");
            if (stored.Url is { } url) writer.WriteString("url", url); else writer.WriteNull("url");
            if (Day(stored.Published) is { } published) writer.WriteString("published", published); else writer.WriteNull("published");
            writer.WriteString("evidence_text", stored.EvidenceText);
            DocumentJson.WriteStrings(writer, "title_evidence_text", stored.TitleEvidenceText);
            writer.WritePropertyName("event");
            DocumentJson.WriteEvent(writer, stored.Event, null);
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            output.WriteByte((byte)'\n');
            count++;
        }
        return count;
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Format(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
