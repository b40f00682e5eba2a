using Sitrep.Nlp.Entities;

namespace Sitrep.Nlp.Tests.Entities;

public class EntityScorerTests
{
    [Fact]
    public void ExactMatchesScorePerfectly()
    {
        var scorer = new EntityScorer();
        scorer.Add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "I-PER", "O", "B-LOC"]);
        var s = scorer.Score();
        Assert.Equal(1.0, s.Overall.F1);
        Assert.Equal(2, s.Overall.Correct);
        Assert.Equal(4, s.Tokens);
    }

    [Fact]
    public void PartialSpanIsBothAFalsePositiveAndAFalseNegative()
    {
        var scorer = new EntityScorer();
        scorer.Add(["B-PER", "I-PER", "O"], ["O", "B-PER", "O"]);
        var s = scorer.Score();
        Assert.Equal(new TypeScore("ALL", 1, 1, 0), s.Overall);
        Assert.Equal(0.0, s.Overall.F1);
        Assert.Equal(1, s.Confusion["PER", "O"]);
        Assert.Equal(1, s.Confusion["O", "PER"]);
    }

    [Fact]
    public void WrongTypeOnTheRightSpanCountsInTheConfusionTable()
    {
        var scorer = new EntityScorer();
        scorer.Add(["B-ORG", "O", "B-LOC"], ["B-LOC", "O", "B-LOC"]);
        var s = scorer.Score();
        Assert.Equal(1, s.Confusion["ORG", "LOC"]);
        Assert.Equal(1, s.Confusion["LOC", "LOC"]);
        Assert.Equal(0.5, s.Overall.Precision);
        Assert.Equal(0.5, s.Overall.Recall);
        var loc = s.PerType.Single(t => t.Type == "LOC");
        Assert.Equal(0.5, loc.Precision);
        Assert.Equal(1.0, loc.Recall);
        Assert.Equal(0.0, s.PerType.Single(t => t.Type == "ORG").Recall);
    }

    [Fact]
    public void FiguresMatchConllevalOnAMixedCase()
    {
        // conlleval on these two sentences: 3 gold, 3 found, 2 correct -> P = R = F1 = 66.67%.
        var scorer = new EntityScorer();
        scorer.Add(["B-PER", "I-PER", "O", "B-ORG", "I-ORG"], ["B-PER", "I-PER", "O", "B-ORG", "O"]);
        scorer.Add(["B-MISC", "O"], ["B-MISC", "O"]);
        var s = scorer.Score();
        Assert.Equal(2.0 / 3, s.Overall.Precision, 6);
        Assert.Equal(2.0 / 3, s.Overall.Recall, 6);
        Assert.Equal(2.0 / 3, s.Overall.F1, 6);
    }

    [Fact]
    public void SequencesOfDifferentLengthAreRejected() =>
        Assert.Throws<ArgumentException>(() => new EntityScorer().Add(["O"], ["O", "O"]));
}
