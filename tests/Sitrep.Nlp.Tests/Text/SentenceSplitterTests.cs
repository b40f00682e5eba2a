using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var doc = Some.Annotated(text);
        return [.. doc.Sentences.Select(s => doc.TextOf(s.Span))];
    }

    [Fact]
    public void SplitsAtFinalPunctuationBeforeACapital() =>
        Assert.Equal(["Troops attacked.", "Rebels fled!", "Why?"], Sentences("Troops attacked. Rebels fled! Why?"));

    [Fact]
    public void AbbreviationsDoNotEndSentences() =>
        Assert.Equal(["Dr. Ahmed met U.S. envoys in Geneva.", "Talks failed."], Sentences("Dr. Ahmed met U.S. envoys in Geneva. Talks failed."));

    [Fact]
    public void InitialismBeforeASentenceStarterEndsTheSentence() =>
        Assert.Equal(["Troops were sent by the U.S.", "The talks failed."], Sentences("Troops were sent by the U.S. The talks failed."));

    [Fact]
    public void TitleNeverEndsTheSentence() =>
        Assert.Equal(["Envoys met Gen. The Nguyen brothers later."], Sentences("Envoys met Gen. The Nguyen brothers later."));

    [Fact]
    public void LowercaseNoEndsTheSentence() =>
        Assert.Equal(["He said no.", "The vote was held."], Sentences("He said no. The vote was held."));

    [Fact]
    public void NumberAbbreviationStaysBeforeADigit() =>
        Assert.Equal(["Resolution No. 2254 passed."], Sentences("Resolution No. 2254 passed."));

    [Fact]
    public void ClosingQuoteStaysWithItsSentence() =>
        Assert.Equal(["\"So they burn everything.\"", "He left."], Sentences("\"So they burn everything.\" He left."));

    [Fact]
    public void QuoteFollowedByAttributionIsOneSentence() =>
        Assert.Equal(["\"The regime is cowardly in battle,\" said Abdulkafi al-Hamdo."], Sentences("\"The regime is cowardly in battle,\" said Abdulkafi al-Hamdo."));

    [Fact]
    public void LineBreakEndsASentenceWithoutPunctuation() =>
        Assert.Equal(["A wounded child in Aleppo.", "Photo / Getty Images", "Syrian forces attacked."],
            Sentences("A wounded child in Aleppo. Photo / Getty Images\nSyrian forces attacked."));

    [Fact]
    public void LowercaseAfterPeriodContinuesTheSentence() =>
        Assert.Equal(["The toll rose to 3.5 million. it was said and so on."], Sentences("The toll rose to 3.5 million. it was said and so on."));

    [Fact]
    public void SentenceStartingWithOpeningQuoteSplits() =>
        Assert.Equal(["He spoke.", "\"It must stop,\" he added."], Sentences("He spoke. \"It must stop,\" he added."));

    [Fact]
    public void ReferenceArticleHasOneSentencePerKnownBoundary()
    {
        var text = Samples.Reference();
        var doc = Some.Annotated(text);
        var starts = doc.Sentences.Select(s => doc.TextOf(s.Span)).ToList();
        Assert.Contains("More than 350 people have been killed in the bombing campaign since Friday, half of whom were reported to be women or children.", starts);
        Assert.Contains("\"The regime is cowardly in battle,\" said Abdulkafi al-Hamdo, an English teacher living close to the front line in Aleppo.", starts);
        Assert.Contains("The city is so important to both sides that it is said whoever takes it wins the war.", starts);
        Assert.Equal(29, doc.Sentences.Count);
    }
}
