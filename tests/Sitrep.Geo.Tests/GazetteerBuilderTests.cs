using Sitrep.Geo.Tests.Support;

namespace Sitrep.Geo.Tests;

public sealed class GazetteerBuilderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitrep-geo-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void SameInputGivesTheSameBytes()
    {
        var (first, _) = GazetteerBuilder.Build(Some.MiniGeoNames, Path.Combine(_root, "a"));
        var (second, _) = GazetteerBuilder.Build(Some.MiniGeoNames, Path.Combine(_root, "b"));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void BuiltGazetteerJoinsAlternateNamesAndKeepsEveryLevel()
    {
        var output = Path.Combine(_root, "geo");
        var (_, entries) = GazetteerBuilder.Build(Some.MiniGeoNames, output);
        foreach (var file in new[] { Gazetteer.CountryWordsFile, Gazetteer.NotPlacesFile })
            File.Copy(Path.Combine(Some.MiniGeoNames, file), Path.Combine(output, file));
        var gazetteer = Gazetteer.Load(output);

        Assert.Equal(2 + 4 + 2 + 6, entries);
        var aleppo = Assert.Single(gazetteer.Lookup("Ḩalab"));
        Assert.Equal((170063, 2098210L, "PPLA"), (aleppo.GeoNameId!.Value, aleppo.Population, aleppo.FeatureCode));
        Assert.Empty(gazetteer.Lookup("ALP"));
        Assert.Empty(gazetteer.Lookup("Халеб"));
        Assert.Equal(2, gazetteer.Lookup("Damascus").Count(e => e.Kind == GazetteerKind.Populated));
        Assert.Equal((33.5102, 36.29128), (gazetteer.Country("SY")!.Latitude, gazetteer.Country("SY")!.Longitude));
        Assert.Equal("Maryland", gazetteer.Admin1Of(gazetteer.Lookup("Damascus").First(e => e.CountryCode == "US"))!.Name);
        // A division without a seat is placed at the town it is named after, not at the mean of its places.
        var harim = Assert.Single(gazetteer.Lookup("Harim District"), e => e.Kind == GazetteerKind.Admin2);
        Assert.Equal((36.20758, 36.51944), (harim.Latitude, harim.Longitude));
    }

    [Fact]
    public void AcledRowsAddTheirLocationsDivisionSpellingsAndCueWords()
    {
        var output = Path.Combine(_root, "coded");
        Sitrep.Core.AcledRow Row(int line, string location, double lat, double lon, string admin1, string notes) => new()
        {
            Line = line, Iso3 = "SYR", Location = location, Latitude = lat, Longitude = lon, Admin1 = admin1, GeoPrecision = 1, Notes = notes,
        };
        // Five or more notes about one country make "QSD" a cue word; "Idleb" is ACLED's spelling of Idlib.
        var rows = Enumerable.Range(1, 8).Select(i => Row(i + 1, "Ftireh", 35.77, 36.52, "Idleb", "On 1 May 2020, QSD fighters shelled Ftireh in Idleb."))
            .Append(Row(20, "Aleppo", 36.20124, 37.16117, "Aleppo", "On 2 May 2020, QSD fighters clashed in Aleppo."));
        GazetteerBuilder.Build(Some.MiniGeoNames, output, rows);
        foreach (var file in new[] { Gazetteer.CountryWordsFile, Gazetteer.NotPlacesFile })
            File.Copy(Path.Combine(Some.MiniGeoNames, file), Path.Combine(output, file));
        var gazetteer = Gazetteer.Load(output);

        var ftireh = Assert.Single(gazetteer.Lookup("Ftireh"));
        Assert.Equal((GazetteerBuilder.CodedFeatureCode, "SY", "12"), (ftireh.FeatureCode, ftireh.CountryCode, ftireh.Admin1Code));
        // Aleppo is a GeoNames place already, so it is not added twice; its one row is counted on it.
        var aleppo = Assert.Single(gazetteer.Lookup("Aleppo"), e => e.Kind == GazetteerKind.Populated);
        Assert.Equal((1, 8), (aleppo.CodedRows, ftireh.CodedRows));
        var idlibCity = gazetteer.Lookup("Idlib").Single(e => e.Kind == GazetteerKind.Populated);
        Assert.Equal(0, idlibCity.CodedRows);
        // Idlib lies near Ftireh's eight rows; a place's own rows are not its neighbours', and Aleppo is too far from Ftireh.
        Assert.Equal((8, 0, 0), (gazetteer.CodedRowsNearby(idlibCity), gazetteer.CodedRowsNearby(ftireh), gazetteer.CodedRowsNearby(aleppo)));
        var idlib = Assert.Single(gazetteer.Lookup("Idleb"), e => e.Kind == GazetteerKind.Admin1);
        Assert.Equal("Idleb", gazetteer.CodedName(idlib));
        Assert.Equal("SY", gazetteer.CountryCue("QSD"));
        Assert.Null(gazetteer.CountryCue("Ftireh"));
    }

    [Fact]
    public void AcledPlaceLiesInTheProvinceAcledCodesItInNotTheNearestPlacesProvince()
    {
        var output = Path.Combine(_root, "province");
        Sitrep.Core.AcledRow Row(int line, string location, double lat, double lon) => new()
        {
            Line = line, Iso3 = "SYR", Location = location, Latitude = lat, Longitude = lon, Admin1 = "Idleb", GeoPrecision = 1,
            Notes = "On 1 May 2020, regime forces shelled a village.",
        };
        // Eight rows make "Idleb" ACLED's spelling of Idlib; the ninth village lies nearer to Aleppo than to any place of Idlib, yet
        // ACLED codes it in Idleb, as a border village across the line from its nearest neighbour.
        var rows = Enumerable.Range(1, 8).Select(i => Row(i + 1, "Ftireh", 35.77, 36.52)).Append(Row(20, "Kafr Naseh", 36.15, 37.05));
        GazetteerBuilder.Build(Some.MiniGeoNames, output, rows);
        foreach (var file in new[] { Gazetteer.CountryWordsFile, Gazetteer.NotPlacesFile })
            File.Copy(Path.Combine(Some.MiniGeoNames, file), Path.Combine(output, file));
        var gazetteer = Gazetteer.Load(output);

        var village = Assert.Single(gazetteer.Lookup("Kafr Naseh"));
        var aleppo = Assert.Single(gazetteer.Lookup("Aleppo"), e => e.Kind == GazetteerKind.Populated);
        Assert.NotEqual(aleppo.Admin1Code, village.Admin1Code);
        Assert.Equal("Idlib", gazetteer.Admin1Of(village)!.Name);
    }

    [Fact]
    public void ProvinceNameTheNotesUseBecomesASpellingOfTheProvinceTheirRowsAreCodedIn()
    {
        var output = Path.Combine(_root, "noted");
        Sitrep.Core.AcledRow Row(int line, string notes) => new()
        {
            Line = line, Iso3 = "SYR", Location = "Ftireh", Latitude = 35.77, Longitude = 36.52, Admin1 = "Idleb", GeoPrecision = 1, Notes = notes,
        };
        // Three notes write "Idlibia province" for the rows ACLED codes in Idleb; "Jisr region" is a part of a province, not a name of it.
        var rows = Enumerable.Range(1, 3).Select(i => Row(i + 1, "On 1 May 2020, regime forces shelled Ftireh in Idlibia province, near the Jisr region."));
        GazetteerBuilder.Build(Some.MiniGeoNames, output, rows);
        foreach (var file in new[] { Gazetteer.CountryWordsFile, Gazetteer.NotPlacesFile })
            File.Copy(Path.Combine(Some.MiniGeoNames, file), Path.Combine(output, file));
        var gazetteer = Gazetteer.Load(output);

        var idlib = Assert.Single(gazetteer.Lookup("Idlibia"), e => e.Kind == GazetteerKind.Admin1);
        Assert.Equal(("Idlib", "Idleb"), (idlib.Name, gazetteer.CodedName(idlib)));
        Assert.Empty(gazetteer.Lookup("Jisr"));
    }

    [Fact]
    public void AbbreviationOfAProvinceNameTheNotesUseBecomesASpellingTheMatcherReads()
    {
        var output = Path.Combine(_root, "abbreviated");
        Sitrep.Core.AcledRow Row(int line, string notes) => new()
        {
            Line = line, Iso3 = "SYR", Location = "Damascus", Latitude = 33.5102, Longitude = 36.29128, Admin1 = "Damascus", GeoPrecision = 1, Notes = notes,
        };
        // "D&G" spells the initials of Damascus Governorate; "OSCE", as common in these notes, spells no province's.
        var rows = Enumerable.Range(1, 3).Select(i => Row(i + 1, "On 1 May 2020, protesters gathered in Damascus (D&G), near the OSCE office."));
        GazetteerBuilder.Build(Some.MiniGeoNames, output, rows);
        foreach (var file in new[] { Gazetteer.CountryWordsFile, Gazetteer.NotPlacesFile })
            File.Copy(Path.Combine(Some.MiniGeoNames, file), Path.Combine(output, file));
        var gazetteer = Gazetteer.Load(output);

        var damascus = Assert.Single(gazetteer.Lookup("D&G"));
        Assert.Equal((GazetteerKind.Admin1, "Damascus"), (damascus.Kind, gazetteer.CodedName(damascus)));
        Assert.Empty(gazetteer.Lookup("OSCE"));
        // In capitals the matcher reads only countries and such abbreviations.
        var text = "Shelling was reported in D&G and by the OSCE.";
        var found = new PlaceNameMatcher(gazetteer).Find(text, Some.Document(text).TokenData);
        Assert.Equal("D&G", text[found.Single().Span.Start..found.Single().Span.End]);
    }

    [Fact]
    public void AcledDistrictsGeoNamesLacksBecomeDivisionsAtTheirSeat()
    {
        var output = Path.Combine(_root, "districts");
        Sitrep.Core.AcledRow Row(int line, string location, double lat, double lon, string admin2, string? admin3, int precision) => new()
        {
            Line = line, Iso3 = "SYR", Location = location, Latitude = lat, Longitude = lon, Admin1 = "Idleb", Admin2 = admin2, Admin3 = admin3,
            GeoPrecision = precision, Notes = "On 1 May 2020, regime forces shelled a village.",
        };
        // "Zawiya" is a sub-district no GeoNames name has: placed where ACLED codes an event at the sub-district itself (precision 3),
        // not at its villages. "Harim" (GeoNames' "Harim District") and "Ḩārim" are known already and add nothing. GeoNames' "Ariha District"
        // has no place of cities500 in it, so no point of its own: ACLED's rows place it, where most of them lie.
        var rows = new[]
        {
            Row(2, "Kansafra", 35.65, 36.55, "Harim", "Zawiya", 1),
            Row(3, "Zawiya", 35.70, 36.50, "Ḩārim", "Zawiya", 3),
            Row(4, "Kansafra", 35.65, 36.55, "Harim", "Zawiya", 1),
            Row(5, "Mhambal", 35.77, 36.45, "Ariha", null, 1),
            Row(6, "Urum al Jawz", 35.74, 36.48, "Ariha", null, 1),
            Row(7, "Bsanqul", 35.16, 36.20, "Ariha", null, 1),
        };
        GazetteerBuilder.Build(Some.MiniGeoNames, output, rows);
        foreach (var file in new[] { Gazetteer.CountryWordsFile, Gazetteer.NotPlacesFile })
            File.Copy(Path.Combine(Some.MiniGeoNames, file), Path.Combine(output, file));
        var gazetteer = Gazetteer.Load(output);

        var zawiya = Assert.Single(gazetteer.Lookup("Zawiya"), e => e.Kind == GazetteerKind.Admin2);
        Assert.Equal(("SY", "12", 35.70, 36.50), (zawiya.CountryCode, zawiya.Admin1Code, zawiya.Latitude, zawiya.Longitude));
        Assert.Single(gazetteer.Lookup("Harim"), e => e.Kind == GazetteerKind.Admin2);
        var ariha = Assert.Single(gazetteer.Lookup("Ariha"), e => e.Kind == GazetteerKind.Admin2);
        Assert.Equal((35.77, 36.45), (ariha.Latitude, ariha.Longitude));
    }

    [Fact]
    public void AcledDistrictNamedLikeAPlaceOfAnotherProvinceIsADistrictOfItsOwn()
    {
        var output = Path.Combine(_root, "namesake");
        Sitrep.Core.AcledRow Row(int line, string location, double lat, double lon) => new()
        {
            Line = line, Iso3 = "SYR", Location = location, Latitude = lat, Longitude = lon, Admin1 = "Aleppo", Admin2 = "Harim",
            GeoPrecision = 1, Notes = "On 1 May 2020, regime forces shelled a village.",
        };
        // ACLED codes two villages in a district "Harim" of Aleppo province; the GeoNames town Harim lies in Idlib and does not name it.
        GazetteerBuilder.Build(Some.MiniGeoNames, output, [Row(2, "Tall Rifat", 36.47, 37.10), Row(3, "Mare", 36.48, 37.08)]);
        foreach (var file in new[] { Gazetteer.CountryWordsFile, Gazetteer.NotPlacesFile })
            File.Copy(Path.Combine(Some.MiniGeoNames, file), Path.Combine(output, file));
        var gazetteer = Gazetteer.Load(output);

        // (GeoNames' own "Harim District" of Idlib stays as it is.)
        var district = Assert.Single(gazetteer.Lookup("Harim"), e => e.Kind == GazetteerKind.Admin2 && e.Admin1Code == "09");
        Assert.Equal(("SY", 36.47, 37.10), (district.CountryCode, district.Latitude, district.Longitude));
    }

    [Fact]
    public void DistrictOfTwoOrMoreRowsGetsThePointMostOfThemClusterAroundAndProvincesKeepTheirSeat()
    {
        Sitrep.Core.AcledRow Row(int line, string location, double lat, double lon) => new()
        {
            Line = line, Iso3 = "SYR", Location = location, Latitude = lat, Longitude = lon, Admin1 = "Idleb", Admin2 = "Harim", GeoPrecision = 1,
            Notes = "On 1 May 2020, regime forces shelled a village.",
        };
        Gazetteer Built(string name, params Sitrep.Core.AcledRow[] rows)
        {
            var output = Path.Combine(_root, name);
            GazetteerBuilder.Build(Some.MiniGeoNames, output, rows);
            foreach (var file in new[] { Gazetteer.CountryWordsFile, Gazetteer.NotPlacesFile })
                File.Copy(Path.Combine(Some.MiniGeoNames, file), Path.Combine(output, file));
            return Gazetteer.Load(output);
        }
        // Salqin and Armanaz lie 9 km apart, Kansafra 50 km south: the first two are where Harim's villages are coded.
        var clustered = Built("cluster", Row(2, "Kansafra", 35.65, 36.55), Row(3, "Salqin", 36.14, 36.45), Row(4, "Armanaz", 36.08, 36.50));
        var harim = Assert.Single(clustered.Lookup("Harim District"), e => e.Kind == GazetteerKind.Admin2);
        Assert.Equal(((double, double)?)(36.14, 36.45), harim.VillagePoint);
        Assert.Equal((36.20758, 36.51944), (harim.Latitude, harim.Longitude));
        Assert.Null(Assert.Single(clustered.Lookup("Idlib"), e => e.Kind == GazetteerKind.Admin1).VillagePoint);
        // One row says nothing about where a district's villages lie.
        var single = Built("single", Row(2, "Kansafra", 35.65, 36.55));
        Assert.Null(Assert.Single(single.Lookup("Harim District"), e => e.Kind == GazetteerKind.Admin2).VillagePoint);
    }

    [Fact]
    public void DistrictsVillagePointIsTheCentreOfItsDensestRowsNotAnEdgeReachingFarRows()
    {
        var output = Path.Combine(_root, "core");
        Sitrep.Core.AcledRow Row(int line, double lat) => new()
        {
            Line = line, Iso3 = "SYR", Location = "Village " + line, Latitude = lat, Longitude = 36.5, Admin1 = "Idleb", Admin2 = "Harim",
            GeoPrecision = 1, Notes = "On 1 May 2020, regime forces shelled a village.",
        };
        // Three villages 8 km apart along a front and two more 22 and 24 km beyond the last: the last reaches four others within
        // 25 km, but the middle one is the centre of the three close together.
        GazetteerBuilder.Build(Some.MiniGeoNames, output, [Row(2, 36.0), Row(3, 36.075), Row(4, 36.15), Row(5, 36.35), Row(6, 36.37)]);
        foreach (var file in new[] { Gazetteer.CountryWordsFile, Gazetteer.NotPlacesFile })
            File.Copy(Path.Combine(Some.MiniGeoNames, file), Path.Combine(output, file));

        var harim = Assert.Single(Gazetteer.Load(output).Lookup("Harim District"), e => e.Kind == GazetteerKind.Admin2);
        Assert.Equal(((double, double)?)(36.075, 36.5), harim.VillagePoint);
    }

    [Fact]
    public void ProvinceSpellingALetterOrTwoFromAProvincesNameIsThatProvincesWhereverItsRowsLie()
    {
        var output = Path.Combine(_root, "respelled");
        // ACLED writes "Idleeb" for rows whose nearest GeoNames places are coded Aleppo (as Al Marqab's towns are coded Tripoli).
        var rows = Enumerable.Range(1, 3).Select(i => new Sitrep.Core.AcledRow
        {
            Line = i + 1, Iso3 = "SYR", Location = "Anadan", Latitude = 36.29, Longitude = 37.04, Admin1 = "Idleeb", GeoPrecision = 1,
            Notes = "On 1 May 2020, regime forces shelled Anadan.",
        });
        GazetteerBuilder.Build(Some.MiniGeoNames, output, rows);
        foreach (var file in new[] { Gazetteer.CountryWordsFile, Gazetteer.NotPlacesFile })
            File.Copy(Path.Combine(Some.MiniGeoNames, file), Path.Combine(output, file));
        var gazetteer = Gazetteer.Load(output);

        Assert.Equal("Idlib", Assert.Single(gazetteer.Lookup("Idleeb"), e => e.Kind == GazetteerKind.Admin1).Name);
        Assert.Equal("Idlib", gazetteer.Admin1Of(Assert.Single(gazetteer.Lookup("Anadan")))!.Name);
    }

    [Fact]
    public void MissingSourceFileIsReportedWithItsPath()
    {
        var ex = Assert.Throws<Sitrep.Core.SitrepException>(() => GazetteerBuilder.Build(_root, Path.Combine(_root, "out")));
        Assert.Contains("cities15000.txt", ex.Message);
    }

    [Fact]
    public void QualifiedAcledLocationIsAlsoNamedAsTheTextNamesIt()
    {
        var output = Path.Combine(_root, "qualified");
        Sitrep.Core.AcledRow Row(int line, string location, double lat, double lon, string admin1) => new()
        {
            Line = line, Iso3 = "SYR", Location = location, Latitude = lat, Longitude = lon, Admin1 = admin1, GeoPrecision = 2,
            Notes = "On 1 May 2020, regime forces shelled positions in the hills.",
        };
        var rows = new[]
        {
            Row(2, "Red Hills (Idleb Region)", 35.8, 36.6, "Idlib"), Row(3, "Red Hills (Aleppo Region)", 36.3, 37.0, "Aleppo"),
            Row(4, "Aleppo - Sheikh Maqsoud", 36.23, 37.15, "Aleppo"), Row(5, "Idlib - Airbase", 35.9, 36.7, "Idlib"),
        };
        GazetteerBuilder.Build(Some.MiniGeoNames, output, rows);
        foreach (var file in new[] { Gazetteer.CountryWordsFile, Gazetteer.NotPlacesFile })
            File.Copy(Path.Combine(Some.MiniGeoNames, file), Path.Combine(output, file));
        var gazetteer = Gazetteer.Load(output);

        // The bracketed qualifier is dropped; each region's hills stay in their own province.
        var hills = gazetteer.Lookup("Red Hills").Where(e => e.Kind == GazetteerKind.Populated).ToList();
        Assert.Equal(["Aleppo", "Idlib"], hills.Select(h => gazetteer.Admin1Of(h)!.Name).Order());
        // "City - quarter": the quarter; a site word stays joined to its city.
        Assert.Equal("Aleppo - Sheikh Maqsoud", Assert.Single(gazetteer.Lookup("Sheikh Maqsoud")).Name);
        Assert.Equal("Idlib - Airbase", Assert.Single(gazetteer.Lookup("Idlib Airbase")).Name);
        Assert.Empty(gazetteer.Lookup("Airbase"));
    }

    [Fact]
    public void VillageOnlyTheNotesNameStandsAtThePointItsRowsAreCodedAt()
    {
        var output = Path.Combine(_root, "noted");
        Sitrep.Core.AcledRow Row(int line, string location, double lat, double lon, string admin1, string notes) => new()
        {
            Line = line, Iso3 = "SYR", Location = location, Latitude = lat, Longitude = lon, Admin1 = admin1, GeoPrecision = 2, Notes = notes,
        };
        var rows = new[]
        {
            Row(2, "Ftireh", 35.77, 36.52, "Idleb", "On 1 May 2020, regime forces shelled positions of Jaish Nasr fighters near Tell Hamra in Idleb."),
            Row(3, "Ftireh", 35.78, 36.52, "Idleb", "On 2 May 2020, regime forces shelled Tell Hamra village and clashed near Wadi Nasr."),
            Row(4, "Aleppo", 36.20124, 37.16117, "Aleppo", "On 3 May 2020, rebels clashed with regime forces near Wadi Nasr in Aleppo."),
        };
        GazetteerBuilder.Build(Some.MiniGeoNames, output, rows);
        foreach (var file in new[] { Gazetteer.CountryWordsFile, Gazetteer.NotPlacesFile })
            File.Copy(Path.Combine(Some.MiniGeoNames, file), Path.Combine(output, file));
        var gazetteer = Gazetteer.Load(output);

        // Named after "near" and before "village", in Idleb, at the point of the first row naming it.
        var tell = Assert.Single(gazetteer.Lookup("Tell Hamra"));
        Assert.Equal((GazetteerBuilder.NotedFeatureCode, "SY", "12", 35.77, 36.52), (tell.FeatureCode, tell.CountryCode, tell.Admin1Code, tell.Latitude, tell.Longitude));
        // Reported as ACLED records the place it codes the village at.
        Assert.Equal("Ftireh", gazetteer.CodedName(tell));
        // Named at points 50 km apart: a name of no one place. Before "fighters": a side's. ACLED's location is a place of its own.
        Assert.Empty(gazetteer.Lookup("Wadi Nasr"));
        Assert.Empty(gazetteer.Lookup("Jaish Nasr"));
        Assert.DoesNotContain(gazetteer.Lookup("Ftireh"), e => e.FeatureCode == GazetteerBuilder.NotedFeatureCode);
    }
}
