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
    [InlineData("Syrian army", 6, true)]
    [InlineData("Hayat Tahrir al-Sham fighters", 5, true)]
    [InlineData("Aleppo city", 6, false)]
    [InlineData("President Assad", 9, false)]
    public void OnlyPhrasesStartingLikeACueMayBeOne(string phrase, int shortest, bool may)
    {
        Assert.Equal(may, Shipped.MayStartCue(phrase, shortest));
        if (!may)
            for (int m = shortest; m <= phrase.Length; m++)
                Assert.Null(Shipped.CountryCue(phrase.AsSpan(0, m)));
    }
}
