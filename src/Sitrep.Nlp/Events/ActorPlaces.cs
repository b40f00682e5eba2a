using System.Globalization;
using Sitrep.Core;
using Sitrep.Geo;
using Sitrep.Nlp.Evaluation;

namespace Sitrep.Nlp.Events;

/// <summary>Where ACLED's training events happened and whom it coded as actor 1: a nearest-neighbour prior over places for
/// notes that name no side.</summary>
/// <remarks>
/// "The OSCE SMM observed 20 explosions near Avdiivka" names no one; which side fires there is a matter of the front line,
/// and the training events near Avdiivka say it (5-fold cross-validation on the training rows: 74% of such notes right from
/// the text alone, 88% with the 5 nearest events). The table is <c>data/events/actor-places.tsv</c>, written by
/// <c>sitrep train events</c> from the training rows: latitude, longitude, "inter|actor 1".
/// </remarks>
internal sealed class ActorPlaces
{
    // Neighbours that vote, and how far away they may be.
    private const int Neighbours = 5;
    private const double RadiusKm = 25;
    // The great circle between two points is never shorter than their difference in latitude: events further north or south
    // than this are out of reach, and Vote skips their trigonometry. The 1% margin keeps rounding from skipping one in reach.
    private static readonly double LatitudeReach = 1.01 * RadiusKm / GeoMath.DistanceKm(0, 0, 1, 0);
    private const int NearBands = 5;

    private readonly (double Lat, double Lon, string Label)[] _events;
    // The events by band of latitude (LatitudeReach wide), each band in table order: Vote reads the bands around a point, not the table.
    private readonly Dictionary<int, int[]> _bands;

    private ActorPlaces((double, double, string)[] events)
    {
        _events = events;
        _bands = Enumerable.Range(0, events.Length).GroupBy(e => Band(events[e].Item1)).ToDictionary(g => g.Key, g => g.ToArray());
    }

    private static int Band(double latitude) => (int)Math.Floor(latitude / LatitudeReach);

    /// <summary>Number of events in the table.</summary>
    public int Count => _events.Length;

    /// <summary>Reads the table.</summary>
    /// <exception cref="SitrepException">When a row is malformed.</exception>
    public static ActorPlaces Load(string path) => new(Tsv.Rows(path, 3).Select(r =>
        double.TryParse(r[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && double.TryParse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            ? (lat, lon, r[2])
            : throw Errors.Create(Errors.Model, $"{path}: '{r[0]}, {r[1]}' is not a latitude and longitude")).ToArray());

    /// <summary>Writes the places and actors 1 of <paramref name="rows"/> (the training rows) to <paramref name="path"/>, in row order.</summary>
    public static void Write(string path, IEnumerable<AcledRow> rows)
    {
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        writer.WriteLine("# latitude<TAB>longitude<TAB>inter|actor 1 of ACLED training rows (regime period left out); written by 'sitrep train events'.");
        foreach (var row in rows)
            if (row.Latitude is { } lat && row.Longitude is { } lon && ActorNames.WithoutPeriod(row.Actor1) is { } actor)
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lat:R}\t{lon:R}\t{row.Inter1 ?? 0}|{actor}"));
    }

    /// <summary>Adds to <paramref name="votes"/> the weight of each label among the nearest training events within reach of the point;
    /// returns false when none is.</summary>
    /// <param name="latitude">The event's latitude.</param>
    /// <param name="longitude">The event's longitude.</param>
    /// <param name="index">The class index of a label, or -1 when the classifier has no such class.</param>
    /// <param name="votes">Weights by class index, summing to 1 over the neighbours found.</param>
    public bool Vote(double latitude, double longitude, Func<string, int> index, Span<float> votes)
    {
        Span<(double Km, int Event)> nearest = stackalloc (double, int)[Neighbours];
        int found = 0;
        // Events within reach lie in the band of the point or the next one either side; two more either side absorb rounding.
        // The bands' events are read merged back into table order, so ties fall as a pass over the whole table lets them.
        var bands = new int[NearBands][];
        for (int b = 0; b < NearBands; b++) bands[b] = _bands.GetValueOrDefault(Band(latitude) + b - NearBands / 2, []);
        Span<int> read = stackalloc int[NearBands];
        read.Clear();
        // Nor is one further east or west than this: the great circle is at least 2/pi of the arc along the parallels, whose
        // degrees are shortest at the band's poleward edge (NaN or infinite near a pole, where nothing is skipped).
        double poleward = Math.Cos(double.DegreesToRadians(Math.Min(90, Math.Abs(latitude) + LatitudeReach)));
        double longitudeReach = LatitudeReach * Math.PI / (2 * Math.Sqrt(Math.Cos(double.DegreesToRadians(latitude)) * poleward));
        while (true)
        {
            int band = -1;
            for (int b = 0; b < NearBands; b++)
                if (read[b] < bands[b].Length && (band < 0 || bands[b][read[b]] < bands[band][read[band]])) band = b;
            if (band < 0) break;
            int e = bands[band][read[band]++];
            double east = Math.Abs(_events[e].Lon - longitude);
            if (Math.Abs(_events[e].Lat - latitude) > LatitudeReach || Math.Min(east, 360 - east) > longitudeReach) continue;
            double km = GeoMath.DistanceKm(latitude, longitude, _events[e].Lat, _events[e].Lon);
            if (km > RadiusKm || (found == Neighbours && km >= nearest[found - 1].Km)) continue;
            // Insertion into the short sorted list of the nearest so far; ties keep table order.
            int at = found < Neighbours ? found++ : found - 1;
            while (at > 0 && nearest[at - 1].Km > km) { nearest[at] = nearest[at - 1]; at--; }
            nearest[at] = (km, e);
        }
        if (found == 0) return false;
        float total = 0;
        for (int i = 0; i < found; i++) total += Weight(nearest[i].Km);
        for (int i = 0; i < found; i++)
            if (index(_events[nearest[i].Event].Label) is var c and >= 0)
                votes[c] += Weight(nearest[i].Km) / total;
        return true;
    }

    // Closer events count more: one at the same place counts as much as two 1 km away.
    private static float Weight(double km) => (float)(1 / (1 + km));
}
