using Sitrep.Core;
using Sitrep.Nlp.Places;
using Sitrep.Geo.Tests.Support;

namespace Sitrep.Geo.Tests;

public class GeoStageTests
{
    [Fact]
    public void DivisionNameOfTwoCountriesIsTheOneAcledCodesMoreEventsIn()
    {
        // "Ouest" is a department of Haiti and ACLED's name of Cameroon's West region; nothing else in the text says which.
        var ouest = Assert.Single(Some.Places("On 5 May 2020, a man was shot dead in a village of Ouest department."), p => p.Name == "Ouest");
        Assert.Equal("HT", ouest.CountryCode);
        // The country the text names still decides.
        var cameroon = Some.Places("On 5 May 2020, Cameroonian gendarmes shot a man dead in a village of Ouest department.");
        Assert.Equal("CM", Assert.Single(cameroon, p => p.Name == "Ouest").CountryCode);
    }

    [Fact]
    public void VillageOnlyAcledsNotesNameIsReportedByThePlaceAcledCodesItAt()
    {
        // The shipped gazetteer's "Qasrak" is a village only training notes name, whose rows ACLED codes at Tal Baydar.
        const string text = "On 5 May 2020, Turkish forces shelled Qasrak village in Al-Hasakeh, wounding two civilians.";
        var place = Assert.Single(Some.Places(text), p => p.Name == "Tal Baydar");
        // The note's name is the provenance; the place stands somewhere near the point it is coded at.
        var name = place.NameSpan ?? place.Span;
        Assert.Equal(("Qasrak", PrecisionCode.Near, "SY"), (text[name.Start..name.End], place.Precision, place.CountryCode));
    }

    [Fact]
    public void NamedPartOfACityIsThePlaceAcledCodesForThatPart()
    {
        const string text = "On 5 May 2020, in the West Zone of Rio de Janeiro, a shoot-out took place in a neighborhood.";
        var zone = Assert.Single(Some.Places(text));
        Assert.Equal(("Rio de Janeiro-West Zone", "the West Zone of Rio de Janeiro"), (zone.Name, text[zone.Span.Start..zone.Span.End]));
        Assert.True(GeoMath.DistanceKm(zone.Latitude, zone.Longitude, -22.9068, -43.1729) > 20);
        // A part the gazetteer does not name leaves the city.
        const string other = "On 5 May 2020, in the Old Port of Rio de Janeiro, a shoot-out took place.";
        Assert.Equal("Rio de Janeiro", Assert.Single(Some.Places(other)).Name);
    }

    [Fact]
    public void NeighbourhoodIsNotTheEventLocationWhileItsTownIsNamed()
    {
        const string text = "On 5 May 2020, gunmen shot a man dead in colonia Los Pinos, Celaya, Guanajuato.";
        Assert.Equal("Celaya", GeoStage.EventLocation(text, Some.Places(text))!.Name);
        const string after = "On 5 May 2020, gunmen shot a man dead in the Los Pinos neighborhood of Celaya, Guanajuato.";
        Assert.Equal("Celaya", GeoStage.EventLocation(after, Some.Places(after))!.Name);
    }

    [Fact]
    public void SyrianContextChoosesTheSyrianDamascus()
    {
        const string text = "Syrian troops moved towards Damascus on Tuesday.";
        Assert.Equal("SY", Some.PlaceNamed(Some.Places(text), text, "Damascus").CountryCode);
    }

    [Fact]
    public void StateNamedAfterTheTownChoosesTheAmericanDamascus()
    {
        const string text = "A storm flooded roads in Damascus, Maryland, on Sunday.";
        var damascus = Some.PlaceNamed(Some.Places(text), text, "Damascus");
        Assert.Equal(("US", "Maryland"), (damascus.CountryCode, damascus.Admin1));
    }

    [Fact]
    public void TextNamingNoPlaceIsPlacedAtTheCapitalOfTheCountryItPointsTo()
    {
        const string text = "Iraqi lawmakers approved a new government after six months.";
        var place = Assert.Single(Some.Places(text));
        Assert.Equal(("IQ", "Baghdad", PrecisionCode.Country, "Iraqi"), (place.CountryCode, place.Name, place.Precision, text[place.Span.Start..place.Span.End]));
        Assert.Empty(Some.Places("Lawmakers approved a new government after six months."));
    }

    [Fact]
    public void UnknownVillageInACountryGoesToItsProvinceOfMostEventsNotTheCapital()
    {
        // The gazetteer lacks the village; OSCE points to Ukraine, and a named village is a local event, not a national one.
        const string text = "The OSCE SMM observed 24 shots involving small arms near Zvorykivka.";
        var place = Assert.Single(Some.Places(text));
        Assert.Equal(("UA", PrecisionCode.Admin1, "Zvorykivka"), (place.CountryCode, place.Precision, place.Name));
        Assert.NotEqual("Kyiv", place.Admin1);
        Assert.True(place.Confidence < 0.5);
    }

    [Fact]
    public void UnknownVillageWithNoUnitGoesWhereItsProvincesCodedRowsClusterNotToTheSeat()
    {
        const string text = "The OSCE SMM observed 24 shots involving small arms near Zvorykivka.";
        var place = Assert.Single(Some.Places(text));
        var gazetteer = GeoStage.Shipped;
        var province = Assert.Single(gazetteer.Lookup(place.Admin1!), e => e.Kind == GazetteerKind.Admin1 && e.CountryCode == "UA");
        int RowsAround(double latitude, double longitude) => gazetteer.Entries
            .Where(e => e.CodedRows > 0 && gazetteer.Admin1Of(e) == province
                && GeoMath.DistanceKm(latitude, longitude, e.Latitude, e.Longitude) <= GazetteerBuilder.VillageCoreKm)
            .Sum(e => e.CodedRows);
        Assert.True(GeoMath.DistanceKm(place.Latitude, place.Longitude, province.Latitude, province.Longitude) > 5);
        Assert.True(RowsAround(place.Latitude, place.Longitude) > RowsAround(province.Latitude, province.Longitude));
    }

