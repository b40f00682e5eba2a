using Sitrep.Core;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests;

/// <summary>The behaviour every backend must have; run once per backend by the subclasses below.</summary>
public abstract class StoreContractTests<TProvider> : IDisposable where TProvider : StoreProvider, new()
{
    protected TProvider Provider { get; } = new();

    internal static Document AnnotatedDocument(string id = "aleppo", string text = "Syrian warplanes bombed Aleppo on Friday, killing 12 civilians.")
    {
        var doc = new Document(id, text) { Published = new DateOnly(2016, 9, 28), Outlet = "Telegraph", Title = "Aleppo bombed" };
        doc.SetEvents([new EventRecord(new TextSpan(0, text.Length), "Explosions/Remote violence", "Air/drone strike", 0.8, "events")
        {
            Actor1 = "Military Forces of Syria", Actor2 = "Civilians (Syria)", Inter1 = 1, Inter2 = 7, CivilianTargeting = true,
            Country = "Syria", Iso = "SY", Admin1 = "Aleppo", Location = "Aleppo", Latitude = 36.20124, Longitude = 37.16117, GeoPrecision = 1,
            EventDate = new DateOnly(2016, 9, 23), EventDateEnd = new DateOnly(2016, 9, 28), TimePrecision = 1,
            Fatalities = 12, FatalitiesLow = 12, Evidence = [new TextSpan(0, 16), new TextSpan(text.Length - 19, text.Length)], TitleEvidence = [new TextSpan(7, 13)],
        }]);
        doc.SetQuotes([new Quote(new TextSpan(0, 16), QuoteKind.Indirect, 0.7, "quotes") { Speaker = "Kyle Orton", SpeakerRole = "analyst" }]);
        return doc;
    }

    [Fact]
    public void EventsRoundTripWithEveryField()
    {
        var original = AnnotatedDocument();
        using (var store = Provider.Open())
            Assert.Equal(SaveOutcome.Stored, store.Save(original, "a.txt"));

        using var reopened = Provider.Open();
        var stored = Assert.Single(reopened.Events());
        Assert.Equal("aleppo", stored.DocumentId);
        Assert.Equal(original.Events[0], stored.Event with { Evidence = original.Events[0].Evidence, TitleEvidence = original.Events[0].TitleEvidence });
        Assert.Equal(original.Events[0].Evidence, stored.Event.Evidence);
        Assert.Equal(original.Events[0].TitleEvidence, stored.Event.TitleEvidence);
        Assert.Equal(original.Text, stored.EvidenceText);
        Assert.Equal("Aleppo bombed", stored.Title);
        Assert.Equal(["bombed"], stored.TitleEvidenceText);
        Assert.Equal("Telegraph", stored.Outlet);
        Assert.Equal(new DateOnly(2016, 9, 28), stored.Published);
    }

    [Fact]
    public void SameTextIsStoredOnce()
    {
        using var store = Provider.Open();
        Assert.Equal(SaveOutcome.Stored, store.Save(AnnotatedDocument("first")));
        Assert.Equal(SaveOutcome.Duplicate, store.Save(AnnotatedDocument("second")));
        Assert.Equal(1, store.DocumentCount);
        Assert.Single(store.Events());
        Assert.True(store.ContainsText(AnnotatedDocument().Text));
        Assert.Single(store.ContentHashes());
    }

    [Fact]
    public void QuotesAreSearchableBySpeaker()
    {
        using var store = Provider.Open();
        store.Save(AnnotatedDocument());
        var quote = Assert.Single(store.QuotesBySpeaker("orton"));
        Assert.Equal("analyst", quote.SpeakerRole);
        Assert.Empty(store.QuotesBySpeaker("Stoltenberg"));
        Assert.Empty(store.QuotesBySpeaker("%"));
    }

    [Fact]
    public void MigrationsAreAppliedOnceAndRecorded()
    {
        using (var store = (DocumentStore)Provider.Open())
            Assert.True(store.SchemaVersion >= 1);
        using var again = (DocumentStore)Provider.Open();
        Assert.True(again.SchemaVersion >= 1);
    }

