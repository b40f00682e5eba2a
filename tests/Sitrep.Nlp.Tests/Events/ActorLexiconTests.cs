using Sitrep.Nlp.Events;

namespace Sitrep.Nlp.Tests.Events;

public class ActorLexiconTests
{
    private static readonly Country Syria = new("SY", "Syria", "Syria");

    private static List<ActorMention> Find(string text) => EventModel.Shipped.Lexicon.Find(text, 0, Syria);

    [Theory]
    [InlineData("Syrian government forces attacked the town.", "Military Forces of Syria", 1)]
    [InlineData("The regime shelled the district.", "Military Forces of Syria", 1)]
    [InlineData("Pro-government troops advanced.", "Military Forces of Syria", 1)]
    [InlineData("Rebels attacked a checkpoint.", "Rebel groups (Syria)", 2)]
    [InlineData("The opposition retook the hill.", "Rebel groups (Syria)", 2)]
    [InlineData("Russian warplanes bombed the market.", "Military Forces of Russia", 8)]
    [InlineData("Turkish troops shelled the village.", "Military Forces of Turkey", 8)]
    [InlineData("Unidentified gunmen shot a man.", "Unidentified Armed Group (Syria)", 3)]
    [InlineData("A policeman shot and killed a man.", "Police Forces of Syria", 1)]
    [InlineData("Gendarmes beat a journalist.", "Military Forces of Syria Gendarmerie", 1)]
    [InlineData("Turkish gendarmerie detained two men.", "Military Forces of Turkey Gendarmerie", 8)]
    public void PhraseIsNormalisedToTheAcledName(string text, string name, int inter)
    {
        var first = Find(text)[0];
        Assert.Equal(name, first.Name);
        Assert.Equal(inter, first.Inter);
    }

    [Fact]
    public void CiviliansTakeTheDocumentCountry()
    {
        var civilian = Assert.Single(Find("Five civilians died."));
        Assert.Equal("Civilians (Syria)", civilian.Name);
        Assert.Equal(ActorRole.Civilian, civilian.Role);
        Assert.Equal(7, civilian.Inter);
    }

    [Fact]
    public void CoordinatedDemonymsNameTwoForcesActingTogether()
    {
        var found = Find("Syrian and Russian warplanes have been bombing the east.");
        Assert.Equal(["Military Forces of Syria", "Military Forces of Russia"], found.Select(f => f.Name));
        Assert.Single(found.Select(f => f.Group).Distinct());
    }

    [Fact]
    public void PassiveAgentIsMarked()
    {
        var found = Find("A man was killed by unidentified gunmen.");
        Assert.Contains(found, f => f.AfterBy && f.Role == ActorRole.Unidentified);
    }

    [Fact]
    public void ASideNamedByTheGroundItHoldsIsATarget()
    {
        var found = Find("Russian air strikes hit a village held by Islamic State militants.");
        Assert.Equal(ActorRole.Held, Assert.Single(found, f => f.Name == "Islamic State (Syria)").Role);
        Assert.False(found.Single(f => f.Name == "Islamic State (Syria)").AfterBy);
        // "the opposition" of "the opposition-held district" is the held ground, not a side of its own.
        var armed = Assert.Single(Find("Five people were killed in the opposition-held district of Sevre."), f => f.Role != ActorRole.Civilian);
        Assert.Equal(ActorRole.Held, armed.Role);
    }

    [Fact]
    public void CoalitionAirStrikesAreTheCoalitionOfTheDocumentsCountry()
    {
        const string text = "Coalition air strikes hit the town.";
        Assert.Equal("Global Coalition Against Daesh", Find(text)[0].Name);
        Assert.Equal("Operation Restoring Hope", EventModel.Shipped.Lexicon.Find(text, 0, new Country("YE", "Yemen", "Yemen"))[0].Name);
        Assert.DoesNotContain(EventModel.Shipped.Lexicon.Find(text, 0, country: null), f => f.Role == ActorRole.Actor);
    }

    [Fact]
    public void TheMeansOrFoeOfAHarmIsNoTarget()
    {
        var found = Find("At least 132 Islamic State militants have been killed in fighting with Kurdish fighters.");
        Assert.True(found.Single(f => f.Name == "Islamic State (Syria)").IsVictim);
        Assert.False(found.Single(f => f.Name == "QSD: Syrian Democratic Forces").IsTarget);
        Assert.True(Find("The strikes killed 12 people including rebel fighters.").Single(f => f.Name == "Rebel groups (Syria)").IsTarget);
    }

    [Theory]
    [InlineData("30 ISIL Militants Killed in Clashes with Kurds", true)]
    [InlineData("Senior ISIS Commander 34 Terrorists Killed", true)]
    [InlineData("Islamic State Killed 270 in Syrian gas field battle", false)]
    [InlineData("IS militants killed at least 5 soldiers.", false)]
    public void APassiveWithoutItsAuxiliaryMarksTheVictim(string text, bool victim) =>
        Assert.Equal(victim, Find(text).Single(f => f.Name == "Islamic State (Syria)").IsVictim);

    [Fact]
    public void WithoutACountryTheNameLeavesItOut()
    {
        var found = EventModel.Shipped.Lexicon.Find("Civilians fled.", 0, country: null);
        Assert.Equal("Civilians", found[0].Name);
        Assert.True(found[0].LacksCountry);
    }

    [Theory]
    [InlineData("Military Forces of Syria (2000-)", "Military Forces of Syria")]
    [InlineData("Military Forces of Yemen (2016-) Supreme Political Council", "Military Forces of Yemen Supreme Political Council")]
    [InlineData("Rebel groups (Syria)", "Rebel groups (Syria)")]
    public void RegimePeriodIsDropped(string acled, string expected) => Assert.Equal(expected, ActorNames.WithoutPeriod(acled));
}
