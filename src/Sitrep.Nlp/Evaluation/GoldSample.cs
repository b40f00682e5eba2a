using System.Globalization;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Nlp.Evaluation;

/// <summary>A hand-annotated article in the <c>sitrep-gold/1</c> format: its text and what must (and must not) be extracted.</summary>
public sealed record GoldSample(
    string Id,
    string Text,
    DateOnly? Published,
    string? Outlet,
    TextSpan? Caption,
    IReadOnlyList<GoldSample.Entity> Entities,
    IReadOnlyList<GoldSample.Number> Quantities,
    IReadOnlyList<GoldSample.Date> Dates,
    IReadOnlyList<GoldSample.Said> Quotes,
    IReadOnlyList<GoldSample.Event> Events,
    IReadOnlyList<GoldSample.Forbidden> MustNotExtract)
{
    /// <summary>A gold entity mention.</summary>
    public sealed record Entity(string Text, EntityKind Kind, TextSpan Span);
    /// <summary>A gold quantity with its values.</summary>
    public sealed record Number(string Text, TextSpan Span, string Kind, double? Low, double? Best, double? High);
    /// <summary>A gold date: a day, or a range, with its precision.</summary>
    public sealed record Date(string Text, TextSpan Span, DateOnly From, DateOnly To, string Precision);
    /// <summary>A gold quote.</summary>
    public sealed record Said(string Text, TextSpan Span, string Speaker, string? SpeakerRole, string Kind);
    /// <summary>A gold event with the fields the evaluation compares.</summary>
    public sealed record Event(string Id, string EventType, string SubEventType, DateOnly? From, DateOnly? To, string? Actor1, string? Actor2,
        string? Location, string? Admin1, string? Country, int? Fatalities, TextSpan? Evidence);
    /// <summary>Text that must not become an event.</summary>
    public sealed record Forbidden(string Text, TextSpan Span, string Why);

    /// <summary>Reads <paramref name="goldPath"/>, the annotations of the article <paramref name="text"/>.</summary>
    /// <exception cref="SitrepException">When the gold file is malformed or its spans do not fit the text.</exception>
    public static GoldSample Load(string text, string goldPath)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(goldPath));
            return Parse(json.RootElement, text, goldPath);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw Errors.Create(Errors.Gold, $"{goldPath}: not a sitrep-gold/1 file: {ex.Message}", ex);
        }
    }

    private static GoldSample Parse(JsonElement root, string text, string name)
    {
        var doc = root.GetProperty("document");
        TextSpan SpanOf(JsonElement e)
        {
            var a = e.GetProperty("span");
            var span = new TextSpan(a[0].GetInt32(), a[1].GetInt32());
            if (span.End > text.Length) throw new ArgumentException($"span {span} runs past the text ({text.Length} chars)");
            return span;
        }
        IEnumerable<JsonElement> Items(string property) =>
            root.TryGetProperty(property, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

        var entities = Items("entities").Select(e => new Entity(Str(e, "text")!, Enum.Parse<EntityKind>(Str(e, "type")!), SpanOf(e))).ToList();
        var quantities = Items("quantities").Select(q => new Number(Str(q, "text")!, SpanOf(q), Str(q, "kind") ?? "count", Dbl(q, "low"), Dbl(q, "best"), Dbl(q, "high"))).ToList();
        var dates = Items("dates").Select(d =>
        {
            var (from, to) = DateValue(d.GetProperty("value"));
            return new Date(Str(d, "text")!, SpanOf(d), from, to, Str(d, "precision") ?? "day");
        }).ToList();
        var quotes = Items("quotes").Select(q => new Said(Str(q, "text")!, SpanOf(q), Str(q, "speaker")!, Str(q, "speaker_role"), Str(q, "kind") ?? "direct")).ToList();
        var events = Items("events").Select(e =>
        {
            DateOnly? from = null, to = null;
            if (e.TryGetProperty("date", out var date) && date.ValueKind != JsonValueKind.Null) (from, to) = DateValue(date);
            int? fatalities = e.TryGetProperty("fatalities", out var f) && f.ValueKind == JsonValueKind.Object ? (int?)Dbl(f, "best") : null;
            TextSpan? evidence = e.TryGetProperty("evidence", out var ev) && ev.ValueKind == JsonValueKind.Array ? new TextSpan(ev[0].GetInt32(), ev[1].GetInt32()) : null;
            return new Event(Str(e, "id") ?? "", Str(e, "event_type")!, Str(e, "sub_event_type")!, from, to, Str(e, "actor1"), Str(e, "actor2"),
                Str(e, "location"), Str(e, "admin1"), Str(e, "country"), fatalities, evidence);
        }).ToList();
        var forbidden = Items("must_not_extract").Select(m => new Forbidden(Str(m, "text")!, SpanOf(m), Str(m, "why") ?? "")).ToList();
        TextSpan? caption = doc.TryGetProperty("caption", out var c) ? SpanOf(c) : null;
        DateOnly? published = Str(doc, "published") is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        foreach (var e in entities)
            if (!text.AsSpan(e.Span.Start, e.Span.Length).SequenceEqual(e.Text))
                throw new ArgumentException($"entity '{e.Text}' does not match the text at {e.Span} in {name}");
        return new GoldSample(Str(doc, "id") ?? Path.GetFileNameWithoutExtension(name), text, published, Str(doc, "outlet"), caption,
            entities, quantities, dates, quotes, events, forbidden);
    }

    private static (DateOnly From, DateOnly To) DateValue(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
            return (Day(value[0].GetString()!, first: true), Day(value[1].GetString()!, first: false));
        var s = value.GetString()!;
        return (Day(s, first: true), Day(s, first: false));
    }

    // "2012" covers the year, "2016-09" the month, "2016-09-23" one day.
    private static DateOnly Day(string value, bool first) => value.Length switch
    {
        4 => first ? new DateOnly(int.Parse(value, CultureInfo.InvariantCulture), 1, 1) : new DateOnly(int.Parse(value, CultureInfo.InvariantCulture), 12, 31),
        7 => DateOnly.ParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture) is var m && first ? m : m.AddMonths(1).AddDays(-1),
        _ => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Dbl(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