    [Fact]
    public void EventLocationIsTheVillageNotTheUnitNamedAfterIt()
    {
        const string text = "Gunmen attacked the village of Qantarat al Hamra, Idlib, on Tuesday.";
        var chosen = GeoStage.EventLocation(text, Some.Places(text));
        Assert.Equal("Qantarat al Hamra", chosen?.Name);
        Assert.Equal("SY", chosen?.CountryCode);
    }

    [Fact]
    public void CountryNamedAsASideDoesNotOutvoteTheTownOfTheEvent()
    {
        // The United States is named twice, more confidently than Caracas, but only as whom the victim was accused of helping.
        const string text = "Intelligence officers beat a detained oil manager in Caracas, accusing him of passing data to the United States government and of meeting United States diplomats.";
        var places = Some.Places(text);
        Assert.Equal(2, places.Count(p => p.CountryCode == "US" && p.Precision == PrecisionCode.Country));
        Assert.Equal(("Caracas", "VE"), GeoStage.EventLocation(text, places) is { } p ? (p.Name, p.CountryCode) : default);
        // A text naming countries only still gets one.
        const string countries = "The United States and the United States Congress criticised Venezuela.";
        Assert.Equal("US", GeoStage.EventLocation(countries, Some.Places(countries))?.CountryCode);
    }

    [Fact]
    public void TownOutsideTheProvinceTheTextNamesIsNotTheEventLocation()
    {
        // Zapopan lies in Jalisco, far from Chiapas, where the text puts the killing.
        const string text = "On 3 May 2020, gunmen killed two police officers in a village of Chiapas state. Their truck was later found in Zapopan.";
        var chosen = GeoStage.EventLocation(text, Some.Places(text));
        Assert.Equal(("Chiapas", PrecisionCode.Admin1), (chosen?.Admin1, chosen?.Precision));
        // In the province named it is the place.
        const string inside = "On 3 May 2020, gunmen killed two police officers in a village of Jalisco state. Their truck was later found in Zapopan.";
        Assert.Equal("Zapopan", GeoStage.EventLocation(inside, Some.Places(inside))?.Name);
    }

    [Fact]
    public void CountrysideInADirectionLiesThatWayFromThePlace()
    {
        const string text = "On 3 May 2020, regime forces shelled villages in the southern countryside of Idlib.";
        var idlib = Some.PlaceNamed(Some.Places(text), text, "Idlib");
        var seat = Assert.Single(GeoStage.Shipped.Lookup("Idlib"), e => e.Kind == GazetteerKind.Admin1 && e.CountryCode == "SY");
        Assert.Equal(20, GeoMath.DistanceKm(seat.Latitude, seat.Longitude, idlib.Latitude, idlib.Longitude), 1);
        Assert.True(idlib.Latitude < seat.Latitude - 0.15);
        // "south of Idlib" is near the place, where ACLED codes it.
        const string near = "On 3 May 2020, regime forces shelled villages south of Idlib.";
        var south = Some.PlaceNamed(Some.Places(near), near, "Idlib");
        Assert.Equal((seat.Latitude, seat.Longitude), (south.Latitude, south.Longitude));
    }

    [Fact]
    public void UnknownVillageOfADistrictGoesWhereTheDistrictsCodedVillagesClusterNotToItsSeat()
    {
        const string text = "On 1 May 2020, military forces of India and Pakistan exchanged fire across the LoC at Qzyrkot sector area (Baramulla district, J&K).";
        var baramulla = Assert.Single(GeoStage.Shipped.Lookup("Baramulla"), e => e.Kind == GazetteerKind.Admin2);
        Assert.True(baramulla.VillagePoint is { } point && GeoMath.DistanceKm(point.Latitude, point.Longitude, baramulla.Latitude, baramulla.Longitude) > 10);
        var chosen = GeoStage.EventLocation(text, Some.Places(text));
        Assert.Equal(("Qzyrkot", PrecisionCode.Admin2), (chosen?.Name, chosen?.Precision));
        Assert.Equal(baramulla.VillagePoint, (chosen!.Latitude, chosen.Longitude));
        Assert.Equal("Baramulla", chosen.Admin2);
    }

    [Fact]
    public void NameThatIsACountryCreditsThatCountryNotItsFirstReading()
    {
        // "US" is also a French village listed before the country; the tagger's LOC "US" must read as the United States.
        var text = "A ceasefire brokered by the US and Russia collapsed.";
        var us = Some.PlaceNamed(Some.Stage.Locate(Some.DocumentWithEntity(text, "US", EntityKind.LOC)), text, "US");
        Assert.Equal(("US", PrecisionCode.Country), (us.CountryCode, us.Precision));
    }

    [Fact]
    public void BareTripoliIsTheOneAcledCodesEventsAt()
    {
        // No word points to a country: ACLED's training rows code events at Lebanon's Tripoli, none at Libya's.
        const string text = "Rioters hurled a Molotov cocktail at the Financial Institute in Tripoli.";
        Assert.Equal("LB", Some.PlaceNamed(Some.Places(text), text, "Tripoli").CountryCode);
        const string libyan = "GNA forces shelled LNA positions in Tripoli.";
        Assert.Equal("LY", Some.PlaceNamed(Some.Places(libyan), libyan, "Tripoli").CountryCode);
    }