    [Fact]
    public void AStoreWrittenBeforeTitleEvidenceOpensAndItsEventsCiteNoTitle()
    {
        // The store as schema step 1 left it, with one event, written by hand as a release before step 2 wrote it.
        using (var connection = Provider.Connect())
        {
            Execute(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            Execute(connection, Provider.Dialect.Render(Migrations.Steps[0]));
            Execute(connection, "INSERT INTO schema_migrations VALUES (1, 'step 1', '2026-01-01T00:00:00Z')");
            Execute(connection, """
                INSERT INTO documents(id, content_hash, title, language, text, annotations_json, ingested_at)
                VALUES ('old', 'hash', 'Shelling in Idlib', 'en', 'Rebels shelled Idlib.', '{}', '2026-01-01T00:00:00Z')
                """);
            Execute(connection, """
                INSERT INTO events(document_rowid, ordinal, event_type, sub_event_type, span_start, span_end, notes, evidence_json, confidence, producer)
                SELECT rowid_, 0, 'Battles', 'Armed clash', 0, 21, 'Rebels shelled Idlib.', '[[0, 21]]', 0.5, 'events' FROM documents
                """);
        }

        using var store = (DocumentStore)Provider.Open();
        Assert.Equal(Migrations.Steps[^1].Version, store.SchemaVersion);
        var old = Assert.Single(store.Events());
        Assert.Equal([new TextSpan(0, 21)], old.Event.Evidence);
        Assert.Empty(old.Event.TitleEvidence);
        Assert.Empty(old.TitleEvidenceText);
        store.Save(AnnotatedDocument());
        Assert.Equal(["bombed"], store.Events().Last().TitleEvidenceText);
    }

    private static void Execute(System.Data.Common.DbConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public void AnnotationsAreStoredAsJson()
    {
        using var store = Provider.Open();
        store.Save(AnnotatedDocument());
        var json = store.AnnotationsJson("aleppo");
        Assert.NotNull(json);
        Assert.Contains("Air/drone strike", json);
    }

    [Fact]
    public void FullTextSearchFindsDocumentsAndEventNotes()
    {
        using var store = Provider.Open();
        store.Save(AnnotatedDocument());
        store.Save(new Document("other", "Company results beat forecasts in the third quarter."));
        var hit = Assert.Single(store.SearchDocuments("warplanes"));
        Assert.Equal("aleppo", hit.DocumentId);
        Assert.Contains("warplanes", hit.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Single(store.SearchEvents("civilians"));
        Assert.Empty(store.SearchEvents("quarter"));
    }

    [Fact]
    public void EventsAreFilteredByDateCountryAndType()
    {
        using var store = Provider.Open();
        store.Save(AnnotatedDocument());
        Assert.Single(store.Events(new EventQuery(From: new DateOnly(2016, 9, 25))));
        Assert.Empty(store.Events(new EventQuery(From: new DateOnly(2016, 9, 29))));
        Assert.Empty(store.Events(new EventQuery(To: new DateOnly(2016, 9, 22))));
        Assert.Single(store.Events(new EventQuery(Country: "sy")));
        Assert.Single(store.Events(new EventQuery(Country: "Syria")));
        Assert.Empty(store.Events(new EventQuery(Country: "IQ")));
        Assert.Single(store.Events(new EventQuery(EventType: "Explosions/Remote violence")));
        Assert.Empty(store.Events(new EventQuery(EventType: "Battles")));
    }

    [Fact]
    public void ReferenceEventsImportIdempotently()
    {
        using var store = Provider.Open();
        var e = new AcledRow { EventId = "SYR1", EventDate = new DateOnly(2020, 5, 9), EventType = "Battles", SubEventType = "Armed clash", Fatalities = 3, Latitude = 36.2, CivilianTargeting = false };
        Assert.Equal(1, store.ImportReferenceEvents([e], "a.csv"));
        Assert.Equal(1, store.ImportReferenceEvents([e with { Fatalities = 4 }], "a.csv"));
        var stored = Assert.Single(store.ReferenceEvents());
        Assert.Equal(e with { Fatalities = 4 }, stored);
    }

    [Fact]
    public void CrashMidDocumentLeavesNothingOfIt()
    {
        using var store = Provider.Open();
        store.Save(AnnotatedDocument());
        Provider.FailQuoteInserts("boom");
        var doc = AnnotatedDocument("crashing", "Rebels shelled Idlib on Monday, killing 3.");
        doc.SetQuotes([new Quote(new TextSpan(0, 6), QuoteKind.Direct, 0.5, "quotes") { Speaker = "boom" }]);

        Assert.ThrowsAny<Exception>(() => store.Save(doc));

        Assert.Equal(1, store.DocumentCount);
        Assert.Single(store.Events());
        Assert.False(store.ContainsText(doc.Text));
    }

    public void Dispose() => Provider.Dispose();
}

public sealed class SqliteStoreTests : StoreContractTests<SqliteProvider>
{
    [Fact]
    public void FileThatIsNotADatabaseIsReportedByName()
    {
        var path = Path.Combine(Provider.Dir, "junk.db");
        File.WriteAllText(path, new string('x', 4096));
        var ex = Assert.Throws<SitrepException>(() => DocumentStore.OpenSqlite(path));
        Assert.Contains(path, ex.Message);
        Assert.Equal(Errors.Store, ex.Code);
    }
}

public sealed class PostgresStoreTests : StoreContractTests<PostgresProvider>
{
    [Fact]
    public void UnreachableServerIsReportedWithItsAddress()
    {
        var ex = Assert.Throws<SitrepException>(() => DocumentStore.Open("postgres://nobody:x@127.0.0.1:1/nowhere"));
        Assert.Contains("127.0.0.1:1/nowhere", ex.Message);
    }
}
