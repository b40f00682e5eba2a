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
    [InlineData("Published July 2 2016 Syrians inspect the damage at a market in Aleppo on July 1 2016. (AFP Photo) At least 16 civilians were killed Friday in an air raid on Aleppo.", 2)]
    [InlineData("A man inspects the site of a car bomb attack near the shrine in Damascus. (TRT World and Agencies) At least 20 people were killed.", 1)]
    [InlineData("Smoke rises over the city of Hama. (AFP photo) At least 9 people were killed.", 1)]
    [InlineData("Published July 2 2016 In this photo rescue workers help a wounded man after warplanes attacked a street in Aleppo (AP photo) "
        + "BEIRUT Air strikes on a market killed 21 people.", 2)]
    public void ThePhotoCaptionBeforeAnInlineCreditIsACaptionAndTheStoryAfterItIsNot(string text, int captionSentences)
    {
        var doc = Some.Annotated(text);
        Assert.All(doc.Sentences.Take(captionSentences), s => Assert.True(s.IsCaption));
        Assert.All(doc.Sentences.Skip(captionSentences), s => Assert.False(s.IsCaption));
    }

    [Theory]
    [InlineData("Date of publication 16 September 2016 Syrian air raids killed nine children in Mayadin.", "Date of publication 16 September 2016")]
    [InlineData("Published July 5 2015 U.S.-led coalition aircraft struck Raqqa on Sunday.", "Published July 5 2015")]
    [InlineData("Posted on August 3 2013 by Nazeer Rida At least 12 fighters were killed in clashes in Hasaka.", "Posted on August 3 2013 by Nazeer Rida")]
    [InlineData("Last updated at Nov 012017 At least four schoolchildren were among eight people killed in Eastern Ghouta.", "Last updated at Nov 012017")]
    [InlineData("Wed 05 Apr 2017 Victims of a suspected chemical attack in Syria showed symptoms of a nerve agent.", "Wed 05 Apr 2017")]
    public void ADatelineRunIntoTheLeadIsASentenceOfItsOwnAndNoBodyText(string text, string dateline)
    {
        var doc = Some.Annotated(text);
        Assert.Equal(dateline, doc.TextOf(Assert.Single(doc.Captions).Span));
        Assert.Equal([true, false], doc.Sentences.Select(s => s.IsCaption));
    }

    [Theory]
    [InlineData("09.04.2017Get short URL 0 85 12 Daesh terrorists were killed by the SDF near Al Tabqah.", "09.04.2017Get short URL 0 85", "12 Daesh terrorists")]
    [InlineData("19.04.2017(updated 1041 19.04.2017) Get short URL 191 A total of 24 Daesh terrorists were killed.", "19.04.2017(updated 1041 19.04.2017) Get short URL 191", "A total of 24")]
    public void AShareWidgetAndItsCountersAreNoBodyText(string text, string widget, string lead)
    {
        var doc = Some.Annotated(text);
        Assert.Equal(widget, doc.TextOf(Assert.Single(doc.Captions).Span));
        Assert.StartsWith(lead, doc.TextOf(Assert.Single(doc.Sentences, s => !s.IsCaption).Span), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rebels advanced on Idlib. Tags Syria Idlib regime airstrikes Kafr Takharim Khan Sheikhun Sixteen civilians were killed on Monday.",
        "Tags Syria Idlib regime airstrikes Kafr Takharim Khan Sheikhun")]
    [InlineData("Rebels advanced on Idlib. Tags Aleppo civil defence UN airstrikes Russia Airstrikes in opposition areas of Aleppo struck a market.",
        "Tags Aleppo civil defence UN airstrikes Russia")]
    [InlineData("Warplanes bombed Hassakeh. Tags Qamishli Rojava Hassakeh Kurdish YPG Turkey Syrian regime Syrian regime warplanes bombed Kurdish positions.",
        "Tags Qamishli Rojava Hassakeh Kurdish YPG Turkey Syrian regime")]
    [InlineData("Strikes hit a school. Tags Syria Syrian Network for Human Rights ISIS Al-Mayadin Missile strikes on schools killed 23 civilians.",
        "Tags Syria Syrian Network for Human Rights ISIS Al-Mayadin")]
    public void AKeywordListIsNoSentenceOfTheStory(string text, string keywords)
    {
        var doc = Some.Annotated(text);
        Assert.Equal(keywords, doc.TextOf(Assert.Single(doc.Captions).Span));
        Assert.Equal([false, true, false], doc.Sentences.Select(s => s.IsCaption));
    }

    [Fact]
    public void TagsInAClauseAreNoKeywordList() =>
        Assert.Empty(Some.Annotated("Tags were found on the bodies. Police said Tags Syria was the name of a shop where the men were killed.").Captions);

    [Fact]
    public void AParenthesisedNameInTheBodyIsNoCredit() =>
        Assert.Empty(Some.Annotated("Kurdish fighters advanced on Raqqa. (SDF) units took two villages on Monday.").Captions);
}