    [Theory]
    [InlineData("Separatists attacked a gendarmerie post in Buea (Fako, Sud-Ouest).", "Buea", "Sud-Ouest", "CM")]
    [InlineData("Two men were shot dead in Ceilandia, Distrito Federal.", "Ceilandia", "Distrito Federal", "BR")]
    public void ProvinceNamedInTheCountrysLanguageWhereGeoNamesHasItInEnglishHoldsItsTown(string text, string town, string province, string country)
    {
        // GeoNames calls them "South-West" and "Federal District"; read only as Haiti's or Mexico's, the unit would veto the town.
        var places = Some.Places(text);
        Assert.Equal((country, PrecisionCode.Admin1), Some.PlaceNamed(places, text, province) is var p ? (p.CountryCode, p.Precision) : default);
        Assert.Equal((country, PrecisionCode.Exact), GeoStage.EventLocation(text, places) is { } e && e.Name.StartsWith(town[..4]) ? (e.CountryCode, e.Precision) : default);
    }

    [Fact]
    public void ListedTownReadElsewhereInTheTextIsThatTownNotAVillageOfTheNextOne()
    {
        // "Sidon, Tripoli" reads like a town in its unit, and no Sidon lies near Tripoli; the text's later "in Sidon" is the city.
        const string text = "Activists arrested in Sidon, Tripoli, Matn and Zahle were beaten by the security forces in Sidon.";
        var places = Some.Places(text);
        var first = places.First(p => text[p.Span.Start..p.Span.End] == "Sidon");
        Assert.Equal(("LB", "South", PrecisionCode.Exact), (first.CountryCode, first.Admin1, first.Precision));
        Assert.Equal("South", GeoStage.EventLocation(text, places)?.Admin1);
    }

    [Fact]
    public void UnknownVillageInANamedDistrictIsTheEventLocationBeforeALaterTown()
    {
        // The gazetteer lacks the village; the district the text puts it in places it, and the town named after it is elsewhere.
        const string text = "Gunmen opened fire in Zarqun village (Nihm, Sanaa) and then withdrew to Marib city.";
        var chosen = GeoStage.EventLocation(text, Some.Places(text));
        Assert.Equal(("Zarqun", PrecisionCode.Admin2), chosen is { } p ? (p.Name, p.Precision) : default);
        // Placed only in a province ("Zarqun in Sanaa"), it is as often a misread list item: the town still comes first.
        const string province = "Gunmen opened fire in Zarqun in Sanaa and then withdrew to Marib city.";
        Assert.Equal("Ma'rib", GeoStage.EventLocation(province, Some.Places(province))?.Name);
    }

    [Fact]
    public void DistrictOfAProvinceIsReadInThatProvince()
    {
        // Ankara has the better known Golbasi; "district of Adiyaman" puts this one in Adiyaman, and the event in it rather than at the city.
        const string text = "Authorities closed all roads into the Golbasi district of Adiyaman for two weeks.";
        var places = Some.Places(text);
        Assert.Equal("Adiyaman", Some.PlaceNamed(places, text, "Golbasi").Admin1);
        Assert.Equal("Adiyaman", GeoStage.EventLocation(text, places)?.Admin1);
        Assert.StartsWith("G", GeoStage.EventLocation(text, places)?.Name);
    }

    [Fact]
    public void NamesInParenthesesAfterAnUnknownVillageAreItsUnits()
    {
        // The gazetteer lacks Radman al Awadh; Al Bayda in its parentheses is the Yemeni province, not the Libyan city.
        const string text = "Coalition reinforcements reached Al Awadh area (Radman al Awadh, Al Bayda).";
        var bayda = Some.PlaceNamed(Some.Places(text), text, "Al Bayda");
        Assert.Equal(("YE", PrecisionCode.Admin1), (bayda.CountryCode, bayda.Precision));
    }

    [Fact]
    public void PlaceLocatingADistrictIsNotTheEventLocation()
    {
        // "west of Marib city" says where the district lies; ACLED places the raids in Majzar district, 70 km from Marib.
        const string text = "On 4 May 2020, two Saudi-led coalition air raids were reported on Majzar district west of Marib city (Marib).";
        var places = Some.Places(text);
        Assert.Contains(places, p => p.Precision == PrecisionCode.Near && p.Bearing == Bearing.West);
        Assert.Equal(("Majzar", PrecisionCode.Admin2), GeoStage.EventLocation(text, places) is { } p ? (p.Name, p.Precision) : default);
    }

    [Fact]
    public void SpellingGuessOutsideTheDistrictNamedAsItsUnitIsNotTheEventLocation()
    {
        // The gazetteer lacks Shoorki; its spelling guess Shorkot lies in Khyber Pakhtunkhwa but outside Kurram District, where ACLED places it.
        const string text = "A blast damaged a mosque in Shoorki (Kurram District, Khyber Pakhtunkhwa) on Sunday.";
        var places = Some.Places(text);
        Assert.Contains(places, p => p.Name == "Shorkot");
        var chosen = GeoStage.EventLocation(text, places);
        Assert.Equal(PrecisionCode.Admin2, chosen?.Precision);
        Assert.StartsWith("Kurram", chosen?.Name);
        // "Shoorki area of Kurram District" names the district as its unit: the guess is dropped and the village placed there.
        const string area = "A blast damaged a mosque in Shoorki area of Kurram District (Khyber Pakhtunkhwa) on Sunday.";
        var inArea = Some.Places(area);
        Assert.DoesNotContain(inArea, p => p.Name == "Shorkot");
        Assert.Equal(("Shoorki", PrecisionCode.Admin2, "Kurram"), GeoStage.EventLocation(area, inArea) is { } v ? (v.Name, v.Precision, v.Admin2) : default);
    }

