using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Geo;
using Sitrep.Nlp.Text;

namespace Sitrep.Nlp.Places;

/// <summary>Pipeline stage that finds place names and resolves each to coordinates, administrative units and a precision.</summary>
/// <remarks>
/// Reads <see cref="Layer.Tokens"/>, and <see cref="Layer.Entities"/> and <see cref="Layer.Sentences"/> when present: place names come
/// from the gazetteer matcher and from LOC entities it missed; PER and ORG entities veto matches inside them. Writes
/// <see cref="Layer.Places"/> only. Relative locations ("20 km north of X", "south of Aleppo") keep the anchor's coordinates with
/// <see cref="PrecisionCode.Near"/>; city parts ("east Aleppo", "the eastern side") keep the city's with
/// <see cref="PrecisionCode.PartOfPlace"/>; governments named by their capital ("talks with Washington") are flagged
/// <see cref="Place.IsMetonym"/> and get low confidence. A text that names no place but points to one country by its words ("Iraqi
/// lawmakers") gets that country's capital at <see cref="PrecisionCode.Country"/>, where ACLED places national events.
/// </remarks>
public sealed partial class GeoStage : IPipelineStage
{
    private const int AnaphoraReach = 400;
    // Most characters between an unknown village and the unit that places it.
    private const int UnitReach = 40;
    private const double MetonymConfidenceFactor = 0.25;

    private readonly Gazetteer _gazetteer;
    private readonly PlaceNameMatcher _matcher;
    private readonly ToponymResolver _resolver;
    private readonly Lazy<Dictionary<string, GazetteerEntry>> _capitals;
    private readonly Lazy<Dictionary<string, (GazetteerEntry Province, double Latitude, double Longitude)>> _conflictProvinces;
    private const double LocalGuessConfidence = 0.3;
    private const double NationalConfidence = 0.5;

    private static readonly Lazy<Gazetteer> ShippedGazetteer = new(() => Gazetteer.Load(Path.Combine(DataFiles.Root, Gazetteer.DataFolder)));

    /// <summary>The gazetteer shipped in the program's <c>data/geo</c> folder, loaded once on first use and shared.</summary>
    public static Gazetteer Shipped => ShippedGazetteer.Value;

    /// <summary>Creates the stage over the shipped gazetteer.</summary>
    public GeoStage() : this(Shipped) { }

