using System.Text.Json;
using Sitrep.Core;
using Sitrep.Nlp.Entities;
using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Entities;

public class EntityStageTests
{
    private static Document Tagged(string text)
    {
        var doc = Some.Annotated(text);
        EntityStage.Shipped().Process(doc, TestContext.Current.CancellationToken);
        return doc;
    }

    [Fact]
    public void StageDeclaresItsContract()
    {
        var stage = EntityStage.Shipped();
        Assert.Equal("entities", stage.Name);
        Assert.Equal([Layer.Tokens, Layer.Sentences], stage.Requires.Order());
        Assert.Equal([Layer.Entities], stage.Produces);
    }

    [Fact]
    public void ShippedModelFindsEveryGoldEntityOfTheReferenceArticle()
    {
        var doc = Tagged(Samples.Reference());
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples.Dir, "aleppo-2016-09-28.gold.json")));
        var found = doc.Entities.Select(e => (doc.TextOf(e.Span), e.Kind.ToString())).ToHashSet();
        // The gold file lists each distinct name once (some with the span of another mention), so match by text and type.
        var missed = gold.RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => (e.GetProperty("text").GetString()!, e.GetProperty("type").GetString()!))
            .Where(g => !found.Contains(g))
            .ToList();
        Assert.True(missed.Count == 0, "missed: " + string.Join(", ", missed) + "\nfound: " + string.Join(", ", found));
    }

    [Fact]
    public void ReferenceArticleLinksSurnameToFullNameAndGivesDemonymsTheirCountry()
    {
        var doc = Tagged("Jens Stoltenberg, the head of Nato, called the strikes unacceptable. Stoltenberg said Syrian and Russian warplanes bombed Aleppo.");
        var full = doc.Entities.Single(e => doc.TextOf(e.Span) == "Jens Stoltenberg");
        var surname = doc.Entities.Single(e => doc.TextOf(e.Span) == "Stoltenberg");
        Assert.Equal(full.ClusterId, surname.ClusterId);
        Assert.Equal("Jens Stoltenberg", surname.Canonical);
        Assert.Equal(EntityKind.PER, surname.Kind);
        Assert.Equal("SY", doc.Entities.Single(e => doc.TextOf(e.Span) == "Syrian").CountryCode);
        Assert.Equal("RU", doc.Entities.Single(e => doc.TextOf(e.Span) == "Russian").CountryCode);
        Assert.All(doc.Entities, e => Assert.Equal("entities", e.Producer));
        Assert.All(doc.Entities, e => Assert.InRange(e.Confidence, 0.5, 1.0));
    }

    [Fact]
    public void HandBuiltTokensAreTaggedWithoutTheTokenizer()
    {
        var (text, tokens, _) = NerModel.Join([["Troops", "attacked", "Aleppo", "."]]);
        var doc = new Document("d", text);
        doc.SetTokens(tokens);
        doc.SetSentences([new Sentence(new TextSpan(0, text.Length), 0, tokens.Length, false, 1, "test")]);
        EntityStage.Shipped().Process(doc, TestContext.Current.CancellationToken);
        var aleppo = Assert.Single(doc.Entities);
        Assert.Equal("Aleppo", doc.TextOf(aleppo.Span));
        Assert.Equal(EntityKind.LOC, aleppo.Kind);
    }

    [Fact]
    public void APlacesPossessiveWithoutItsApostropheIsThePlaceAndWhatFollowsIsANameOfItsOwn()
    {
        var doc = Tagged("Air strikes killed 12 civilians in rebel-held areas of Syrias Hasakeh on Thursday, and Russias jets hit Aleppos eastern districts.");
        var names = doc.Entities.Select(e => (doc.TextOf(e.Span), e.Kind)).ToList();
        Assert.Contains(("Syria", EntityKind.LOC), names);
        Assert.Contains(("Hasakeh", EntityKind.LOC), names);
        Assert.Contains(("Russia", EntityKind.LOC), names);
        Assert.Contains(("Aleppo", EntityKind.LOC), names);
        Assert.Equal("SY", doc.Entities.First(e => doc.TextOf(e.Span) == "Syria").CountryCode);
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.PER);
    }

    [Fact]
    public void APossessivePlaceEndsTheNameBeforeIt()
    {
        var doc = Tagged("At least 16 civilians were killed Friday in an air raid on the neighbourhood of Tareeq al-Bab in Aleppo Syrias largest city.");
        var names = doc.Entities.Select(e => (doc.TextOf(e.Span), e.Kind)).ToList();
        Assert.Contains(("Aleppo", EntityKind.LOC), names);
        Assert.Contains(("Syria", EntityKind.LOC), names);
    }

    [Fact]
    public void ANameThatIsAListedPlaceOrDemonymKeepsItsFinalS()
    {
        var doc = Tagged("Clashes erupted in Homs as Syrians fled to Athens.");
        var names = doc.Entities.Select(e => doc.TextOf(e.Span)).ToList();
        Assert.Contains("Homs", names);
        Assert.Contains("Syrians", names);
        Assert.Contains("Athens", names);
    }
}
