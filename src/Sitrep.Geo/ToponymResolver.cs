using Sitrep.Core;

namespace Sitrep.Geo;

/// <summary>Chooses, for each place-name candidate of a text, the gazetteer entry meant, and reads how the text locates relative to it.</summary>
/// <remarks>
/// Evidence, strongest first: a division named in parentheses after the name ("Al Jabaliyah (At Tuhayat, Al Hudaydah)"), a division
/// word after it ("Idlib province"), the countries the text names or points to by demonym or armed group ("Syrian", "Houthi"), the
/// provinces of the other places it names, nearness to them, then population and rank (capital, provincial seat). Two passes: the
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

        var first = Pass(text, candidates, countries, admin1: null, chosen: null);
        var admin1 = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in first)
        {
            if (r is null) continue;
            if (r.Entry.Kind == GazetteerKind.Country || r.Confidence < 0.5) continue;
            var key = r.Entry.CountryCode + "." + r.Entry.Admin1Code;
            admin1[key] = admin1.GetValueOrDefault(key) + r.Confidence;
            countries[r.Entry.CountryCode] = countries.GetValueOrDefault(r.Entry.CountryCode) + 0.5 * r.Confidence;
        }
        return [.. Pass(text, candidates, countries, admin1, first).OfType<Resolution>()];
    }

    // Returns one resolution per candidate, null where no reading survives.
    private Resolution?[] Pass(string text, IReadOnlyList<PlaceNameCandidate> candidates, Dictionary<string, double> countries,
        Dictionary<string, double>? admin1, Resolution?[]? chosen)
    {
        double countryTotal = countries.Values.Sum();
        var result = new Resolution?[candidates.Count];
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            var after = text.AsSpan(c.Span.End, Math.Min(40, text.Length - c.Span.End));
            bool admin1Word = LocationPhrases.Admin1Suffix().IsMatch(after);
            bool admin2Word = LocationPhrases.Admin2Suffix().IsMatch(after);
            bool settlementWord = LocationPhrases.SettlementSuffix().IsMatch(after);
            var containers = Containers(text, candidates, k);

            double best = double.NegativeInfinity, second = double.NegativeInfinity;
            GazetteerEntry? winner = null;
            foreach (var id in c.Entries)
            {
                var e = gazetteer[id];
                // A skeleton match is only believable in a country the text is about; so is an alternate name, when the text has one.
                if (c.IsFuzzy && !countries.ContainsKey(e.CountryCode)) continue;
                if (c.Match == NameMatch.Alternate && countryTotal > 0 && !countries.ContainsKey(e.CountryCode)) continue;
                double s = Prior(e, admin1Word, admin2Word, settlementWord);
                if (countryTotal > 0)
                    s += countries.TryGetValue(e.CountryCode, out var w) ? CountryWeight * w / countryTotal : -OutsideCountryPenalty;
                if (admin1 is not null && e.Kind != GazetteerKind.Country)
                {
                    // Discount the mention's own vote so a name does not confirm itself.
                    var own = chosen![k];
                    double self = own is not null && own.Entry.CountryCode == e.CountryCode && own.Entry.Admin1Code == e.Admin1Code ? own.Confidence : 0;
                    double total = admin1.Values.Sum() - self;
                    if (total > 0 && admin1.TryGetValue(e.CountryCode + "." + e.Admin1Code, out var a))
                        s += Admin1Weight * Math.Max(0, a - self) / total;
                }
                if (containers.Count > 0 && containers.Any(cont => Contains(cont, e)))
                    s += ParenthesisWeight;
                if (chosen is not null && e.Kind == GazetteerKind.Populated)
                    s += Nearness(e, chosen, k);
                if (c.IsFuzzy) s -= FuzzyPenalty;
                if (c.Match == NameMatch.Alternate) s -= AlternatePenalty;
                if (s > best) { second = best; best = s; winner = e; }
                else if (s > second) second = s;
            }
            if (winner is null) continue;
            double margin = double.IsNegativeInfinity(second) ? 3 : best - second;
            double confidence = 1 / (1 + Math.Exp(-(margin + 0.5)));
            if (c.IsFuzzy) confidence *= 0.7;
            if (c.Match == NameMatch.Alternate && countryTotal == 0) confidence *= 0.6;
            if (countryTotal > 0 && winner.Kind != GazetteerKind.Country)
                confidence *= 0.4 + 0.6 * countries.GetValueOrDefault(winner.CountryCode) / countries.Values.Max();
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
            + (e.IsCapital ? 0.7 : e.FeatureCode == "PPLA" ? 0.4 : 0)
            + (settlementWord ? 1.0 : 0)
            - (admin1Word || admin2Word ? 1.0 : 0),
    };

    // A populated place is likelier near the other places the text names.
    private static double Nearness(GazetteerEntry e, Resolution?[] chosen, int self)
    {
        double bonus = 0;
        for (int i = 0; i < chosen.Length; i++)
        {
            if (i == self || chosen[i] is not { Confidence: >= 0.6 } other) continue;
            var o = other.Entry;
            if (o.Kind == GazetteerKind.Country) continue;
            double d = GeoMath.DistanceKm(e.Latitude, e.Longitude, o.Latitude, o.Longitude);
            bonus = Math.Max(bonus, d < 50 ? 1.0 : d < 150 ? 0.5 : 0);
        }
        return bonus;
    }

    // Units named right after candidate k: "X (Y, Z)" or "X, Y" name X's district or province.
    private List<PlaceNameCandidate> Containers(string text, IReadOnlyList<PlaceNameCandidate> candidates, int k)
    {
        var list = new List<PlaceNameCandidate>(0);
        int i = candidates[k].Span.End;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length) return list;
        if (text[i] == '(')
        {
            int close = text.IndexOf(')', i);
            if (close < 0 || close - i > 80) return list;
            for (int j = k + 1; j < candidates.Count && candidates[j].Span.Start < close; j++)
                list.Add(candidates[j]);
            return list;
        }
        // "Zamora, Michoacan": a comma then a division or country, and possibly another after it.
        int end = candidates[k].Span.End;
        for (int j = k + 1; j < candidates.Count && j <= k + 2; j++)
        {
            var between = text.AsSpan(end, candidates[j].Span.Start - end).Trim();
            if (!between.SequenceEqual(",") || !candidates[j].Entries.Any(id => gazetteer[id].Kind != GazetteerKind.Populated)) break;
            list.Add(candidates[j]);
            end = candidates[j].Span.End;
        }
        return list;
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
