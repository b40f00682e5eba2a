using Sitrep.Core;
using Sitrep.Storage;

namespace Sitrep.Storage.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-store-").FullName;
    private string DbPath => Path.Combine(_dir, "nested", "test.db");

    private static Document AnnotatedDocument(string id = "aleppo", string text = "Syrian warplanes bombed Aleppo on Friday, killing 12 civilians.")
    {
        var doc = new Document(id, text) { Published = new DateOnly(2016, 9, 28), Outlet = "Telegraph" };
        doc.SetEvents([new EventRecord(new TextSpan(0, text.Length), "Explosions/Remote violence", "Air/drone strike", 0.8, "events")
        {
            Actor1 = "Military Forces of Syria", Actor2 = "Civilians (Syria)", Inter1 = 1, Inter2 = 7, CivilianTargeting = true,
            Country = "Syria", Iso = "SY", Admin1 = "Aleppo", Location = "Aleppo", Latitude = 36.2, Longitude = 37.16, GeoPrecision = 1,
            EventDate = new DateOnly(2016, 9, 23), EventDateEnd = new DateOnly(2016, 9, 28), TimePrecision = 1,
            Fatalities = 12, FatalitiesLow = 12, Evidence = [new TextSpan(0, 16), new TextSpan(43, 62)],
        }]);
        doc.SetQuotes([new Quote(new TextSpan(0, 16), QuoteKind.Indirect, 0.7, "quotes") { Speaker = "Kyle Orton", SpeakerRole = "analyst" }]);
        return doc;
    }

    [Fact]
    public void EventsRoundTripWithEveryField()
    {
        var original = AnnotatedDocument();
        using (var store = SqliteStore.Open(DbPath))
            Assert.Equal(SaveOutcome.Stored, store.Save(original, "a.txt"));

        using var reopened = SqliteStore.Open(DbPath);
        var stored = Assert.Single(reopened.Events());
        Assert.Equal("aleppo", stored.DocumentId);
        Assert.Equal(original.Events[0], stored.Event with { Evidence = original.Events[0].Evidence });
        Assert.Equal(original.Events[0].Evidence, stored.Event.Evidence);
        Assert.Equal(original.Text, stored.EvidenceText);
    }

    [Fact]
    public void SameTextIsStoredOnce()
    {
        using var store = SqliteStore.Open(DbPath);
        Assert.Equal(SaveOutcome.Stored, store.Save(AnnotatedDocument("first")));
        Assert.Equal(SaveOutcome.Duplicate, store.Save(AnnotatedDocument("second")));
        Assert.Equal(1, store.DocumentCount);
        Assert.Single(store.Events());
        Assert.True(store.ContainsText(AnnotatedDocument().Text));
    }

    [Fact]
    public void QuotesAreSearchableBySpeaker()
    {
        using var store = SqliteStore.Open(DbPath);
        store.Save(AnnotatedDocument());
        var quote = Assert.Single(store.QuotesBySpeaker("orton"));
        Assert.Equal("analyst", quote.SpeakerRole);
        Assert.Empty(store.QuotesBySpeaker("Stoltenberg"));
        Assert.Empty(store.QuotesBySpeaker("%"));
    }

    [Fact]
    public void MigrationsAreAppliedOnceAndRecorded()
    {
        using (var store = SqliteStore.Open(DbPath))
            Assert.True(store.SchemaVersion >= 1);
        using var again = SqliteStore.Open(DbPath);
        Assert.True(again.SchemaVersion >= 1);
    }

    [Fact]
    public void FileThatIsNotADatabaseIsReportedByName()
    {
        var path = Path.Combine(_dir, "junk.db");
        File.WriteAllText(path, new string('x', 4096));
        var ex = Assert.Throws<SitrepException>(() => SqliteStore.Open(path));
        Assert.Contains(path, ex.Message);
        Assert.Equal(Errors.Store, ex.Code);
    }

    [Fact]
    public void AnnotationsAreStoredAsJson()
    {
        using var store = SqliteStore.Open(DbPath);
        store.Save(AnnotatedDocument());
        var json = store.AnnotationsJson("aleppo");
        Assert.NotNull(json);
        Assert.Contains("\"sub_event_type\":\"Air/drone strike\"", json);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
