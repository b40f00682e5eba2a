using Sitrep.Core;
using Sitrep.Geo;
using Sitrep.Nlp.Pipeline;
using Sitrep.Nlp.Places;

namespace Sitrep.Nlp.Evaluation;

/// <summary>Scores of geocoding ACLED notes against ACLED's own coordinates and units, as fractions of the rows scored.</summary>
/// <param name="Rows">Rows scored.</param>
/// <param name="Within5Km">Share whose chosen location lies within 5 km of ACLED's point.</param>
/// <param name="Within25Km">Share within 25 km.</param>
/// <param name="Within100Km">Share within 100 km.</param>
/// <param name="Admin1">Share with ACLED's admin1.</param>
/// <param name="Country">Share with ACLED's country.</param>
public sealed record GeoScore(int Rows, double Within5Km, double Within25Km, double Within100Km, double Admin1, double Country);

/// <summary>One row's outcome: the place chosen as the event location and how far it lies from ACLED's.</summary>
/// <param name="Row">The ACLED row.</param>
/// <param name="Chosen">The place chosen, or null when the notes named none the gazetteer knows.</param>
/// <param name="DistanceKm">Distance to ACLED's point, or null.</param>
/// <param name="Admin1Correct">True when the admin1 agrees.</param>
/// <param name="CountryCorrect">True when the country agrees.</param>
/// <param name="Places">Every place read from the notes, the chosen one among them.</param>
public sealed record GeoRowResult(AcledRow Row, Place? Chosen, double? DistanceKm, bool Admin1Correct, bool CountryCorrect, IReadOnlyList<Place> Places);

/// <summary>Geocodes the notes of ACLED rows and compares the event location chosen with ACLED's coding.</summary>
/// <remarks>
/// The notes are the only input (plus the event date as publication date); ACLED's location columns are read only to score. They are
/// read by the stages the pipeline runs before the geo stage, entity tagger included.
/// Admin1 names differ between ACLED and GeoNames ("Idleb", "Idlib"; "Rural Damascus", "Rif-dimashq"), so an admin1 counts as
/// right when the names agree after normalisation or by consonant skeleton, or when it is the admin1 of the gazetteer place
/// nearest ACLED's point in ACLED's country.
/// </remarks>
public sealed class GeoEvaluator(Gazetteer gazetteer, GeoStage stage)
{
    // The layers the geo stage reads in the product (tokens, sentences, the tagger's entities), so the score is the product's.
    private readonly TextPipeline _pipeline = DefaultPipeline.Sentences().Add(Entities.EntityStage.Shipped()).Add(stage).Build();

    private readonly Dictionary<string, GazetteerEntry[]> _placesByIso3 = gazetteer.Entries
        .Where(e => e.Kind == GazetteerKind.Populated && gazetteer.Iso3(e.CountryCode) is not null)
        .GroupBy(e => gazetteer.Iso3(e.CountryCode)!)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Scores every row of <paramref name="rows"/> and returns the totals and the per-row outcomes.</summary>
    /// <remarks>ACLED codes a note listing several places as one event per place, each row with the whole note
    /// (<see cref="GeoStage.EventLocations"/>). The rows of <paramref name="file"/> sharing a note are its events: they are matched one
    /// to one with the note's first places listed, as many as there are rows, the match that puts them nearest; a row left over, when
    /// the note lists fewer places than ACLED coded events, takes the note's event location.</remarks>
    /// <param name="rows">The rows to score.</param>
    /// <param name="file">Every row of the file <paramref name="rows"/> come from, which tells how many events ACLED coded from a note
    /// (a split may hold some of them out); <paramref name="rows"/> by default.</param>
    public (GeoScore Score, IReadOnlyList<GeoRowResult> Results) Evaluate(IEnumerable<AcledRow> rows, IEnumerable<AcledRow>? file = null)
    {
        static bool Located(AcledRow r) => r.Latitude is not null && r.Longitude is not null;
        var scored = rows.Where(Located).ToList();
        var events = (file ?? scored).Where(Located).GroupBy(r => r.Notes).ToDictionary(g => g.Key, g => g.ToList());
        var chosen = new Dictionary<AcledRow, Place?>(ReferenceEqualityComparer.Instance);
        var read = new Dictionary<string, IReadOnlyList<Place>>();
        foreach (var row in scored)
        {
            if (read.ContainsKey(row.Notes)) continue;
            var document = new Document(row.EventId ?? $"line-{row.Line}", row.Notes) { Published = row.EventDate };
            var places = _pipeline.Process(document).Places;
            read[row.Notes] = places;
            var group = events.TryGetValue(row.Notes, out var coded) && coded.Contains(row) ? coded : [row];
            foreach (var (r, place) in Match(group, GeoStage.EventLocations(row.Notes, places))) chosen[r] = place;
        }
        var results = scored.Select(r => Score(r, chosen.GetValueOrDefault(r), read[r.Notes])).ToList();
        int n = results.Count;
        double Share(Func<GeoRowResult, bool> ok) => n == 0 ? 0 : Math.Round(results.Count(ok) / (double)n, 4);
        var score = new GeoScore(n,
            Share(r => r.DistanceKm <= 5), Share(r => r.DistanceKm <= 25), Share(r => r.DistanceKm <= 100),
            Share(r => r.Admin1Correct), Share(r => r.CountryCorrect));
        return (score, results);
    }

