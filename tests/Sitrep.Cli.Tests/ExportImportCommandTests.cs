using System.Text.Json;
using Sitrep.Core;
using Sitrep.Storage;

namespace Sitrep.Cli.Tests;

public sealed class ExportImportCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    private void StoreEvents()
    {
        const string text = "Syrian and Russian warplanes bombed east Aleppo, killing more than 350 people. Rebels clashed with troops south of Aleppo.";
        int second = text.IndexOf("Rebels", StringComparison.Ordinal);
        var strike = new TextSpan(0, second - 1);
        var clash = new TextSpan(second, text.Length);
        var doc = new Document("aleppo", text) { Published = new DateOnly(2016, 9, 28), Outlet = "Telegraph", Title = "Assad regime bombs Aleppo" };
        doc.SetEvents([
            new EventRecord(strike, "Explosions/Remote violence", "Air/drone strike", 0.8, "events")
            {
                Actor1 = "Military Forces of Syria", AssocActor1 = "Military Forces of Russia", Actor2 = "Civilians (Syria)", Inter1 = 1, Inter2 = 7,
                CivilianTargeting = true, Country = "Syria", Iso = "SY", Admin1 = "Aleppo", Location = "Aleppo", Latitude = 36.20124, Longitude = 37.16117,
                GeoPrecision = 1, EventDate = new DateOnly(2016, 9, 23), EventDateEnd = new DateOnly(2016, 9, 28), TimePrecision = 1,
                Fatalities = 350, FatalitiesLow = 350, Evidence = [strike], TitleEvidence = [new TextSpan(0, 12)],
            },
            new EventRecord(clash, "Battles", "Armed clash", 0.7, "events")
            {
                Actor1 = "Rebel groups (Syria)", Actor2 = "Military Forces of Syria", Inter1 = 2, Inter2 = 1, Country = "Syria", Iso = "SY",
                Admin1 = "Aleppo", Location = "Aleppo", Latitude = 36.1, Longitude = 37.16117, GeoPrecision = 2,
                EventDate = new DateOnly(2016, 9, 28), TimePrecision = 1, Fatalities = 0, Evidence = [clash],
            },
            new EventRecord(new TextSpan(0, 5), AcledTaxonomy.Humanitarian, "Siege / population trapped", 0.6, "events") { Country = "Syria", Iso = "SY" },
        ]);
        using var store = DocumentStore.Open(_cli.Db);
        store.Save(doc);
    }

    [Fact]
    public async Task AcledExportReimportsToTheSameRecords()
    {
        StoreEvents();
        var csv = Path.Combine(_cli.Dir, "export.csv");
        var (exit, _, err) = await _cli.Run("export", "--format", "acled", "-o", csv);
        Assert.Equal(0, exit);
        Assert.Contains("2 events", err);
        Assert.StartsWith(string.Join(',', Storage.Export.EventExporter.AcledColumns), File.ReadLines(csv).First());

        var (importExit, importOut, _) = await _cli.Run("import", "acled", csv);
        Assert.Equal(0, importExit);
        Assert.Contains("imported 2 ACLED events", importOut);

        using var store = DocumentStore.Open(_cli.Db);
        var exported = store.Events().Where(e => e.Event.EventType != AcledTaxonomy.Humanitarian).ToList();
        var imported = store.ReferenceEvents().ToList();
        Assert.Equal(exported.Count, imported.Count);
        foreach (var (s, r) in exported.Zip(imported))
        {
            var e = s.Event;
            Assert.Equal(Storage.Export.EventExporter.AcledEventId(s), r.EventId);
            Assert.Equal((e.EventDate, e.TimePrecision, e.EventType, e.SubEventType), (r.EventDate, r.TimePrecision, r.EventType, r.SubEventType));
            Assert.Equal((e.Actor1, e.AssocActor1, e.Inter1, e.Actor2, e.AssocActor2, e.Inter2), (r.Actor1, r.AssocActor1, r.Inter1, r.Actor2, r.AssocActor2, r.Inter2));
            Assert.Equal(e.CivilianTargeting ?? false, r.CivilianTargeting ?? false);
            Assert.Equal((e.Country, e.Iso, e.Admin1, e.Admin2, e.Location), (r.Country, r.Iso3, r.Admin1, r.Admin2, r.Location));
            Assert.Equal((e.Latitude, e.Longitude, e.GeoPrecision, e.Fatalities), (r.Latitude, r.Longitude, r.GeoPrecision, r.Fatalities));
            Assert.Equal(s.EvidenceText, r.Notes);
        }
    }

    [Fact]
    public async Task GeoJsonIsAFeatureCollectionOfPoints()
    {
        StoreEvents();
        var (exit, output, _) = await _cli.Run("export", "--format", "geojson");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var features = json.RootElement.GetProperty("features");
        Assert.Equal(3, features.GetArrayLength());
        var first = features.EnumerateArray().Single(f => f.GetProperty("properties").GetProperty("sub_event_type").GetString() == "Air/drone strike");
        Assert.Equal([37.16117, 36.20124], first.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal("Air/drone strike", first.GetProperty("properties").GetProperty("sub_event_type").GetString());
        var siege = features.EnumerateArray().Single(f => f.GetProperty("properties").GetProperty("event_type").GetString() == "Humanitarian");
        Assert.Equal(JsonValueKind.Null, siege.GetProperty("geometry").ValueKind);
    }

    [Fact]
    public async Task JsonlCarriesProvenanceAndFiltersApply()
    {
        StoreEvents();
        var (_, output, _) = await _cli.Run("export", "--format", "jsonl", "--type", "Battles", "--from", "2016-09-28", "--country", "SY");
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("aleppo", json.RootElement.GetProperty("document_id").GetString());
        Assert.Equal("Rebels clashed with troops south of Aleppo.", json.RootElement.GetProperty("evidence_text").GetString());
        Assert.Equal([79, 122], json.RootElement.GetProperty("event").GetProperty("evidence")[0].EnumerateArray().Select(v => v.GetInt32()));
    }

    [Fact]
    public async Task JsonlCarriesTheHeadlineWordsAnEventCites()
    {
        StoreEvents();
        var (_, output, _) = await _cli.Run("export", "--format", "jsonl");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var strike = lines.Single(l => l.GetProperty("event").GetProperty("sub_event_type").GetString() == "Air/drone strike");
        Assert.Equal(["Assad regime"], strike.GetProperty("title_evidence_text").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal([0, 12], strike.GetProperty("event").GetProperty("title_evidence")[0].EnumerateArray().Select(v => v.GetInt32()));
        var clash = lines.Single(l => l.GetProperty("event").GetProperty("event_type").GetString() == "Battles");
        Assert.Equal(0, clash.GetProperty("title_evidence_text").GetArrayLength());
        Assert.Equal(0, clash.GetProperty("event").GetProperty("title_evidence").GetArrayLength());
    }

    [Fact]
    public async Task AnActor1OnlyTheTitleNamesKeepsItsTitleWordsFromExtractionToExport()
    {
        // The body never names the bomber's group; the title, from the article's sidecar metadata, does.
        var article = _cli.Write("in/nusra.txt", "A suicide bomber killed 25 people at an army post in Aleppo on Tuesday.");
        _cli.Write("in/nusra.meta.json", """{"title": "Nusra Front stages deadly suicide bombing in Aleppo", "published": "2016-09-28"}""");
        Assert.Equal(0, (await _cli.Run("ingest", article)).Exit);

        var (_, output, _) = await _cli.Run("export", "--format", "jsonl", "--type", "Explosions/Remote violence");
        var line = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Contains("Hayat Tahrir al Sham", line.GetProperty("event").GetProperty("actor1").GetString());
        Assert.Equal(["Nusra Front"], line.GetProperty("title_evidence_text").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task EventsListingShowsTheHeadlineWordsAnEventCites()
    {
        StoreEvents();
        var (_, json, _) = await _cli.Run("events", "--format", "json");
        var strike = json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(l => l.GetProperty("event").GetProperty("sub_event_type").GetString() == "Air/drone strike");
        Assert.Equal(["Assad regime"], strike.GetProperty("title_evidence_text").EnumerateArray().Select(v => v.GetString()));

        var (_, csv, _) = await _cli.Run("events", "--format", "csv");
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",evidence,title_evidence", rows[0]);
        Assert.EndsWith(",Assad regime", Assert.Single(rows, r => r.Contains("Air/drone strike", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task UcdpExportKeepsLowBestHighAndViolenceType()
    {
        StoreEvents();
        var (_, output, _) = await _cli.Run("export", "--format", "ucdp");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var header = lines[0].Split(',');
        var airStrike = lines[1].Split(',');
        Assert.Equal("3", airStrike[Array.IndexOf(header, "type_of_violence")]);
        Assert.Equal("350", airStrike[Array.IndexOf(header, "best")]);
        Assert.Equal("2", airStrike[Array.IndexOf(header, "date_prec")]);
        Assert.Equal("1", lines[2].Split(',')[Array.IndexOf(header, "type_of_violence")]);
    }

    [Fact]
    public async Task UnknownFormatIsRejected()
    {
        var (exit, _, err) = await _cli.Run("export", "--format", "xml");
        Assert.NotEqual(0, exit);
        Assert.Contains("xml", err);
    }

    public void Dispose() => _cli.Dispose();
}
