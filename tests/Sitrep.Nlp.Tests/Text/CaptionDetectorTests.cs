using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Text;

public class CaptionDetectorTests
{
    [Fact]
    public void PhotoCreditLineIsACaption()
    {
        var doc = Some.Annotated(Samples.Reference());
        var caption = Assert.Single(doc.Captions);
        Assert.Equal((0, 119), (caption.Span.Start, caption.Span.End));
        Assert.All(doc.Sentences.Where(s => s.Span.End <= 119), s => Assert.True(s.IsCaption));
        Assert.All(doc.Sentences.Where(s => s.Span.Start > 119), s => Assert.False(s.IsCaption));
    }

    [Theory]
    [InlineData("Smoke rises over Idlib. Photo: Reuters\nRebels attacked the town on Monday.")]
    [InlineData("Residents flee (AFP Photo)\nRebels attacked the town on Monday.")]
    [InlineData("Residents flee the town. Getty Images\nRebels attacked the town on Monday.")]
    public void CreditFormsAreRecognised(string text) => Assert.Single(Some.Annotated(text).Captions);

    [Fact]
    public void LineRepeatingTheBodyIsACaption()
    {
        const string text = "Doctors say hospitals are quickly running out of medicine and supplies\nTroops attacked the city. Doctors say hospitals are quickly running out of medicine and supplies, they said.";
        Assert.Single(Some.Annotated(text).Captions);
    }

    [Fact]
    public void OrdinaryBodyHasNoCaption() =>
        Assert.Empty(Some.Annotated("Troops attacked the city.\nThe photo shows damage in Aleppo.\nNo one was hurt.").Captions);

    [Theory]
    [InlineData("Published July 2 2016 Syrians inspect the damage at a market in Aleppo on July 1 2016. (AFP Photo) At least 16 civilians were killed Friday in an air raid on Aleppo.")]
    [InlineData("A man inspects the site of a car bomb attack near the shrine in Damascus. (TRT World and Agencies) At least 20 people were killed.")]
    public void ThePhotoCaptionBeforeAnInlineCreditIsACaptionAndTheStoryAfterItIsNot(string text)
    {
        var doc = Some.Annotated(text);
        Assert.True(doc.Sentences[0].IsCaption);
        Assert.All(doc.Sentences.Skip(1), s => Assert.False(s.IsCaption));
    }

    [Fact]
    public void AParenthesisedNameInTheBodyIsNoCredit() =>
        Assert.Empty(Some.Annotated("Kurdish fighters advanced on Raqqa. (SDF) units took two villages on Monday.").Captions);
}
