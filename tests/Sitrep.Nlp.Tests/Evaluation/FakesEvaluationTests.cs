using Sitrep.Core;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Evaluation;

public class FakesEvaluationTests
{
    [Fact]
    public void TheMainEventIsTheLeadsNotALargerTollFurtherDown()
    {
        var doc = Some.Annotated("Syrian warplanes killed 12 civilians in Saraqib on Tuesday. Residents fled the town. "
            + "Last month Islamic State militants killed 40 people in an attack on Palmyra.", new DateOnly(2016, 9, 28));
        Assert.Contains(doc.Events, e => e.Fatalities == 40);
        Assert.Equal(12, FakesEvaluation.MainEvent(doc)?.Fatalities);
    }

    [Fact]
    public void WithNoViolentEventInTheLeadTheLargestTollIsTheMainEvent()
    {
        var doc = Some.Annotated("The United Nations met on Monday. Diplomats spoke about aid. "
            + "Syrian warplanes killed 12 civilians in Saraqib on Tuesday. Islamic State militants killed 40 people in Palmyra on Tuesday.", new DateOnly(2016, 9, 28));
        Assert.Equal(40, FakesEvaluation.MainEvent(doc)?.Fatalities);
    }

    [Fact]
    public void AReportSplitByPlaceCountsItsWholeToll()
    {
        var doc = Some.Annotated("Syrian warplanes killed 12 civilians in Saraqib and Binnish on Tuesday.", new DateOnly(2016, 9, 28));
        Assert.Equal([6, 6], doc.Events.Select(e => e.Fatalities ?? 0));
        Assert.Equal(12, FakesEvaluation.MainEvent(doc)?.Fatalities);
    }

    [Theory]
    [InlineData("Ar-Raqqa", "raqqa", true)]
    [InlineData("Al-Hasakeh", "hasakeh", true)]
    [InlineData("Deir-ez-Zor", "deir ezzor", true)]
    [InlineData("Idleb", "idlib", true)]
    [InlineData("Rural Damascus", "damascus", true)]
    [InlineData("Damascus", "damascus", true)]
    [InlineData("Dar'a", "daraa", true)]
    [InlineData("Hama", "homs", false)]
    [InlineData("Rural Damascus", "daraa", false)]
    [InlineData("Aleppo", "raqqa", false)]
    public void GovernoratesAreComparedAcrossTransliterations(string predicted, string gold, bool same) =>
        Assert.Equal(same, FakesEvaluation.SameGovernorate(predicted, gold));
}
