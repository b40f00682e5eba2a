using Sitrep.Core;

namespace Sitrep.Geo;

/// <summary>Chooses, for each place-name candidate of a text, the gazetteer entry meant, and reads how the text locates relative to it.</summary>
/// <remarks>
/// Evidence, strongest first: a division named in parentheses after the name ("Al Jabaliyah (At Tuhayat, Al Hudaydah)"), a division
/// word after it ("Idlib province"), the countries the text names or points to by demonym or armed group ("Syrian", "Houthi"), the
/// provinces of the other places it names, nearness to them, then population, rank (capital, provincial seat) and how often ACLED's
/// training rows place events there (a bare "Tripoli" in a conflict note is Lebanon's more often than Libya's). Two passes: the
/// second sees the provinces and positions chosen in the first.
/// </remarks>
internal sealed class ToponymResolver(Gazetteer gazetteer)
{
    private const double CountryWeight = 3.0;
    private const double OutsideCountryPenalty = 1.5;
    private const double Admin1Weight = 1.5;
    private const double ParenthesisWeight = 4.0;
    private const double DivisionWordWeight = 3.0;
    private const double FuzzyPenalty = 1.5;
    private const double AlternatePenalty = 0.5;
    // A settlement named by its name shortened, inside the unit the text names with it ("in Cintalapa, Chiapas": Cintalapa de Figueroa).
    // (0.5 to 1.5 score alike on cross-validation; 0 lets a town's shortened name beat a village of the very name: one row lost.)
    private const double ShortenedPenalty = 0.5;
    private const double CodedWeight = 0.7;
    // Per doubling of the ACLED training rows coded at a place (0.3 to 1.2 score alike on validation; 2 starts to override the text).
    private const double CodedRowsWeight = 0.8;
    // Per doubling of the rows coded around a place (Gazetteer.CodedRowsNearby).
    // (0.2 and 0.4 score alike on cross-validation; 0.8 starts to override the text: Ankara's Golbasi for Adiyaman's).
    private const double NearbyWeight = 0.3;
    // Per doubling of the rows coded in a division (Gazetteer.CodedRowsNearby; 0.05 and 0.25 score lower on cross-validation).
    private const double DivisionRowsWeight = 0.1;
    // Readings closer than this are one place twice (a town and the division it is the seat of, a GeoNames and an ACLED point).
    private const double DistinctReadingKm = 25;

    // What the words right after a candidate say: a division word, a settlement word, the units it lies in. Those units are always
    // the candidates right after it, so they are kept as a count.
    private readonly record struct Facts(bool Admin1Word, bool Admin2Word, bool SettlementWord, int Containers)
    {
        public bool IsContainer { get; init; }

        // A locative word right before the name ("in", "near", "towards").
        public bool Locative { get; init; }
    }

    /// <summary>One resolved candidate.</summary>
    internal sealed record Resolution(PlaceNameCandidate Candidate, GazetteerEntry Entry, double Confidence);

