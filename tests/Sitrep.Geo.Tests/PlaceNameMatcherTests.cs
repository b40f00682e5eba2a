using Sitrep.Geo.Tests.Support;
using Sitrep.Nlp.Places;

namespace Sitrep.Geo.Tests;

public class PlaceNameMatcherTests
{
    // What the matcher found in the reference article before its lookups moved to the perfect-hash index (on the gazetteer of
    // main at the time, whose ACLED-coded places include "Nato" and "English"): where each name starts, its text, its first token
    // and how it matched. A change to this list is a change in what the geo stage sees; when the
    // gazetteer or the matcher's rules change on purpose, the list is updated with them.
    private static readonly (int Start, string Name, int FirstToken, NameMatch Match)[] ReferenceCandidates =
    [
        (19, "Aleppo", 4, NameMatch.Preferred), (210, "Aleppo", 35, NameMatch.Preferred), (433, "Aleppo", 77, NameMatch.Preferred),
        (593, "Aleppo", 109, NameMatch.Preferred), (825, "Aleppo", 150, NameMatch.Preferred),
        (1297, "Nato", 237, NameMatch.Preferred), (1463, "English", 271, NameMatch.Preferred), (1513, "Aleppo", 280, NameMatch.Preferred), (1622, "Russia", 303, NameMatch.Preferred), (1643, "Syria", 307, NameMatch.Preferred),
        (1790, "Washington", 332, NameMatch.Preferred), (1814, "Russia", 336, NameMatch.Preferred), (1907, "Aleppo", 352, NameMatch.Preferred),
        (1915, "Aleppo", 354, NameMatch.Preferred), (1923, "Syria", 356, NameMatch.Preferred), (2176, "Aleppo", 407, NameMatch.Preferred),
        (2483, "Aleppo", 463, NameMatch.Preferred), (2579, "Aleppo", 483, NameMatch.Preferred), (2761, "Aleppo", 515, NameMatch.Preferred),
        (2818, "Russia", 526, NameMatch.Preferred), (2826, "Iran", 528, NameMatch.Preferred), (2835, "Iraq", 530, NameMatch.Preferred),
        (3136, "Aleppo", 586, NameMatch.Preferred), (3265, "Aleppo", 614, NameMatch.Preferred), (3401, "Jackson", 645, NameMatch.Preferred),
        (3522, "Aleppo", 670, NameMatch.Preferred), (3575, "Algeria", 680, NameMatch.Preferred),
    ];

    [Fact]
    public void ReferenceArticleYieldsTheSameCandidatesAsBefore()
    {
        var text = Samples.Reference();
        var document = Some.Document(text);
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, document.TokenData);