    // Distances count up to this in a match: one far-off pair does not outweigh the rest.
    private const double MatchCapKm = 100;
    // Notes with more rows than this are matched greedily (ACLED splits a note into at most a handful of events).
    private const int ExactMatchRows = 7;

    // The rows of one note matched one to one with its listed places (the first 'rows.Count'), nearest in sum; rows left over take the first.
    private static IEnumerable<(AcledRow Row, Place? Place)> Match(List<AcledRow> rows, IReadOnlyList<Place> listed)
    {
        if (listed.Count == 0) return rows.Select(r => (r, (Place?)null));
        var places = listed.Take(rows.Count).ToList();
        double Cost(int row, int place) => Math.Min(MatchCapKm,
            GeoMath.DistanceKm(places[place].Latitude, places[place].Longitude, rows[row].Latitude!.Value, rows[row].Longitude!.Value));
        // rowOf[place] = the row matched with it.
        var rowOf = new int[places.Count];
        if (rows.Count <= ExactMatchRows)
        {
            var best = double.MaxValue;
            var current = new int[places.Count];
            var used = new bool[rows.Count];
            void Search(int place, double cost)
            {
                if (cost >= best) return;
                if (place == places.Count) { best = cost; current.CopyTo(rowOf, 0); return; }
                for (int row = 0; row < rows.Count; row++)
                {
                    if (used[row]) continue;
                    (used[row], current[place]) = (true, row);
                    Search(place + 1, cost + Cost(row, place));
                    used[row] = false;
                }
            }
            Search(0, 0);
        }
        else
        {
            var used = new bool[rows.Count];
            for (int place = 0; place < places.Count; place++)
            {
                int row = Enumerable.Range(0, rows.Count).Where(r => !used[r]).MinBy(r => Cost(r, place));
                (used[row], rowOf[place]) = (true, row);
            }
        }
        var matched = rows.Select(_ => places[0]).ToArray();
        for (int place = 0; place < places.Count; place++) matched[rowOf[place]] = places[place];
        return rows.Select((r, i) => (r, (Place?)matched[i]));
    }

    private GeoRowResult Score(AcledRow row, Place? chosen, IReadOnlyList<Place> places)
    {
        if (chosen is null) return new GeoRowResult(row, null, null, false, false, places);
        double lat = row.Latitude!.Value, lon = row.Longitude!.Value;
        double distance = Math.Round(GeoMath.DistanceKm(chosen.Latitude, chosen.Longitude, lat, lon), 1);
        bool country = row.Iso3 is { } iso3 && string.Equals(gazetteer.Iso3(chosen.CountryCode ?? ""), iso3, StringComparison.OrdinalIgnoreCase)
            || row.Country is { } name && NameKey.Of(name) == NameKey.Of(chosen.Country ?? "");
        bool admin1 = country && (NameKey.SamePlace(row.Admin1, chosen.Admin1) || NearestAdmin1(row.Iso3, lat, lon) is { } nearest && nearest == AdminKey(chosen));
        return new GeoRowResult(row, chosen, distance, admin1, country, places);
    }

    private string? AdminKey(Place place)
    {
        var hits = gazetteer.Lookup(place.Admin1 ?? "");
        return hits.FirstOrDefault(e => e.Kind == GazetteerKind.Admin1 && e.CountryCode == place.CountryCode) is { } a ? a.CountryCode + "." + a.Admin1Code : null;
    }

    private string? NearestAdmin1(string? iso3, double lat, double lon)
    {
        if (iso3 is null || !_placesByIso3.TryGetValue(iso3, out var places)) return null;
        var nearest = GeoMath.Nearest(places, lat, lon, p => p.Latitude, p => p.Longitude);
        return nearest is null ? null : nearest.CountryCode + "." + nearest.Admin1Code;
    }
}