    [Fact]
    public void SpellingGuessFarFromAnyCodedEventNeedsAUnit()
    {
        // "Zbarozh" is only a spelling of Zbarazh, a Ternopil town where ACLED codes no event: alone, the guess is not believed.
        const string text = "The monitoring mission in Ukraine recorded 12 explosions near Zbarozh on Sunday.";
        Assert.DoesNotContain(Some.Places(text), p => p.Name == "Zbarazh");
        // A unit named with it vouches for the guess.
        const string placed = "The police recorded 2 explosions near Zbarozh (Ternopil Oblast) on Sunday.";
        Assert.Equal(("Zbarazh", "Ternopil"), GeoStage.EventLocation(placed, Some.Places(placed)) is { } p ? (p.Name, p.Admin1) : default);
    }

    [Fact]
    public void TownsARoadIsNamedAfterAreNotTheEventLocation()
    {
        const string text = "Turkish forces inspected the buildings along the Aleppo-Lattakia highway near Ariha in Idlib.";
        Assert.Equal(("SY", PrecisionCode.Near), GeoStage.EventLocation(text, Some.Places(text)) is { } p ? (p.CountryCode, p.Precision) : default);
        Assert.NotEqual("Aleppo", GeoStage.EventLocation(text, Some.Places(text))?.Name);
        // With no other place, the road's first end is still where the text is.
        const string road = "Protesters blocked the Tripoli-Beirut highway on Friday.";
        Assert.Equal(("LB", "Tripoli"), GeoStage.EventLocation(road, Some.Places(road)) is { } q ? (q.CountryCode, q.Name) : default);
    }

    [Fact]
    public void TownFollowedByItsStateWithoutACommaIsTheEventLocation()
    {
        const string text = "Around 8 May 2020, in Tijuana Baja California, a man was found dead in Colonia Centenario.";
        Assert.Equal(("Tijuana", PrecisionCode.Exact), GeoStage.EventLocation(text, Some.Places(text)) is { } p ? (p.Name, p.Precision) : default);
    }

    [Fact]
    public void TownNamedAfterItsCountryIsTheEventLocation()
    {
        const string text = "Protesters from the movement against the political system in Lebanon in Sidon gathered in demonstration.";
        Assert.Equal("Sidon", GeoStage.EventLocation(text, Some.Places(text))?.Name);
    }

    [Fact]
    public void SpellingGuessInAnotherProvinceIsNotTheEventLocation()
    {
        const string text = "Taliban attacked Charka area of Maidan Shar district, Wardak.";
        Place At(string name, PrecisionCode precision, double confidence, string admin1) =>
            new(new TextSpan(text.IndexOf(name, StringComparison.Ordinal), text.IndexOf(name, StringComparison.Ordinal) + name.Length), name, 34, 68 + name.Length / 10.0, precision, confidence, "test")
            { CountryCode = "AF", Admin1 = admin1 };
        // "Charka" matched Logar's Charkh by its consonants only; the district and province the text names are Wardak's.
        Place[] places = [At("Charka", PrecisionCode.Exact, 0.68, "Logar"), At("Maidan Shar", PrecisionCode.Admin2, 0.97, "Wardak"), At("Wardak", PrecisionCode.Admin1, 0.97, "Wardak")];
        Assert.Equal("Maidan Shar", GeoStage.EventLocation(text, places)?.Name);
        // The same guess inside the province the text names is believed.
        places[0] = At("Charka", PrecisionCode.Exact, 0.68, "Wardak");
        Assert.Equal("Charka", GeoStage.EventLocation(text, places)?.Name);
    }

    [Fact]
    public void CountryNameOnlyTheTaggerSawIsNoPlace()
    {
        // The matcher leaves "US" out as a modifier of "dollar"; the tagger's LOC must not bring it back as the event location.
        const string text = "Protesters against the high US dollar exchange rate gathered in Beirut.";
        var document = Some.DocumentWithEntity(text, "US", EntityKind.LOC);
        var places = Some.Stage.Locate(document);
        Assert.DoesNotContain(places, p => p.CountryCode == "US");
        Assert.Equal("Beirut", GeoStage.EventLocation(text, places)?.Name);
    }

    [Fact]
    public void PersonNameEndingInAUnitWordHidesNoPlace()
    {
        // The tagger takes "Paletwa Town" for a person; the word "Town" after the name says it is the place.
        const string text = "On 8 May 2020, in Paletwa Town, Paletwa Township, Chin State, a bullet hit a man.";
        var document = Some.DocumentWithEntity(text, "Paletwa Town", EntityKind.PER);
        Assert.Equal("Paletwa", GeoStage.EventLocation(text, Some.Stage.Locate(document))?.Name);
    }

    [Fact]
    public void AnOrganisationOpeningWithAUnitAndOfHidesNoPlace()
    {
        // The tagger takes "the District of Harasta in Rural Damascus" for an organisation; a unit word and "of" open a place phrase.
        const string text = "Activists counted the dead on Monday. Shells fell on the District of Harasta in Rural Damascus on Monday.";
        var document = Some.DocumentWithEntity(text, "District of Harasta in Rural Damascus", EntityKind.ORG);
        var places = Some.Stage.Locate(document);
        Assert.Contains(places, p => p.Admin1 == "Rural Damascus" && document.TextOf(p.Span) == "Rural Damascus");
        Assert.Equal("Rural Damascus", GeoStage.EventLocation(text, places)?.Admin1);
    }

    [Fact]
    public void AnOrganisationBeforeARoadWordIsARoadNamedByItsEnds()
    {
        // The tagger takes "Homs-Hama" for an organisation; before "highway" it names a road by the towns at its ends.
        const string text = "Protesters blocked the Homs-Hama highway with burning tyres on Monday.";
        var document = Some.DocumentWithEntity(text, "Homs-Hama", EntityKind.ORG);
        var places = Some.Stage.Locate(document);
        Assert.Equal(("Homs", "SY"), GeoStage.EventLocation(text, places) is { } p ? (document.TextOf(p.NameSpan ?? p.Span), p.CountryCode) : default);
    }

