using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Nlp.Text;

namespace Sitrep.Nlp.Tests.Support;

/// <summary>
/// Builds a sample document whose entity, quantity and date layers are set by hand from its gold file,
/// so the event stage can be tested before the NER, quantity and date stages exist.
/// </summary>
internal static class GoldLayers
{
    public static (Document Document, JsonElement Gold) Load(string id)
    {
        var dir = Samples.Dir;
        var text = File.ReadAllText(Path.Combine(dir, id + ".txt"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, id + ".gold.json")));
        var gold = json.RootElement.Clone();
        var published = DateOnly.ParseExact(gold.GetProperty("document").GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var doc = new Document(id, text) { Published = published };
        new CaptionDetector().Process(doc, default);
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);

        // The gold lists each name's first mention; a tagger finds every mention.
        var entities = new List<EntityMention>();
        foreach (var e in gold.GetProperty("entities").EnumerateArray())
        {
            var kind = Enum.Parse<EntityKind>(e.GetProperty("type").GetString()!);
            foreach (Match m in Regex.Matches(text, $@"(?<![\w-]){Regex.Escape(e.GetProperty("text").GetString()!)}(?!\w)"))
                if (!entities.Any(x => x.Span.Overlaps(new TextSpan(m.Index, m.Index + m.Length))))
                    entities.Add(new EntityMention(new TextSpan(m.Index, m.Index + m.Length), kind, 1, "gold"));
        }
        doc.SetEntities(entities);

        var quantities = new List<Quantity>();
        foreach (var q in gold.GetProperty("quantities").EnumerateArray())
        {
            QuantityKind? kind = q.GetProperty("kind").GetString() switch
            {
                "fatalities" => QuantityKind.Fatalities,
                "population_trapped" => QuantityKind.Trapped,
                "troops" => QuantityKind.Troops,
                "duration" => QuantityKind.Duration,
                "count" => QuantityKind.Count,
                _ => null,
            };
            if (kind is null) continue;
            double? Get(string name) => q.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
            quantities.Add(new Quantity(Span(q), kind.Value, Get("low"), Get("best"), Get("high"), 1, "gold"));
        }
        doc.SetQuantities(quantities);

        var dates = new List<DateExpression>();
        foreach (var d in gold.GetProperty("dates").EnumerateArray())
        {
            var value = d.GetProperty("value");
            var precision = d.GetProperty("precision").GetString() switch
            {
                "day" => DatePrecision.Day,
                "week" => DatePrecision.Week,
                "month" => DatePrecision.Month,
                _ => DatePrecision.Year,
            };
            var (from, to) = value.ValueKind == JsonValueKind.Array
                ? (Day(value[0].GetString()!), Day(value[1].GetString()!))
                : value.GetString()!.Length == 4
                    ? (new DateOnly(int.Parse(value.GetString()!, CultureInfo.InvariantCulture), 1, 1), new DateOnly(int.Parse(value.GetString()!, CultureInfo.InvariantCulture), 12, 31))
                    : (Day(value.GetString()!), Day(value.GetString()!));
            dates.Add(new DateExpression(Span(d), from, to, precision, 1, "gold"));
        }
        doc.SetDates(dates);
        return (doc, gold);
    }

    private static TextSpan Span(JsonElement e) => new(e.GetProperty("span")[0].GetInt32(), e.GetProperty("span")[1].GetInt32());

    private static DateOnly Day(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
