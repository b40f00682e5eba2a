using Sitrep.Core;
using Sitrep.Nlp.Text;

namespace Sitrep.Nlp.Tests.Text;

public class HeadlineTests
{
    [Fact]
    public void TheTitleIsFoundAfterTheDateline()
    {
        var doc = new Document("t", "Sun 05 Jul 2015 22 dead in heavy U.S. raids on IS Syria stronghold. The raids hit Raqqa.") { Title = "22 dead in heavy U.S. raids on IS Syria stronghold" };
        Assert.Equal("22 dead in heavy U.S. raids on IS Syria stronghold", doc.TextOf(Assert.NotNull(Headline.Find(doc))));
    }

    [Fact]
    public void ATitleWithTheOutletsSuffixMatchesByItsLeadingWords()
    {
        var doc = new Document("t", "29 rebels dead in Syria premature car bomb blast NGO AFP Sunday 6 Apr 2014 At least 29 rebels died.")
        { Title = "29 rebels dead in Syria premature car bomb blast NGO - Region - World - Ahram On" };
        Assert.Equal("29 rebels dead in Syria premature car bomb blast NGO", doc.TextOf(Assert.NotNull(Headline.Find(doc))));
    }

    [Fact]
    public void ATitleTheTextDoesNotRepeatHasNoSpan() =>
        Assert.Null(Headline.Find(new Document("t", "Published July 21 2015 A missile hit a residential area.") { Title = "Assad regime kills 18 civilians in Aleppo Monitor" }));

    [Theory]
    [InlineData("Air strikes hit hospital and kill 26 people in Idlib\n\nSyrian air strikes killed 26 people.", "Air strikes hit hospital and kill 26 people in Idlib")]
    [InlineData("Air strikes hit a hospital in Idlib.\n\nSyrian air strikes killed 26 people.", null)]
    [InlineData("Air strikes hit hospital and kill 26 people in Idlib\nSyrian air strikes killed 26 people.", null)]
    public void WithoutATitleAShortFirstLineBeforeABlankLineIsTheHeadline(string text, string? headline)
    {
        var doc = new Document("t", text);
        Assert.Equal(headline, Headline.Find(doc) is { } h ? doc.TextOf(h) : null);
    }
}
