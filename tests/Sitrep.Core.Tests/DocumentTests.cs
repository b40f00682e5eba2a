using Sitrep.Core;

namespace Sitrep.Core.Tests;

public class DocumentTests
{
    [Fact]
    public void LayersAreKeptInTextOrder()
    {
        var doc = new Document("d", "Troops attacked Aleppo and Homs.");
        doc.SetEntities([
            new EntityMention(new TextSpan(27, 31), EntityKind.LOC, 0.9, "test"),
            new EntityMention(new TextSpan(16, 22), EntityKind.LOC, 0.9, "test"),
        ]);
        Assert.Equal(["Aleppo", "Homs"], doc.Entities.Select(e => doc.TextOf(e.Span)));
        Assert.Contains(Layer.Entities, doc.Layers);
    }

    [Fact]
    public void SpanPastTheTextIsRejected()
    {
        var doc = new Document("d", "short");
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            doc.SetEntities([new EntityMention(new TextSpan(0, 6), EntityKind.LOC, 1, "test")]));
        Assert.Contains("'d'", ex.Message);
    }

    [Fact]
    public void EventEvidencePastTheTextOrTitleIsRejected()
    {
        EventRecord Event() => new(new TextSpan(0, 5), "Battles", "Armed clash", 0.5, "test");
        var titled = new Document("d", "Clashes in Idlib.") { Title = "Rebels clash" };
        titled.SetEvents([Event() with { TitleEvidence = [new TextSpan(0, 6)] }]);
        Assert.Equal("Rebels", titled.Title![titled.Events[0].TitleEvidence[0].Start..titled.Events[0].TitleEvidence[0].End]);
        Assert.Throws<ArgumentOutOfRangeException>(() => titled.SetEvents([Event() with { TitleEvidence = [new TextSpan(0, 13)] }]));
        Assert.Throws<ArgumentOutOfRangeException>(() => titled.SetEvents([Event() with { Evidence = [new TextSpan(0, 18)] }]));
        var untitled = new Document("u", "Clashes in Idlib.");
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => untitled.SetEvents([Event() with { TitleEvidence = [new TextSpan(0, 1)] }]));
        Assert.Contains("no title", ex.Message);
        Assert.DoesNotContain(Layer.Events, untitled.Layers);
    }

    [Fact]
    public void ConfidenceOutsideUnitIntervalIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EntityMention(new TextSpan(0, 1), EntityKind.PER, 1.5, "test"));

    [Fact]
    public void EventWithSubTypeOfAnotherTypeIsRejected() =>
        Assert.Throws<ArgumentException>(() => new EventRecord(new TextSpan(0, 1), "Battles", "Air/drone strike", 0.5, "test"));

    [Fact]
    public void InteractionCodeCombinesInterCodesLowestFirst()
    {
        var e = new EventRecord(new TextSpan(0, 1), "Battles", "Armed clash", 0.5, "test") { Inter1 = 2, Inter2 = 1 };
        Assert.Equal(12, e.Interaction);
    }

    [Fact]
    public void SentenceAtFindsTheContainingSentence()
    {
        var doc = new Document("d", "One. Two.");
        doc.SetSentences([new Sentence(new TextSpan(0, 4), 0, 2, false, 1, "t"), new Sentence(new TextSpan(5, 9), 2, 2, false, 1, "t")]);
        Assert.Equal(5, doc.SentenceAt(6)!.Span.Start);
        Assert.Null(doc.SentenceAt(4));
    }
}
