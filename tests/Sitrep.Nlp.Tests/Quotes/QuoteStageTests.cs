using Sitrep.Core;
using Sitrep.Nlp.Quotes;
using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Quotes;

public sealed class QuoteStageTests
{
    private static Document Run(string text) => Some.Annotated(text);

    private static Quote Find(Document doc, string content) =>
        doc.Quotes.Single(q => doc.TextOf(q.Span).Contains(content, StringComparison.Ordinal));

    private static string? Text(Document doc, TextSpan? span) => span is { } s ? doc.TextOf(s) : null;

    [Fact]
    public void StageDeclaresItsContract()
    {
        var stage = new QuoteStage();
        Assert.Equal("quotes", stage.Name);
        Assert.Equal(new HashSet<Layer> { Layer.Tokens, Layer.Sentences }, stage.Requires);
        Assert.Equal(new HashSet<Layer> { Layer.Quotes }, stage.Produces);
    }

    [Fact]
    public void QuoteSplitByItsAttributionKeepsOneSpeakerForBothParts()
    {
        var doc = Run("\"The regime is cowardly in battle,\" said Abdulkafi al-Hamdo, an English teacher in Aleppo. \"So they burn everything first.\"");
        var first = Find(doc, "cowardly");
        var second = Find(doc, "burn everything");
        Assert.Equal(QuoteKind.Direct, first.Kind);
        Assert.Equal("The regime is cowardly in battle,", doc.TextOf(first.Span));
        Assert.Equal("said", Text(doc, first.Cue));
        Assert.Equal("Abdulkafi al-Hamdo", first.Speaker);
        Assert.Equal("English teacher in Aleppo", first.SpeakerRole);
        Assert.Equal("Abdulkafi al-Hamdo", second.Speaker);
        Assert.Equal(first.SpeakerClusterId, second.SpeakerClusterId);
    }

    [Fact]
    public void CurlyQuoteWithSpeakerBeforeAndColonIsAttributed()
    {
        var doc = Run("The minister told reporters: \u201CWe will not negotiate with them.\u201D");
        var q = Find(doc, "negotiate");
        Assert.Equal("The minister", q.Speaker);
        Assert.Equal("reporters", q.Medium);
    }

    [Fact]
    public void PartialQuotesInsideReportedSpeechTakeTheClauseSubject()
    {
        var doc = Run("Jens Stoltenberg, the head of Nato, called the strikes \"a violation of international law\" that were \"morally totally unacceptable.\"");
        var a = Find(doc, "violation");
        var b = Find(doc, "morally");
        Assert.Equal("a violation of international law", doc.TextOf(a.Span));
        Assert.Equal("called", Text(doc, a.Cue));
        Assert.All([a, b], q => Assert.Equal("Jens Stoltenberg", q.Speaker));
        Assert.All([a, b], q => Assert.Equal("head of Nato", q.SpeakerRole));
    }

