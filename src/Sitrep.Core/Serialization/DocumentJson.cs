using System.Text.Json;

namespace Sitrep.Core.Serialization;

/// <summary>Writes documents and their annotations in Sitrep's JSON schema (docs/schema.md).</summary>
/// <remarks>Field names are snake_case; an absent value is <c>null</c>, never an empty string or a made-up default; spans are <c>[start, end]</c> arrays of .NET string offsets, end exclusive.</remarks>
public static class DocumentJson
{
    /// <summary>Schema identifier written in every document object.</summary>
    public const string Schema = "sitrep-doc/1";

    /// <summary>Writes the whole document: metadata and every annotation layer.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="document">The annotated document.</param>
    /// <param name="includeSentences">Also write the sentence layer (large; off for batch output).</param>
    public static void Write(Utf8JsonWriter writer, Document document, bool includeSentences = false)
    {
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteString("id", document.Id);
        WriteNullable(writer, "title", document.Title);
        WriteNullable(writer, "published", document.Published?.ToString("yyyy-MM-dd"));
        WriteNullable(writer, "outlet", document.Outlet);
        WriteNullable(writer, "url", document.Url);
        writer.WriteString("language", document.Language);

        WriteArray(writer, "events", document.Events, e => WriteEvent(writer, e, document));
        WriteArray(writer, "entities", document.Entities, e => WriteEntity(writer, e, document));
        WriteArray(writer, "quantities", document.Quantities, q => WriteQuantity(writer, q, document));
        WriteArray(writer, "dates", document.Dates, d => WriteDate(writer, d, document));
        WriteArray(writer, "quotes", document.Quotes, q => WriteQuote(writer, q, document));
        WriteArray(writer, "places", document.Places, p => WritePlace(writer, p, document));
        WriteArray(writer, "captions", document.Captions, c =>
        {
            writer.WriteStartObject();
            WriteSpan(writer, "span", c.Span);
            writer.WriteString("reason", c.Reason);
            WriteProvenance(writer, c);
            writer.WriteEndObject();
        });
        if (includeSentences)
        {
            WriteArray(writer, "sentences", document.Sentences, s =>
            {
                writer.WriteStartObject();
                writer.WriteString("text", document.TextOf(s.Span));
                WriteSpan(writer, "span", s.Span);
                writer.WriteNumber("first_token", s.FirstToken);
                writer.WriteNumber("token_count", s.TokenCount);
                writer.WriteBoolean("caption", s.IsCaption);
                WriteProvenance(writer, s);
                writer.WriteEndObject();
            });
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes one event with ACLED's field names, its evidence spans and confidence.</summary>
    public static void WriteEvent(Utf8JsonWriter writer, EventRecord e, Document? document)
    {
        writer.WriteStartObject();
        if (document is not null) writer.WriteString("document_id", document.Id);
        writer.WriteString("event_type", e.EventType);
        writer.WriteString("sub_event_type", e.SubEventType);
        WriteNullable(writer, "actor1", e.Actor1);
        WriteNullable(writer, "assoc_actor_1", e.AssocActor1);
        WriteNullable(writer, "actor2", e.Actor2);
        WriteNullable(writer, "assoc_actor_2", e.AssocActor2);
        WriteNullable(writer, "inter1", e.Inter1);
        WriteNullable(writer, "inter2", e.Inter2);
        WriteNullable(writer, "interaction", e.Interaction);
        if (e.CivilianTargeting is { } ct) writer.WriteBoolean("civilian_targeting", ct); else writer.WriteNull("civilian_targeting");
        WriteNullable(writer, "country", e.Country);
        WriteNullable(writer, "iso", e.Iso);
        WriteNullable(writer, "admin1", e.Admin1);
        WriteNullable(writer, "admin2", e.Admin2);
        WriteNullable(writer, "location", e.Location);
        WriteNullable(writer, "latitude", e.Latitude);
        WriteNullable(writer, "longitude", e.Longitude);
        WriteNullable(writer, "geo_precision", e.GeoPrecision);
        WriteNullable(writer, "event_date", e.EventDate?.ToString("yyyy-MM-dd"));
        WriteNullable(writer, "event_date_end", e.EventDateEnd?.ToString("yyyy-MM-dd"));
        WriteNullable(writer, "time_precision", e.TimePrecision);
        WriteNullable(writer, "fatalities", e.Fatalities);
        WriteNullable(writer, "fatalities_low", e.FatalitiesLow);
        WriteNullable(writer, "fatalities_high", e.FatalitiesHigh);
        WriteNullable(writer, "people_affected", e.PeopleAffected);
        WriteSpan(writer, "span", e.Span);
        if (document is not null) writer.WriteString("text", document.TextOf(e.Span));
        if (e.Trigger is { } trigger) WriteSpan(writer, "trigger", trigger);
        else writer.WriteNull("trigger");
        WriteSpans(writer, "evidence", e.Evidence);
        WriteSpans(writer, "title_evidence", e.TitleEvidence);
        WriteProvenance(writer, e);
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, EntityMention e, Document document)
    {
        writer.WriteStartObject();
        writer.WriteString("text", document.TextOf(e.Span));
        writer.WriteString("type", e.Kind.ToString());
        WriteSpan(writer, "span", e.Span);
        WriteNullable(writer, "cluster", e.ClusterId);
        WriteNullable(writer, "canonical", e.Canonical);
        WriteNullable(writer, "country", e.CountryCode);
        WriteProvenance(writer, e);
        writer.WriteEndObject();
    }

    private static void WriteQuantity(Utf8JsonWriter writer, Quantity q, Document document)
    {
        writer.WriteStartObject();
        writer.WriteString("text", document.TextOf(q.Span));
        WriteSpan(writer, "span", q.Span);
        writer.WriteString("kind", JsonNamingPolicy.SnakeCaseLower.ConvertName(q.Kind.ToString()));
        WriteNullable(writer, "low", q.Low);
        WriteNullable(writer, "best", q.Best);
        WriteNullable(writer, "high", q.High);
        WriteNullable(writer, "unit", q.Unit);
        WriteNullable(writer, "hedge", q.Hedge);
        WriteNullable(writer, "group", q.Group);
        WriteNullable(writer, "conservative", q.Conservative);
        WriteOptionalSpan(writer, "part_of", q.PartOf);
        WriteNullable(writer, "proportion", q.Proportion);
        writer.WriteBoolean("hypothetical", q.IsHypothetical);
        WriteProvenance(writer, q);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, DateExpression d, Document document)
    {
        writer.WriteStartObject();
        writer.WriteString("text", document.TextOf(d.Span));
        WriteSpan(writer, "span", d.Span);
        if (d.Precision == DatePrecision.Year && d.From.DayOfYear == 1 && d.To == new DateOnly(d.From.Year, 12, 31))
        {
            writer.WriteString("value", d.From.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (d.IsSingleDay)
        {
            writer.WriteString("value", d.From.ToString("yyyy-MM-dd"));
        }
        else
        {
            writer.WriteStartArray("value");
            writer.WriteStringValue(d.From.ToString("yyyy-MM-dd"));
            writer.WriteStringValue(d.To.ToString("yyyy-MM-dd"));
            writer.WriteEndArray();
        }
        writer.WriteString("from", d.From.ToString("yyyy-MM-dd"));
        writer.WriteString("to", d.To.ToString("yyyy-MM-dd"));
        writer.WriteString("precision", JsonNamingPolicy.SnakeCaseLower.ConvertName(d.Precision.ToString()));
        writer.WriteBoolean("relative", d.IsRelative);
        writer.WriteBoolean("open_ended", d.IsOpenEnded);
        WriteProvenance(writer, d);
        writer.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter writer, Quote q, Document document)
    {
        writer.WriteStartObject();
        writer.WriteString("text", document.TextOf(q.Span));
        WriteSpan(writer, "span", q.Span);
        writer.WriteString("kind", JsonNamingPolicy.SnakeCaseLower.ConvertName(q.Kind.ToString()));
        WriteNullable(writer, "speaker", q.Speaker);
        WriteNullable(writer, "speaker_cluster", q.SpeakerClusterId);
        WriteOptionalSpan(writer, "speaker_span", q.SpeakerSpan);
        WriteNullable(writer, "speaker_role", q.SpeakerRole);
        WriteOptionalSpan(writer, "speaker_role_span", q.SpeakerRoleSpan);
        WriteNullable(writer, "cue", q.Cue is { } cue ? document.TextOf(cue) : null);
        WriteOptionalSpan(writer, "cue_span", q.Cue);
        WriteNullable(writer, "medium", q.Medium);
        WriteOptionalSpan(writer, "medium_span", q.MediumSpan);
        WriteProvenance(writer, q);
        writer.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter writer, Place p, Document document)
    {
        writer.WriteStartObject();
        writer.WriteString("text", document.TextOf(p.Span));
        WriteSpan(writer, "span", p.Span);
        WriteOptionalSpan(writer, "name_span", p.NameSpan);
        writer.WriteString("name", p.Name);
        writer.WriteNumber("latitude", p.Latitude);
        writer.WriteNumber("longitude", p.Longitude);
        WriteNullable(writer, "country", p.Country);
        WriteNullable(writer, "iso", p.CountryCode);
        WriteNullable(writer, "admin1", p.Admin1);
        WriteNullable(writer, "admin2", p.Admin2);
        WriteNullable(writer, "geonameid", p.GeoNameId);
        writer.WriteString("feature_class", p.FeatureClass.ToString());
        writer.WriteString("precision", JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Precision.ToString()));
        writer.WriteNumber("geo_precision", p.AcledGeoPrecision);
        writer.WriteNumber("where_prec", p.UcdpWherePrecision);
        WriteNullable(writer, "bearing", p.Bearing?.ToString());
        WriteNullable(writer, "distance_km", p.DistanceKm);
        writer.WriteBoolean("metonym", p.IsMetonym);
        WriteProvenance(writer, p);
        writer.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter writer, Annotation a)
    {
        writer.WriteNumber("confidence", Math.Round(a.Confidence, 4));
        writer.WriteString("producer", a.Producer);
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T> items, Action<T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items) write(item);
        writer.WriteEndArray();
    }

    /// <summary>Writes <c>"name": [start, end]</c>.</summary>
    public static void WriteSpan(Utf8JsonWriter writer, string name, TextSpan span)
    {
        writer.WritePropertyName(name);
        WriteSpanValue(writer, span);
    }

    /// <summary>Writes <c>"name": ["…", …]</c>.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    private static void WriteSpans(Utf8JsonWriter writer, string name, IReadOnlyList<TextSpan> spans)
    {
        writer.WriteStartArray(name);
        foreach (var span in spans) WriteSpanValue(writer, span);
        writer.WriteEndArray();
    }

    private static void WriteOptionalSpan(Utf8JsonWriter writer, string name, TextSpan? span)
    {
        if (span is { } s) WriteSpan(writer, name, s); else writer.WriteNull(name);
    }

    private static void WriteSpanValue(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.End);
        writer.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name); else writer.WriteString(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v); else writer.WriteNull(name);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v) writer.WriteNumber(name, v); else writer.WriteNull(name);
    }

    /// <summary>The document as one line of JSON.</summary>
    public static string ToJson(Document document, bool includeSentences = false, bool indented = false) =>
        JsonText.Of(writer => Write(writer, document, includeSentences), indented);
}