    [Theory]
    [InlineData("On 3 May 2020, in Culiacan Sinaloa, gunmen shot a man dead.", "Culiacan Sinaloa", "Sinaloa")]
    [InlineData("On 3 May 2020, in Zorvilo Sinaloa, gunmen shot a man dead.", "Zorvilo Sinaloa", "Sinaloa")]
    public void APersonEndingWithTheProvinceOfTheNameBeforeItIsATownAndItsProvince(string text, string entity, string admin1)
    {
        // The tagger takes a town and its province, the comma dropped, for a person's name; a name the gazetteer lacks may stand first.
        var document = Some.DocumentWithEntity(text, entity, EntityKind.PER);
        Assert.Equal(admin1, GeoStage.EventLocation(text, Some.Stage.Locate(document))?.Admin1);
    }

    [Fact]
    public void APersonNamingTwoProvincesStillHidesThem()
    {
        // "on Aleppo Damascus" lists two provinces; neither holds the other.
        const string text = "Rockets fell on Aleppo Damascus on Friday.";
        var document = Some.DocumentWithEntity(text, "Aleppo Damascus", EntityKind.ORG);
        Assert.Empty(Some.Stage.Locate(document));
    }

    [Fact]
    public void AnOrganisationsNameStillHidesItsPlaces()
    {
        // Without a unit word and "of" opening it, it stays an organisation's name: "Damascus University" is no place.
        const string text = "Activists counted the dead on Monday. Damascus University said so too.";
        var document = Some.DocumentWithEntity(text, "Damascus University", EntityKind.ORG);
        Assert.DoesNotContain(Some.Stage.Locate(document), p => p.Admin1 == "Damascus");
    }

    [Fact]
    public void InATitleCaseHeadlineThePersonsTheTaggerSeesHideNoPlace()
    {
        // A headline capitalises every word: the tagger reads "Tell Abyad Terroirst Attack" as a person, and the capitalised words
        // after the town neither hide it nor make it a modifier of a longer name; nor is "Injured" after "and" an unknown village.
        const string text = "URGENT 19 Killed and Injured in Tell Abyad Terroirst Attack in Northern Syria. At least 4 people were killed in the city.";
        var document = Some.DocumentWithEntity(text, "Tell Abyad Terroirst Attack", EntityKind.PER);
        new Sitrep.Nlp.Text.SentenceStage().Process(document, TestContext.Current.CancellationToken);
        var places = Some.Stage.Locate(document);
        Assert.DoesNotContain(places, p => text[p.Span.Start..p.Span.End] == "Injured");
        Assert.Equal("Ar-Raqqa", GeoStage.EventLocation(text, places)?.Admin1);
        int town = text.IndexOf("Tell Abyad", StringComparison.Ordinal);
        Assert.True(GeoStage.InTitleCase(text, new TextSpan(town, town + "Tell Abyad".Length)));
        Assert.False(GeoStage.InTitleCase(text, new TextSpan(text.IndexOf("people", StringComparison.Ordinal), text.IndexOf("people", StringComparison.Ordinal) + 6)));
    }

    [Fact]
    public void PlaceOpeningAnOrganisationNameIsNotTheEventLocation()
    {
        const string text = "Ukrainian forces fired mortars at the positions of the Luhansk People's Militia in the area of Popasna.";
        Assert.Equal("Popasna", GeoStage.EventLocation(text, Some.Places(text))?.Name);
    }

    [Fact]
    public void CountriesOfEqualWeightGoToTheOneADivisionIsReadInThenToThePlaceNamedLast()
    {
        static Place At(string text, string name, PrecisionCode precision, string country) =>
            new(new TextSpan(text.IndexOf(name, StringComparison.Ordinal), text.IndexOf(name, StringComparison.Ordinal) + name.Length), name, 33, 36, precision, 0.97, "test")
            { CountryCode = country };
        // "al-Zawiya" read as Libya's town weighs what Syria's province does; the province is not a misreading.
        const string front = "Opposition factions destroyed a bulldozer on the Jabal al-Zawiya front in the southern countryside of Idleb.";
        Place[] places = [At(front, "al-Zawiya", PrecisionCode.Exact, "LY"), At(front, "Idleb", PrecisionCode.Admin1, "SY")];
        Assert.Equal("SY", GeoStage.EventLocation(front, places)?.CountryCode);
        // Two towns alike: the note ends with where it happened.
        const string shops = "Shop owners in the Arab towns protested against the closures, in Kafr Qaseem.";
        places = [At(shops, "Arab", PrecisionCode.Exact, "SA"), At(shops, "Kafr Qaseem", PrecisionCode.Exact, "IL")];
        Assert.Equal("Kafr Qaseem", GeoStage.EventLocation(shops, places)?.Name);
    }

    [Fact]
    public void SectorAreaBeforeItsUnitsIsReadLikeAVillage()
    {
        // The district in parentheses holds the sector's village: not Uttar Pradesh's Rampur.
        const string text = "Military forces of India and Pakistan exchanged fire across the LoC at Rampur sector area (Baramulla district, J&K).";
        Assert.Equal(("Rampur", "Jammu and Kashmir"), GeoStage.EventLocation(text, Some.Places(text)) is { } p ? (p.Name, p.Admin1) : default);
    }

    [Fact]
    public void ASideNamedProSomethingIsNoUnknownVillage()
    {
        const string text = "Clashes erupted between pro-STC and pro-Hadi forces.";
        Assert.DoesNotContain(Some.Places(text), p => p.Name.StartsWith("pro-", StringComparison.Ordinal));
    }