    /// <summary>Creates the stage over <paramref name="gazetteer"/>.</summary>
    public GeoStage(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _matcher = new PlaceNameMatcher(gazetteer);
        _resolver = new ToponymResolver(gazetteer);
        _capitals = new(() => gazetteer.Entries.Where(e => e.IsCapital).GroupBy(e => e.CountryCode)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.Population)!, StringComparer.Ordinal));
        _conflictProvinces = new(() => ConflictProvinces(gazetteer));
    }

    /// <inheritdoc/>
    public string Name => "geo";
    /// <inheritdoc/>
    public IReadOnlySet<Layer> Requires { get; } = new HashSet<Layer> { Layer.Tokens };
    /// <inheritdoc/>
    public IReadOnlySet<Layer> Produces { get; } = new HashSet<Layer> { Layer.Places };

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken) => document.SetPlaces(Locate(document));

    /// <summary>The places <paramref name="document"/> names, resolved, in text order; tokenizes the text itself when the token layer is absent.</summary>
    public IReadOnlyList<Place> Locate(Document document)
    {
        var text = document.Text;
        // The document's own tokens are read in place, never copied.
        ReadOnlySpan<TokenData> tokens = document.Layers.Contains(Layer.Tokens) ? document.TokenData : Tokenizer.Tokenize(text);
        // A headline capitalises every word: the tagger reads its runs as persons and organisations ("Tell Abyad Terroirst Attack"), and
        // a run after "in" there is no name the gazetteer lacks ("in Eastern Gouta Monitor").
        var headlines = TitleCaseSentences(document);
        var candidates = Candidates(document, tokens, headlines);
        var first = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var cues = CountryCues(document, tokens, first);
        var resolutions = _resolver.Resolve(text, candidates, cues);

        var places = new List<Place>(resolutions.Count + 2);
        var resolved = new List<PlaceNameCandidate>(resolutions.Count);
        foreach (var r in resolutions)
        {
            places.Add(ToPlace(document, r));
            resolved.Add(r.Candidate);
        }
        places.AddRange(UnknownSettlements(text, tokens, resolved, places, resolutions, headlines));
        places.AddRange(AnaphoricParts(text, places));
        if (places.Count == 0 && National(text, tokens, resolved, cues, first, headlines) is { } national) places.Add(national);
        places.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return places;
    }

    /// <summary>The place an event reported in <paramref name="text"/> happened at, among <paramref name="places"/> (in text order): the first
    /// real place, in the places' main country, towns before divisions before countries, confident readings first.</summary>
    /// <remarks>A metonym is never taken; a place that only says where someone came from ("rioters from Tripoli") is taken last. When
    /// the place chosen is the unit of the place named just before it ("Kagizman district, Kars", "Gediz, Istanbul"), that place is.</remarks>
    public static Place? EventLocation(string text, IEnumerable<Place> places)
    {
        var list = places.Where(p => !p.IsMetonym).ToList();
        int best = Best(text, list, out _);
        return best < 0 ? null : list[best];
    }

    /// <summary>The places of an event that <paramref name="text"/> reports at several places listed together, one ACLED event each
    /// ("clashes in Shah Wali Kot and Maywand districts, Kandahar"; "on the Sirwah (Marib), Nihm (Sanaa) and Al Jawf frontlines"):
    /// <see cref="EventLocation"/> first, then the other places of its list that stand as it does, in text order, their units
    /// ("(Marib)", ", Kandahar") passed over. Empty when the text names no place.</summary>
    /// <remarks>ACLED's unit of record is one place: it codes such a list as one event per place, the toll split between them. A
    /// stretch "between A and B" is coded at one end and lists nothing; nor does a weak or foreign first place.</remarks>
    public static IReadOnlyList<Place> EventLocations(string text, IEnumerable<Place> places)
    {
        var list = places.Where(p => !p.IsMetonym).ToList();
        int best = Best(text, list, out var country);
        if (best < 0) return [];
        if (Standing(text, list, best, country) != default || OpensStretch(text, list[best])) return [list[best]];
        // The list may begin before the event location ("in Al Jawf, Ad Dali and Taizz governorates": towns rank before divisions).
        int first = best;
        while (first > 0 && list[first - 1].Span.End <= list[first].Span.Start && Joined(text, list[first - 1], list[first])) first--;
        if (OpensStretch(text, list[first])) return [list[best]];
        var listed = new List<Place>();
        Place? item = null;
        // The end of the last place listed and the units named after it.
        int end = 0;
        for (int j = first; j < list.Count && list[j].Span.Start >= end; j++)
        {
            var p = list[j];
            var gap = text.AsSpan(end, p.Span.Start - end);
            if (j != best && item is not null && LocationPhrases.ListUnitGap().IsMatch(gap) && IsUnitOf(text, p, item))
            {
                end = p.Span.End;
                continue;
            }
            if (item is not null && !LocationPhrases.ListItemGap().IsMatch(gap))
            {
                if (j > best) break;
                // A list that ends before the event location is not its list.
                listed.Clear();
            }
            (item, end) = (p, p.Span.End);
            // A place told relative to another ("east of Al Hazm city") says where the listed one lies.
            if (j == best || Rank(p.Precision) < Rank(PrecisionCode.Country) && p.Bearing is null && Standing(text, list, j, country) == default
                && listed.TrueForAll(q => GeoMath.DistanceKm(q.Latitude, q.Longitude, p.Latitude, p.Longitude) >= DistinctPlaceKm))
                listed.Add(p);
        }
        listed.Remove(list[best]);
        listed.Insert(0, list[best]);
        return listed;
    }

    // "the area between Al Sukhnah and Ash Shula", "a road linking Kandahar and Urozgan": a stretch, which ACLED codes at one end.
    private static bool OpensStretch(string text, Place p) =>
        text.AsSpan(0, p.Span.Start).TrimEnd().EndsWith(" between", StringComparison.OrdinalIgnoreCase)
        || LocationPhrases.RoadEndBefore().IsMatch(text.AsSpan(Math.Max(0, p.Span.Start - RoadPhraseReach), Math.Min(RoadPhraseReach, p.Span.Start)));

    // True when 'next' follows 'previous' in a list, as the next place or as its unit.
    private static bool Joined(string text, Place previous, Place next)
    {
        var gap = text.AsSpan(previous.Span.End, next.Span.Start - previous.Span.End);
        return LocationPhrases.ListItemGap().IsMatch(gap) || LocationPhrases.ListUnitGap().IsMatch(gap) && IsUnitOf(text, next, previous);
    }

    // Places listed closer than this are one place named twice.
    private const double DistinctPlaceKm = 5;

    // True when 'unit' names where 'place' lies: a division holding it, or a town that names the division holding it ("Kandahar").
    // A town named with a division word is the division ("Bafut town, Bamenda subdivision (Mezam, Nord-Ouest)").
    private static bool IsUnitOf(string text, Place unit, Place place) =>
        unit.CountryCode == place.CountryCode && Inside(place, unit)
        && (Rank(unit.Precision) is 1 or 2 || NameKey.SamePlace(unit.Name, unit.Admin1) || NameKey.SamePlace(unit.Name, unit.Admin2)
            || LocationPhrases.DivisionWordAfter().IsMatch(text.AsSpan(unit.Span.End, Math.Min(DivisionWordReach, text.Length - unit.Span.End))));

    private const int DivisionWordReach = 20;

    // The index in 'list' of the event's place (EventLocation), or -1; 'country' is the text's main country.
    private static int Best(string text, List<Place> list, out string? country)
    {
        // The country most of the text's places lie in, weighed by confidence: a lone confident reading abroad ("Rome" for a Syrian
        // village, "Ez Zahra" in Tunisia) is not the event's place while places of that country are named.
        // Equal weights go to the country a division is read in (a division's name is seldom a misreading: "Idleb" against a town
        // "al-Zawiya" of Libya), then to the country of the place named last (notes end with the unit: "..., in Kafr Qaseem").
        // Only confident readings below country level vote: a country named as a side ("passing data to the United States government")
        // does not outweigh the town the text places the event in, nor does a weak guess ("Dabiq" read as an American town). Without
        // such a reading the weak ones vote, and in a text naming no place below a country its country mentions.
        country = MainCountry(list, p => p.Confidence >= MinConfidence && Rank(p.Precision) < Rank(PrecisionCode.Country))
            ?? MainCountry(list, p => Rank(p.Precision) < Rank(PrecisionCode.Country)) ?? MainCountry(list, _ => true);
        int best = -1;
        (int, int, int, int) bestKey = default;
        for (int i = 0; i < list.Count; i++)
        {
            var p = list[i];
            var (aside, abroad, weak) = Standing(text, list, i, country);
            var key = (aside, abroad, weak, IsPlacedVillage(p) ? 0 : Rank(p.Precision));
            if (best < 0 || key.CompareTo(bestKey) < 0) (best, bestKey) = (i, key);
        }
        // A road's end before the town holding the road ("linking Aden to Taizz in At Turbah") is not held by it.
        while (best > 0 && Holds(text, list[best], list[best - 1], list) && !IsRouteEnd(text, list[best - 1], list)) best--;
        return best;
    }

    // How list[i] stands as the event's place, each 0 or 1, lower first: beside the event (an origin, a modifier, a neighbourhood, a place
    // locating a district), abroad (outside the text's main country), weak (a doubtful reading, a road's end, a town outside the
    // divisions named).
    private static (int Aside, int Abroad, int Weak) Standing(string text, List<Place> list, int i, string? country)
    {
        var p = list[i];
        return (IsOrigin(text, p) || ListedAfterOrigin(text, list, i) || IsModifier(text, p, list) || LocatesDistrict(text, p, list) || IsNeighbourhood(text, p) ? 1 : 0,
            p.CountryCode is { } c && c != country ? 1 : 0,
            !IsPlacedVillage(p) && IsWeak(p, list, text) || IsRouteEnd(text, p, list) || OutsideDivisions(text, p, list) ? 1 : 0);
    }

    // The country with the largest summed confidence of the places that 'votes' accepts; ties as EventLocation says. Null when none votes.
    private static string? MainCountry(List<Place> places, Func<Place, bool> votes)
    {
        var weights = new Dictionary<string, (double Weight, bool Division, int Last)>(StringComparer.Ordinal);
        for (int i = 0; i < places.Count; i++)
            if (places[i].CountryCode is { } cc && votes(places[i]))
            {
                var (weight, division, _) = weights.GetValueOrDefault(cc);
                weights[cc] = (weight + places[i].Confidence, division || Rank(places[i].Precision) is 1 or 2, i);
            }
        return weights.Count == 0 ? null : weights.MaxBy(w => w.Value).Key;
    }

    // An unknown village placed at a confidently read unit (UnknownSettlements: "Al Wahbiyah (As Sawadiyah, Al Bayda)") names where the
    // event is as closely as a known town would, though it takes its unit's point and precision.
    private static bool IsPlacedVillage(Place p) =>
        p.FeatureClass == FeatureClass.PopulatedPlace && p.Precision == PrecisionCode.Admin2 && p.Confidence >= MinConfidence * VillageShare;

    // True when 'unit' is named as the unit of 'place' just before it: "X, Y", "X (Y", "X district in Y"; never a country "in" its town
    // ("in Lebanon in Sidon"). The place must be a reading in the same country that is not weak (IsWeak), or an unknown village
    // the unit placed (PlacedBy).
    private static bool Holds(string text, Place unit, Place place, List<Place> places) =>
        place.CountryCode == unit.CountryCode && Rank(place.Precision) < Rank(PrecisionCode.Country) && place.Span.End <= unit.Span.Start && unit.Span.Start - place.Span.End <= UnitReach && !IsOrigin(text, place)
        && (!IsWeak(place, places, text) || PlacedBy(place, unit)) && Inside(place, unit)
        && LocationPhrases.ToContainer().IsMatch(text.AsSpan(place.Span.End, unit.Span.Start - place.Span.End));

    // True for an unknown village placed by 'unit' (UnknownSettlements): at its point, or at its district's village point.
    private static bool PlacedBy(Place place, Place unit) =>
        place.Latitude == unit.Latitude && place.Longitude == unit.Longitude
        || place.FeatureClass == FeatureClass.PopulatedPlace && unit.FeatureClass == FeatureClass.AdministrativeArea && place.Precision == unit.Precision
            && place.Admin1 == unit.Admin1 && place.Admin2 == unit.Admin2;

    // True when 'place' lies in 'unit': in its province (a town's name may stand for its province: "Celaya, Guanajuato"), or within a
    // town's reach. "Yenimahalle neighborhood of Merkezefendi, Denizli" read as Ankara's Yenimahalle is another place than the one the
    // text puts in Denizli.
    private static bool Inside(Place place, Place unit) =>
        Rank(unit.Precision) == Rank(PrecisionCode.Country) || place.Admin1 == unit.Admin1
        || unit.Precision != PrecisionCode.Admin1 && GeoMath.DistanceKm(place.Latitude, place.Longitude, unit.Latitude, unit.Longitude) < TownReachKm;

    private const double TownReachKm = 60;

    // "the Luhansk People's Militia", "Idlib Free Police": a place name that opens a longer proper name qualifies it and is not where
    // anything happened; "Idlib Province" and "Aleppo City" still name the place, and so does a town followed by its unit without a
    // comma ("in Tijuana Baja California").
    private static bool IsModifier(string text, Place p, List<Place> places)
    {
        int end = (p.NameSpan ?? p.Span).End;
        // A headline capitalises the words after a place too ("in Tell Abyad Terroirst Attack").
        if (end + 2 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]) || InTitleCase(text, p.NameSpan ?? p.Span)) return false;
        foreach (var q in places)
            if (q.Span.Start == end + 1 && q.CountryCode == p.CountryCode && Rank(q.Precision) > Rank(p.Precision)) return false;
        var after = text.AsSpan(end, Math.Min(40, text.Length - end));
        return !LocationPhrases.Admin1Suffix().IsMatch(after) && !LocationPhrases.Admin2Suffix().IsMatch(after) && !LocationPhrases.SettlementSuffix().IsMatch(after);
    }

    // "Majzar district west of Marib city": a place read relative to another ("west of") right after a district says where that district
    // lies; the event is in the district.
    private static bool LocatesDistrict(string text, Place p, List<Place> places)
    {
        if (p.Precision != PrecisionCode.Near || p.Bearing is null) return false;
        foreach (var q in places)
            if (q.Precision == PrecisionCode.Admin2 && q.Span.End <= p.Span.Start && p.Span.Start - q.Span.End <= UnitReach
                && LocationPhrases.DivisionGap().IsMatch(text.AsSpan(q.Span.End, p.Span.Start - q.Span.End)))
                return true;
        return false;
    }

    // "along the Aleppo-Lattakia highway (M4) in Idlib": the towns a road is named after are its ends, far from where on it things happen.
    // A road named by its ends in words ("the road linking Aden to Taizz in At Turbah area") leaves its ends their rank unless a town
    // named after them holds it (a town named like its province may stand for the province): ACLED codes "the road between Jbib and
    // Um Walad in Dar'a countryside" at one of its ends.
    private static bool IsRouteEnd(string text, Place p, List<Place> places)
    {
        var name = p.NameSpan ?? p.Span;
        if (name.End < text.Length && text[name.End] == '-')
            return LocationPhrases.RouteFromEnd().IsMatch(text.AsSpan(name.End, Math.Min(60, text.Length - name.End)));
        if (name.Start > 1 && text[name.Start - 1] == '-' && char.IsLetter(text[name.Start - 2]))
            return LocationPhrases.RouteWord().IsMatch(text.AsSpan(name.End, Math.Min(30, text.Length - name.End)));
        int from = Math.Max(0, name.Start - RoadPhraseReach);
        if (!LocationPhrases.RoadEndBefore().IsMatch(text.AsSpan(from, name.Start - from))) return false;
        foreach (var q in places)
            if (q.Span.Start > name.End && q.Span.Start - name.End <= RoadPhraseReach && Rank(q.Precision) == 0 && q.CountryCode == p.CountryCode
                && (q.Admin1 is null || !NameKey.SamePlace(q.Name, q.Admin1)) && LocationPhrases.RoadHeldIn().IsMatch(text.AsSpan(name.End, q.Span.Start - name.End)))
                return true;
        return false;
    }

    // Most characters from a road word to its second end, and from an end to the town holding the road.
    private const int RoadPhraseReach = 80;

    // "in Guama neighborhood", "in Colonia Los Pinos": a neighbourhood is a part of the town the text names, which is where ACLED
    // places the event; read as a place of its own, its name is mostly another town of that name.
    private static bool IsNeighbourhood(string text, Place p)
    {
        var name = p.NameSpan ?? p.Span;
        return name.Start >= 8 && text.AsSpan(name.Start - 8, 8).Equals("Colonia ", StringComparison.OrdinalIgnoreCase)
            || LocationPhrases.NeighbourhoodAfter(text.AsSpan(name.End, Math.Min(16, text.Length - name.End)));
    }

    // "rioters from Tripoli": where someone came from. "from Beirut to Tripoli", "the area stretching from Al Mayadin to Al-Bukamal" name
    // a route or a stretch, which ACLED codes at its start.
    private static bool IsOrigin(string text, Place p) =>
        text.AsSpan(0, p.Span.Start).TrimEnd().EndsWith(" from", StringComparison.OrdinalIgnoreCase)
        && !LocationPhrases.OnTo().IsMatch(text.AsSpan(p.Span.End, Math.Min(OnToReach, text.Length - p.Span.End)));

    private const int OnToReach = 30;

    // "protesters from Beirut, Jal el Dib and Aarsal gathered in Tripoli": the places listed after an origin are origins too.
    private static bool ListedAfterOrigin(string text, List<Place> places, int i)
    {
        for (; i > 0; i--)
        {
            var (previous, p) = (places[i - 1], places[i]);
            if (previous.Span.End > p.Span.Start || !LocationPhrases.ListGap().IsMatch(text.AsSpan(previous.Span.End, p.Span.Start - previous.Span.End))) return false;
            if (IsOrigin(text, previous)) return true;
        }
        return false;
    }

    private const double MinConfidence = 0.65;
    // An unknown village's confidence, as a share of its unit's.
    private const double VillageShare = 0.6;
    // Skeleton matches score at most 0.7: a reading below it is a spelling guess, believed only where the text's other places are.
    private const double GuessConfidence = 0.7;

    // Between MinConfidence and GuessConfidence.
    private const double NotedConfidence = 0.68;

    // True for a reading too weak to be the event's place while a better one is named: below MinConfidence, or a spelling guess in
    // another province than every confident place of its country the text names ("Charka area of Maidan Shar district, Wardak" read
    // as Logar's Charkh), or outside the district named as its unit.
    private static bool IsWeak(Place p, List<Place> places, string text)
    {
        if (p.Confidence < MinConfidence) return true;
        if (p.Confidence >= GuessConfidence || p.Admin1 is null) return false;
        bool conflict = false;
        foreach (var q in places)
        {
            // "Miango (Bassa LGA, Plateau)" read as Mangu: a guess outside the district the text puts it in is another place.
            if (q.Precision == PrecisionCode.Admin2 && q.Admin2 != p.Admin2 && q.Span.Start >= p.Span.End && q.Span.Start - p.Span.End <= UnitReach
                && LocationPhrases.ToContainer().IsMatch(text.AsSpan(p.Span.End, q.Span.Start - p.Span.End)))
                return true;
            if (ReferenceEquals(q, p) || q.Confidence < GuessConfidence || q.CountryCode != p.CountryCode || q.Admin1 is null || Rank(q.Precision) == Rank(PrecisionCode.Country)) continue;
            if (q.Admin1 == p.Admin1) return false;
            conflict = true;
        }
        return conflict;
    }

    // "in Simojovel, Chiapas, ... a truck from Santa Anita": a town in a province no other place of the text lies in or near, while the text
    // confidently names a division of its country in another province, is not where the text's divisions say the event is. A town
    // named like its province may stand for it ("Kandahar and Urozgan provinces").
    private static bool OutsideDivisions(string text, Place p, List<Place> places)
    {
        if (Rank(p.Precision) != 0 || p.Admin1 is null || NameKey.SamePlace(p.Name, p.Admin1)) return false;
        bool division = false;
        foreach (var q in places)
        {
            // The same town named again ("Ugah community ... in Ugah") does not vouch for itself.
            if (SameReading(q, p) || q.CountryCode != p.CountryCode || q.Admin1 is null || IsOrigin(text, q)) continue;
            // A province's point is its seat, and a town within a town's reach of it may lie across the border ("the Eastern Ghouta
            // zone of the Damascus region").
            if (q.Admin1 == p.Admin1 || GeoMath.DistanceKm(p.Latitude, p.Longitude, q.Latitude, q.Longitude) < TownReachKm) return false;
            division |= Rank(q.Precision) is 1 or 2 && q.Confidence >= MinConfidence;
        }
        return division;
    }

    private static bool SameReading(Place a, Place b) =>
        ReferenceEquals(a, b) || a.Name == b.Name && a.Latitude == b.Latitude && a.Longitude == b.Longitude;

    private static int Rank(PrecisionCode precision) => precision switch
    {
        PrecisionCode.Exact or PrecisionCode.PartOfPlace or PrecisionCode.Near => 0,
        PrecisionCode.Admin2 => 1,
        PrecisionCode.Admin1 => 2,
        _ => 3,
    };

    private IReadOnlyList<PlaceNameCandidate> Candidates(Document document, ReadOnlySpan<TokenData> tokens, List<TextSpan> headlines)
    {
        var text = document.Text;
        var found = _matcher.Find(text, tokens);
        if (!document.Layers.Contains(Layer.Entities)) return [.. found.Where(c => !NamesASide(text, c.Span))];

        // An entity opening with a unit word and "of" is a place phrase the tagger mislabelled ("the District of Douma in Rural Damascus"),
        // and so is one before a road word: a road named by its ends ("the Sidon-Tyr highway").
        var vetoes = document.Entities.Where(e => e.Kind is EntityKind.PER or EntityKind.ORG && !Inside(headlines, e.Span) && !UnitOf().IsMatch(document.Slice(e.Span))
                && !LocationPhrases.RouteWord().IsMatch(text.AsSpan(e.Span.End, Math.Min(RoadReach, text.Length - e.Span.End)))
                && !EndsWithDivision(text, e.Span, found))
            .Select(e => e.Span).ToList();
        var kept = found.Where(c => !vetoes.Any(v => Vetoes(text, v, c.Span)) && !InOrganisationName(document, c.Span)).ToList();
        foreach (var e in document.Entities)
        {
            if (e.Kind != EntityKind.LOC || kept.Any(c => c.Span.Overlaps(e.Span)) || InOrganisationName(document, e.Span)) continue;
            var key = NameKey.Of(document.Slice(e.Span));
            // The tagger's "Old City" or "Middle East" is a location, but no place the gazetteer can stand for.
            if (_gazetteer.IsNotPlace(key)) continue;
            var (ids, match) = (_gazetteer.LookupKey(key), NameMatch.Preferred);
            if (ids.Length == 0) (ids, match) = (_gazetteer.LookupAlternate(key), NameMatch.Alternate);
            if (ids.Length == 0) (ids, match) = ([.. _gazetteer.LookupSkeleton(key).Distinct()], NameMatch.Skeleton);
            if (ids.Length == 0 || ModifiesNoun(text, e.Span.End) && ids.Any(id => _gazetteer[id].Kind == GazetteerKind.Country)) continue;
            int first = -1, count = 0;
            for (int t = 0; t < tokens.Length; t++)
            {
                if (first < 0 && tokens[t].Span.Start >= e.Span.Start) first = t;
                if (e.Span.Contains(tokens[t].Span)) count++;
            }
            // Any word opens a sentence capitalised ("More than 350 people"): there a lone word must be a name the gazetteer has, not a
            // respelling of one.
            if (match != NameMatch.Preferred && count <= 1 && PlaceNameMatcher.IsSentenceStart(text, tokens, Math.Max(first, 0))) continue;
            kept.Add(new PlaceNameCandidate(e.Span, Math.Max(first, 0), Math.Max(count, 1), ids, match));
        }
        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return kept;
    }

    // "in Culiacan Sinaloa", "Tijuana Baja California": a town and its province with the comma dropped, which the tagger takes for a
    // person. The entity ends with a division's name, after a name with a reading inside that division, or after a place preposition
    // and capitalised words the gazetteer lacks or only guesses at ("in Mojolo Sinaloa"). "on Aleppo Damascus" is a list, not a town and its province.
    private bool EndsWithDivision(string text, TextSpan entity, IReadOnlyList<PlaceNameCandidate> found)
    {
        PlaceNameCandidate? before = null, last = null;
        foreach (var c in found)
            if (entity.Contains(c.Span)) (before, last) = (last, c);
        if (last is null || last.Span.End != entity.End || last.Span.Start == entity.Start) return false;
        foreach (var id in last.Entries)
        {
            var division = _gazetteer[id];
            if (division.Kind is not (GazetteerKind.Admin1 or GazetteerKind.Admin2)) continue;
            if (before is not null)
                foreach (var other in before.Entries)
                    if (_gazetteer[other] is var e && e.Kind != GazetteerKind.Admin1 && e.CountryCode == division.CountryCode && e.Admin1Code == division.Admin1Code
                        && (division.Kind == GazetteerKind.Admin1 || e.Admin2Code == division.Admin2Code))
                        return true;
            return (before is null || before.Match != NameMatch.Preferred) && !HasLowerCaseWord(text.AsSpan(entity.Start, last.Span.Start - entity.Start))
                && PlacePreposition().IsMatch(text.AsSpan(Math.Max(0, entity.Start - SideReach), Math.Min(SideReach, entity.Start)));
        }
        return false;
    }

    // "West of" before "Aleppo" is a phrase, not a name.
    private static bool HasLowerCaseWord(ReadOnlySpan<char> words)
    {
        for (int i = 0; i < words.Length; i++)
            if (char.IsLower(words[i]) && (i == 0 || !char.IsLetter(words[i - 1]))) return true;
        return false;
    }

    /// <summary>True when the name at <paramref name="span"/> names a side rather than a place: followed by a side word ("the Assad
    /// regime", "pro-Assad forces", "the Assad family") outside a place phrase, or ending an organisation's name the tagger cut short:
    /// joined to an organisation by "of" ("Islamic State of Iraq"), or by "in" to two places ("Islamic State in Iraq and the Levant"), or
    /// the second of those places. Such a name says who acts, not where.</summary>
    /// <remarks>Reads the entity layer for organisations; without it only side words count.</remarks>
    public static bool InOrganisationName(Document document, TextSpan span)
    {
        var text = document.Text;
        if (NamesASide(text, span)) return true;
        if (!document.Layers.Contains(Layer.Entities)) return false;
        foreach (var e in document.Entities)
        {
            if (e.Kind != EntityKind.ORG || e.Span.End > span.Start || span.Start - e.Span.End > OrganisationReach) continue;
            var gap = text.AsSpan(e.Span.End, span.Start - e.Span.End);
            if (OfPlace().IsMatch(gap) || PlaceAndPlace().IsMatch(gap)
                || InPlace().IsMatch(gap) && AndPlace().IsMatch(text.AsSpan(span.End, Math.Min(OrganisationReach, text.Length - span.End))))
                return true;
        }
        return false;
    }

    private const int OrganisationReach = 40;
    // Enough for the road word after an entity, with "international" or "main" before it.
    private const int RoadReach = 30;

    // "the Assad regime", "Assad loyalists": a name followed by a side word is whose side it is. After a place preposition it is a
    // place all the same ("in Idlib government forces shelled", the comma dropped).
    private static bool NamesASide(string text, TextSpan span) =>
        SideWord().IsMatch(text.AsSpan(span.End, Math.Min(SideReach, text.Length - span.End)))
        && !PlacePreposition().IsMatch(text.AsSpan(Math.Max(0, span.Start - SideReach), Math.Min(SideReach, span.Start)));

    private const int SideReach = 20;

    [GeneratedRegex(@"^(?:'s)? (?:regime|forces|government|loyalists|famil(?:y|ys|y's|ies)|clan)\b")]
    private static partial Regex SideWord();

    [GeneratedRegex(@"\b(?:in|at|near|into|from|to|around|outside|across|towards?|of|on) (?:the )?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlacePreposition();

    [GeneratedRegex(@"^ of (?:the )?$")]
    private static partial Regex OfPlace();

    [GeneratedRegex(@"^ in (?:the )?$")]
    private static partial Regex InPlace();

    [GeneratedRegex(@"^ and (?:the )?\p{Lu}")]
    private static partial Regex AndPlace();

    [GeneratedRegex(@"^ (?:of|in) (?:the )?\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)? and (?:the )?$")]
    private static partial Regex PlaceAndPlace();

    // Sentences written in title case (InTitleCase).
    private static List<TextSpan> TitleCaseSentences(Document document)
    {
        var spans = new List<TextSpan>();
        if (!document.Layers.Contains(Layer.Sentences)) return spans;
        foreach (var sentence in document.Sentences)
            if (InTitleCase(document.Text, sentence.Span)) spans.Add(sentence.Span);
        return spans;
    }

    /// <summary>True when the sentence around <paramref name="span"/> (from the last full stop or line break before it to the next
    /// after it) is written in title case: at least four content words (four letters or more, not function words), at most one in ten of
    /// them in lower case ("52 Dead as Rival Terrorist Groups Clash in Eastern Gouta Monitor").</summary>
    public static bool InTitleCase(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start > 0 && span.Start - start < TitleReach && !SentenceEdge(text, start - 1)) start--;
        while (end < text.Length && end - span.End < TitleReach && !SentenceEdge(text, end - 1)) end++;
        int capitalised = 0, lower = 0;
        for (int i = start; i < end;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int from = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] is '-' or '\'')) i++;
            var word = text.AsSpan(from, i - from);
            if (word.Length < 4 || Events.TextFeatures.IsFunctionWord(word)) continue;
            if (char.IsUpper(word[0])) capitalised++;
            else lower++;
        }
        return capitalised >= 4 && lower * 10 <= capitalised + lower;
    }

    private const int TitleReach = 200;

    private static bool SentenceEdge(string text, int i) => text[i] is '\n' or '\r' or '!' or '?' || text[i] == '.' && (i + 1 == text.Length || text[i + 1] is ' ' or '\n');

    private static bool Inside(List<TextSpan> spans, TextSpan span)
    {
        foreach (var s in spans)
            if (s.Contains(span)) return true;
        return false;
    }

    // "the high US dollar", "a US drone strike", "US-led": a country name right before a lower-case content word qualifies it and
    // is no place (the matcher leaves two-letter names like "US" to the tagger).
    private static bool ModifiesNoun(string text, int end)
    {
        if (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1])) return true;
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1])) return false;
        int wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        return !Events.TextFeatures.IsFunctionWord(text.AsSpan(end + 1, wordEnd - end - 1));
    }

    // A person or organisation the tagger saw hides the place names inside it ("Washington Post"), unless a unit or settlement word
    // follows the name in it: the tagger takes "Paletwa Town" or "Madagali LGA" for a person or an organisation.
    // "the Education Office of Taizz" names the office's seat the same way (OfficeOf).
    private static bool Vetoes(string text, TextSpan entity, TextSpan name) =>
        entity.Contains(name) && entity != name
        && LocationPhrases.Suffixes(text.AsSpan(name.End, entity.End - name.End)) is (false, false, false)
        && !OfficeOf().IsMatch(text.AsSpan(entity.Start, name.Start - entity.Start));

    // A local office or official "of" a place: its seat. Not ministries, which are "of" their subject ("Ministry of Interior").
    [GeneratedRegex(@"\b(?:office|directorate|governor|governorate|mayor|municipality|police)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfficeOf();

    // "Department of" and "State of" open ministries and countries' formal names as often as units, so they are not here.
    [GeneratedRegex(@"^(?:the\s+)?(?:district|sub-?district|province|governorate|region|county|municipality|city|town|village)\s+of\s", RegexOptions.IgnoreCase)]
    private static partial Regex UnitOf();

    // Countries a text points to without naming a place: demonyms and well-known groups ("Syrian", "Houthi").
    // Also notes in 'first' where each country is first pointed to.
    private Dictionary<string, double> CountryCues(Document document, ReadOnlySpan<TokenData> tokens, Dictionary<string, TextSpan> first)
    {
        var cues = new Dictionary<string, double>(StringComparer.Ordinal);
        var text = document.Text;
        Span<char> buffer = stackalloc char[NameKey.MaxLength + 1];
        Span<int> ends = stackalloc int[4];
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Span.Slice(text);
            if (HasInnerHyphen(word) && HyphenCue(word) is { } part)
            {
                cues[part] = cues.GetValueOrDefault(part) + 1;
                first.TryAdd(part, tokens[i].Span);
                continue;
            }
            if ((tokens[i].Flags & TokenFlags.Capitalized) == 0) continue;
            int longest = Math.Min(4, tokens.Length - i), start = tokens[i].Span.Start;
            for (int n = 0; n < longest; n++) ends[n] = tokens[i + n].Span.End - start;
            if (!_gazetteer.MayStartCue(text.AsSpan(start, ends[longest - 1]), ends[..longest])) continue;
            for (int n = longest; n >= 1; n--)
            {
                var span = new TextSpan(tokens[i].Span.Start, tokens[i + n - 1].Span.End);
                if (_gazetteer.CountryCueKey(buffer[..NameKey.Write(span.Slice(text), buffer)]) is { } cc)
                {
                    cues[cc] = cues.GetValueOrDefault(cc) + 1;
                    first.TryAdd(cc, span);
                    i += n - 1;
                    break;
                }
            }
        }
        if (document.Layers.Contains(Layer.Entities))
            foreach (var e in document.Entities)
                if (e.Kind == EntityKind.MISC && e.CountryCode is { } code)
                {
                    cues[code] = cues.GetValueOrDefault(code) + 1;
                    first.TryAdd(code, e.Span);
                }
        return cues;
    }

    // A text that names no place but points to one country ("Iraqi lawmakers approved a government") is placed where ACLED places
    // national events: the country's capital, at country precision, spanning the first word that points to the country.
    // A text that names a place the gazetteer lacks ("near Muratove") reports a local event, not a national one: it goes to the
    // province of that country where ACLED's training rows place the most events, where its rows cluster, at province precision and
    // low confidence.
    private Place? National(string text, ReadOnlySpan<TokenData> tokens, List<PlaceNameCandidate> resolved, Dictionary<string, double> cues,
        Dictionary<string, TextSpan> first, List<TextSpan> headlines)
    {
        if (cues.Count == 0) return null;
        var top = cues.OrderByDescending(c => c.Value).ToList();
        if (top.Count > 1 && top[1].Value == top[0].Value || _capitals.Value.GetValueOrDefault(top[0].Key) is not { } capital) return null;
        if (_conflictProvinces.Value.TryGetValue(top[0].Key, out var local) && _matcher.UnknownNames(text, tokens, resolved).FirstOrDefault(u => !Inside(headlines, u)) is { Length: > 0 } unknown)
            return Build(local.Province, unknown, PrecisionCode.Admin1, LocalGuessConfidence) with
            {
                Latitude = local.Latitude,
                Longitude = local.Longitude,
                Name = text[unknown.Start..unknown.End],
                NameSpan = unknown,
                FeatureClass = FeatureClass.PopulatedPlace,
            };
        return Build(capital, first[top[0].Key], PrecisionCode.Country, NationalConfidence);
    }

    // Country -> its province with the most ACLED training rows coded at its places, and the coded place of that province the most of
    // its rows lie within GazetteerBuilder.VillageCoreKm of (the first in file order on a tie): the centre of its densest rows, where a
    // village with no unit lies more often than at the seat ("near Khutir Stavky" of an OSCE note; CV 25 km +2 rows, none lost; 10 km
    // does the same, 20 km gains 1, 25 km none).
    private static Dictionary<string, (GazetteerEntry, double, double)> ConflictProvinces(Gazetteer gazetteer)
    {
        var coded = new Dictionary<GazetteerEntry, List<GazetteerEntry>>();
        foreach (var e in gazetteer.Entries)
            if (e.CodedRows > 0 && gazetteer.Admin1Of(e) is { } province)
            {
                if (!coded.TryGetValue(province, out var list)) coded[province] = list = [];
                list.Add(e);
            }
        return coded.GroupBy(c => c.Key.CountryCode).ToDictionary(g => g.Key, g =>
        {
            var (province, places) = g.OrderByDescending(c => c.Value.Sum(e => e.CodedRows)).ThenBy(c => c.Key.Admin1Code, StringComparer.Ordinal).First();
            var core = places.MaxBy(p => places.Where(q => GeoMath.DistanceKm(p.Latitude, p.Longitude, q.Latitude, q.Longitude) <= GazetteerBuilder.VillageCoreKm)
                .Sum(q => q.CodedRows))!;
            return (province, core.Latitude, core.Longitude);
        }, StringComparer.Ordinal);
    }

    // True when the word's first hyphen is not its first character ("pro-Houthi"); a hand loop, as most words are a few letters long.
    private static bool HasInnerHyphen(ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
            if (word[i] == '-') return i > 0;
        return false;
    }

    // "pro-Houthi" points to Yemen; "Saudi-led" and "Turkish-backed" name a foreign sponsor, not where the text is.
    private string? HyphenCue(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("-led", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-backed", StringComparison.OrdinalIgnoreCase)) return null;
        var last = word[(word.LastIndexOf('-') + 1)..];
        return last.Length > 0 && char.IsUpper(last[0]) ? _gazetteer.CountryCue(last) : null;
    }

    private Place ToPlace(Document document, ToponymResolver.Resolution r)
    {
        var text = document.Text;
        var e = r.Entry;
        var name = r.Candidate.Span;
        int limit = document.SentenceAt(name.Start)?.Span.Start ?? 0;
        var reading = LocationPhrases.Before(text, name.Start, limit);
        // "the West Zone of Rio de Janeiro": ACLED names a city's parts "Rio de Janeiro-West Zone", and the gazetteer has those it codes.
        if (e.Kind == GazetteerKind.Populated && reading.Relation == LocationPhrases.Relation.Self
            && LocationPhrases.PartBefore(text, name.Start, limit) is var (partName, partStart) && Part(e, partName) is { } part)
        {
            e = part;
            reading = reading with { Start = partStart };
        }
        var precision = BasePrecision(e);
        if (reading.Relation == LocationPhrases.Relation.Border)
            precision = PrecisionCode.Region;
        else if (reading.Relation != LocationPhrases.Relation.Self)
            precision = e.Kind switch
            {
                GazetteerKind.Populated => reading.Relation == LocationPhrases.Relation.PartOf ? PrecisionCode.PartOfPlace : PrecisionCode.Near,
                GazetteerKind.Country => PrecisionCode.Region,
                _ => precision,
            };
        bool metonym = (e.IsCapital || e.Kind == GazetteerKind.Country) && reading.Relation == LocationPhrases.Relation.Self
            && LocationPhrases.IsMetonym(text, name, limit);
        var confidence = metonym ? r.Confidence * MetonymConfidenceFactor : r.Confidence;
        // A village only ACLED's notes name is believed like a spelling guess: where the text's other places are (IsWeak).
        if (e.FeatureCode == GazetteerBuilder.NotedFeatureCode) confidence = Math.Min(confidence, NotedConfidence);
        var place = Build(e, new TextSpan(reading.Start, name.End), precision, confidence, name, reading, metonym);
        // "the northern countryside of Aleppo", "northern Lattakia countryside": ACLED's places there lie some way out from the seat
        // in that direction, not at it.
        if (reading.Bearing is { } bearing && reading.DistanceKm is null && e.Kind != GazetteerKind.Country && IsCountryside(text, reading.Start, name))
        {
            var (latitude, longitude) = GeoMath.Destination(e.Latitude, e.Longitude, (int)bearing * 45.0, CountrysideKm);
            place = place with { Latitude = latitude, Longitude = longitude };
        }
        return place;
    }

    // How far from a place its countryside in some direction is taken to lie.
    private const double CountrysideKm = 20;

    // True when "countryside" comes between the phrase start and the name, or right after the name.
    private static bool IsCountryside(string text, int start, TextSpan name) =>
        text.AsSpan(start, name.Start - start).Contains("countryside", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(name.End).StartsWith(" countryside", StringComparison.OrdinalIgnoreCase);

    // The gazetteer's place named after 'city' and its part ("Rio de Janeiro-West Zone"), in its country and within a city's reach.
    private GazetteerEntry? Part(GazetteerEntry city, string part)
    {
        foreach (var entry in _gazetteer.Lookup(city.Name + " " + part))
            if (entry.Kind == GazetteerKind.Populated && entry.CountryCode == city.CountryCode
                && GeoMath.DistanceKm(entry.Latitude, entry.Longitude, city.Latitude, city.Longitude) < TownReachKm)
                return entry;
        return null;
    }

    // A village the gazetteer lacks, placed by the unit the text puts it in: "Deir al-Sharqi village in Idlib province" gets Idlib's
    // seat at province precision, "Kharistan village of Muqur district" the district's village point (GazetteerEntry.VillagePoint,
    // else its seat), "Bar-Sanguun village (Kismaayo, Lower Juba)" Kismaayo's point at "near" precision. 'places' begins with the places of 'resolutions', in the same order.
    private List<Place> UnknownSettlements(string text, ReadOnlySpan<TokenData> tokens, List<PlaceNameCandidate> candidates, List<Place> places,
        IReadOnlyList<ToponymResolver.Resolution> resolutions, List<TextSpan> headlines)
    {
        var found = new List<Place>();
        foreach (var span in _matcher.UnknownNames(text, tokens, candidates))
        {
            if (Inside(headlines, span)) continue;
            int unit = Container(text, span, places);
            if (unit < 0 || places[unit] is not { } container || container.Precision == PrecisionCode.Country) continue;
            // "in Sidon, Tripoli, Matn and Zahle ... in Sidon": a name the text reads as a town of the unit's country elsewhere is that
            // town, listed before another, not an unknown village of the town after it.
            if (ReadElsewhere(text, span, places, container.CountryCode) is { } known)
            {
                found.Add(known with { Span = span, NameSpan = span });
                continue;
            }
            var (latitude, longitude) = container.Precision == PrecisionCode.Admin2 && unit < resolutions.Count
                && resolutions[unit].Entry.VillagePoint is { } village ? village : (container.Latitude, container.Longitude);
            found.Add(container with
            {
                Latitude = latitude,
                Longitude = longitude,
                Span = span,
                NameSpan = span,
                Name = text[span.Start..span.End],
                Precision = container.Precision is PrecisionCode.Exact or PrecisionCode.PartOfPlace ? PrecisionCode.Near : container.Precision,
                GeoNameId = null,
                FeatureClass = FeatureClass.PopulatedPlace,
                Bearing = null,
                DistanceKm = null,
                Confidence = Math.Round(container.Confidence * VillageShare, 3),
            });
        }
        return found;
    }

    // A confident town reading of the same words as 'span' elsewhere in the text, in country 'country'; null when there is none.
    private static Place? ReadElsewhere(string text, TextSpan span, List<Place> places, string? country)
    {
        var name = text.AsSpan(span.Start, span.End - span.Start);
        foreach (var p in places)
            if (p.CountryCode == country && Rank(p.Precision) == 0 && p.Confidence >= MinConfidence && p.NameSpan is { } n
                && text.AsSpan(n.Start, n.End - n.Start).Equals(name, StringComparison.OrdinalIgnoreCase))
                return p;
        return null;
    }

    // The index of the first place that holds the unknown name at 'span' (named just after it and joined to it by "in", a comma or a
    // parenthesis), or -1.
    private static int Container(string text, TextSpan span, List<Place> places)
    {
        for (int i = 0; i < places.Count; i++)
        {
            var p = places[i];
            if (p.Span.Start >= span.End && p.Span.Start - span.End <= UnitReach && !p.IsMetonym
                && LocationPhrases.ToContainer().IsMatch(text.AsSpan(span.End, p.Span.Start - span.End)))
                return i;
        }
        return -1;
    }

    // "the eastern side" after "Aleppo": a part of the last city named, within a few sentences.
    private IEnumerable<Place> AnaphoricParts(string text, List<Place> places)
    {
        foreach (Match m in LocationPhrases.AnaphoricPart().Matches(text))
        {
            var anchor = places.LastOrDefault(p => p.Span.End <= m.Index && m.Index - p.Span.End < AnaphoraReach
                && p.FeatureClass == FeatureClass.PopulatedPlace && !p.IsMetonym);
            if (anchor is null) continue;
            yield return anchor with
            {
                Span = new TextSpan(m.Index, m.Index + m.Length),
                NameSpan = null,
                Precision = PrecisionCode.PartOfPlace,
                Bearing = LocationPhrases.ParseBearing(m.Groups["dir"].Value),
                DistanceKm = null,
                Confidence = Math.Round(anchor.Confidence * 0.8, 3),
            };
        }
    }

    private static PrecisionCode BasePrecision(GazetteerEntry e) => e.Kind switch
    {
        GazetteerKind.Country => PrecisionCode.Country,
        GazetteerKind.Admin1 => PrecisionCode.Admin1,
        GazetteerKind.Admin2 => PrecisionCode.Admin2,
        // A village only ACLED's notes name stands at the place ACLED codes it at, somewhere near it.
        _ when e.FeatureCode == GazetteerBuilder.NotedFeatureCode => PrecisionCode.Near,
        _ => PrecisionCode.Exact,
    };

    // The place for entry 'e'; a name read in the text also brings its span and what the words before it say (one object, not a copy).
    private Place Build(GazetteerEntry e, TextSpan span, PrecisionCode precision, double confidence, TextSpan? name = null,
        LocationPhrases.Reading reading = default, bool metonym = false) =>
        // Divisions go by the names ACLED-style records give them.
        new(span, _gazetteer.CodedName(e), e.Latitude, e.Longitude, precision, confidence, Name)
        {
            NameSpan = name,
            Bearing = reading.Bearing,
            DistanceKm = reading.DistanceKm,
            IsMetonym = metonym,
            CountryCode = e.CountryCode,
            Country = _gazetteer.Country(e.CountryCode)?.Name,
            Admin1 = e.Kind == GazetteerKind.Admin1 ? _gazetteer.CodedName(e) : _gazetteer.Admin1Of(e) is { } a1 ? _gazetteer.CodedName(a1) : null,
            Admin2 = e.Kind == GazetteerKind.Admin2 ? _gazetteer.CodedName(e) : _gazetteer.Admin2Of(e) is { } a2 ? _gazetteer.CodedName(a2) : null,
            GeoNameId = e.GeoNameId,
            FeatureClass = e.Kind == GazetteerKind.Populated ? FeatureClass.PopulatedPlace : FeatureClass.AdministrativeArea,
        };
}
