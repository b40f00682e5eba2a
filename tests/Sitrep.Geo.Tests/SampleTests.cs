using Sitrep.Core;
using Sitrep.Geo.Tests.Support;

namespace Sitrep.Geo.Tests;

public class SampleTests
{
    [Fact]
    public void AleppoArticleResolvesAleppoToTheCityAndWashingtonToAMetonym()
    {
        var text = Samples.Read("aleppo-2016-09-28.txt");
        var places = Some.Places(text);
        var aleppo = places.Where(p => p.NameSpan is { } s && text[s.Start..s.End] == "Aleppo").ToList();
        Assert.True(aleppo.Count >= 8);
        Assert.All(aleppo, p => Assert.Equal(("SY", FeatureClass.PopulatedPlace, 36.20124, 37.16117), (p.CountryCode, p.FeatureClass, p.Latitude, p.Longitude)));
        Assert.Contains(aleppo, p => p.Precision == PrecisionCode.PartOfPlace && text[p.Span.Start..p.Span.End] == "east Aleppo");
        Assert.Contains(aleppo, p => p.Precision == PrecisionCode.Near && p.Bearing == Bearing.South);
        Assert.True(Some.PlaceNamed(places, text, "Washington").IsMetonym);
        Assert.Equal("SY", Some.PlaceNamed(places, text, "Syria").CountryCode);
    }

    [Fact]
    public void IdlibArticlePlacesKafrTakharimDeirAlSharqiAndDamascus()
    {
        var text = Samples.Read("1919191768.txt");
        var places = Some.Places(text);
        var kafr = Some.PlaceNamed(places, text, "Kafr Takharim");
        // Divisions go by ACLED's names: "Idleb" for GeoNames' "Idlib".
        Assert.Equal(("SY", "Idleb", PrecisionCode.Exact), (kafr.CountryCode, kafr.Admin1, kafr.Precision));
        Assert.Contains(places, p => p.Precision == PrecisionCode.Near && p.Bearing == Bearing.SouthWest && p.Name == kafr.Name);
        // GeoNames lacks the village, so it takes the province the text puts it in.
        var deir = Some.PlaceNamed(places, text, "Deir al-Sharqi");
        Assert.Equal(("SY", "Idleb", PrecisionCode.Admin1), (deir.CountryCode, deir.Admin1, deir.Precision));
        Assert.Equal("SY", Some.PlaceNamed(places, text, "Damascus").CountryCode);
        Assert.All(places.Where(p => p.NameSpan is { } s && text[s.Start..s.End] == "Idlib"), p => Assert.Equal(("SY", "Idleb"), (p.CountryCode, p.Admin1)));
    }

    [Fact]
    public void EvacuationArticlePlacesAleppoAndDamascusInSyria()
    {
        var text = Samples.Read("1923848127.txt");
        var places = Some.Places(text);
        Assert.Equal("SY", Some.PlaceNamed(places, text, "Aleppo").CountryCode);
        Assert.Equal("SY", Some.PlaceNamed(places, text, "Damascus").CountryCode);
    }
}
