using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Geo;

/// <summary>Builds the shipped gazetteer file from a GeoNames extract: every populated place, division and country, with alternate names.</summary>
/// <remarks>
/// Reads <c>cities500.json</c> (places of 500 people or more), <c>cities15000.txt</c> (GeoNames ids, feature codes, population and
/// alternate names of places of 15,000 or more, joined by name, country and coordinates), <c>admin1.json</c>, <c>admin2.json</c> and
/// <c>countryInfo.tsv</c>. Output is sorted and gzip'd with a fixed header, so the same input always gives the same bytes.
/// </remarks>
public static partial class GazetteerBuilder
{
    /// <summary>File name of the gazetteer inside the data folder.</summary>
    public const string FileName = "gazetteer.tsv.gz";

    /// <summary>First line of the file; names the format and the licence of the data.</summary>
    public const string Header = "# sitrep-gazetteer/1\tDerived from GeoNames (geonames.org), CC BY 4.0";

    private const int MaxAlternates = 24;
    private const double JoinToleranceDegrees = 0.05;

    // CodedAs: for a village only ACLED's notes name, the location ACLED codes it at (NotedPlaces).
    private sealed record City(int? Id, string Name, double Lat, double Lon, string Cc, string A1, string A2, string Code, long Pop, List<string> Alternates,
        string? CodedAs = null);

    private sealed record Row(int? Id, string Name, string Ascii, string[] Alternates, double Lat, double Lon, string Code, string Cc, string A1, string A2, long Pop);

    /// <summary>Feature code of a place taken from ACLED's coding rather than GeoNames.</summary>
    public const string CodedFeatureCode = "ACLED";

    // An ACLED location this close to a GeoNames place of the same name is that place; farther, it is another one.
    private const double SamePlaceKm = 5;

    /// <summary>Reads the GeoNames files in <paramref name="sourceDirectory"/> and writes <see cref="FileName"/> into <paramref name="outputDirectory"/>.</summary>
    /// <param name="sourceDirectory">Folder of the GeoNames extract.</param>
    /// <param name="outputDirectory">Folder to write to.</param>
    /// <param name="coded">ACLED rows (training rows only) whose locations GeoNames lacks become places of feature code
    /// <see cref="CodedFeatureCode"/>, and whose admin1/admin2 spellings become alternate names of the divisions.</param>
    /// <param name="areas">Areas event coders named that are no settlement ("Eastern Ghouta"), from UCDP-AEC: see <see cref="NamedAreas"/>.</param>
    /// <returns>The path written and the number of entries.</returns>
    /// <exception cref="SitrepException">When a source file is missing or malformed.</exception>
    public static (string Path, int Entries) Build(string sourceDirectory, string outputDirectory, IEnumerable<AcledRow>? coded = null, IEnumerable<NamedArea>? areas = null)
    {
        string Source(string name) => Path.Combine(sourceDirectory, name) is var p && File.Exists(p)
            ? p
            : throw Errors.Create(Errors.NotFound, $"{Path.Combine(sourceDirectory, name)}: GeoNames source file is missing; pass --source with the folder holding cities500.json, cities15000.txt, admin1.json, admin2.json and countryInfo.tsv");

        var rows = ReadCities15000(Source("cities15000.txt"));
        var cities = JoinCities(ReadCities500(Source("cities500.json")), rows);
        var admin1 = ReadCodes(Source("admin1.json"));
        var admin2 = ReadCodes(Source("admin2.json"));
        var countries = ReadCountries(Source("countryInfo.tsv"));
        var codedRows = coded?.ToList() ?? [];
        var iso2ByIso3 = countries.ToDictionary(c => c.Value.Iso3, c => c.Key, StringComparer.OrdinalIgnoreCase);
        var (codedPlaces, codedCounts, codedAt, admin1Spellings, admin2Spellings) = CodedLocations(codedRows, cities, iso2ByIso3, admin1, admin2);
        // A GeoNames district without a place of cities500 in it has no point, so it is left to ACLED's rows to place ("Zari", "Nirkh").
        var byAdmin2 = cities.Where(c => c.A2.Length > 0).ToLookup(c => c.Cc + "." + c.A1 + "." + c.A2);
        var placedAdmin2 = admin2.Where(a => byAdmin2[a.Key].Any()).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var known = new KnownNames();
        foreach (var c in cities.Concat(codedPlaces)) known.Add(c);
        foreach (var (code, name) in admin1.Concat(placedAdmin2).Concat(countries.Select(c => KeyValuePair.Create(c.Key, c.Value.Name)))) known.Add(code, name);
        foreach (var (code, list) in admin1Spellings.Concat(admin2Spellings))
            foreach (var (spelling, _) in list) known.Add(code, spelling);
        var noteSpellings = NoteSpellings(codedRows, known, iso2ByIso3, admin1, admin1Spellings);
        foreach (var (code, list) in noteSpellings)
            foreach (var spelling in list) known.Add(code, spelling);
        var villagePoints = VillagePoints(codedRows, iso2ByIso3, admin1, admin2, admin1Spellings, admin2Spellings);

        var lines = new List<string>();
        foreach (var (iso2, (iso3, name, capital, pop, _)) in countries.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var inCountry = cities.Where(c => c.Cc == iso2).ToList();
            if (inCountry.Count == 0) continue;
            var seat = inCountry.Where(c => c.Code == "PPLC").OrderByDescending(c => c.Pop).FirstOrDefault()
                ?? inCountry.FirstOrDefault(c => c.Name == capital);
            var (lat, lon) = seat is null ? Centroid(inCountry) : (seat.Lat, seat.Lon);
            lines.Add(Join("C", iso2, iso3, name, F(lat), F(lon), pop.ToString(CultureInfo.InvariantCulture)));
        }
        var byAdmin1 = cities.Where(c => c.A1.Length > 0).ToLookup(c => c.Cc + "." + c.A1);
        var seats = new Dictionary<string, (double Lat, double Lon)>(StringComparer.Ordinal);
        foreach (var (code, name) in admin1.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var members = byAdmin1[code].ToList();
            if (members.Count == 0) continue;
            var (lat, lon) = seats[code] = Seat(members, "PPLA", name, members);
            var parts = code.Split('.');
            var spellings = Spellings(admin1Spellings, code);
            // GeoNames names some provinces in English where the country and ACLED use French or Portuguese ("Sud-Ouest" of Cameroon).
            foreach (var local in LocalNames(name, countries.TryGetValue(parts[0], out var country) ? country.Languages : []))
                if (!spellings.Split('|').Contains(local, StringComparer.Ordinal)) spellings = spellings.Length == 0 ? local : spellings + "|" + local;
            // The notes' own names of the province come after ACLED's, which stays the name records give it.
            if (noteSpellings.TryGetValue(code, out var noted)) spellings = string.Join('|', spellings.Split('|', StringSplitOptions.RemoveEmptyEntries).Concat(noted));
            lines.Add(Join("A1", parts[0], parts[1], name, F(lat), F(lon), spellings));
        }
        foreach (var (code, name) in admin2.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var members = byAdmin2[code].ToList();
            if (members.Count == 0) continue;
            var parts = code.Split('.');
            var (lat, lon) = Seat(members, "PPLA2", name, byAdmin1[parts[0] + "." + parts[1]]);
            lines.Add(Join("A2", parts[0], parts[1], parts[2], name, F(lat), F(lon), Spellings(admin2Spellings, code)) + VillagePoint(villagePoints, code));
        }
        foreach (var d in CodedDivisions(codedRows, cities, known, iso2ByIso3, admin1, admin1Spellings).ToList())
        {
            lines.Add(Join("A2", d.Cc, d.A1, d.Code, d.Name, F(d.Lat), F(d.Lon), ""));
            known.Add(d.Cc + "." + d.A1, d.Name);
        }
        // Placed or not, a GeoNames district is no village: "in Chorah district" is no name to place at the one row writing it.
        foreach (var (code, name) in admin2.Where(a => !placedAdmin2.ContainsKey(a.Key))) known.Add(code, name);
        var areaPlaces = NamedAreas(areas?.ToList() ?? [], known, countries, admin1, Provinces(admin1, admin1Spellings), seats);
        foreach (var a in areaPlaces) known.Add(a);
        var lowerCase = LowerCaseWords(codedRows);
        var cueWords = CueWords(codedRows, cities, admin1.Values.Concat(admin2.Values).Concat(countries.Values.Select(c => c.Name)), iso2ByIso3, lowerCase).ToList();
        var notedPlaces = NotedPlaces(codedAt, known, cities.Concat(codedPlaces).Concat(areaPlaces), lowerCase,
            countries.Values.Select(c => c.Name).Concat(cueWords.Select(c => c.Word)));
        foreach (var c in cities.Concat(codedPlaces).Concat(areaPlaces).Concat(notedPlaces)
            .OrderBy(c => c.Cc, StringComparer.Ordinal).ThenBy(c => c.A1, StringComparer.Ordinal)
            .ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Lat).ThenBy(c => c.Lon))
        {
            var line = Join("P", c.Id?.ToString(CultureInfo.InvariantCulture) ?? "", c.Name, F(c.Lat), F(c.Lon), c.Cc, c.A1, c.A2, c.Code,
                c.Pop.ToString(CultureInfo.InvariantCulture), string.Join('|', c.Alternates));
            // A noted village's name as ACLED records it comes after its row count, none.
            lines.Add(codedCounts.TryGetValue(c, out var count) ? line + "\t" + count.ToString(CultureInfo.InvariantCulture)
                : c.CodedAs is { } codedAs ? line + "\t" + Join("0", codedAs) : line);
        }