    /// <summary>Resolves every candidate of <paramref name="text"/>; <paramref name="cues"/> are countries pointed to by words other than place names.</summary>
    public IReadOnlyList<Resolution> Resolve(string text, IReadOnlyList<PlaceNameCandidate> candidates, IReadOnlyDictionary<string, double> cues)
    {
        var countries = new Dictionary<string, double>(cues, StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            // A country named outright, or a name whose every reading lies in one country, tells the text's country.
            if (c.Match != NameMatch.Preferred) continue;
            string? only = null, named = null;
            bool one = true, small = true;
            foreach (var id in c.Entries)
            {
                var e = gazetteer[id];
                if (only is null) only = e.CountryCode;
                else if (only != e.CountryCode) one = false;
                if (e.Kind == GazetteerKind.Country) named ??= e.CountryCode;
                small &= e.Kind == GazetteerKind.Populated && e.Population < 15_000;
            }
            if (only is null) continue;
            // A lone reading of a small place is too weak to set the country: "Madaya" would pull a Syrian text to Myanmar.
            if (named is null && small) continue;
            // The country named is the one credited, not the first reading's ("US" is also a French village).
            if (named is not null) countries[named] = countries.GetValueOrDefault(named) + 1.0;
            else if (one) countries[only] = countries.GetValueOrDefault(only) + 0.5;
        }

        var facts = new Facts[candidates.Count];
        int mostReadings = 0;
        for (int k = 0; k < candidates.Count; k++)
        {
            var after = text.AsSpan(candidates[k].Span.End, Math.Min(40, text.Length - candidates[k].Span.End));
            var (admin1Word, admin2Word, settlementWord) = LocationPhrases.Suffixes(after);
            facts[k] = new Facts(admin1Word, admin2Word, settlementWord, Containers(text, candidates, k)) { Locative = LocativeBefore(text, candidates[k].Span.Start) };
            mostReadings = Math.Max(mostReadings, candidates[k].Entries.Length);
        }
        // A name that holds an earlier one ("Zamora, Michoacan", "(Nihm, Sanaa)") is read as a division first.
        // "the Tabbaneh area of Tripoli" names a part of a town, so a unit joined by "of" keeps its town readings.
        for (int k = 0; k < candidates.Count; k++)
            for (int j = k + 1; j <= k + facts[k].Containers && !JoinedByOf(text, candidates[k], candidates[j]); j++)
                facts[j] = facts[j] with { IsContainer = true };
        // "Al Awadh area (Radman al Awadh, Al Bayda)": names in parentheses after a word are the units holding it, even when the
        // gazetteer lacks the name before them.
        for (int k = 0; k < candidates.Count; k++)
            if (!facts[k].IsContainer && InUnitParentheses(text, candidates[k].Span.Start))
                facts[k] = facts[k] with { IsContainer = true };
        // One buffer for the readings' scores of both passes, as large as the most readings any candidate has.
        var scored = new List<(GazetteerEntry Entry, double Score)>(mostReadings);
        // A name with units after it may be a settlement's name shortened ("Cintalapa, Chiapas": Cintalapa de Figueroa).
        var shortened = new int[candidates.Count][];
        for (int k = 0; k < candidates.Count; k++)
            shortened[k] = facts[k].Containers > 0 && candidates[k].Match != NameMatch.Shortened ? ShortenedReadings(text, candidates[k]) : [];
        var first = Pass(candidates, facts, countries, admin1: null, chosen: null, scored, shortened);
        var admin1 = new Dictionary<(string, string), double>();
        foreach (var r in first)
        {
            if (r is null) continue;
            if (r.Entry.Kind == GazetteerKind.Country || r.Confidence < 0.5) continue;
            var key = (r.Entry.CountryCode, r.Entry.Admin1Code);
            admin1[key] = admin1.GetValueOrDefault(key) + r.Confidence;
            countries[r.Entry.CountryCode] = countries.GetValueOrDefault(r.Entry.CountryCode) + 0.5 * r.Confidence;
        }
        var second = Pass(candidates, facts, countries, admin1, first, scored, shortened);
        var resolutions = new List<Resolution>(second.Length);
        foreach (var r in second)
            if (r is not null) resolutions.Add(r);
        return resolutions;
    }

