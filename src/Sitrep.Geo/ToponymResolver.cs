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
    private const double CodedWeight = 0.7;
    // Per doubling of the ACLED training rows coded at a place (0.3 to 1.2 score alike on validation; 2 starts to override the text).
    private const double CodedRowsWeight = 0.8;
    // Readings closer than this are one place twice (a town and the division it is the seat of, a GeoNames and an ACLED point).
    private const double DistinctReadingKm = 25;

    // What the words right after a candidate say: a division word, a settlement word, the units it lies in.
    private readonly record struct Facts(bool Admin1Word, bool Admin2Word, bool SettlementWord, List<PlaceNameCandidate> Containers)
    {
        public bool IsContainer { get; init; }
    }

    private static int IndexOf(IReadOnlyList<PlaceNameCandidate> candidates, PlaceNameCandidate candidate, int from)
    {
        for (int i = from; i < candidates.Count; i++)
            if (ReferenceEquals(candidates[i], candidate)) return i;
        throw new InvalidOperationException("container is not among the candidates");
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
            string? only = null;
            bool one = true;
            foreach (var id in c.Entries)
            {
                var cc = gazetteer[id].CountryCode;
                if (only is null) only = cc;
                else if (only != cc) { one = false; break; }
            }
            if (only is null) continue;
            bool named = c.Entries.Any(id => gazetteer[id].Kind == GazetteerKind.Country);
            // A lone reading of a small place is too weak to set the country: "Madaya" would pull a Syrian text to Myanmar.
            if (!named && c.Entries.All(id => gazetteer[id].Kind == GazetteerKind.Populated && gazetteer[id].Population < 15_000)) continue;
            if (named || one) countries[only] = countries.GetValueOrDefault(only) + (named ? 1.0 : 0.5);
        }

        var facts = new Facts[candidates.Count];
        for (int k = 0; k < candidates.Count; k++)
        {
            var after = text.AsSpan(candidates[k].Span.End, Math.Min(40, text.Length - candidates[k].Span.End));
            facts[k] = new Facts(LocationPhrases.Admin1Suffix().IsMatch(after), LocationPhrases.Admin2Suffix().IsMatch(after),
                LocationPhrases.SettlementSuffix().IsMatch(after), Containers(text, candidates, k));
        }
        // A name that holds an earlier one ("Zamora, Michoacan", "(Nihm, Sanaa)") is read as a division first.
        for (int k = 0; k < candidates.Count; k++)
            foreach (var container in facts[k].Containers)
            {
                int j = IndexOf(candidates, container, k + 1);
                facts[j] = facts[j] with { IsContainer = true };
            }
        // "Al Awadh area (Radman al Awadh, Al Bayda)": names in parentheses after a word are the units holding it, even when the
        // gazetteer lacks the name before them.
        for (int k = 0; k < candidates.Count; k++)
            if (!facts[k].IsContainer && InUnitParentheses(text, candidates[k].Span.Start))
                facts[k] = facts[k] with { IsContainer = true };
        var first = Pass(candidates, facts, countries, admin1: null, chosen: null);
        var admin1 = new Dictionary<(string, string), double>();
        foreach (var r in first)
        {
            if (r is null) continue;
            if (r.Entry.Kind == GazetteerKind.Country || r.Confidence < 0.5) continue;
            var key = (r.Entry.CountryCode, r.Entry.Admin1Code);
            admin1[key] = admin1.GetValueOrDefault(key) + r.Confidence;
            countries[r.Entry.CountryCode] = countries.GetValueOrDefault(r.Entry.CountryCode) + 0.5 * r.Confidence;
        }
        return [.. Pass(candidates, facts, countries, admin1, first).OfType<Resolution>()];
    }

    // Returns one resolution per candidate, null where no reading survives.
    private Resolution?[] Pass(IReadOnlyList<PlaceNameCandidate> candidates, Facts[] facts, Dictionary<string, double> countries,
        Dictionary<(string, string), double>? admin1, Resolution?[]? chosen)
    {
        double countryTotal = countries.Values.Sum();
        double countryMax = countries.Count == 0 ? 0 : countries.Values.Max();
        double admin1Total = admin1?.Values.Sum() ?? 0;
        var anchors = chosen is null ? [] : Anchors(chosen);
        var result = new Resolution?[candidates.Count];
        var scored = new List<(GazetteerEntry Entry, double Score)>();
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            var (admin1Word, admin2Word, settlementWord, containers) = facts[k];
            admin1Word |= facts[k].IsContainer;
            admin2Word |= facts[k].IsContainer;

            // "X (Y, Z)" with no reading of X inside Y or Z: the gazetteer lacks this X, and its readings elsewhere are wrong.
            if (containers.Count > 0 && !c.Entries.Any(id => containers.Any(cont => Contains(cont, gazetteer[id])))) continue;
            double best = double.NegativeInfinity;
            GazetteerEntry? winner = null;
            scored.Clear();
            foreach (var id in c.Entries)
            {
                var e = gazetteer[id];
                // A skeleton match is only believable in a country the text is about; so is an alternate name of a small place, when the text has one.
                if (c.IsFuzzy && !countries.ContainsKey(e.CountryCode)) continue;
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
                if (containers.Count > 0 && containers.Any(cont => Contains(cont, e)))
                    s += ParenthesisWeight;
                else if (containers.Count > 0)
                    continue;
                if (chosen is not null && e.Kind == GazetteerKind.Populated)
                    s += Nearness(e, anchors, chosen[k]?.Entry);
                if (c.IsFuzzy) s -= FuzzyPenalty;
                if (c.Match == NameMatch.Alternate) s -= AlternatePenalty;
                scored.Add((e, s));
                if (s > best) { best = s; winner = e; }
            }
            if (winner is null) continue;
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

    private static double Prior(GazetteerEntry e, bool admin1Word, bool admin2Word, bool settlementWord) => e.Kind switch
    {
        GazetteerKind.Country => 2.5,
        GazetteerKind.Admin1 => admin1Word ? 1.0 + DivisionWordWeight : 0.8,
        GazetteerKind.Admin2 => admin2Word ? 0.3 + DivisionWordWeight : -0.5,
        _ => Math.Log10(Math.Max(e.Population, 1000)) / 3
            + (e.IsCapital ? 0.7 : e.FeatureCode == "PPLA" ? 0.4 : e.FeatureCode == GazetteerBuilder.CodedFeatureCode ? CodedWeight : 0)
            + (settlementWord ? 1.0 : 0)
            // Where ACLED places events says which town a bare name means, not whether "Idlib province" is the town.
            + (admin1Word || admin2Word ? -1.0 : CodedRowsWeight * Math.Log2(1 + e.CodedRows)),
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

    // Units named right after candidate k: "X (Y, Z)" or "X, Y" name X's district or province.
    private List<PlaceNameCandidate> Containers(string text, IReadOnlyList<PlaceNameCandidate> candidates, int k)
    {
        var list = new List<PlaceNameCandidate>(0);
        int i = candidates[k].Span.End;
        while (i < text.Length && text[i] == ' ') i++;
        // "Al Jabaliyah area (At Tuhayat, ...)": a settlement word may stand between the name and its units.
        if (LocationPhrases.SettlementWord().Match(text, i) is { Success: true } word && word.Index == i)
            for (i += word.Length; i < text.Length && text[i] == ' ';) i++;
        if (i >= text.Length) return list;
        if (text[i] == '(')
        {
            int close = text.IndexOf(')', i);
            if (close < 0 || close - i > 80) return list;
            for (int j = k + 1; j < candidates.Count && candidates[j].Span.Start < close; j++)
                list.Add(candidates[j]);
            return list;
        }
        int end = candidates[k].Span.End;
        // "Kafr Amma in Aleppo": the next name, when it can be a division, holds this one.
        if (k + 1 < candidates.Count && LocationPhrases.InContainer().IsMatch(text.AsSpan(end, candidates[k + 1].Span.Start - end))
            && candidates[k + 1].Entries.Any(id => gazetteer[id].Kind != GazetteerKind.Populated))
        {
            list.Add(candidates[k + 1]);
            return list;
        }
        // "Zamora, Michoacan": a comma then a division or country, and possibly another after it.
        for (int j = k + 1; j < candidates.Count && j <= k + 2; j++)
        {
            var between = text.AsSpan(end, candidates[j].Span.Start - end).Trim();
            if (!between.SequenceEqual(",") || !candidates[j].Entries.Any(id => gazetteer[id].Kind != GazetteerKind.Populated)) break;
            list.Add(candidates[j]);
            end = candidates[j].Span.End;
        }
        return list;
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