        var cues = cueWords.Select(c => Join("K", c.Word, c.Cc)).ToList();

        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, FileName);
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine(Header);
            foreach (var line in lines.Concat(cues)) writer.WriteLine(line);
        }
        return (path, lines.Count);
    }

    // ACLED codes events at the villages and hamlets of conflict zones, below cities500's population cut ("Tal Tamer", "Zholobok"),
    // and spells divisions its own way ("Idleb", "Al-Hasakeh"). Each division spelling becomes an alternate name of the division most
    // of its rows fall in (by the nearest GeoNames place). Each distinct location becomes a place in the province ACLED codes it in
    // (a border village's nearest GeoNames place may lie across the line: Gadabay's Zamanly is nearest a village of Tovuz), in the
    // district of the nearest GeoNames place of that province. Also counts the rows coded at each place, GeoNames' or ACLED's: a
    // name's reading where ACLED often places events is the likelier one.
    private static (List<City> Places, Dictionary<City, int> Counts, List<(AcledRow Row, string Cc, City Place)> Coded, Dictionary<string, List<(string, int)>> Admin1, Dictionary<string, List<(string, int)>> Admin2) CodedLocations(
        List<AcledRow> rows, List<City> cities, Dictionary<string, string> iso2ByIso3, Dictionary<string, string> admin1, Dictionary<string, string> admin2)
    {
        var byCountry = cities.ToLookup(c => c.Cc);
        var byProvince = cities.Where(c => c.A1.Length > 0).ToLookup(c => c.Cc + "." + c.A1);
        var admin1Votes = new Dictionary<(string Cc, string Spelling), Dictionary<string, int>>();
        var admin2Votes = new Dictionary<(string Cc, string Spelling), Dictionary<string, int>>();
        var located = new List<(AcledRow Row, string Cc, City Nearest)>();
        foreach (var row in rows.OrderBy(r => r.Line))
        {
            if (row is not { Location: { Length: > 0 }, Latitude: { } lat, Longitude: { } lon, Iso3: { } iso3 } || !iso2ByIso3.TryGetValue(iso3, out var cc)) continue;
            var nearest = GeoMath.Nearest(byCountry[cc].Where(c => c.A1.Length > 0), lat, lon, c => c.Lat, c => c.Lon);
            if (nearest is null) continue;
            Vote(admin1Votes, cc, row.Admin1, nearest.Cc + "." + nearest.A1);
            Vote(admin2Votes, cc, row.Admin2, nearest.Cc + "." + nearest.A1 + "." + nearest.A2);
            located.Add((row, cc, nearest));
        }
        var admin1Spellings = Winners(admin1Votes, admin1, byName: true);
        var provinceOf = Provinces(admin1, admin1Spellings);

        var places = new List<City>();
        // Keyed by reference: two GeoNames places may be equal records.
        var counts = new Dictionary<City, int>(ReferenceEqualityComparer.Instance);
        var coded = new List<(AcledRow, string, City)>();
        foreach (var (row, cc, nearest) in located)
        {
            // Precision 3 means ACLED put the event at a division's centre; the location names the division, not a place.
            if (row.GeoPrecision == 3) continue;
            double lat = row.Latitude!.Value, lon = row.Longitude!.Value;
            var key = NameKey.Of(row.Location!);
            bool known(City c) => GeoMath.DistanceKm(c.Lat, c.Lon, lat, lon) < SamePlaceKm
                && (NameKey.Of(c.Name) == key || c.Alternates.Any(a => NameKey.Of(a) == key));
            var place = byCountry[cc].Where(known).Concat(places.Where(known))
                .MinBy(c => GeoMath.DistanceKm(c.Lat, c.Lon, lat, lon));
            if (place is null)
            {
                var local = nearest;
                if (row.Admin1 is { } spelling && provinceOf.GetValueOrDefault((cc, NameKey.Of(spelling))) is { } province && province != cc + "." + nearest.A1
                    && GeoMath.Nearest(byProvince[province], lat, lon, c => c.Lat, c => c.Lon) is { } inProvince)
                    local = inProvince;
                places.Add(place = new City(null, NameKey.PlainLatin(row.Location!), lat, lon, cc, local.A1, local.A2, CodedFeatureCode, 0,
                    [.. LocationSpellings(row.Location!, row.Admin1).Select(NameKey.PlainLatin)]));
            }
            counts[place] = counts.GetValueOrDefault(place) + 1;
            coded.Add((row, cc, place));
        }
        return (places, counts, coded, admin1Spellings, Winners(admin2Votes, admin2));
    }

    // ACLED qualifies a location the notes name shorter: "Nameless Hills (Goranboy Region)" is "Nameless Hills" in the text (the unit
    // the text names tells the five apart), "Baghdad - Kadhimiya" and "Hamrin Mountains - Sala al-Din" join the place to its province
    // or city, which the text names apart ("Kadhimiya in Baghdad", "the Hamrin Mountains in Saladin"). A part that is a site word
    // ("Hama - Airbase") stays joined to the place it belongs to: "Hama Airbase".
    private static IEnumerable<string> LocationSpellings(string location, string? admin1)
    {
        int bracket = location.IndexOf(" (", StringComparison.Ordinal);
        if (bracket > 0 && location.EndsWith(')')) return [location[..bracket]];
        var parts = location.Split(" - ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2) return [];
        var province = NameKey.Of(admin1 ?? "");
        return parts.Where(p => NameKey.Of(p) != province)
            .Select(p => IsSiteWord(p) ? string.Join(' ', parts) : p);
    }

    private static bool IsSiteWord(string word) => SiteWords.Contains(word.ToLowerInvariant());

    // Words of a site or unit rather than a proper name.
    private static readonly HashSet<string> SiteWords = ["town", "village", "city", "district", "governorate", "province", "state", "region", "area",
        "suburb", "camp", "base", "airbase", "airport", "checkpoint", "road", "highway", "border", "sector", "locality", "field", "fields", "farm",
        "farms", "station", "dam", "castle", "bridge", "port"];

    /// <summary>Feature code of an area taken from UCDP-AEC's event locations.</summary>
    public const string AreaFeatureCode = "UCDP";

    // Coders name where events happen by areas that are no settlement ("Eastern Ghouta", "Jabal at Turkuman", "Yarmouk Pocket"). A name
    // UCDP-AEC gives MinAreaEvents or more events, all in one province, that is written as a proper name (capitalised words and short
    // particles, no digit or punctuation), holds no unit, settlement or site word and that no place or division of its country has,
    // becomes a place of feature code AreaFeatureCode at the province's seat, with the name less an opening compass word as a spelling
    // ("Ghouta"), unless that rest is a known name of the country ("Southern Somalia").
    private static List<City> NamedAreas(List<NamedArea> areas, KnownNames known,
        Dictionary<string, (string Iso3, string Name, string Capital, long Population, string[] Languages)> countries, Dictionary<string, string> admin1,
        Dictionary<(string Cc, string Key), string> provinces, Dictionary<string, (double Lat, double Lon)> seats)
    {
        var iso2ByName = countries.ToDictionary(c => NameKey.Of(c.Value.Name), c => c.Key, StringComparer.Ordinal);
        var result = new List<City>();
        foreach (var group in areas.GroupBy(a => (Country: a.Country, a.Name)).OrderBy(g => g.Key.Country, StringComparer.Ordinal).ThenBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            var (country, name) = group.Key;
            if (group.Count() < MinAreaEvents || group.Select(a => a.Admin1).Distinct(StringComparer.Ordinal).Count() != 1 || !AreaName().IsMatch(name) || name.Split(' ').Any(IsSiteWord)) continue;
            // "Myanmar (Burma)", "Yemen (North Yemen)": UCDP adds a former name in brackets.
            int bracket = country.IndexOf(" (", StringComparison.Ordinal);
            if (!iso2ByName.TryGetValue(NameKey.Of(bracket > 0 ? country[..bracket] : country), out var cc)) continue;
            var province = NameKey.Of(group.First().Admin1);
            if (!provinces.TryGetValue((cc, province), out var code) && !provinces.TryGetValue((cc, WithoutDivisionWord(province)), out code))
                code = admin1.Where(a => a.Key.StartsWith(cc + ".", StringComparison.Ordinal) && NearlyNamed(WithoutDivisionWord(province), NameKey.Of(a.Value)))
                    .Select(a => a.Key).Order(StringComparer.Ordinal).FirstOrDefault();
            if (code is null || !seats.TryGetValue(code, out var seat) || known.Has(cc, NameKey.Of(name))) continue;
            var rest = CompassWord().Replace(name, "");
            var alternates = rest != name && !known.Has(cc, NameKey.Of(rest)) ? new List<string> { rest } : [];
            if (rest != name && alternates.Count == 0) continue;
            result.Add(new City(null, NameKey.PlainLatin(name), seat.Lat, seat.Lon, cc, code[(code.IndexOf('.') + 1)..], "", AreaFeatureCode, 0, alternates));
        }
        return result;
    }

    private const int MinAreaEvents = 3;

    /// <summary>Feature code of a place only ACLED's notes name, standing for the point ACLED codes its events at (see <see cref="NotedPlaces"/>).</summary>
    public const string NotedFeatureCode = "ACLED-NOTE";

    // ACLED codes a village its gazetteer lacks at a known place nearby, and the note still names the village: "shelled Qabbour in
    // al-Hasakeh" is coded at Tal Tamer. A capitalised name of a training note after a locative or relation word or before a unit word,
    // unknown in the row's country, not the row's location and beginning with no known name ("Paletwa Town") becomes a place of feature
    // code NotedFeatureCode at the point of its rows, in the province of the place the row is coded at, named as ACLED records that
    // place (CodedAs); unless the country's notes write it at points farther apart than DistinctNotedKm or mostly outside a place
    // context (a group, a feast), a note gives it a side ("Fulani militia") or it names one ("Sharqiya Army"), it is an acronym, an
    // institution ("Audi Bank"), a lone word also written in lower case ("Martyrs") or a cue word's ("Houthi"), or a place of the name
    // lies across a border nearby ("Jerusalem" in a Palestinian note).
    private static List<City> NotedPlaces(List<(AcledRow Row, string Cc, City Place)> coded, KnownNames known, IEnumerable<City> places,
        HashSet<string> lowerCase, IEnumerable<string> cueNames)
    {
        var cues = new HashSet<string>(cueNames.SelectMany(n => NameKey.Of(n).Split(' ')), StringComparer.Ordinal);
        // The names some note gives a side, and the rows of each country whose notes write each name at all, in any context.
        var actors = new HashSet<string>(StringComparer.Ordinal);
        var mentions = new Dictionary<(string Cc, string Key), List<AcledRow>>();
        var noted = new Dictionary<(string Cc, string Key), List<(string Name, AcledRow Row, City Place, bool Firm)>>();
        foreach (var (row, cc, place) in coded)
        {
            var own = LocationSpellings(row.Location!, row.Admin1).Append(row.Location!).Select(l => NameKey.Of(l)).ToHashSet(StringComparer.Ordinal);
            foreach (System.Text.RegularExpressions.Match m in CapitalisedName().Matches(row.Notes))
            {
                // "X's" is X.
                var name = m.Groups["name"].Value;
                if (name.EndsWith("'s", StringComparison.Ordinal)) name = name[..^2];
                var key = NameKey.Of(name);
                if (key.Length < MinNotedKey) continue;
                if (!mentions.TryGetValue((cc, key), out var rows)) mentions[(cc, key)] = rows = [];
                if (rows.Count == 0 || rows[^1] != row) rows.Add(row);
                var next = m.Groups["next"].Value;
                if (SideWords.Contains(next)) actors.Add(key);
                // A lower-case "front" after a name is a frontline ("the Al Alam front"), one in it a group's ("Nusra Front").
                if (next != "front" && ActorWords.Contains(next)) continue;
                // Where the event is ("in", "near", "X village") rather than a word of any relation ("of", "to", "and").
                bool firm = m.Groups["at"].Success || NoteUnitWords.Contains(next);
                if (!firm && !m.Groups["before"].Success) continue;
                var words = name.Split(' ', '-');
                var keyWords = key.Split(' ');
                if (own.Contains(key) || words.Any(w => w.Length > 1 && w.All(char.IsUpper)) || words.Length == 1 && lowerCase.Contains(name)
                    || words.Any(InstitutionWords.Contains) || ActorWords.Contains(words[0]) || ActorWords.Contains(words[^1]) || keyWords.Any(cues.Contains)
                    || Enumerable.Range(1, keyWords.Length).Any(n => known.HasLike(cc, string.Join(' ', keyWords[..n])))) continue;
                if (!noted.TryGetValue((cc, key), out var list)) noted[(cc, key)] = list = [];
                if (!list.Any(n => n.Row == row)) list.Add((name, row, place, firm));
            }
        }
        var bySkeleton = places.SelectMany(c => c.Alternates.Prepend(c.Name).Select(n => (Skeleton: NameKey.Skeleton(NameKey.Of(n)), City: c)))
            .ToLookup(n => n.Skeleton, n => n.City, StringComparer.Ordinal);
        var result = new List<City>();
        foreach (var ((cc, key), list) in noted.OrderBy(n => n.Key.Cc, StringComparer.Ordinal).ThenBy(n => n.Key.Key, StringComparer.Ordinal))
        {
            double Km(AcledRow a, double lat, double lon) => GeoMath.DistanceKm(a.Latitude!.Value, a.Longitude!.Value, lat, lon);
            // The row most others lie near (the first such in file order); all rows writing the name must lie near it.
            var centre = list.OrderBy(n => n.Row.Line).MaxBy(n => list.Count(o => Km(n.Row, o.Row.Latitude!.Value, o.Row.Longitude!.Value) <= DistinctNotedKm));
            double lat = centre.Row.Latitude!.Value, lon = centre.Row.Longitude!.Value;
            var mentioned = mentions[(cc, key)];
            if (actors.Contains(key) || list.Count < MinNotedRows && !list.Any(n => n.Firm) || list.Count * 2 < mentioned.Count
                || mentioned.Any(r => Km(r, lat, lon) > DistinctNotedKm) || bySkeleton[NameKey.Skeleton(key)].Any(c => Km(centre.Row, c.Lat, c.Lon) <= NearbyNamesakeKm))
                continue;
            var spelling = list.GroupBy(n => n.Name, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            result.Add(new City(null, NameKey.PlainLatin(spelling), lat, lon, cc, centre.Place.A1, centre.Place.A2, NotedFeatureCode, 0, [], centre.Row.Location));
        }
        return result;
    }

    private const int MinNotedKey = 4;
    private const double DistinctNotedKm = 25;
    // One note naming a word after "of", "to" or "and" is too little to tell a village from a side or a feast ("belongs to Asayish",
    // "the month of Ramadan").
    private const int MinNotedRows = 2;
    private const double NearbyNamesakeKm = 100;

    // Words after a village's name in a note ("X village", "the X front", "the X mountains").
    private static readonly HashSet<string> NoteUnitWords = ["village", "villages", "area", "areas", "district", "sub-district", "subdistrict", "front",
        "frontline", "frontlines", "camp", "mountain", "mountains", "crossing", "town", "hill", "hills", "valley", "neighbourhood", "neighborhood",
        "junction", "checkpoint", "locality"];

    // Capitalised words (Arabic articles and short particles between them), the locative ('at') or relation word before them, a
    // sentence's opening word capitalised ("In X village", "The X front"), and the word after them.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}'-])(?:(?:(?<before>(?<at>in|near|at|around|outside|In|Near|At|Around|Outside)|of|from|to|between|and|into|From|Between|And|Of|To)|On|The) )?"
        + @"(?<name>(?:(?:al|el|as|ash|ad|ar|an|at|az)-)?\p{Lu}[\p{L}'-]+(?: (?:(?:al|el|as|ash|ad|ar|an|at|az|de|del|bin|ibn|abu|umm)[ -])?\p{Lu}[\p{L}'-]+)*)(?=(?: (?<next>\p{L}+))?)")]
    private static partial System.Text.RegularExpressions.Regex CapitalisedName();

    // Nouns of a side: a name any note writes before one is the side's ("Jubaland forces", "Fulani militia").
    private static readonly HashSet<string> SideWords = ["forces", "militia", "militias", "militiamen", "army", "fighters", "troops", "rebels", "group",
        "brigade", "tribesmen", "herders", "community", "communities", "gunmen"];

    // Words of a side or an actor: a name before or ending in one is no place there ("Sharqiya Army", "Kabul residents", "Operation Barkhane").
    private static readonly HashSet<string> ActorWords = new(SideWords.Concat(["force", "brigades", "battalion", "groups", "factions", "soldiers",
        "police", "movement", "party", "council", "division", "regiment", "unit", "units", "tribe", "clan", "members", "protesters", "residents",
        "authorities", "government", "operation", "military", "security", "faction", "officials", "supporters", "commander", "state", "people", "men",
        "guard", "coalition", "front", "cartel", "gang"]), StringComparer.OrdinalIgnoreCase);

    // Words of an institution or a building a town holds ("Audi Bank", "Justice Palace"): ACLED codes it at the town.
    private static readonly HashSet<string> InstitutionWords = new(["Bank", "Palace", "Telecom", "Association", "Company", "Ministry", "University",
        "Hospital", "School", "Court", "Resistance", "Committee", "Union", "Syndicate", "Hotel", "Club", "Office", "Directorate", "Prison"], StringComparer.Ordinal);

    // What the gazetteer knows by name in each country and province (codes "CC" and "CC.A1"): its places and their alternate names,
    // ACLED's locations, the divisions and ACLED's and the notes' spellings of them, the countries. A name of ACLED's columns or notes
    // it knows is no new division, spelling, area or village. By key, and by consonant skeleton (HasLike: "Atareb" is GeoNames' "Al
    // Atarib"); "Tartus District" is known as "Tartus" too.
    private sealed class KnownNames
    {
        private readonly HashSet<(string Scope, string Key)> _keys = [];
        private readonly HashSet<(string Scope, string Skeleton)> _skeletons = [];

        // 'code' is a country's, a province's or a district's ("SY.12.1201"); a place is known in its province.
        public void Add(string code, string name)
        {
            int dot = code.IndexOf('.'), second = dot < 0 ? -1 : code.IndexOf('.', dot + 1);
            var key = NameKey.Of(name);
            foreach (var known in new[] { key, WithoutDivisionWord(key) }.Distinct())
                foreach (var scope in new[] { dot < 0 ? code : code[..dot], second < 0 ? code : code[..second] })
                {
                    _keys.Add((scope, known));
                    _skeletons.Add((scope, NameKey.Skeleton(known)));
                }
        }

        public void Add(City place)
        {
            foreach (var name in place.Alternates.Prepend(place.Name)) Add(place.Cc + "." + place.A1, name);
        }

        public bool Has(string scope, string key) => _keys.Contains((scope, key));

        public bool HasLike(string scope, string key) => _skeletons.Contains((scope, NameKey.Skeleton(key)));
    }

    private static string WithoutDivisionWord(string key)
    {
        int space = key.LastIndexOf(' ');
        return space > 0 && DivisionWords.Contains(key[(space + 1)..]) ? key[..space] : key;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}\p{L}*(?: (?:\p{Lu}\p{L}*|\p{Ll}{1,3}))+$")]
    private static partial System.Text.RegularExpressions.Regex AreaName();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:East|West|North|South)(?:ern)? ")]
    private static partial System.Text.RegularExpressions.Regex CompassWord();

    // (country, name key of an ACLED admin1 spelling) -> the GeoNames province code it names: the province of that name ("Gadabay" is
    // "Gadabay District"), else the one its spelling was given to.
    private static Dictionary<(string Cc, string Key), string> Provinces(Dictionary<string, string> admin1, Dictionary<string, List<(string Spelling, int Rows)>> spellings)
    {
        var result = new Dictionary<(string, string), string>();
        foreach (var (code, list) in spellings.OrderBy(s => s.Key, StringComparer.Ordinal))
            foreach (var (spelling, _) in list) result.TryAdd((code[..code.IndexOf('.')], NameKey.Of(spelling)), code);
        foreach (var (code, name) in admin1.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var key = NameKey.Of(name);
            var cc = code[..code.IndexOf('.')];
            result[(cc, key)] = code;
            int space = key.LastIndexOf(' ');
            if (space > 0 && DivisionWords.Contains(key[(space + 1)..])) result[(cc, key[..space])] = code;
        }
        return result;
    }

    // ACLED's districts and sub-districts that GeoNames lacks or lists without a place in them ("Afmadow", "Anzourou", "Nabingoola"; 'admin2'
    // holds only the divisions written with a point): notes
    // name them as the units holding a village ("Gadabo (Anzourou, Tillaberi)"), and ACLED places an unknown village near them. Each name
    // of ACLED's admin2 or admin3 column that no place or division of its province has (of its country, when ACLED's admin1 names no
    // province) becomes a division of code "ACLED-key", at the point of its rows coded at the place of its name (the district's seat),
    // else at the point most of its rows lie within DivisionReachKm of, in that province, else in the province of the GeoNames place
    // nearest that point.
    private static IEnumerable<(string Cc, string A1, string Code, string Name, double Lat, double Lon)> CodedDivisions(List<AcledRow> rows, List<City> cities,
        KnownNames known, Dictionary<string, string> iso2ByIso3, Dictionary<string, string> admin1, Dictionary<string, List<(string Spelling, int Rows)>> admin1Spellings)
    {
        // Known in the province, which is where a unit of the row's province is looked for: a town's alternate name "Haveli" in Punjab
        // does not name Azad Kashmir's Haveli district. Rows whose province is unknown look in the whole country.
        var provinceOf = Provinces(admin1, admin1Spellings);

        // Keyed by province too: "Centro" is a district of several Mexican states.
        var named = new Dictionary<(string Cc, string Key, string Scope), List<AcledRow>>();
        foreach (var row in rows.OrderBy(r => r.Line))
        {
            if (row is not { Latitude: not null, Longitude: not null, Iso3: { } iso3 } || !iso2ByIso3.TryGetValue(iso3, out var cc)) continue;
            var scope = row.Admin1 is { } a1 && provinceOf.GetValueOrDefault((cc, NameKey.Of(a1))) is { } province ? province : cc;
            foreach (var unit in new[] { row.Admin2, row.Admin3 }.Distinct())
            {
                if (string.IsNullOrWhiteSpace(unit) || NameKey.Of(unit) is not { Length: >= 3 } key || known.HasLike(scope, key)) continue;
                if (!named.TryGetValue((cc, key, scope), out var list)) named[(cc, key, scope)] = list = [];
                list.Add(row);
            }
        }
        var byCountry = cities.Where(c => c.A1.Length > 0).ToLookup(c => c.Cc);
        var written = new HashSet<(string, string, string)>();
        foreach (var ((cc, key, scope), list) in named.OrderBy(n => n.Key.Cc, StringComparer.Ordinal).ThenBy(n => n.Key.Key, StringComparer.Ordinal)
            .ThenBy(n => n.Key.Scope, StringComparer.Ordinal))
        {
            var points = list.Select(r => (Lat: r.Latitude!.Value, Lon: r.Longitude!.Value)).ToList();
            var seat = list.FirstOrDefault(r => r.Location is { } l && NameKey.Of(l) == key);
            var (lat, lon) = seat is not null ? (seat.Latitude!.Value, seat.Longitude!.Value)
                : points.MaxBy(p => points.Count(q => GeoMath.DistanceKm(p.Lat, p.Lon, q.Lat, q.Lon) <= DivisionReachKm));
            // In the province ACLED codes its rows in; the nearest GeoNames place may lie across a line (Haveli's, in Indian Kashmir).
            string? a1 = scope.Length > cc.Length ? scope[(cc.Length + 1)..] : GeoMath.Nearest(byCountry[cc], lat, lon, c => c.Lat, c => c.Lon)?.A1;
            var code = "ACLED-" + key.Replace(' ', '-');
            if (a1 is null || !written.Add((cc, a1, code))) continue;
            var name = list.Select(r => NameKey.Of(r.Admin2!) == key ? r.Admin2! : r.Admin3!).GroupBy(n => n, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            yield return (cc, a1, code, NameKey.PlainLatin(name), lat, lon);
        }
    }

    private const double DivisionReachKm = 25;

    // District code -> where ACLED's training rows coded in it cluster: the row point most of its rows lie within VillageCoreKm of
    // (the first in row order on a tie), for a district of MinVillageRows rows or more. A village the gazetteer lacks is placed at
    // the district the note puts it in, and ACLED's point for it lies within 25 km of this point more often than of the seat (the
    // seat is as good for a district of one row; for a province the seat is better). Rows go to districts by ACLED's admin1 and
    // admin2 names.
    private static Dictionary<string, (double Lat, double Lon)> VillagePoints(List<AcledRow> rows, Dictionary<string, string> iso2ByIso3,
        Dictionary<string, string> admin1, Dictionary<string, string> admin2, Dictionary<string, List<(string Spelling, int Rows)>> admin1Spellings,
        Dictionary<string, List<(string Spelling, int Rows)>> admin2Spellings)
    {
        var provinceOf = Provinces(admin1, admin1Spellings);
        // (province code, name key) -> district code: GeoNames' names, then ACLED's spellings.
        var districtOf = new Dictionary<(string, string), string>();
        foreach (var (code, name) in admin2.OrderBy(a => a.Key, StringComparer.Ordinal))
            districtOf.TryAdd((code[..code.LastIndexOf('.')], NameKey.Of(name)), code);
        foreach (var (code, list) in admin2Spellings.OrderBy(s => s.Key, StringComparer.Ordinal))
            foreach (var (spelling, _) in list) districtOf.TryAdd((code[..code.LastIndexOf('.')], NameKey.Of(spelling)), code);
        var points = new Dictionary<string, List<(double Lat, double Lon)>>(StringComparer.Ordinal);
        foreach (var row in rows.OrderBy(r => r.Line))
        {
            if (row is not { Latitude: { } lat, Longitude: { } lon, Iso3: { } iso3, Admin1: { } a1, Admin2: { } a2 } || !iso2ByIso3.TryGetValue(iso3, out var cc)
                || provinceOf.GetValueOrDefault((cc, NameKey.Of(a1))) is not { } province
                || districtOf.GetValueOrDefault((province, NameKey.Of(a2))) is not { } district) continue;
            if (!points.TryGetValue(district, out var list)) points[district] = list = [];
            list.Add((lat, lon));
        }
        var result = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var (code, list) in points)
            if (list.Count >= MinVillageRows)
                result[code] = list.MaxBy(p => list.Count(q => GeoMath.DistanceKm(p.Lat, p.Lon, q.Lat, q.Lon) <= VillageCoreKm));
        return result;
    }

    private const int MinVillageRows = 2;

    /// <summary>Radius in km of the core of a unit's ACLED rows whose centre an unknown village of the unit is placed at.</summary>
    /// <remarks>Narrower than the 25 km a placement is scored within: the point most rows lie within 25 km of can sit at the edge of
    /// the densest cluster, reaching a few rows beyond it, while unseen villages lie around the cluster like its rows (district village
    /// points: CV 25 km +4 rows, none lost, against 25 km; 20 km does the same, 10 km gains 2 and loses 1).</remarks>
    public const double VillageCoreKm = 15;

    private static string VillagePoint(Dictionary<string, (double Lat, double Lon)> points, string code) =>
        points.TryGetValue(code, out var p) ? "\t" + F(p.Lat) + "\t" + F(p.Lon) : "";

    // Province names the notes use that neither GeoNames nor ACLED's admin1 column has ("Saladin province" for Sala al-Din): a
    // capitalised name before a province word, or an abbreviation of the province's name ("J&K", "AJK"), unknown in the row's country,
    // that at least MinNoteSpellingRows rows use, NoteSpellingPurity of them coded in one province (6 of Saladin's 7 are; the seventh
    // is a Kirkuk village "northeast" of it).
    // Province code -> those names.
    private static Dictionary<string, List<string>> NoteSpellings(List<AcledRow> rows, KnownNames known, Dictionary<string, string> iso2ByIso3,
        Dictionary<string, string> admin1, Dictionary<string, List<(string Spelling, int Rows)>> admin1Spellings)
    {
        var provinceOf = Provinces(admin1, admin1Spellings);
        var votes = new Dictionary<(string Cc, string Key), (string Name, Dictionary<string, int> Codes)>();
        foreach (var row in rows.OrderBy(r => r.Line))
        {
            if (row.Iso3 is not { } iso3 || !iso2ByIso3.TryGetValue(iso3, out var cc) || row.Admin1 is not { } a1
                || provinceOf.GetValueOrDefault((cc, NameKey.Of(a1))) is not { } province) continue;
            // Each name counts once per note: "J&K" is often written three times in one.
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in ProvinceNamed().Matches(row.Notes).Concat(Abbreviation().Matches(row.Notes)))
            {
                var name = m.Groups["name"].Value;
                var key = NameKey.Of(name);
                if (key.Length < 3 || known.Has(cc, key) || !named.Add(key)) continue;
                if (!votes.TryGetValue((cc, key), out var vote)) votes[(cc, key)] = vote = (name, new Dictionary<string, int>(StringComparer.Ordinal));
                vote.Codes[province] = vote.Codes.GetValueOrDefault(province) + 1;
            }
        }
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var ((_, _), (name, codes)) in votes.OrderBy(v => v.Key.Cc, StringComparer.Ordinal).ThenBy(v => v.Key.Key, StringComparer.Ordinal))
        {
            int total = codes.Values.Sum();
            var (code, count) = codes.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First();
            if (total < MinNoteSpellingRows || count < NoteSpellingPurity * total) continue;
            // Capitals are a group or an office as often as a province ("CRPF", "OSCE"): an abbreviation must spell the initials of the
            // province's name or of one of ACLED's spellings of it ("AJK": Azad Jammu and Kashmir).
            if (Gazetteer.IsAbbreviation(name) && !admin1Spellings.GetValueOrDefault(code, []).Select(s => s.Spelling).Append(admin1[code])
                .Any(full => Initials(full).Equals(name.Replace("&", ""), StringComparison.Ordinal)))
                continue;
            if (!result.TryGetValue(code, out var list)) result[code] = list = [];
            list.Add(NameKey.PlainLatin(name));
        }
        return result;
    }

    // The capitals of a name's words, its lower-case particles left out: "Jammu and Kashmir" is "JK", "Gilgit-Baltistan" "GB".
    private static string Initials(string name) =>
        string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    // "J&K", "AJK": two to five capitals, an ampersand allowed between them (Gazetteer.IsAbbreviation).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}&])(?<name>\p{Lu}(?:&?\p{Lu}){1,4})(?![\p{L}&])")]
    private static partial System.Text.RegularExpressions.Regex Abbreviation();

    private const int MinNoteSpellingRows = 3;
    private const double NoteSpellingPurity = 0.75;

    // "Saladin province": one or two capitalised words before a province word; not "region" or "state", which notes also give to
    // parts of a province ("Haftanin region" of Dahuk) and to groups ("Islamic state").
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?) (?:province|governorate|oblast)\b")]
    private static partial System.Text.RegularExpressions.Regex ProvinceNamed();

    // Words that point to one country in ACLED's notes though they name no place: groups, forces, observers, institutions
    // ("QSD", "OSCE", "LGA", "Houthi"). A word counts when it is capitalised wherever it occurs, is no word of a gazetteer name, and at least
    // MinCueNotes notes of which CuePurity share one country use it.
    private static IEnumerable<(string Word, string Cc)> CueWords(List<AcledRow> rows, List<City> cities, IEnumerable<string> divisionNames,
        Dictionary<string, string> iso2ByIso3, HashSet<string> lowerCase)
    {
        // Every word of every name: a word of a place name ("Lower" Shabelle, Rio de "Janeiro") points to no country on its own.
        var names = new HashSet<string>(StringComparer.Ordinal);
        void AddWords(string name)
        {
            foreach (var w in NameKey.Of(name).Split(' ')) names.Add(w);
        }
        foreach (var c in cities)
        {
            AddWords(c.Name);
            foreach (var a in c.Alternates) AddWords(a);
        }
        foreach (var n in divisionNames) AddWords(n);
        var notes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Iso3 is not { } iso3 || !iso2ByIso3.TryGetValue(iso3, out var cc)) continue;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (System.Text.RegularExpressions.Match m in CueWord().Matches(row.Notes))
            {
                var w = m.Value.TrimEnd('\'', '-');
                // A sentence's first word is capitalised whatever it is.
                if (w.Length >= 3 && char.IsUpper(w[0]) && !SentenceStart(row.Notes, m.Index) && seen.Add(w))
                {
                    if (!notes.TryGetValue(w, out var counts)) notes[w] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                    counts[cc] = counts.GetValueOrDefault(cc) + 1;
                }
            }
        }
        foreach (var (word, counts) in notes.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            int total = counts.Values.Sum();
            var (cc, top) = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First();
            if (total < MinCueNotes || top < CuePurity * total || lowerCase.Contains(word) || names.Contains(NameKey.Of(word))) continue;
            yield return (word, cc);
        }
    }

    // Words the notes write in lower case somewhere: capitalised elsewhere, such a word opens a sentence or a title ("Martyrs").
    private static HashSet<string> LowerCaseWords(List<AcledRow> rows)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
            foreach (System.Text.RegularExpressions.Match m in CueWord().Matches(row.Notes))
                if (!char.IsUpper(m.Value[0])) result.Add(m.Value.TrimEnd('\'', '-'));
        return result;
    }

    private const int MinCueNotes = 8;
    private const double CuePurity = 0.9;

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}[\p{L}'&-]*")]
    private static partial System.Text.RegularExpressions.Regex CueWord();

    private static bool SentenceStart(string text, int index)
    {
        int i = index - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == '"' || text[i] == '(')) i--;
        return i < 0 || text[i] is '.' or ':' or '!' or '?' or '\n';
    }

    private static void Vote(Dictionary<(string, string), Dictionary<string, int>> votes, string cc, string? spelling, string code)
    {
        if (string.IsNullOrWhiteSpace(spelling)) return;
        if (!votes.TryGetValue((cc, spelling), out var counts)) votes[(cc, spelling)] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        counts[code] = counts.GetValueOrDefault(code) + 1;
    }

    // Division code -> the spellings whose rows mostly fall in it. A spelling that is another division's own name is left out:
    // rows of "Homs" in the desert lie nearer to places of Deir ez-Zor, and must not make "Homs" a name of it. With 'byName', a
    // spelling a letter or two from the name of one division of its country ("Almargeb" for Al Marqab, "Aljfara" for Al Jafarah,
    // "Tamanghasset" for Tamanrasset) is that division's whatever its rows' nearest places say: GeoNames' places may keep the code
    // of the division theirs was split from (Al Marqab's towns are coded Tripoli).
    private static Dictionary<string, List<(string, int)>> Winners(Dictionary<(string Cc, string Spelling), Dictionary<string, int>> votes,
        Dictionary<string, string> names, bool byName = false)
    {
        var keys = names.ToLookup(n => n.Key[..n.Key.IndexOf('.')], n => (Code: n.Key, Key: NameKey.Of(n.Value)));
        var result = new Dictionary<string, List<(string, int)>>(StringComparer.Ordinal);
        foreach (var ((cc, spelling), counts) in votes)
        {
            var (code, rows) = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First();
            var key = NameKey.Of(spelling);
            if (byName && keys[cc].Where(n => NearlyNamed(key, n.Key)).Select(n => n.Code).Distinct().ToList() is [var named]) code = named;
            if (keys[cc].Any(n => n.Code != code && (n.Key == key || n.Key.StartsWith(key + " ", StringComparison.Ordinal)))) continue;
            if (!result.TryGetValue(code, out var list)) result[code] = list = [];
            list.Add((spelling, rows));
        }
        return result;
    }

    // True when a spelling's key begins with the letter of a division name's key and is at most MaxRespelling edits from it (one for
    // a name of five letters or fewer), spaces and a closing division word left out. Keys drop an Arabic article written apart
    // ("Al Marqab" is "marqab"), so it is dropped from the spelling too ("Almargeb"). The first letter must agree: "South Kordofan" is
    // two letters from "North Kordofan".
    private static bool NearlyNamed(string spelling, string name)
    {
        int space = name.LastIndexOf(' ');
        if (space > 0 && DivisionWords.Contains(name[(space + 1)..])) name = name[..space];
        string a = spelling.Replace(" ", ""), b = name.Replace(" ", "");
        if (a.Length > 5 && (a.StartsWith("al", StringComparison.Ordinal) || a.StartsWith("el", StringComparison.Ordinal)) && b.Length > 0 && b[0] != a[0]) a = a[2..];
        if (a.Length == 0 || b.Length == 0 || a[0] != b[0]) return false;
        int limit = Math.Min(MaxRespelling, (Math.Max(a.Length, b.Length) + 2) / 4);
        return Math.Abs(a.Length - b.Length) <= limit && EditDistance(a, b) <= limit;
    }

    private const int MaxRespelling = 2;

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    // ACLED's spellings of a division, '|'-separated, the most used first: that one is the name ACLED-style records give it.
    private static string Spellings(Dictionary<string, List<(string Spelling, int Rows)>> spellings, string code)
    {
        if (!spellings.TryGetValue(code, out var list)) return "";
        return string.Join('|', list.OrderByDescending(s => s.Rows).ThenBy(s => s.Spelling, StringComparer.Ordinal).Select(s => NameKey.PlainLatin(s.Spelling)).Distinct());
    }

    private static List<City> JoinCities(List<City> small, List<Row> large)
    {
        var byName = new Dictionary<(string, string), List<Row>>();
        foreach (var r in large)
        {
            foreach (var n in new[] { r.Name, r.Ascii }.Distinct())
            {
                if (!byName.TryGetValue((r.Cc, n), out var list)) byName[(r.Cc, n)] = list = [];
                list.Add(r);
            }
        }
        var used = new HashSet<Row>();
        var result = new List<City>(small.Count + 1000);
        foreach (var c in small)
        {
            var match = byName.TryGetValue((c.Cc, c.Name), out var list)
                ? list.Where(r => !used.Contains(r) && Math.Abs(r.Lat - c.Lat) < JoinToleranceDegrees && Math.Abs(r.Lon - c.Lon) < JoinToleranceDegrees)
                    .OrderBy(r => Math.Abs(r.Lat - c.Lat) + Math.Abs(r.Lon - c.Lon)).FirstOrDefault()
                : null;
            if (match is null) { result.Add(c); continue; }
            used.Add(match);
            result.Add(c with { Id = match.Id, Code = match.Code, Pop = match.Pop, A2 = c.A2.Length > 0 ? c.A2 : match.A2, Alternates = Alternates(c.Name, match) });
        }
        foreach (var r in large.Where(r => !used.Contains(r) && r.Code.StartsWith("PPL", StringComparison.Ordinal)))
            result.Add(new City(r.Id, r.Name, r.Lat, r.Lon, r.Cc, r.A1, r.A2, r.Code, r.Pop, Alternates(r.Name, r)));
        return result;
    }

    // Latin-script spellings only: the matcher reads English text, and codes such as "ALV" would match acronyms.
    private static List<string> Alternates(string name, Row row)
    {
        var seen = new HashSet<string> { NameKey.Of(name) };
        var kept = new List<string>();
        foreach (var alt in row.Alternates.Prepend(row.Ascii))
        {
            if (kept.Count == MaxAlternates) break;
            if (alt.Length < 3 || alt.Contains('|') || !NameKey.IsLatin(alt) || IsCode(alt)) continue;
            if (seen.Add(NameKey.Of(alt))) kept.Add(alt);
        }
        return kept;
    }

    private static bool IsCode(string alt)
    {
        foreach (char c in alt)
            if (!(c is >= 'A' and <= 'Z' or >= '0' and <= '9')) return false;
        return true;
    }

    private static List<City> ReadCities500(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var list = new List<City>(json.RootElement.GetArrayLength());
        foreach (var e in json.RootElement.EnumerateArray())
        {
            string S(string p) => e.TryGetProperty(p, out var v) ? v.GetString() ?? "" : "";
            list.Add(new City(null, S("name"), D(S("lat")), D(S("lng")), S("country"), S("admin1"), S("admin2"), "PPL", 0, []));
        }
        return list;
    }

    private static List<Row> ReadCities15000(string path)
    {
        var list = new List<Row>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 15)
                throw Errors.Create(Errors.Model, $"{path}: line with {f.Length} columns, expected the 19-column GeoNames format");
            list.Add(new Row(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2], f[3].Length == 0 ? [] : f[3].Split(','),
                D(f[4]), D(f[5]), f[7], f[8], f[10], f[11], long.TryParse(f[14], CultureInfo.InvariantCulture, out var p) ? p : 0));
        }
        return list;
    }

    private static Dictionary<string, string> ReadCodes(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in json.RootElement.EnumerateArray())
            map[e.GetProperty("code").GetString()!] = e.GetProperty("name").GetString()!;
        return map;
    }

    // Languages: countryInfo's Languages column without regions ("en-CM,fr-CM" -> en, fr).
    private static Dictionary<string, (string Iso3, string Name, string Capital, long Population, string[] Languages)> ReadCountries(string path)
    {
        var map = new Dictionary<string, (string, string, string, long, string[])>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var f = line.Split('\t');
            map[f[0]] = (f[1], f[4], f[5], long.TryParse(f[7], CultureInfo.InvariantCulture, out var p) ? p : 0,
                f.Length > 15 ? [.. f[15].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('-')[0])] : []);
        }
        return map;
    }

    // Compass names of provinces ("North-West", "Far North") and "Federal District", in the languages ACLED writes them in.
    private static readonly Dictionary<string, (string Language, string Name)[]> Translations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["North"] = [("fr", "Nord")], ["South"] = [("fr", "Sud")], ["East"] = [("fr", "Est")], ["West"] = [("fr", "Ouest")],
        ["North-West"] = [("fr", "Nord-Ouest")], ["North-East"] = [("fr", "Nord-Est")], ["South-West"] = [("fr", "Sud-Ouest")],
        ["South-East"] = [("fr", "Sud-Est")], ["Far North"] = [("fr", "Extreme-Nord")],
        ["Federal District"] = [("pt", "Distrito Federal"), ("es", "Distrito Federal")],
    };

    // The names a province with an English GeoNames name has in its country's other languages.
    private static IEnumerable<string> LocalNames(string name, string[] languages) =>
        Translations.TryGetValue(name, out var names)
            ? names.Where(n => languages.Contains(n.Language, StringComparer.Ordinal)).Select(n => n.Name).Distinct(StringComparer.Ordinal)
            : [];

    // Where a division's point goes: its seat (feature code PPLA/PPLA2), else the place it is named after ("Muyinga" of Muyinga
    // Province; for a district, any such place of its province, as GeoNames often leaves the town's district code empty: "Gaalkacyo"),
    // else the national capital inside it (Tripoli of Tripoli district), else its most populous place, else the mean of its places.
    // A text naming the division most often means that town, and ACLED places a village it does not know there.
    private static (double, double) Seat(List<City> members, string seatCode, string name, IEnumerable<City> namesakes)
    {
        var seat = members.Where(c => c.Code == seatCode).OrderByDescending(c => c.Pop).FirstOrDefault()
            ?? namesakes.Where(c => NamedAfter(name, c.Name)).OrderByDescending(c => c.Pop).ThenBy(c => c.Lat).ThenBy(c => c.Lon).FirstOrDefault()
            ?? members.Where(c => c.Code == "PPLC").OrderByDescending(c => c.Pop).FirstOrDefault()
            ?? members.Where(c => c.Pop > 0).OrderByDescending(c => c.Pop).FirstOrDefault();
        return seat is null ? Centroid(members) : (seat.Lat, seat.Lon);
    }

    private static readonly string[] DivisionWords = ["province", "district", "governorate", "region", "state", "municipality", "county", "department", "prefecture", "commune", "territory", "city"];

    private static bool NamedAfter(string division, string place)
    {
        string d = NameKey.Of(division), p = NameKey.Of(place);
        if (p.Length == 0) return false;
        if (d == p) return true;
        return d.Length > p.Length + 1 && d.StartsWith(p, StringComparison.Ordinal) && d[p.Length] == ' ' && DivisionWords.Contains(d[(p.Length + 1)..]);
    }

    private static (double, double) Centroid(List<City> places) => (places.Average(p => p.Lat), places.Average(p => p.Lon));

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static string F(double d) => Math.Round(d, 5).ToString("0.#####", CultureInfo.InvariantCulture);

    private static string Join(params string[] fields) => string.Join('\t', fields.Select(f => f.Replace('\t', ' ')));
}
