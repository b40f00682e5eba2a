using System.Text.RegularExpressions;

namespace Sitrep.Geo.Tests;

// The letter and word pre-filters in front of the patterns must let through every word the patterns list, in any case: a word
// added to a pattern but not to its pre-filter would silently never match.
public class LocationPhrasesTests
{
    // The words of the first alternation group of a pattern: "^\s+(?<word>province|governorate|...)\b" gives province, governorate, ...
    private static string[] Words(Regex pattern)
    {
        var text = pattern.ToString();
        int open = text.IndexOf("(?", StringComparison.Ordinal);
        int start = text[open + 2] == ':' ? open + 3 : text.IndexOf('>', open) + 1;
        return text[start..text.IndexOf(')', start)].Split('|');
    }

    public static TheoryData<string> Admin1Words => [.. Words(LocationPhrases.Admin1Suffix())];
    public static TheoryData<string> Admin2Words => [.. Words(LocationPhrases.Admin2Suffix())];
    public static TheoryData<string> SettlementWords => [.. Words(LocationPhrases.SettlementSuffix())];
    public static TheoryData<string> SettlementLeadWords => [.. Words(LocationPhrases.SettlementWord())];

    [Theory]
    [MemberData(nameof(Admin1Words))]
    public void EveryAdmin1WordIsRead(string word)
    {
        Assert.True(LocationPhrases.Suffixes($" {word} of").Admin1);
        Assert.True(LocationPhrases.Suffixes($" {word.ToUpperInvariant()}").Admin1);
    }

    [Theory]
    [MemberData(nameof(Admin2Words))]
    public void EveryAdmin2WordIsRead(string word)
    {
        Assert.True(LocationPhrases.Suffixes($" {word} of").Admin2);
        Assert.True(LocationPhrases.Suffixes($"\t{char.ToUpperInvariant(word[0])}{word[1..]}").Admin2);
    }

    [Theory]
    [MemberData(nameof(SettlementWords))]
    public void EverySettlementWordIsRead(string word) => Assert.True(LocationPhrases.Suffixes($" {word}, ").Settlement);

    [Theory]
    [MemberData(nameof(SettlementLeadWords))]
    public void EverySettlementWordBeforeUnitsIsRead(string word)
    {
        Assert.Equal(word.Length, LocationPhrases.SettlementWordAt($"Nihm {word} (Sanaa)", 5));
        Assert.Equal(word.Length, LocationPhrases.SettlementWordAt($"Nihm {word.ToUpperInvariant()} (Sanaa)", 5));
    }

    [Theory]
    [InlineData("Aleppo and")]
    [InlineData("Aleppo,")]
    [InlineData("Aleppo")]
    public void WordsThatStartNoSuffixAreNone(string after) => Assert.Equal(default, LocationPhrases.Suffixes(after.AsSpan(6)));

    [Theory]
    [InlineData(" in ", true)]
    [InlineData(" village IN the northern countryside of ", true)]
    [InlineData(", ", false)]
    [InlineData(" and ", false)]
    public void InJoinsAPlaceToItsUnit(string between, bool holds) => Assert.Equal(holds, LocationPhrases.IsInContainer(between));
}
