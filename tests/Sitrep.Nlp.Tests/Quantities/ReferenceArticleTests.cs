using System.Text.Json;
using Sitrep.Core;
using Sitrep.Nlp.Dates;
using Sitrep.Nlp.Quantities;
using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Quantities;

/// <summary>The gold quantities and dates of the sample articles are all found with their spans and values.</summary>
public class ReferenceArticleTests
{
    public static TheoryData<string> Samples => new() { "aleppo-2016-09-28", "1919191768", "1923848127" };

    private static (string Text, DateOnly Published, JsonElement Gold) Load(string name)
    {
        var dir = Sitrep.Testing.Samples.Dir;
        var text = File.ReadAllText(Path.Combine(dir, name + ".txt"));
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, name + ".gold.json"))).RootElement;
        return (text, DateOnly.Parse(gold.GetProperty("document").GetProperty("published").GetString()!), gold);
    }

    private static TextSpan SpanOf(JsonElement e) =>
        new(e.GetProperty("span")[0].GetInt32(), e.GetProperty("span")[1].GetInt32());

    // Gold kinds are finer than QuantityKind: the victim group goes to Quantity.Group.
    private static QuantityKind KindOf(string gold) => gold switch
    {
        "count" => QuantityKind.Count,
        "population_trapped" => QuantityKind.Trapped,
        "duration" => QuantityKind.Duration,
        "troops" => QuantityKind.Troops,
        _ when gold.StartsWith("fatalities", StringComparison.Ordinal) => QuantityKind.Fatalities,
        _ => throw new ArgumentException($"unknown gold kind {gold}"),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryGoldQuantityIsFoundWithItsSpanKindAndValues(string name)
    {
        var (text, _, gold) = Load(name);
        var found = new QuantityStage().Read(text);
        foreach (var g in gold.GetProperty("quantities").EnumerateArray())
        {
            var span = SpanOf(g);
            var q = found.SingleOrDefault(x => x.Span == span)
                ?? throw new Xunit.Sdk.XunitException($"{name}: gold quantity '{text[span.Start..span.End]}' {span} not found");
            Assert.Equal(KindOf(g.GetProperty("kind").GetString()!), q.Kind);
            // Values the gold states must match; a value the gold leaves out is not checked ("tens of thousands" gives only its floor).
            foreach (var (field, actual) in new[] { ("low", q.Low), ("best", q.Best), ("high", q.High) })
                if (g.TryGetProperty(field, out var v))
                    Assert.True(actual == v.GetDouble(), $"{name}: '{text[span.Start..span.End]}' {field} is {actual}, gold {v.GetDouble()}");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryGoldDateIsFoundWithItsSpanDaysAndPrecision(string name)
    {
        var (text, published, gold) = Load(name);
        var found = new DateStage().Read(text, published);
        foreach (var g in gold.GetProperty("dates").EnumerateArray())
        {
            var span = SpanOf(g);
            var d = found.SingleOrDefault(x => x.Span == span)
                ?? throw new Xunit.Sdk.XunitException($"{name}: gold date '{text[span.Start..span.End]}' {span} not found");
            var value = g.GetProperty("value");
            if (value.ValueKind == JsonValueKind.Array)
                Assert.Equal((DateOnly.Parse(value[0].GetString()!), DateOnly.Parse(value[1].GetString()!)), (d.From, d.To));
            else if (value.GetString()!.Length == 4)
                Assert.Equal((new DateOnly(int.Parse(value.GetString()!), 1, 1), new DateOnly(int.Parse(value.GetString()!), 12, 31)), (d.From, d.To));
            else
                Assert.Equal((DateOnly.Parse(value.GetString()!), DateOnly.Parse(value.GetString()!)), (d.From, d.To));
            Assert.Equal(g.GetProperty("precision").GetString(), d.Precision.ToString().ToLowerInvariant());
        }
    }

    [Fact]
    public void ShareOfTheAleppoTollPointsAtTheTollAndNamesItsGroup()
    {
        var text = File.ReadAllText(Path.Combine(Sitrep.Testing.Samples.Dir, "aleppo-2016-09-28.txt"));
        var found = new QuantityStage().Read(text);
        var half = found.Single(q => q.Proportion == 0.5);
        Assert.Equal(new TextSpan(864, 901), half.PartOf);
        Assert.Equal("women or children", half.Group);
    }

    [Fact]
    public void ForecastInTheAleppoArticleIsHypothetical()
    {
        var text = File.ReadAllText(Path.Combine(Sitrep.Testing.Samples.Dir, "aleppo-2016-09-28.txt"));
        Assert.True(new QuantityStage().Read(text).Single(q => q.Span == new TextSpan(2506, 2518)).IsHypothetical);
    }
}
