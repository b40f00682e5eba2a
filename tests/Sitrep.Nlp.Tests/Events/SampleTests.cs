using System.Text.Json;
using Sitrep.Core;
using Sitrep.Nlp.Events;
using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Events;

/// <summary>The event stage on the three gold samples, with entity, quantity and date layers set from the gold files.</summary>
public class SampleTests
{
    [Theory]
    [InlineData("aleppo-2016-09-28")]
    [InlineData("1919191768")]
    [InlineData("1923848127")]
    public void NothingIsExtractedFromMustNotExtractSpans(string id)
    {
        var (doc, gold) = Run(id);
        foreach (var bad in gold.GetProperty("must_not_extract").EnumerateArray())
        {
            var span = new TextSpan(bad.GetProperty("span")[0].GetInt32(), bad.GetProperty("span")[1].GetInt32());
            // Extracted from the span: the event's trigger or its whole evidence sentence lies inside it.
            Assert.DoesNotContain(doc.Events, e => (e.Trigger is { } t && span.Contains(t)) || span.Contains(e.Span));
        }
    }

    [Fact]
    public void ReferenceArticleFindsMostGoldEventsByTypeAndPlace()
    {
        var (doc, gold) = Run("aleppo-2016-09-28");
        var matched = GoldEvents(gold).Count(g => doc.Events.Any(e => e.EventType == g.Type && e.SubEventType == g.Sub && e.Location == g.Location));
        Assert.True(matched >= 5, $"{matched} of 6 gold events found");
    }

    [Fact]
    public void ReferenceAirCampaignIsOneEventWithADateRangeAndTheConservativeToll()
    {
        var (doc, _) = Run("aleppo-2016-09-28");
        var air = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Equal(new DateOnly(2016, 9, 23), air.EventDate);
        Assert.Equal(new DateOnly(2016, 9, 28), air.EventDateEnd);
        Assert.Equal(350, air.Fatalities);
        Assert.Equal("Military Forces of Syria", air.Actor1);
        Assert.Contains("Military Forces of Russia", air.AssocActor1 ?? "");
        Assert.True(air.Evidence.Count >= 2);
    }

    [Fact]
    public void ReferenceCeasefireCollapseIsAStrategicDevelopmentLastWeek()
    {
        var (doc, _) = Run("aleppo-2016-09-28");
        var ceasefire = Assert.Single(doc.Events, e => e.EventType == "Strategic developments");
        Assert.Equal("Other", ceasefire.SubEventType);
        Assert.Equal(new DateOnly(2016, 9, 19), ceasefire.EventDate);
        Assert.Equal("Syria", ceasefire.Location);
        Assert.Equal(3, ceasefire.GeoPrecision);
    }

    [Fact]
    public void HospitalStrikeArticleFindsTheAirStrikesAtKafrTakharim()
    {
        var (doc, _) = Run("1919191768");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Location == "Kafr Takharim" && e.EventDate == new DateOnly(2017, 4, 25));
    }

    private static (Document, JsonElement) Run(string id)
    {
        var (doc, gold) = GoldLayers.Load(id);
        new EventStage().Process(doc, default);
        return (doc, gold);
    }

    private static IEnumerable<(string Type, string Sub, string? Location)> GoldEvents(JsonElement gold) =>
        gold.GetProperty("events").EnumerateArray().Select(e => (
            e.GetProperty("event_type").GetString()!,
            e.GetProperty("sub_event_type").GetString()!,
            e.TryGetProperty("admin1", out var a) && e.GetProperty("location").GetString()!.Contains(' ') ? a.GetString() : e.GetProperty("location").GetString()));
}
