using Sitrep.Core;
using Sitrep.Nlp.Text;

namespace Sitrep.Nlp.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text) =>
        [.. Tokenizer.Tokenize(text).Select(t => t.Span.Slice(text).ToString())];

    [Theory]
    [InlineData("some 250,000 residents", new[] { "some", "250,000", "residents" })]
    [InlineData("approximately 15,000-20,000 around", new[] { "approximately", "15,000-20,000", "around" })]
    [InlineData("said Abdulkafi al-Hamdo, an English teacher", new[] { "said", "Abdulkafi", "al-Hamdo", ",", "an", "English", "teacher" })]
    [InlineData("it'd be like Algeria but worse.", new[] { "it'd", "be", "like", "Algeria", "but", "worse", "." })]
    [InlineData("the U.S. and Russia", new[] { "the", "U.S.", "and", "Russia" })]
    [InlineData("Dr. Ahmed said", new[] { "Dr.", "Ahmed", "said" })]
    [InlineData("brokered by the U.N.", new[] { "brokered", "by", "the", "U.N." })]
    [InlineData("3.5 million people", new[] { "3.5", "million", "people" })]
    [InlineData("at 10:30 on 2016-09-28", new[] { "at", "10:30", "on", "2016-09-28" })]
    [InlineData("street-to-street fighting", new[] { "street-to-street", "fighting" })]
    [InlineData("Syria's most populous city", new[] { "Syria", "'s", "most", "populous", "city" })]
    [InlineData("Syria\u2019s army", new[] { "Syria", "\u2019s", "army" })]
    [InlineData("George W. Bush", new[] { "George", "W.", "Bush" })]
    [InlineData("killed 14 people.", new[] { "killed", "14", "people", "." })]
    [InlineData("1,2,3", new[] { "1", ",", "2", ",", "3" })]
    [InlineData("wait... what", new[] { "wait", "...", "what" })]
    [InlineData("Aleppo - home to", new[] { "Aleppo", "-", "home", "to" })]
    [InlineData("fighters (rebels) said", new[] { "fighters", "(", "rebels", ")", "said" })]
    [InlineData("Idlib\u2014the last", new[] { "Idlib", "\u2014", "the", "last" })]
    [InlineData("AT&T shares", new[] { "AT&T", "shares" })]
    [InlineData("Ḩalab and Deir ez-Zor", new[] { "Ḩalab", "and", "Deir", "ez-Zor" })]
    public void KeepsHardCasesWhole(string text, string[] expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("called the strikes \"a violation\"", new[] { "called", "the", "strikes", "\"", "a", "violation", "\"" })]
    [InlineData("\u201CThe regime is cowardly,\u201D said", new[] { "\u201C", "The", "regime", "is", "cowardly", ",", "\u201D", "said" })]
    [InlineData("the \u2018castle\u2019 fell", new[] { "the", "\u2018", "castle", "\u2019", "fell" })]
    [InlineData("'It must stop' he added", new[] { "'", "It", "must", "stop", "'", "he", "added" })]
    public void QuoteMarksAreTheirOwnTokens(string text, string[] expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void OpeningAndClosingStraightQuotesAreTold()
    {
        const string text = "said \"a violation\" today";
        var tokens = Tokenizer.Tokenize(text);
        Assert.True(tokens[1].Flags.HasFlag(TokenFlags.OpeningQuote));
        Assert.False(tokens[4].Flags.HasFlag(TokenFlags.OpeningQuote));
        Assert.True(tokens[4].Flags.HasFlag(TokenFlags.QuoteMark));
    }

    [Fact]
    public void ShapeFlagsAreSet()
    {
        var tokens = Tokenizer.Tokenize("UNESCO site 2012\nNext");
        Assert.True(tokens[0].Flags.HasFlag(TokenFlags.AllCaps | TokenFlags.Capitalized | TokenFlags.SpaceAfter));
        Assert.True(tokens[2].Flags.HasFlag(TokenFlags.Numeric | TokenFlags.LineBreakAfter));
        Assert.False(tokens[1].Flags.HasFlag(TokenFlags.Capitalized));
    }

    [Fact]
    public void SpansCoverEveryNonSpaceCharacterExactlyOnce()
    {
        var text = Samples.Reference();
        var tokens = Tokenizer.Tokenize(text);
        int covered = 0, previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Span.Start >= previousEnd);
            Assert.True(text.AsSpan(previousEnd, t.Span.Start - previousEnd).IsWhiteSpace());
            covered += t.Span.Length;
            previousEnd = t.Span.End;
        }
        Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), covered);
    }
}
