using Sitrep.Core;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Events;

namespace Sitrep.Nlp.Tests.Events;

public class ActorModelTests
{
    [Fact]
    public void PlacesVoteByTheirNearestTrainingEventsWithinReach()
    {
        var path = Path.GetTempFileName();
        try
        {
            ActorPlaces.Write(path,
            [
                new AcledRow { Latitude = 48.00, Longitude = 37.70, Actor1 = "NAF: United Armed Forces of Novorossiya", Inter1 = 2 },
                new AcledRow { Latitude = 48.01, Longitude = 37.71, Actor1 = "NAF: United Armed Forces of Novorossiya", Inter1 = 2 },
                new AcledRow { Latitude = 48.30, Longitude = 38.00, Actor1 = "Military Forces of Ukraine (2019-)", Inter1 = 1 },
                new AcledRow { Latitude = 10.00, Longitude = 10.00, Actor1 = null },
            ]);
            var places = ActorPlaces.Load(path);
            Assert.Equal(3, places.Count);
            string[] classes = ["1|Military Forces of Ukraine", "2|NAF: United Armed Forces of Novorossiya"];
            int Index(string label) => Array.IndexOf(classes, label);
            var votes = new float[2];
            Assert.True(places.Vote(48.005, 37.705, Index, votes));
            Assert.Equal(1f, votes[1], 3);
            Assert.Equal(0f, votes[0]);
            Array.Clear(votes);
            Assert.True(places.Vote(48.29, 38.0, Index, votes));
            Assert.True(votes[0] > 0.99f);
            Assert.False(places.Vote(0, 0, Index, new float[2]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MalformedPlaceRowIsAModelError()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "north\t37.7\t2|NAF\n");
            var e = Assert.Throws<SitrepException>(() => ActorPlaces.Load(path));
            Assert.Equal(Errors.Model, e.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ClassifyAllocatesNothingAndAgreesWithTheClassProbabilities()
    {
        var model = EventModel.Shipped;
        const string text = "Warplanes bombed the market in Saraqib, killing 12 civilians.";
        var (type, subType, pEvent, share) = model.Classify(text);
        var p = model.Events.Predict(text);
        var classes = model.Events.Classes;
        var byType = classes.Select((c, i) => (c, i)).Where(x => x.c != EventTraining.NoEvent)
            .GroupBy(x => x.c[..x.c.IndexOf('|')]).ToDictionary(g => g.Key, g => g.Sum(x => p[x.i]));
        var best = byType.MaxBy(kv => kv.Value);
        Assert.Equal(best.Key, type);
        Assert.Equal(classes.Where(c => c.StartsWith(type + "|", StringComparison.Ordinal)).MaxBy(c => p[classes.ToList().IndexOf(c)]), $"{type}|{subType}");
        Assert.Equal(byType.Values.Sum(), pEvent, 5);
        Assert.Equal(best.Value / pEvent, share, 5);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 50; i++) model.Classify(text);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void UnnamedPerpetratorKindIsLearntFromTheNoteAndCountry()
    {
        var model = EventModel.Shipped;
        const string text = "On 6 May 2020, in Manzanillo, Colima, armed men driving a vehicle carried out a drive-by shooting against a man. The victim died.";
        var record = new EventRecord(new TextSpan(0, text.Length), "Violence against civilians", "Attack", 0.9, "events")
        {
            Actor1 = "Unidentified Armed Group (Mexico)",
            Inter1 = 3,
            Country = "Mexico",
            Evidence = [new TextSpan(0, text.Length), new TextSpan(20, 30)],
        };
        var named = model.WithUnnamedActor(record, text);
        Assert.Equal("Unidentified Gang (Mexico)", named.Actor1);
        Assert.Equal(3, named.Inter1);
        // A perpetrator the text names is left alone.
        var police = record with { Actor1 = "Police Forces of Mexico", Inter1 = 1 };
        Assert.Same(police, model.WithUnnamedActor(police, text));
    }
}