    [Fact]
    public void LebaneseContextChoosesTheLebaneseTripoli()
    {
        const string text = "Lebanese protesters blocked roads in Tripoli after Hezbollah supporters clashed with the army.";
        Assert.Equal("LB", Some.PlaceNamed(Some.Places(text), text, "Tripoli").CountryCode);
    }

    [Fact]
    public void DistanceAndBearingFromATownAreKeptWithTheTownsCoordinates()
    {
        const string text = "Shelling hit a village 20 km north of Aleppo, Syria.";
        var place = Some.PlaceNamed(Some.Places(text), text, "Aleppo");
        Assert.Equal("20 km north of Aleppo", text[place.Span.Start..place.Span.End]);
        Assert.Equal((PrecisionCode.Near, Bearing.North, 20.0), (place.Precision, place.Bearing, place.DistanceKm));
        Assert.Equal((2, 2), (place.AcledGeoPrecision, place.UcdpWherePrecision));
        Assert.Equal(36.2, place.Latitude, 1);
    }

    [Fact]
    public void SouthOfATownIsNearItWithABearing()
    {
        const string text = "There was fierce fighting to the south of Aleppo, in Syria.";
        var place = Some.PlaceNamed(Some.Places(text), text, "Aleppo");
        Assert.Equal((PrecisionCode.Near, Bearing.South), (place.Precision, place.Bearing));
    }

    [Theory]
    [InlineData("east Aleppo")]
    [InlineData("eastern Aleppo")]
    public void APartOfACityKeepsTheCitysPoint(string phrase)
    {
        var text = $"Syrian and Russian warplanes bombed {phrase} again.";
        var place = Some.PlaceNamed(Some.Places(text), text, "Aleppo");
        Assert.Equal((PrecisionCode.PartOfPlace, Bearing.East, 1), (place.Precision, place.Bearing, place.AcledGeoPrecision));
        Assert.Equal((36.20124, 37.16117), (place.Latitude, place.Longitude));
    }

    [Fact]
    public void TheEasternSideRefersBackToTheLastCity()
    {
        const string text = "Rebels fought south of Aleppo to reopen the only route for residents on the eastern side.";
        var side = Assert.Single(Some.Places(text), p => text[p.Span.Start..p.Span.End] == "the eastern side");
        Assert.Equal(("Aleppo", PrecisionCode.PartOfPlace), (side.Name, side.Precision));
    }

    [Fact]
    public void CountriesAndProvincesResolveAtTheirLevel()
    {
        const string text = "Air strikes hit a town in Idlib province, Syria.";
        var places = Some.Places(text);
        var idlib = Some.PlaceNamed(places, text, "Idlib");
        var syria = Some.PlaceNamed(places, text, "Syria");
        Assert.Equal((PrecisionCode.Admin1, FeatureClass.AdministrativeArea, 3, 4), (idlib.Precision, idlib.FeatureClass, idlib.AcledGeoPrecision, idlib.UcdpWherePrecision));
        Assert.Equal((PrecisionCode.Country, "SY", 3, 6), (syria.Precision, syria.CountryCode, syria.AcledGeoPrecision, syria.UcdpWherePrecision));
    }

    [Fact]
    public void BorderWithACountryIsARegion()
    {
        const string text = "Syrian rebels regrouped near the border with Turkey.";
        Assert.Equal(PrecisionCode.Region, Some.PlaceNamed(Some.Places(text), text, "Turkey").Precision);
    }

    [Fact]
    public void CapitalStandingForItsGovernmentIsAMetonym()
    {
        const string text = "Convinced that any further talks with Washington were futile, Russia backed the Syrian drive on Aleppo.";
        var washington = Some.PlaceNamed(Some.Places(text), text, "Washington");
        Assert.True(washington.IsMetonym);
        Assert.True(washington.Confidence < 0.3);
    }

    [Theory]
    [InlineData("The blast heard in the Syrian capital Damascus was due to a rocket.", false)]
    [InlineData("Damascus was quick to deny any role in the attack.", true)]
    public void ACapitalAfterALocativePrepositionIsAPlaceWhateverFollows(string text, bool metonym)
    {
        Assert.Equal(metonym, Some.PlaceNamed(Some.Places(text), text, "Damascus").IsMetonym);
    }

    [Fact]
    public void AcledNotesNameTheUnitsInParentheses()
    {
        const string text = "On 8 May 2020, pro-Houthi forces shelled farms in Al Jabaliyah area (At Tuhayat, Al Hudaydah).";
        var place = Some.Places(text)[0];
        Assert.Equal(("YE", "Al Hudaydah"), (place.CountryCode, place.Admin1));
    }

    [Fact]
    public void AUnitAfterADivisionWordAndACommaHoldsTheName()
    {
        // Badakhshan has a better-known Baharak district; "district, Takhar" says which one.
        const string text = "On 6 May 2020, 2 Taliban militants were killed by an Afghan military airstrike in Baharak district, Takhar.";
        var baharak = Some.PlaceNamed(Some.Places(text), text, "Baharak");
        Assert.Equal(("AF", "Takhar"), (baharak.CountryCode, baharak.Admin1));
    }

    [Fact]
    public void TransliterationEndingsMeetTheGazetteersSpelling()
    {
        const string text = "On 29 April 2020, unknown rioters hurled Molotov cocktails at a bank in Nabatiyeh.";
        Assert.Equal("LB", Some.PlaceNamed(Some.Places(text), text, "Nabatiyeh").CountryCode);
    }

    [Fact]
    public void CommonWordsThatNameAVillageAbroadAreNotPlaces()
    {
        const string text = "Syrian and Russian jets bombed Aleppo.\nMore than 350 people were killed, more than ever. Jens Stoltenberg, the head of Nato, "
            + "condemned the strikes, said an English teacher in Aleppo.";
        var places = Some.Places(text);
        Assert.All(places, p => Assert.True(p.CountryCode is "SY" or "RU", $"{p.Name} ({p.CountryCode})"));
        Assert.Contains(places, p => p.Name == "Aleppo");
    }

