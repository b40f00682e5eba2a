using Sitrep.Geo.Tests.Support;
using Sitrep.Nlp.Places;

namespace Sitrep.Geo.Tests;

public class GazetteerTests
{
    private static readonly Gazetteer Shipped = GeoStage.Shipped;

    [Theory]
    [InlineData("Ḩalab")]
    [InlineData("Halab")]
    [InlineData("ALEPPO")]
    public void AleppoIsFoundByItsArabicNameWithOrWithoutDiacritics(string name) =>
        Assert.Contains(Shipped.Lookup(name), e => e.Kind == GazetteerKind.Populated && e.CountryCode == "SY" && e.Name == "Aleppo");

    [Fact]
    public void SmallTownsAreInTheGazetteer()
    {
        var hit = Assert.Single(Shipped.Lookup("Kafr Takharim"), e => e.CountryCode == "SY");
        Assert.Equal("Idlib", Shipped.Admin1Of(hit)!.Name);
    }

    [Fact]
    public void ProvincesAreFoundWithoutTheirSuffix() =>
        Assert.Contains(Shipped.Lookup("Damascus"), e => e.Kind == GazetteerKind.Admin1 && e.Name == "Damascus Governorate");

    [Fact]
    public void CountryAliasesAndCuesAreKnown()
    {
        Assert.Contains(Shipped.Lookup("U.S."), e => e.Kind == GazetteerKind.Country && e.CountryCode == "US");
        Assert.Equal("SY", Shipped.CountryCue("Syrian"));
        Assert.Equal("YE", Shipped.CountryCue("Houthis"));
    }

    [Theory]
    [InlineData("Syrian army", new[] { 6, 11 }, true)]
    [InlineData("Hayat Tahrir al-Sham fighters", new[] { 5, 12, 20 }, true)]
    [InlineData("The Houthis said", new[] { 3, 11, 16 }, true)]
    [InlineData("Aleppo city", new[] { 6, 11 }, false)]
    [InlineData("President Assad", new[] { 9, 15 }, false)]
    [InlineData("The army", new[] { 3, 8 }, false)]
    public void OnlyPhrasesStartingLikeACueMayBeOne(string phrase, int[] ends, bool may)
    {
        Assert.Equal(may, Shipped.MayStartCue(phrase, ends));
        if (!may)
            foreach (int m in ends)
                Assert.Null(Shipped.CountryCue(phrase.AsSpan(0, m)));
    }
}
