using Sitrep.Core;
using Sitrep.Nlp.Dates;
using Sitrep.Nlp.Quantities;
using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Dates;

public class DateAttachmentTests
{
    private static Document Annotated(string text, DateOnly published)
    {
        var document = Some.Document(text, published);
        new QuantityStage().Process(document, CancellationToken.None);
        new DateStage().Process(document, CancellationToken.None);
        return document;
    }

    [Fact]
    public void FigureTakesTheDateOfItsOwnSentence()
    {
        var document = Annotated("Rebels attacked on Monday. Air strikes on Tuesday killed 26 people.", new DateOnly(2017, 4, 27));
        var killed = Assert.Single(document.Quantities);
        var date = DateAttachment.For(document, killed.Span);
        Assert.Equal(new DateOnly(2017, 4, 25), date?.From);
    }

    [Fact]
    public void FigureWithoutADateInItsSentenceGetsNone()
    {
        var document = Annotated("Rebels attacked on Monday. Air strikes killed 26 people.", new DateOnly(2017, 4, 27));
        Assert.Null(DateAttachment.For(document, Assert.Single(document.Quantities).Span));
    }

    [Fact]
    public void NearestDateOfTheClauseWins()
    {
        var document = Annotated("On 9 May 2020, clashes erupted; on 10 May 2020, 5 soldiers were killed.", new DateOnly(2020, 5, 11));
        var killed = Assert.Single(document.Quantities);
        Assert.Equal(new DateOnly(2020, 5, 10), DateAttachment.For(document, killed.Span)?.From);
    }

    [Fact]
    public void SentenceLayerIsUsedWhenPresent()
    {
        const string text = "More than 350 people have been killed in the bombing campaign since Friday. Talks collapsed last week.";
        var document = Some.Annotated(text, new DateOnly(2016, 9, 28));
        new QuantityStage().Process(document, CancellationToken.None);
        new DateStage().Process(document, CancellationToken.None);
        var killed = document.Quantities.Single(q => q.Kind == QuantityKind.Fatalities);
        var date = DateAttachment.For(document, killed.Span);
        Assert.Equal(new DateOnly(2016, 9, 23), date?.From);
        Assert.True(date?.IsOpenEnded);
    }
}