    [Fact]
    public void AVillageAbroadPlacedByAPrepositionIsKept()
    {
        const string text = "Syrian refugees fled across the border to English on Sunday.";
        Assert.Equal("US", Some.PlaceNamed(Some.Places(text), text, "English").CountryCode);
    }

    [Fact]
    public void APlaceOutsideTheUnitNamedAfterItIsNotTheEventLocation()
    {
        // Ankara's Yenimahalle is not in Denizli: the event is placed at Merkezefendi, the town the text puts it in.
        const string text = "On 28 April 2020, arsonists attacked a post office in Yenimahalle neighborhood of Merkezefendi, Denizli.";
        Assert.Equal("Merkezefendi", GeoStage.EventLocation(text, Some.Places(text))?.Name);
    }

    [Fact]
    public void MonthsAndSentenceInitialWordsAreNotPlaces()
    {
        const string text = "On 9 May 2020, Police said nothing.";
        Assert.Empty(Some.Places(text));
    }

    [Fact]
    public void StageDeclaresItsContract()
    {
        var stage = Some.Stage;
        Assert.Equal("geo", stage.Name);
        Assert.Equal([Layer.Tokens], stage.Requires);
        Assert.Equal([Layer.Places], stage.Produces);
        var document = Some.Document("Clashes in Homs, Syria.");
        stage.Process(document, CancellationToken.None);
        Assert.Contains(Layer.Places, document.Layers);
        Assert.All(document.Places, p => Assert.Equal("geo", p.Producer));
    }

    [Theory]
    [InlineData("Fighters of the Islamic State of Iraq and the Levant attacked the town of Raqqa on Sunday.")]
    [InlineData("The Islamic State in Iraq and the Levant claimed the bombing in Raqqa on Sunday.")]
    public void PlacesThatEndAnOrganisationsNameAreNotPlacesOfTheText(string text)
    {
        var document = new Document("org", text);
        Sitrep.Nlp.Pipeline.DefaultPipeline.Instance.Process(document);
        Assert.DoesNotContain(document.Places, p => p.CountryCode is "IQ" or "US");
        Assert.Contains(document.Places, p => p.Name == "Ar Raqqah");
    }

    [Theory]
    [InlineData("Air strikes killed six civilians in Eastern Ghouta on Tuesday.", "Eastern Ghouta")]
    [InlineData("Rebels in the Ghouta region shelled the capital.", "Ghouta")]
    public void AnAreaUcdpCodersNameIsPlacedInItsProvince(string text, string name)
    {
        var place = Some.PlaceNamed(Some.Places(text), text, name);
        Assert.Equal(("SY", "Rural Damascus"), (place.CountryCode, place.Admin1));
    }

    [Fact]
    public void NameFollowedBySideWordIsASideNotAPlace()
    {
        const string text = "Warplanes of the Assad regime struck a market in Aleppo on Monday, and Assad loyalists shelled a village.";
        Assert.Equal(["Aleppo"], Some.Places(text).Select(p => p.Name));
        // After a place preposition the name is a place whose forces follow, the comma dropped.
        const string place = "On Monday in Idlib government forces shelled a village.";
        Assert.Contains(Some.Places(place), p => p.Name == "Idlib");
    }

    [Fact]
    public void LoneNameOfAMidSizedTownAbroadIsAPersonInATextAboutAnotherCountry()
    {
        // Hassan is a town of 130,000 in India; here it is the activist's name.
        const string text = "Army shells hit a market in Aleppo, northern Syria, on Tuesday, killing 12 people. Hassan says the market was full.";
        Assert.DoesNotContain(Some.Places(text), p => p.CountryCode == "IN");
        // Placed by a preposition it is the town.
        const string placed = "Delegates from Syria flew to Hassan on Tuesday.";
        Assert.Contains(Some.Places(placed), p => p.CountryCode == "IN");
    }

    [Fact]
    public void CapitalBeforeASpeechNounStandsForItsGovernment()
    {
        const string text = "Warplanes struck villages on Monday despite Damascus promises of a truce.";
        Assert.True(Some.PlaceNamed(Some.Places(text), text, "Damascus").IsMetonym);
        const string place = "Shelling hit Damascus on Monday.";
        Assert.False(Some.PlaceNamed(Some.Places(place), place, "Damascus").IsMetonym);
    }

    [Fact]
    public void SiteWordAfterANameKeepsThePlaceTheTaggerHides()
    {
        // The tagger takes "Homs Governor" and "Qamishli Airbase" for persons; the site word after the name says where the site is.
        foreach (var (text, entity, town) in new[]
        {
            ("On Monday Homs Governor's Office banned all gatherings for two weeks.", "Homs Governor", "Homs"),
            ("On Monday drones targeted Qamishli Airbase and no one was hurt.", "Qamishli Airbase", "Qamishli"),
        })
        {
            var document = Some.DocumentWithEntity(text, entity, EntityKind.PER);
            var place = GeoStage.EventLocation(text, Some.Stage.Locate(document));
            Assert.True(place?.NameSpan is { } name && text[name.Start..name.End] == town && place.Precision == PrecisionCode.Exact);
        }
        // A village too small to keep as one word of a longer name keeps its reading before a police station.
        const string station = "Two men were shot near a forest under Antagarh Police Station limits on Monday.";
        Assert.Contains(Some.Places(station), p => p.Name == "Antāgarh");
    }

