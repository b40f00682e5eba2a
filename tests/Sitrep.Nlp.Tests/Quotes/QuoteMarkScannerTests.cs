using Sitrep.Nlp.Quotes;

namespace Sitrep.Nlp.Tests.Quotes;

public sealed class QuoteMarkScannerTests
{
    private static List<string> Contents(string text) =>
        QuoteMarkScanner.Scan(text).Select(s => text[s.Content.Start..s.Content.End]).ToList();

    [Fact]
    public void StraightAndCurlyMarksPairIntoContents()
    {
        Assert.Equal(["A straight one,", "a curly one."], Contents("\"A straight one,\" he said, adding: \u201Ca curly one.\u201D"));
    }

    [Fact]
    public void NestedQuoteStaysInsideTheOuterQuote()
    {
        var text = "\"But a regime \"victory\" in Aleppo would just lock in instability.\"";
        Assert.Equal(["But a regime \"victory\" in Aleppo would just lock in instability."], Contents(text));
    }

    [Fact]
    public void CurlyNestedSingleQuoteLeftOpenIsClosedByTheOuterMark()
    {
        var text = "\u201CHe said, \u2018I sort of hope that happens,'\u201D Clinton told workers. Then she left.";
        Assert.Equal(["He said, \u2018I sort of hope that happens,'"], Contents(text));
    }

    [Fact]
    public void ApostrophesAreNotQuoteMarks()
    {
        Assert.Empty(Contents("The rebels\u2019 positions and Syria\u2019s army, it\u2019s said."));
    }

    [Fact]
    public void UnbalancedQuoteEndsAtItsParagraph()
    {
        var text = "He said \"we will hold the city.\nThe army said it had taken the district.\nMore text follows here.";
        var segments = QuoteMarkScanner.Scan(text);
        var only = Assert.Single(segments);
        Assert.Equal("we will hold the city.", text[only.Content.Start..only.Content.End]);
        Assert.Equal(QuoteEnding.Unbalanced, only.Ending);
    }

    [Fact]
    public void QuoteReopenedInTheNextParagraphContinues()
    {
        var text = "\"Divide it into pieces,\" said Orton. \"Empty it.\n\"But a win would lock in instability.\"";
        var segments = QuoteMarkScanner.Scan(text);
        Assert.Equal(3, segments.Count);
        Assert.Equal(QuoteEnding.ContinuesInNextParagraph, segments[1].Ending);
        Assert.True(segments[2].ContinuesPrevious);
        Assert.Equal("But a win would lock in instability.", text[segments[2].Content.Start..segments[2].Content.End]);
    }

    [Fact]
    public void TypoedOpeningMarkAtTheEndClosesTheQuote()
    {
        var text = "\u201CThat could create problems for her here,\u201C said Jim Clyburn. \u201CAnother.\u201D";
        Assert.Equal(["That could create problems for her here,", "Another."], Contents(text));
    }

    [Fact]
    public void TwoApostrophesActAsOneDoubleQuoteMark()
    {
        Assert.Equal(["There's always resistance,"], Contents("''There's always resistance,'' said Mr. Schmidt."));
    }
}