    [Fact]
    public void ReportedSpeechToAMediumRecordsTheMedium()
    {
        var doc = Run("Ammar al-Sakka, the spokesman of the Fastaqim rebel group, told the Telegraph they would fight to the death for Aleppo.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("they would fight to the death for Aleppo", doc.TextOf(q.Span));
        Assert.Equal("told", Text(doc, q.Cue));
        Assert.Equal("Ammar al-Sakka", q.Speaker);
        Assert.Equal("spokesman of the Fastaqim rebel group", q.SpeakerRole);
        Assert.Equal("the Telegraph", q.Medium);
    }

    [Fact]
    public void OrganisationWhoseNameHoldsTheIsASpeaker()
    {
        var doc = Run("Save the Children said medics were having to operate on children without anaesthetic.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Save the Children", q.Speaker);
        Assert.Equal("medics were having to operate on children without anaesthetic", doc.TextOf(q.Span));
    }

    [Fact]
    public void RelativeClauseBetweenSpeakerAndCueIsSkippedAndIsNoRole()
    {
        var doc = Run("Doctors, who have been unable to cope with the number of patients, say hospitals are running out of medicine.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Doctors", q.Speaker);
        Assert.Null(q.SpeakerRole);
        Assert.Equal("hospitals are running out of medicine", doc.TextOf(q.Span));
    }

    [Fact]
    public void PronounSpeakerResolvesToTheLatestDescribedSpeaker()
    {
        var doc = Run("A Western diplomat said he feared a year of street fighting. \"The only way to take the city is by an atrocity,\" he told the Telegraph.");
        var direct = Find(doc, "only way");
        Assert.Equal("he", Text(doc, direct.SpeakerSpan));
        Assert.Equal("A Western diplomat", direct.Speaker);
        Assert.Equal("Western diplomat", direct.SpeakerRole);
        Assert.Equal("the Telegraph", direct.Medium);
        Assert.Equal(Find(doc, "street fighting").SpeakerClusterId, direct.SpeakerClusterId);
    }

    [Fact]
    public void HePicksAPersonOverAnEarlierOrganisation()
    {
        var doc = Run("Kyle Orton said the siege would last. The ministry said the road was open. He said the army lied.");
        Assert.Equal("Kyle Orton", Find(doc, "army lied").Speaker);
    }

    [Fact]
    public void QuoteRunningOverParagraphsKeepsItsSpeakerInEachParagraph()
    {
        var doc = Run("\"The plan is to besiege and starve,\" said Kyle Orton, a Middle East analyst at the Henry Jackson Society think-tank. \"Divide it into pieces.\n\"But a regime \"victory\" in Aleppo would just lock in instability.\"");
        var last = Find(doc, "lock in instability");
        Assert.Equal("But a regime \"victory\" in Aleppo would just lock in instability.", doc.TextOf(last.Span));
        Assert.Equal("Kyle Orton", last.Speaker);
        Assert.Equal("Middle East analyst at the Henry Jackson Society think-tank", last.SpeakerRole);
        Assert.Equal("Kyle Orton", Find(doc, "Divide it").Speaker);
        Assert.DoesNotContain(doc.Quotes, q => doc.TextOf(q.Span) == "victory");
    }

    [Fact]
    public void UnbalancedQuoteDoesNotSwallowTheRestOfTheArticle()
    {
        var doc = Run("The colonel said \"we will hold the city at any cost.\nThe Observatory said 20 people were killed in the strikes.\nAnother paragraph follows.");
        var stray = Find(doc, "hold the city");
        Assert.True(stray.Span.End <= doc.Text.IndexOf('\n'));
        var later = Find(doc, "20 people");
        Assert.Equal("the Observatory", later.Speaker, ignoreCase: true);
    }

    [Fact]
    public void ContentBeforeTheSpeakerIsReportedSpeech()
    {
        var doc = Run("Air strikes killed at least 12 people in the town, the Syrian Observatory for Human Rights said on Sunday.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Air strikes killed at least 12 people in the town", doc.TextOf(q.Span));
        Assert.Equal("the Syrian Observatory for Human Rights", q.Speaker);
    }

    [Fact]
    public void AccordingToNamesTheSource()
    {
        var doc = Run("According to the UN, more than 250,000 people remain trapped.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("the UN", q.Speaker);
        Assert.Equal("more than 250,000 people remain trapped", doc.TextOf(q.Span));
    }

    [Fact]
    public void PassiveSayingHasNoSpeakerAndIsNoQuote()
    {
        var doc = Run("The city is so important that it is said whoever takes it wins the war.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void ScareQuoteWithoutCueIsNoQuote()
    {
        var doc = Run("A ceasefire billed as Syria's \"last chance\" collapsed last week.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void CapitalisedFormOfACueInsideANameIsNoCue()
    {
        var doc = Run("Officials in the United States met on Monday to discuss the talks.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void SurnameAloneJoinsTheFullNameWithoutEntities()
    {
        var doc = Run("Kyle Orton said the regime would win. Later, Orton said the rebels would hold out.");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal(doc.Quotes[0].SpeakerClusterId, doc.Quotes[1].SpeakerClusterId);
    }

    [Fact]
    public void SpeakersFollowTheEntityLayerWhenPresent()
    {
        var doc = Run("The envoy said the talks had failed. Staffan de Mistura said later that he would resign.");
        int envoy = doc.Text.IndexOf("The envoy", StringComparison.Ordinal);
        int name = doc.Text.IndexOf("Staffan", StringComparison.Ordinal);
        doc.SetEntities(
        [
            new EntityMention(new TextSpan(envoy + 4, envoy + 9), EntityKind.PER, 0.9, "ner") { ClusterId = 3, Canonical = "Staffan de Mistura" },
            new EntityMention(new TextSpan(name, name + "Staffan de Mistura".Length), EntityKind.PER, 0.9, "ner") { ClusterId = 3, Canonical = "Staffan de Mistura" },
        ]);
        new QuoteStage().Process(doc, CancellationToken.None);
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Equal("Staffan de Mistura", q.Speaker));
        Assert.Single(QuoteGroups.BySpeaker(doc.Quotes));
    }

    [Fact]
    public void GroupsListEachSpeakerOnceInOrderOfFirstQuote()
    {
        var doc = Run("\"We will win,\" said Kyle Orton, an analyst. The ministry said the road was open. \"They will lose,\" Orton added.");
        var groups = QuoteGroups.BySpeaker(doc.Quotes);
        Assert.Equal(["Kyle Orton", "The ministry"], groups.Select(g => g.Speaker));
        Assert.Equal(2, groups[0].Quotes.Count);
        Assert.Equal("analyst", groups[0].Role);
    }

    [Fact]
    public void ConcurrentDocumentsGetTheSameQuotesAsOneAtATime()
    {
        var text = Samples.Reference();
        var expected = Run(text).Quotes;
        var results = new IReadOnlyList<Quote>[8];
        Parallel.For(0, results.Length, i => results[i] = Run(text).Quotes);
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void SpeakerInterruptingReportedSpeechSplitsItsContent()
    {
        var doc = Run("This campaign, he says, is different from the last one.");
        Assert.Equal(["This campaign", "is different from the last one"], doc.Quotes.Select(q => doc.TextOf(q.Span)));
        Assert.All(doc.Quotes, q => Assert.Equal("says", Text(doc, q.Cue)));
    }

    [Fact]
    public void RelativePronounIsTheSourceAndNamesItsAntecedent()
    {
        var doc = Run("Barkley, who said he typically votes Democratic, said one candidate he likes is John Kasich.");
        var relative = Find(doc, "typically votes");
        Assert.Equal("who", Text(doc, relative.SpeakerSpan));
        Assert.Equal("Barkley", relative.Speaker);
        Assert.Equal("he typically votes Democratic", doc.TextOf(relative.Span));
        Assert.Equal("Barkley", Find(doc, "one candidate").Speaker);
    }

    [Fact]
    public void CoordinatedCueSharesTheSentenceSubject()
    {
        var doc = Run("Wilson praised the senator's record and said he could bring change to Washington.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Wilson", q.Speaker);
    }

    [Fact]
    public void QuotedWordsInsideReportedSpeechBelongToTheReportingSpeaker()
    {
        var doc = Run("Kasich says he would sit Putin down and tell him \"no more nonsense\" at once.");
        var partial = doc.Quotes.Single(q => q.Kind == QuoteKind.Direct);
        Assert.Equal("no more nonsense", doc.TextOf(partial.Span));
        Assert.Equal("says", Text(doc, partial.Cue));
        Assert.Equal("Kasich", partial.Speaker);
    }

    [Fact]
    public void HeadlineNameBeforeAColonIsTheSpeaker()
    {
        var doc = Run("Stoltenberg: Nato will not be drawn into the war\n\nThe alliance met on Monday.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Stoltenberg", q.Speaker);
        Assert.Equal(":", Text(doc, q.Cue));
    }
}
