using System.Text.Json;
using Sitrep.Core;
using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Quotes;

/// <summary>The quote layer against the hand-annotated samples in samples/.</summary>
public sealed class SampleQuoteTests
{
    private sealed record GoldQuote(string Speaker, string Kind, TextSpan Span, string? Role);

    private static (Document Doc, List<GoldQuote> Gold) Load(string name)
    {
        var dir = Samples.Dir;
        var doc = Some.Annotated(File.ReadAllText(Path.Combine(dir, name + ".txt")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, name + ".gold.json")));
        var gold = json.RootElement.GetProperty("quotes").EnumerateArray().Select(q => new GoldQuote(
            q.GetProperty("speaker").GetString()!,
            q.GetProperty("kind").GetString()!,
            new TextSpan(q.GetProperty("span")[0].GetInt32(), q.GetProperty("span")[1].GetInt32()),
            q.TryGetProperty("speaker_role", out var r) ? r.GetString() : null)).ToList();
        return (doc, gold);
    }

    // The gold marks an unnamed speaker's role as "Western diplomat (unnamed)"; Sitrep gives the role without the note.
    private static string? Role(string? gold) => gold?.Replace(" (unnamed)", "", StringComparison.Ordinal);

    [Fact]
    public void ReferenceArticleHasAllFourteenQuotesWithTheirSpeakersAndRoles()
    {
        var (doc, gold) = Load("aleppo-2016-09-28");
        Assert.Equal(14, gold.Count);
        foreach (var g in gold)
        {
            // Quoted words inside reported speech are a direct quote of their own and part of the reported content too.
            var match = doc.Quotes.Where(q => q.Span.Overlaps(g.Span) && q.Kind.ToString().Equals(g.Kind, StringComparison.OrdinalIgnoreCase)).ToList();
            var q = Assert.Single(match);
            Assert.Equal(g.Speaker, q.Speaker);
            Assert.Equal(Role(g.Role), q.SpeakerRole);
            if (q.Kind == QuoteKind.Direct) Assert.Equal(g.Span, q.Span);
        }
    }

    [Fact]
    public void ReferenceArticleHasNoQuoteInItsCaptionOrFromPassiveSaying()
    {
        var (doc, gold) = Load("aleppo-2016-09-28");
        Assert.All(doc.Quotes, q => Assert.Contains(gold, g => g.Span.Overlaps(q.Span)));
    }

    [Theory]
    [InlineData("1919191768")]
    [InlineData("1923848127")]
    public void OtherSamplesFindEveryQuoteWithASpeakerNamingTheGoldOne(string name)
    {
        var (doc, gold) = Load(name);
        foreach (var g in gold)
            Assert.Contains(doc.Quotes, q => q.Span.Overlaps(g.Span) && q.Speaker is { } s
                && (s.Contains(g.Speaker, StringComparison.OrdinalIgnoreCase) || g.Speaker.Contains(s, StringComparison.OrdinalIgnoreCase)));
    }
}
