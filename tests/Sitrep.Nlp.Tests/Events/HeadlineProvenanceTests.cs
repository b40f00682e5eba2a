using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Serialization;
using Sitrep.Nlp.Pipeline;

namespace Sitrep.Nlp.Tests.Events;

/// <summary>A value the event stage reads from the headline cites the headline's words, like any value read from the text.</summary>
public class HeadlineProvenanceTests
{
    private static readonly DateOnly Published = new(2016, 9, 28);
    private const string NusraTitle = "Nusra Front stages deadly suicide bombing in Aleppo";
    private const string NusraBody = "A suicide bomber killed 25 people at an army post in Aleppo on Tuesday.";

    private static (Document Doc, EventRecord Event) Violent(Document input)
    {
        var doc = DefaultPipeline.Instance.Process(input);
        return (doc, Assert.Single(doc.Events, e => AcledTaxonomy.IsViolent(e.EventType)));
    }

    private static string[] TitleWords(Document doc, EventRecord e) => e.TitleEvidence.Select(s => doc.Title![s.Start..s.End]).ToArray();

    [Fact]
    public void AnActor1OnlyTheTitleNamesCitesTheTitlesWordsForIt()
    {
        var (doc, e) = Violent(new Document("t", NusraBody) { Title = NusraTitle, Published = Published });
        Assert.Contains("Hayat Tahrir al Sham", e.Actor1);
        Assert.Equal(["Nusra Front"], TitleWords(doc, e));
        // The body never names the group: without the title span nothing would show where actor 1 came from.
        Assert.DoesNotContain(e.Evidence, s => doc.Text[s.Start..s.End].Contains("Nusra", StringComparison.Ordinal));
    }

    [Fact]
    public void TheHeadlinesSubjectCitesItsWordsAndATitleTollItsFigure()
    {
        var (doc, e) = Violent(new Document("t", "At least 18 civilians were killed on Tuesday when a missile struck a rebel-held neighborhood of Aleppo, a monitor said.")
        { Title = "Assad regime kills 18 civilians in Aleppo", Published = Published });
        Assert.Equal("Military Forces of Syria", e.Actor1);
        Assert.Contains("Assad regime", TitleWords(doc, e));
        Assert.Contains(TitleWords(doc, e), w => w.Contains("18", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeadlineTollTheEventTakesCitesTheTitlesFigure()
    {
        var (doc, e) = Violent(new Document("t", "Syrian air strikes killed 12 civilians in the Marjeh district of Aleppo on Monday. The strikes also hit a bakery in Aleppo.")
        { Title = "Air strikes kill 45 in Aleppo in 24 hours", Published = Published });
        Assert.Equal(45, e.Fatalities);
        Assert.Contains(TitleWords(doc, e), w => w.Contains("45", StringComparison.Ordinal));
    }

    [Fact]
    public void AProvinceOnlyTheTitlesTollClauseNamesPlacesTheLeadAndCitesTheTitle()
    {
        // The title is not repeated in the text and names two provinces: the one after its toll is the lead's, read as the body reads it.
        var doc = DefaultPipeline.Instance.Process(new Document("t", "At least seven people were killed in air strikes on Tuesday, a monitor said. "
            + "A bakery was also destroyed by air strikes in Homs. A medic in Daraa said the dead included two children.")
        { Title = "Air strikes kill 7 in Syrias Daraa and destroy a bakery in Homs", Published = Published });
        var lead = Assert.Single(doc.Events, e => AcledTaxonomy.IsViolent(e.EventType) && e.Fatalities == 7);
        Assert.Equal("Dar'a", lead.Admin1);
        Assert.Contains("Daraa", TitleWords(doc, lead));
    }

    [Fact]
    public void APlaceTheTitlesEventIsOnlyNearDoesNotPlaceIt()
    {
        var (_, e) = Violent(new Document("t", "Air strikes killed 11 civilians on Tuesday, activists said. The strikes hit a building in the city of Idlib near Aleppo.")
        { Title = "US strikes kill 11 civilians near Syrias Aleppo", Published = Published });
        Assert.Equal("Idleb", e.Admin1);
    }

    [Fact]
    public void TheTitlesWeaponThatSettlesTheSubTypeIsCited()
    {
        var (doc, e) = Violent(new Document("t", "At least 34 people were killed in the town of Salamiyeh in Hama province on Tuesday, state media said.")
        { Title = "Car bomb kills at least 34 in Syrias Hama", Published = Published });
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Contains("Car bomb", TitleWords(doc, e));
    }

    [Fact]
    public void AVagueTitleTollTheBodyOverridesIsNotCited()
    {
        var (doc, e) = Violent(new Document("t", "At least 16 people were killed in air strikes on rebel-held parts of Aleppo on Monday.")
        { Title = "Dozens killed in bombardment on rebel-held Aleppo", Published = Published });
        Assert.Equal(16, e.Fatalities);
        Assert.DoesNotContain(TitleWords(doc, e), w => w.Contains("Dozens", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeadlineLineOfTheTextIsCitedAsTextEvidence()
    {
        var (doc, e) = Violent(new Document("t", NusraTitle + "\n\n" + NusraBody) { Published = Published });
        Assert.Contains("Hayat Tahrir al Sham", e.Actor1);
        Assert.Empty(e.TitleEvidence);
        Assert.Contains(e.Evidence, s => doc.Text[s.Start..s.End] == "Nusra Front");
    }

    [Fact]
    public void TheDocumentJsonCarriesTheTitleSpans()
    {
        var (doc, _) = Violent(new Document("t", NusraBody) { Title = NusraTitle, Published = Published });
        using var json = JsonDocument.Parse(DocumentJson.ToJson(doc));
        var title = json.RootElement.GetProperty("title").GetString()!;
        var violent = json.RootElement.GetProperty("events").EnumerateArray().Single(e => AcledTaxonomy.IsViolent(e.GetProperty("event_type").GetString()!));
        var spans = violent.GetProperty("title_evidence").EnumerateArray().Select(s => (s[0].GetInt32(), s[1].GetInt32())).ToArray();
        Assert.Equal(["Nusra Front"], spans.Select(s => title[s.Item1..s.Item2]));
        Assert.Equal(JsonValueKind.Array, violent.GetProperty("evidence").ValueKind);
    }
}