    // Returns one resolution per candidate, null where no reading survives. 'scored' is scratch space.
    private Resolution?[] Pass(IReadOnlyList<PlaceNameCandidate> candidates, Facts[] facts, Dictionary<string, double> countries,
        Dictionary<(string, string), double>? admin1, Resolution?[]? chosen, List<(GazetteerEntry Entry, double Score)> scored, int[][] shortened)
    {
        // Summed in the dictionaries' order, as the scores have always been.
        double countryTotal = 0, countryMax = 0, admin1Total = 0;
        foreach (double w in countries.Values)
        {
            countryTotal += w;
            countryMax = Math.Max(countryMax, w);
        }
        if (admin1 is not null)
            foreach (double w in admin1.Values) admin1Total += w;
        var anchors = chosen is null ? [] : Anchors(chosen);
        var result = new Resolution?[candidates.Count];
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            var (admin1Word, admin2Word, settlementWord, containers) = facts[k];
            admin1Word |= facts[k].IsContainer;
            admin2Word |= facts[k].IsContainer;

            // "X (Y, Z)" with no reading of X inside Y or Z: the gazetteer lacks this X, and its readings elsewhere are wrong.
            var alsoShortened = shortened[k];
            if (containers > 0 && !AnyContained(candidates, k, containers, c.Entries) && !AnyContained(candidates, k, containers, alsoShortened)) continue;
            // A shortened name is only read inside the units named with it.
            bool shortenedOnly = c.Match == NameMatch.Shortened;
            if (shortenedOnly && containers == 0) continue;
            int readings = c.Entries.Length + alsoShortened.Length;
            double best = double.NegativeInfinity;
            GazetteerEntry? winner = null;
            scored.Clear();
            for (int r = 0; r < readings; r++)
            {
                bool byShortName = shortenedOnly || r >= c.Entries.Length;
                int id = r < c.Entries.Length ? c.Entries[r] : alsoShortened[r - c.Entries.Length];
                if (r >= c.Entries.Length && Array.IndexOf(c.Entries, id) >= 0) continue;
                var e = gazetteer[id];
                // A skeleton match is only believable in a country the text is about; so is an alternate name of a small place, when the text has one.
                // So is a village only ACLED's notes name (GazetteerBuilder.NotedPlaces).
                if ((c.IsFuzzy || e.FeatureCode == GazetteerBuilder.NotedFeatureCode) && !countries.ContainsKey(e.CountryCode)) continue;
                // Nor, with no unit named with it, a spelling guess at a village where ACLED codes no event around ("near Sieverne" read
                // as Savran, Odesa, far from the front line the OSCE reports on).
                if (c.IsFuzzy && containers == 0 && !facts[k].IsContainer && e is { Kind: GazetteerKind.Populated or GazetteerKind.Admin2, CodedRows: 0 }
                    && gazetteer.CodedRowsNearby(e) == 0) continue;
                if (c.Match == NameMatch.Alternate && countryTotal > 0 && !countries.ContainsKey(e.CountryCode) && e.Population < 100_000) continue;
                double s = Prior(e, admin1Word, admin2Word, settlementWord);
                if (countryTotal > 0)
                    s += countries.TryGetValue(e.CountryCode, out var w) ? CountryWeight * w / countryTotal : -OutsideCountryPenalty;
                if (admin1 is not null && e.Kind != GazetteerKind.Country)
                {
                    // Discount the mention's own vote so a name does not confirm itself.
                    var own = chosen![k];
                    double self = own is not null && own.Entry.CountryCode == e.CountryCode && own.Entry.Admin1Code == e.Admin1Code ? own.Confidence : 0;
                    double total = admin1Total - self;
                    if (total > 0 && admin1.TryGetValue((e.CountryCode, e.Admin1Code), out var a))
                        s += Admin1Weight * Math.Max(0, a - self) / total;
                }
                if (containers > 0)
                {
                    if (!Contained(candidates, k, containers, e)) continue;
                    s += ParenthesisWeight;
                }
                if (chosen is not null && e.Kind == GazetteerKind.Populated)
                    s += Nearness(e, anchors, chosen[k]?.Entry);
                if (c.IsFuzzy) s -= FuzzyPenalty;
                if (byShortName) s -= ShortenedPenalty;
                else if (c.Match == NameMatch.Alternate) s -= AlternatePenalty;
                scored.Add((e, s));
                if (s > best) { best = s; winner = e; }
            }
            if (winner is null) continue;
            // A lone word that is only a village's or mid-sized town's name in a country the text is not mostly about, with nothing placing
            // it ("the head of Nato", "an English teacher", "Al-Hassan says" in a Syrian text: Hassan, India, 155,000), is a word or a
            // person, not that place.
            if (countryTotal > 0 && c.TokenCount == 1 && winner is { Kind: GazetteerKind.Populated, Population: < 200_000, CodedRows: 0 }
                && countries.GetValueOrDefault(winner.CountryCode) < 0.5 * countryMax && !facts[k].Locative && !settlementWord && containers == 0 && !facts[k].IsContainer)
                continue;
            double second = double.NegativeInfinity;
            foreach (var (e, s) in scored)
                if (!ReferenceEquals(e, winner) && s > second && GeoMath.DistanceKm(e.Latitude, e.Longitude, winner.Latitude, winner.Longitude) > DistinctReadingKm)
                    second = s;
            double margin = double.IsNegativeInfinity(second) ? 3 : best - second;
            double confidence = 1 / (1 + Math.Exp(-(margin + 0.5)));
            if (c.IsFuzzy) confidence *= 0.7;
            if (c.Match == NameMatch.Alternate && countryTotal == 0) confidence *= 0.6;
            if (countryTotal > 0 && winner.Kind != GazetteerKind.Country)
                confidence *= 0.4 + 0.6 * countries.GetValueOrDefault(winner.CountryCode) / countryMax;
            result[k] = new Resolution(c, winner, Math.Round(confidence, 3));
        }
        return result;
    }

    private int[] ShortenedReadings(string text, PlaceNameCandidate candidate)
    {
        var name = candidate.Span.Slice(text);
        Span<char> key = stackalloc char[Math.Min(name.Length, NameKey.MaxLength) + 1];
        return gazetteer.LookupShortened(key[..NameKey.Write(name, key)]);
    }

    private static readonly string[] LocativeWords = ["in", "at", "near", "outside", "around", "towards", "toward", "to", "from", "into"];

    // True when the word before 'start' is a locative preposition, or "of" after a settlement word ("the village of").
    private static bool LocativeBefore(string text, int start)
    {
        var word = WordBefore(text, start, out int begin);
        if (word.Equals("of", StringComparison.OrdinalIgnoreCase))
            return WordBefore(text, begin, out begin) is { Length: > 0 } unit && LocationPhrases.SettlementWordAt(text, begin) == unit.Length;
        foreach (var w in LocativeWords)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static ReadOnlySpan<char> WordBefore(string text, int start, out int begin)
    {
        int end = start;
        while (end > 0 && text[end - 1] == ' ') end--;
        begin = end;
        while (begin > 0 && char.IsAsciiLetter(text[begin - 1])) begin--;
        return text.AsSpan(begin, end - begin);
    }

    private double Prior(GazetteerEntry e, bool admin1Word, bool admin2Word, bool settlementWord) => e.Kind switch
    {
        GazetteerKind.Country => 2.5,
        // A division name several countries share ("Ouest", "Distrito Federal") is likelier the one ACLED codes more events in.
        GazetteerKind.Admin1 => (admin1Word ? 1.0 + DivisionWordWeight : 0.8) + DivisionRowsWeight * Math.Log2(1 + gazetteer.CodedRowsNearby(e)),
        GazetteerKind.Admin2 => (admin2Word ? 0.3 + DivisionWordWeight : -0.5) + DivisionRowsWeight * Math.Log2(1 + gazetteer.CodedRowsNearby(e)),
        _ => Math.Log10(Math.Max(e.Population, 1000)) / 3
            + (e.IsCapital ? 0.7 : e.FeatureCode == "PPLA" ? 0.4 : e.FeatureCode == GazetteerBuilder.CodedFeatureCode ? CodedWeight : 0)
            + (settlementWord ? 1.0 : 0)
            // Where ACLED places events says which town a bare name means, not whether "Idlib province" is the town.
            + (admin1Word || admin2Word ? -1.0 : CodedRowsWeight * Math.Log2(1 + e.CodedRows) + NearbyWeight * Math.Log2(1 + gazetteer.CodedRowsNearby(e))),
    };

    // Distinct confidently placed towns and divisions of the first pass: the points later readings are measured against.
    private static List<GazetteerEntry> Anchors(Resolution?[] chosen)
    {
        var anchors = new List<GazetteerEntry>();
        foreach (var r in chosen)
            if (r is { Confidence: >= 0.6 } && r.Entry.Kind != GazetteerKind.Country && !anchors.Contains(r.Entry))
                anchors.Add(r.Entry);
        return anchors;
    }

    // A populated place is likelier near the other places the text names (not counting the mention's own first reading).
    private static double Nearness(GazetteerEntry e, List<GazetteerEntry> anchors, GazetteerEntry? own)
    {
        double bonus = 0;
        foreach (var o in anchors)
        {
            if (ReferenceEquals(o, own)) continue;
            // Within 150 km only: a cheap latitude test skips most far anchors before the haversine.
            if (Math.Abs(o.Latitude - e.Latitude) > 1.5) continue;
            double d = GeoMath.DistanceKm(e.Latitude, e.Longitude, o.Latitude, o.Longitude);
            bonus = Math.Max(bonus, d < 50 ? 1.0 : d < 150 ? 0.5 : 0);
            if (bonus == 1.0) break;
        }
        return bonus;
    }

    // How many of the candidates right after candidate k are units named for it: "X (Y, Z)" or "X, Y" name X's district or province.
    private int Containers(string text, IReadOnlyList<PlaceNameCandidate> candidates, int k)
    {
        int i = candidates[k].Span.End;
        while (i < text.Length && text[i] == ' ') i++;
        // "Al Jabaliyah area (At Tuhayat, ...)": a settlement word may stand between the name and its units.
        if (LocationPhrases.SettlementWordAt(text, i) is > 0 and var word)
            for (i += word; i < text.Length && text[i] == ' ';) i++;
        if (i >= text.Length) return 0;
        if (text[i] == '(')
        {
            int close = text.IndexOf(')', i);
            if (close < 0 || close - i > 80) return 0;
            int j = k + 1;
            while (j < candidates.Count && candidates[j].Span.Start < close) j++;
            return j - (k + 1);
        }
        int end = candidates[k].Span.End;
        // "Kafr Amma in Aleppo": the next name, when it can be a division, holds this one.
        if (k + 1 < candidates.Count && LocationPhrases.IsInContainer(text.AsSpan(end, candidates[k + 1].Span.Start - end))
            && CanBeUnit(candidates[k + 1]))
            return 1;
        // "Zamora, Michoacan", "Baharak district, Takhar": a comma then a division or country, and possibly another after it.
        int count = 0;
        if (k + 1 < candidates.Count && candidates[k + 1].Span.Start >= i) end = i;
        for (int j = k + 1; j < candidates.Count && j <= k + 2; j++)
        {
            var between = text.AsSpan(end, candidates[j].Span.Start - end).Trim();
            if (!between.SequenceEqual(",") || !CanBeUnit(candidates[j])) break;
            count++;
            end = candidates[j].Span.End;
        }
        return count;
    }

    private static bool JoinedByOf(string text, PlaceNameCandidate place, PlaceNameCandidate unit) =>
        text.AsSpan(place.Span.End, unit.Span.Start - place.Span.End).TrimEnd().EndsWith(" of", StringComparison.OrdinalIgnoreCase);

    private bool CanBeUnit(PlaceNameCandidate candidate)
    {
        foreach (var id in candidate.Entries)
            if (gazetteer[id].Kind != GazetteerKind.Populated) return true;
        return false;
    }

    // True when some reading in 'entries' lies in one of the 'count' units named after candidate k.
    private bool AnyContained(IReadOnlyList<PlaceNameCandidate> candidates, int k, int count, int[] entries)
    {
        foreach (var id in entries)
            if (Contained(candidates, k, count, gazetteer[id])) return true;
        return false;
    }

    // True when 'e' lies in one of the 'count' units named after candidate k.
    private bool Contained(IReadOnlyList<PlaceNameCandidate> candidates, int k, int count, GazetteerEntry e)
    {
        for (int j = k + 1; j <= k + count; j++)
            if (Contains(candidates[j], e)) return true;
        return false;
    }

    // True when 'start' lies inside "(...)" opened right after a word, within a short reach.
    private static bool InUnitParentheses(string text, int start)
    {
        for (int i = start - 1; i >= 0 && start - i <= 80; i--)
        {
            if (text[i] == ')') return false;
            if (text[i] != '(') continue;
            int j = i - 1;
            while (j >= 0 && text[j] == ' ') j--;
            return j >= 0 && char.IsLetter(text[j]);
        }
        return false;
    }

    private bool Contains(PlaceNameCandidate container, GazetteerEntry e)
    {
        foreach (var id in container.Entries)
        {
            var c = gazetteer[id];
            if (c.CountryCode != e.CountryCode || c.Index == e.Index) continue;
            switch (c.Kind)
            {
                case GazetteerKind.Country: return true;
                case GazetteerKind.Admin1 when c.Admin1Code == e.Admin1Code: return true;
                case GazetteerKind.Admin2 when c.Admin1Code == e.Admin1Code && c.Admin2Code == e.Admin2Code: return true;
                // ACLED often writes the district by its seat's name: a place in the same province, within 60 km, counts.
                case GazetteerKind.Populated when c.Admin1Code == e.Admin1Code && GeoMath.DistanceKm(c.Latitude, c.Longitude, e.Latitude, e.Longitude) < 60: return true;
            }
        }
        return false;
    }
}