        Assert.Equal(ReferenceCandidates, found.Select(c => (c.Span.Start, text[c.Span.Start..c.Span.End], c.FirstToken, c.Match)));
        Assert.All(found, c => Assert.Equal(1, c.TokenCount));
        var gazetteer = GeoStage.Shipped;
        Assert.All(found.Where(c => text[c.Span.Start..c.Span.End] == "Aleppo"),
            c => Assert.Contains(c.Entries, id => gazetteer[id] is { CountryCode: "SY", Kind: GazetteerKind.Populated, Name: "Aleppo" }));
        Assert.All(found.Where(c => text[c.Span.Start..c.Span.End] == "Syria"), c => Assert.Equal("SY", gazetteer[Assert.Single(c.Entries)].CountryCode));
    }

    [Fact]
    public void MultiWordNamesWithArticlesAndParticlesMatchAsOneCandidate()
    {
        const string text = "Shelling hit Deir al-Zor and Rio de Janeiro, then the village of Kafr Takharim.";
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData);

        Assert.Equal(["Deir al-Zor", "Rio de Janeiro", "Kafr Takharim"], found.Select(c => text[c.Span.Start..c.Span.End]));
    }

    [Fact]
    public void OneWordBeforeADivisionWordIsANameOfItsOwn()
    {
        const string text = "Gunmen attacked Karakai (Bungudu LGA, Zamfara) and a village in Minbya Township.";
        var document = Some.Document(text);
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, document.TokenData).Select(c => text[c.Span.Start..c.Span.End]).ToList();
        Assert.Contains("Bungudu", found);
        Assert.Contains("Minbya", found);
        // Without the division word the lone word of a longer name is still no place: "Bungudu Road" names a road.
        const string road = "Gunmen blocked Bungudu Road on Tuesday.";
        Assert.DoesNotContain(new PlaceNameMatcher(GeoStage.Shipped).Find(road, Some.Document(road).TokenData), c => road[c.Span.Start..c.Span.End] == "Bungudu");
    }

    [Fact]
    public void ArabicAndJoinsTheWordsOfOneName()
    {
        // "wa" ("and") joins the two parts of many Yemeni and Afghan district names; without it only the province was read.
        const string text = "Airstrikes targeted Khabb wa ash Shaaf district (Al Jawf) and Tarnak wa Jaldak district, Zabul.";
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData);
        Assert.Equal(["Khabb wa ash Shaaf", "Al Jawf", "Tarnak wa Jaldak", "Zabul"], found.Select(c => text[c.Span.Start..c.Span.End]));
        Assert.Contains(found[0].Entries, id => GeoStage.Shipped[id] is { CountryCode: "YE", Kind: GazetteerKind.Admin2 });
    }

    [Fact]
    public void RussianNamedAfterStaysInsideAName()
    {
        // "imeni" ("named after") joins a Soviet-era name: "Shakhta" alone is a Russian village.
        const string text = "Mortars hit positions in the area of Shakhta imeni Gagarina, Donetsk.";
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData);
        Assert.Equal("Shakhta imeni Gagarina", text[found[0].Span.Start..found[0].Span.End]);
    }

    [Fact]
    public void CountryWordBeforeADivisionWordNamesTheDivision()
    {
        // "Somali" points to Somalia and is no place alone; "Somali region" is Ethiopia's province.
        const string text = "Clan militias clashed near a village of the Somali region, and Somali forces withdrew.";
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData);
        var region = Assert.Single(found);
        Assert.Equal("Somali", text[region.Span.Start..region.Span.End]);
        Assert.All(region.Entries, id => Assert.Equal((GazetteerKind.Admin1, "ET"), (GeoStage.Shipped[id].Kind, GeoStage.Shipped[id].CountryCode)));
    }

    [Fact]
    public void SpanishPluralArticlesStayInsideAName()
    {
        const string text = "In Leon de los Aldama, Guanajuato, a person was found dead.";
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData);
        Assert.Equal("Leon de los Aldama", text[found[0].Span.Start..found[0].Span.End]);
    }

    [Fact]
    public void LowerCaseArticleBeforeANameIsPartOfIt()
    {
        // ACLED codes Lebanon's "El Aabde"; the notes write "in el Aabde".
        const string text = "Protesters blocked the roundabout in el Aabde.";
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData);
        Assert.Equal("el Aabde", text[found[0].Span.Start..found[0].Span.End]);
    }

    [Theory]
    [InlineData("Airstrikes hit rural Deir Ezzor on Monday.", "Deir Ezzor")]
    [InlineData("US airstrikes kill 23 civilians in Syrias Deir ezzor province.", "Deir ezzor")]
    public void AnArticleFusedToTheNextWordIsReadAsTheArticle(string text, string name)
    {
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData);
        var match = Assert.Single(found, c => text[c.Span.Start..c.Span.End] == name);
        Assert.NotEqual(NameMatch.Skeleton, match.Match);
        Assert.Contains(match.Entries, id => GeoStage.Shipped[id] is { CountryCode: "SY", Admin1Code: "07" });
    }

    [Fact]
    public void ALowerCaseWordAfterANameStaysOutOfItUnlessTheyNameAPlaceTogether()
    {
        // "attack" opens like a fused article ("at-tack") but "Homs attack" names nothing: Homs is matched alone.
        const string text = "Shelling followed the Homs attack.";
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData);
        Assert.Equal("Homs", text[found[0].Span.Start..found[0].Span.End]);
    }

    [Theory]
    [InlineData("The strike hit fighters south of the city of Tabqa Syria the Pentagon said.")]
    [InlineData("Smoke rose over Syrias Tabqa on Tuesday.")]
    public void ACountryRunIntoAPlaceNameIsNoPartOfIt(string text)
    {
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData);
        var tabqa = Assert.Single(found, c => text[c.Span.Start..c.Span.End] == "Tabqa");
        Assert.Contains(tabqa.Entries, id => GeoStage.Shipped[id] is { CountryCode: "SY", Kind: GazetteerKind.Populated });
    }

    [Fact]
    public void ACountrysPossessiveWithoutItsApostropheIsNoVillage()
    {
        // "of" invites a lookup by consonant skeleton, which would read "Syrias" as some village of a similar spelling.
        const string text = "Fighters clashed east of Syrias capital on Tuesday.";
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData);
        Assert.DoesNotContain(found, c => text[c.Span.Start..c.Span.End] == "Syrias");
    }

    [Theory]
    [InlineData("The Britain-based monitor reported the deaths.", "Britain")]
    [InlineData("Shelling hit Mogadishu-Hodan on Sunday.", "Mogadishu")]
    public void AHyphenatedPlaceIsMatchedUnlessALowerCaseWordMakesAnAdjectiveOfIt(string text, string head)
    {
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData);
        bool adjective = text.Contains(head + "-based", StringComparison.Ordinal);
        Assert.Equal(!adjective, found.Any(c => c.Span.Start == text.IndexOf(head, StringComparison.Ordinal)));
    }

    [Fact]
    public void ANameOfSeveralWordsIsRespeltWithoutALocativeCue()
    {
        // GeoNames spells it "Tall Abyad"; "attacked" is no locative cue, yet a run of two real words is looked up by skeleton.
        const string text = "The fighters attacked Tel Abyad on Saturday.";
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData);
        var match = Assert.Single(found, c => text[c.Span.Start..c.Span.End] == "Tel Abyad");
        Assert.Equal(NameMatch.Skeleton, match.Match);
        Assert.Contains(match.Entries, id => GeoStage.Shipped[id] is { CountryCode: "SY", Kind: GazetteerKind.Populated });
    }

    [Fact]
    public void CapitalisedUnitWordAndOfOpenAName()
    {
        // "the Municipality of" is a place phrase, not the first words of a longer name: the town after it is a name of its own.
        const string text = "Soldiers patrolled the Municipality of Coalcoman after the attack.";
        var found = new PlaceNameMatcher(GeoStage.Shipped).Find(text, Some.Document(text).TokenData).Select(c => text[c.Span.Start..c.Span.End]);
        Assert.Contains("Coalcoman", found);
        // Another capitalised word before "of" still makes one longer name.
        const string bank = "Soldiers guarded the Bank of Coalcoman after the attack.";
        Assert.DoesNotContain("Coalcoman", new PlaceNameMatcher(GeoStage.Shipped).Find(bank, Some.Document(bank).TokenData).Select(c => bank[c.Span.Start..c.Span.End]));
    }
}