    [Fact]
    public void LocalOfficeOfAPlaceHidesNoPlace()
    {
        // The tagger takes "the Health Office of Aleppo" for an organisation: the office's seat is the place.
        const string text = "On Monday the Health Office of Aleppo closed the markets.";
        Assert.Equal("Aleppo", GeoStage.EventLocation(text, Some.Stage.Locate(Some.DocumentWithEntity(text, "Health Office of Aleppo", EntityKind.ORG)))?.Name);
        // A ministry is "of" its subject, and the name inside it stays hidden.
        const string ministry = "On Monday the Ministry of Aleppo Affairs closed the markets.";
        Assert.Empty(Some.Stage.Locate(Some.DocumentWithEntity(ministry, "Ministry of Aleppo Affairs", EntityKind.ORG)));
    }

    [Fact]
    public void EndsOfARoadRankBelowTheTownHoldingIt()
    {
        // Both ends of the road are towns of Idlib's neighbours; the event is on the road where it passes Saraqib.
        const string text = "Gunmen blocked the road linking Aleppo to Hama in Saraqib on Monday.";
        Assert.Equal("Saraqib", GeoStage.EventLocation(text, Some.Places(text))?.Name);
        // With no town holding it, a road between two towns is placed at one of them, as ACLED does.
        const string ends = "Gunmen killed a man on the road between Saraqib and Ariha in Idlib countryside.";
        Assert.Equal("Saraqib", GeoStage.EventLocation(ends, Some.Places(ends))?.Name);
    }

    [Fact]
    public void FromOneTownToAnotherIsPlacedAtTheStart()
    {
        // A route or a stretch "from A to B" is coded at its start; "from A" alone is where someone came from.
        const string route = "On Monday a convoy of cars set out from Homs to Hama to protest against prices.";
        Assert.Equal("Homs", GeoStage.EventLocation(route, Some.Places(route))?.Name);
        const string origin = "On Monday rioters from Homs blocked the main road in Hama.";
        Assert.True(GeoStage.EventLocation(origin, Some.Places(origin))?.NameSpan is { } name && origin[name.Start..name.End] == "Hama");
    }

    [Fact]
    public void TownNamedTwiceOutsideTheProvinceTheTextNamesIsStillNotTheEventLocation()
    {
        // Naming Zapopan again is no other place of its province.
        const string text = "On 3 May 2020, gunmen killed two police officers in a village of Chiapas state. Their truck was later found in Zapopan, and police in Zapopan towed it.";
        var chosen = GeoStage.EventLocation(text, Some.Places(text));
        Assert.Equal(("Chiapas", PrecisionCode.Admin1), (chosen?.Admin1, chosen?.Precision));
    }

    [Fact]
    public void PlacesListedAfterAnOriginAreOriginsToo()
    {
        // "Kafr Nabudah" is no name the gazetteer reads; the list still runs on to Homs.
        const string text = "On Monday protesters from Idlib, Kafr Nabudah and Homs gathered in Hama to demand the release of detainees.";
        Assert.True(GeoStage.EventLocation(text, Some.Places(text))?.NameSpan is { } name && text[name.Start..name.End] == "Hama");
    }

    [Fact]
    public void TownNamedShortIsTheTownOfThatNameInTheStateTheTextNames()
    {
        // GeoNames' "Ciudad General Escobedo", "Cintalapa de Figueroa", "San Andrés Tuxtla": the state named with the short name finds them
        // over the villages of the very name elsewhere (Coahuila's Escobedo) or in the state (a hamlet Cintalapa).
        foreach (var (name, state, full) in new[] { ("Escobedo", "Nuevo Leon", "Ciudad General Escobedo"), ("Cintalapa", "Chiapas", "Cintalapa de Figueroa"),
                     ("San Andres de Tuxtla", "Veracruz", "San Andrés Tuxtla") })
        {
            var text = $"Gunmen killed two police officers in {name}, {state}, on Sunday.";
            Assert.Equal(full, Some.PlaceNamed(Some.Places(text), text, name).Name);
        }
        // Without a unit the short name keeps its own readings.
        const string bare = "Gunmen killed two police officers in Escobedo on Sunday.";
        Assert.NotEqual("Ciudad General Escobedo", Some.PlaceNamed(Some.Places(bare), bare, "Escobedo").Name);
    }
    [Fact]
    public void EventLocationsListEachPlaceOfAListOnceAndPassOverTheirUnits()
    {
        const string text = "On 3 June 2020, regime forces shelled Kafr Nabl (Maarrat an Nu'man, Idleb), Saraqib (Idleb) and Atarib in Aleppo.";
        var listed = GeoStage.EventLocations(text, Some.Places(text));
        Assert.Equal(["Kafr Nabl", "Saraqib", "Atarib"], listed.Select(p => text[p.Span.Start..p.Span.End]));
        Assert.Equal(GeoStage.EventLocation(text, Some.Places(text)), listed[0]);
    }

    [Theory]
    [InlineData("On 3 June 2020, a man was shot dead on the road between Saraqib and Kafr Nabl in Idleb.")]
    [InlineData("On 3 June 2020, protesters from Saraqib and Kafr Nabl gathered in Idleb city.")]
    [InlineData("On 3 June 2020, regime forces shelled Saraqib near Kafr Nabl, Idleb.")]
    [InlineData("On 3 June 2020, rebels ambushed a convoy on a road linking Saraqib and Kafr Nabl.")]
    [InlineData("On 3 June 2020, rebels clashed with regime forces in Saraqib (Idleb), east of Kafr Nabl.")]
    [InlineData("On 3 June 2020, soldiers killed 6 civilians in a raid on Bafut town, Bamenda subdivision (Mezam, Nord-Ouest).")]
    public void StretchesOriginsAndAnchorsListNoFurtherPlace(string text) =>
        Assert.Single(GeoStage.EventLocations(text, Some.Places(text)));
}
