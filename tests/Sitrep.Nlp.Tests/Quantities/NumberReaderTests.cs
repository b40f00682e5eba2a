using System.Globalization;
using FsCheck.Xunit;
using Sitrep.Nlp.Quantities;
using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Quantities;

public class NumberReaderTests
{
    private static double? Read(string text)
    {
        var w = new WordList(text);
        return NumberReader.TryRead(w, 0, out var n) && n.End == w.Count ? n.Value : null;
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("26", 26)]
    [InlineData("250,000", 250_000)]
    [InlineData("1,052", 1_052)]
    [InlineData("400000", 400_000)]
    [InlineData("1.5", 1.5)]
    [InlineData("1.5 million", 1_500_000)]
    [InlineData("2 million", 2_000_000)]
    [InlineData("3.2 billion", 3_200_000_000)]
    [InlineData("1.5m", 1_500_000)]
    [InlineData("10k", 10_000)]
    [InlineData("5 thousand", 5_000)]
    [InlineData("12,345,678", 12_345_678)]
    [InlineData("one", 1)]
    [InlineData("five", 5)]
    [InlineData("Ten", 10)]
    [InlineData("seventeen", 17)]
    [InlineData("twenty", 20)]
    [InlineData("twenty-three", 23)]
    [InlineData("twenty three", 23)]
    [InlineData("ninety-nine", 99)]
    [InlineData("one hundred", 100)]
    [InlineData("a hundred", 100)]
    [InlineData("one hundred and twenty", 120)]
    [InlineData("three hundred fifty", 350)]
    [InlineData("two thousand", 2_000)]
    [InlineData("a thousand", 1_000)]
    [InlineData("two thousand five hundred", 2_500)]
    [InlineData("a million", 1_000_000)]
    [InlineData("two million", 2_000_000)]
    [InlineData("ten million", 10_000_000)]
    [InlineData("a dozen", 12)]
    [InlineData("two dozen", 24)]
    [InlineData("half a dozen", 6)]
    [InlineData("dozens", 12)]
    [InlineData("tens", 10)]
    [InlineData("scores", 20)]
    [InlineData("hundreds", 100)]
    [InlineData("thousands", 1_000)]
    [InlineData("millions", 1_000_000)]
    [InlineData("tens of thousands", 10_000)]
    [InlineData("hundreds of thousands", 100_000)]
    [InlineData("several", 3)]
    [InlineData("several hundred", 200)]
    [InlineData("several thousand", 2_000)]
    [InlineData("several dozen", 24)]
    [InlineData("a few", 3)]
    [InlineData("a few hundred", 200)]
    [InlineData("a couple", 2)]
    [InlineData("a couple of", 2)]
    [InlineData("a single", 1)]
    [InlineData("zero", 0)]
    [InlineData("half a million", 500_000)]
    [InlineData("a quarter of a million", 250_000)]
    public void NumberIsReadToItsValue(string text, double value) => Assert.Equal(value, Read(text));

    [Theory]
    [InlineData("10:30")]
    [InlineData("9th")]
    [InlineData("82mm")]
    [InlineData("1,2")]
    [InlineData("12,34")]
    [InlineData("people")]
    [InlineData("many")]
    public void TimesOrdinalsMeasuresAndWordsAreNotCounts(string text) => Assert.Null(Read(text));

    [Theory]
    [InlineData("dozens", true)]
    [InlineData("hundreds", true)]
    [InlineData("several", true)]
    [InlineData("a dozen", false)]
    [InlineData("350", false)]
    [InlineData("twenty", false)]
    public void PluralMagnitudesAreVague(string text, bool vague)
    {
        var w = new WordList(text);
        Assert.True(NumberReader.TryRead(w, 0, out var n));
        Assert.Equal(vague, n.IsVague);
    }

    [Property]
    public bool AnyCountWrittenInDigitsReadsBack(uint raw)
    {
        long n = raw % 1_000_000_000;
        return Read(n.ToString(CultureInfo.InvariantCulture)) == n;
    }

    [Property]
    public bool AnyCountWithThousandsSeparatorsReadsBack(uint raw)
    {
        long n = raw % 1_000_000_000;
        return Read(n.ToString("N0", CultureInfo.InvariantCulture)) == n;
    }

    [Property]
    public bool AnyCountWrittenInWordsReadsBack(uint raw, bool withAnd)
    {
        long n = raw % 1_000_000_000 + 1;
        return Read(NumberWords.Format(n, withAnd)) == n;
    }

    [Property]
    public bool AnyFigureInMillionsReadsBack(ushort raw)
    {
        // "1.5 million" and "37 million": tenths of a million, written the way reports write them.
        int tenths = raw % 10_000 + 1;
        var text = (tenths / 10.0).ToString("0.#", CultureInfo.InvariantCulture) + " million";
        return Read(text) == tenths * 100_000L;
    }

    [Property]
    public bool AnySmallCountInWordsAndMillionReadsBack(byte raw)
    {
        int n = raw % 99 + 1;
        return Read(NumberWords.Format(n, false) + " million") == n * 1_000_000L;
    }
}
