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
