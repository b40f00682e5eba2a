using System.Globalization;
using Sitrep.Geo;
using Sitrep.Nlp.Events;

namespace Sitrep.Nlp.Tests.Events;

/// <summary>ActorPlaces.Vote reads only the latitude bands around a point and skips events too far east or west: it must vote
/// exactly as a pass over the whole table does.</summary>
public class ActorPlacesVoteTests
{
    [Fact]
    public void VotesAsAPassOverTheWholeTableDoes()
    {
        var table = Tsv.Rows(DataFiles.Require("events/actor-places.tsv"), 3)
            .Select(r => (Lat: double.Parse(r[0], CultureInfo.InvariantCulture), Lon: double.Parse(r[1], CultureInfo.InvariantCulture), Label: r[2])).ToArray();
        var labels = table.Select(e => e.Label).Distinct().ToList();
        var places = EventModel.Shipped.Places;
        var rng = new Random(11);
        // Every training place, and points a few km to tens of km from one, in reach of some events and at the edge of others'.
        var points = table.Select(e => (e.Lat, e.Lon))
            .Concat(table.Select(e => (e.Lat + (rng.NextDouble() - 0.5) * 0.6, e.Lon + (rng.NextDouble() - 0.5) * 0.6))).ToList();
        foreach (var (lat, lon) in points)
        {
            var votes = new float[labels.Count];
            bool found = places.Vote(lat, lon, labels.IndexOf, votes);
            var expected = new float[labels.Count];
            bool expectedFound = WholeTableVote(table, lat, lon, labels, expected);
            Assert.Equal(expectedFound, found);
            Assert.Equal(expected, votes);
        }
    }

    // The nearest 5 events within 25 km in table order (ties to the earlier), each weighing 1 / (1 + km), shares summing to 1.
    private static bool WholeTableVote((double Lat, double Lon, string Label)[] table, double lat, double lon, List<string> labels, float[] votes)
    {
        var nearest = new List<(double Km, int Event)>();
        for (int e = 0; e < table.Length; e++)
        {
            double km = GeoMath.DistanceKm(lat, lon, table[e].Lat, table[e].Lon);
            if (km > 25 || (nearest.Count == 5 && km >= nearest[^1].Km)) continue;
            if (nearest.Count == 5) nearest.RemoveAt(4);
            int at = nearest.Count;
            while (at > 0 && nearest[at - 1].Km > km) at--;
            nearest.Insert(at, (km, e));
        }
        float total = 0;
        foreach (var (km, _) in nearest) total += (float)(1 / (1 + km));
        foreach (var (km, e) in nearest) votes[labels.IndexOf(table[e].Label)] += (float)(1 / (1 + km)) / total;
        return nearest.Count > 0;
    }
}
