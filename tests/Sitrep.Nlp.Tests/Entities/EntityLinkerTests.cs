using Sitrep.Core;
using Sitrep.Nlp.Entities;

namespace Sitrep.Nlp.Tests.Entities;

public class EntityLinkerTests
{
    private static readonly Dictionary<string, string> Demonyms = new() { ["Syrian"] = "SY", ["Russian"] = "RU", ["Shia"] = "", ["Western"] = "" };
    private static readonly Dictionary<string, string> Countries = new() { ["Syria"] = "SY" };

    private static List<EntityMention> Link(string text, params (string Name, EntityKind Kind)[] mentions)
    {
        var found = new List<EntityLinker.Mention>();
        int from = 0;
        foreach (var (name, kind) in mentions)
        {
            int start = text.IndexOf(name, from, StringComparison.Ordinal);
            found.Add(new EntityLinker.Mention(new TextSpan(start, start + name.Length), kind, 0.9));
            from = start + name.Length;
        }
        return EntityLinker.Link(text, found, Demonyms, Countries, "entities");
    }

    [Fact]
    public void SurnameAfterFullNameIsTheSamePerson()
    {
        var m = Link("Jens Stoltenberg, the head of Nato, spoke. Stoltenberg said more.",
            ("Jens Stoltenberg", EntityKind.PER), ("Nato", EntityKind.ORG), ("Stoltenberg", EntityKind.PER));
        Assert.Equal(m[0].ClusterId, m[2].ClusterId);
        Assert.NotEqual(m[0].ClusterId, m[1].ClusterId);
        Assert.Equal("Jens Stoltenberg", m[2].Canonical);
    }

    [Fact]
    public void SurnameBeforeFullNameAndTaggedAsAnotherKindStillJoinsThePerson()
    {
        var m = Link("Assad spoke. Later Bashar al-Assad left.", ("Assad", EntityKind.ORG), ("Bashar al-Assad", EntityKind.PER));
        Assert.Equal(m[0].ClusterId, m[1].ClusterId);
        Assert.Equal(EntityKind.PER, m[0].Kind);
        Assert.Equal("Bashar al-Assad", m[0].Canonical);
        Assert.Equal(0, m[0].ClusterId);
    }

    [Fact]
    public void NameWithAndWithoutTheIsTheSameOrganisation()
    {
        var m = Link("he told the Telegraph. The Telegraph said. Telegraph staff", ("the Telegraph", EntityKind.ORG), ("The Telegraph", EntityKind.ORG), ("Telegraph", EntityKind.ORG));
        Assert.Single(m.Select(e => e.ClusterId).Distinct());
        Assert.All(m, e => Assert.Equal("Telegraph", e.Canonical));
    }

    [Fact]
    public void DemonymsCarryTheirCountryAndReligiousAdjectivesNone()
    {
        var m = Link("Syrian and Russian jets; Shia militias; Western diplomats; Syrians; Syria",
            ("Syrian", EntityKind.MISC), ("Russian", EntityKind.MISC), ("Shia", EntityKind.MISC), ("Western", EntityKind.MISC), ("Syrians", EntityKind.MISC), ("Syria", EntityKind.LOC));
        Assert.Equal(["SY", "RU", null, null, "SY", "SY"], m.Select(e => e.CountryCode));
    }

    [Fact]
    public void DifferentPeopleWithDifferentSurnamesStayApart()
    {
        var m = Link("Kyle Orton met Ammar al-Sakka. Orton left.", ("Kyle Orton", EntityKind.PER), ("Ammar al-Sakka", EntityKind.PER), ("Orton", EntityKind.PER));
        Assert.Equal(m[0].ClusterId, m[2].ClusterId);
        Assert.NotEqual(m[0].ClusterId, m[1].ClusterId);
    }
}
