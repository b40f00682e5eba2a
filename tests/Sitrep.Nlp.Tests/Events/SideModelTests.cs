using Sitrep.Nlp.Events;

namespace Sitrep.Nlp.Tests.Events;

public class SideModelTests
{
    private static (List<ActorMention> Sides, Country? Country) Sides(string text, string country)
    {
        var model = EventModel.Shipped;
        var c = model.Countries.ByAlias(country);
        return (model.Lexicon.Find(text, 0, c).Where(s => s.Role is not (ActorRole.Civilian or ActorRole.Held)).ToList(), c);
    }

    [Fact]
    public void RulePicksThePassiveAgentElseTheFirstSideThatIsNoVictim()
    {
        var (byAgent, _) = Sides("Two soldiers were killed by the Taliban in the district.", "Afghanistan");
        Assert.Equal("Taliban", byAgent[SideModel.RulePick(byAgent)].Name);
        var (victimFirst, _) = Sides("30 IS militants were killed as Syrian troops advanced.", "Syria");
        Assert.Equal("Military Forces of Syria", victimFirst[SideModel.RulePick(victimFirst)].Name);
        Assert.Equal(-1, SideModel.RulePick([]));
    }

    [Fact]
    public void FeaturesDescribeTheWordsAroundEachSideAndTheRulesChoice()
    {
        const string text = "Afghan forces repulsed a Taliban attack in the district.";
        var (sides, _) = Sides(text, "Afghanistan");
        int taliban = sides.FindIndex(s => s.Name == "Taliban");
        var features = SideModel.Features(text, 0, sides, taliban, "Battles", SideModel.RulePick(sides), 0.3f, modelTop: true, "Afghanistan");
        Assert.Contains("L0=a", features);
        Assert.Contains("L1=repulsed", features);
        Assert.Contains("R0=attack", features);
        Assert.Contains("order=1", features);
        Assert.Contains("rule=True", features);
        Assert.Contains("vs=Military Forces of {country}|1", features);
        Assert.Contains("mp=2", features);
        Assert.Contains("mtop=True", features);
        Assert.Contains("ctry+inter=Afghanistan|2|1", features);
    }

    [Fact]
    public void TheActorClassifiersGuessesCompeteWithTheSidesNamed()
    {
        // Only the target is named; the actor classifier's likeliest actors that the sentence does not name are candidates too.
        const string text = "On 7 May 2020, an army vehicle struck an IED between Banh and Koumbri, resulting in minor injuries to soldiers.";
        var (sides, country) = Sides(text, "Burkina Faso");
        var reading = EventModel.Shipped.ActorClassNames.Read(text, country);
        var candidates = SideModel.Candidates(text, 0, sides, "Explosions/Remote violence", reading, country?.Name);
        Assert.Equal(sides.Count, candidates.Count(c => c.Guess is null));
        var guesses = candidates.Where(c => c.Guess is not null).Select(c => c.Guess!.Value).ToList();
        Assert.NotEmpty(guesses);
        Assert.All(guesses, g => Assert.DoesNotContain(sides, s => s.Name == g.Name));
        Assert.Equal(reading.Top.First(t => sides.All(s => s.Name != t.Name)).Name, guesses[0].Name);
    }

    [Theory]
    // ACLED codes the attacker, whoever the sentence makes its subject.
    [InlineData("5 Taliban militants were killed when Afghan forces repulsed their attack in the district.", "Afghanistan", "Battles", "Taliban")]
    // The group that claims a bomb placed it; the convoy it targeted is actor 2.
    [InlineData("An IED exploded targeting a security forces convoy near the village. Al Shabaab claimed responsibility.", "Somalia", "Explosions/Remote violence", "Al Shabaab")]
    // A single side has no choice to make.
    [InlineData("Al Shabaab militants attacked the town.", "Somalia", "Battles", "Al Shabaab")]
    // Only the target is named: ACLED codes the group behind Burkina Faso's IEDs, which the actor classifier knows from the training notes.
    [InlineData("On 7 May 2020, an army vehicle struck an IED between Banh and Koumbri, resulting in minor injuries to soldiers.", "Burkina Faso", "Explosions/Remote violence", "JNIM: Group for Support of Islam and Muslims")]
    public void TheLearntChoiceDepartsFromTheRuleWhereAcledDoes(string text, string country, string type, string actor1)
    {
        var (sides, c) = Sides(text, country);
        Assert.Equal(actor1, EventModel.Shipped.FirstActor(text, 0, sides, type, c)?.Actor.Name);
    }

    [Fact]
    public void NoSideNoActor() => Assert.Null(EventModel.Shipped.FirstActor("Shells fell on the town.", 0, [], "Battles", null));
}
