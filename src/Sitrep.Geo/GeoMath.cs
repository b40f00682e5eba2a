namespace Sitrep.Geo;

/// <summary>Distances on the Earth's surface.</summary>
public static class GeoMath
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance in kilometres between two points given in degrees (haversine).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = double.DegreesToRadians(lat2 - lat1), dLon = double.DegreesToRadians(lon2 - lon1);
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The point <paramref name="km"/> kilometres from (<paramref name="lat"/>, <paramref name="lon"/>) towards
    /// <paramref name="bearingDegrees"/> (clockwise from north), along a great circle.</summary>
    public static (double Latitude, double Longitude) Destination(double lat, double lon, double bearingDegrees, double km)
    {
        double phi = double.DegreesToRadians(lat), theta = double.DegreesToRadians(bearingDegrees), delta = km / EarthRadiusKm;
        double phi2 = Math.Asin(Math.Sin(phi) * Math.Cos(delta) + Math.Cos(phi) * Math.Sin(delta) * Math.Cos(theta));
        double lambda = Math.Atan2(Math.Sin(theta) * Math.Sin(delta) * Math.Cos(phi), Math.Cos(delta) - Math.Sin(phi) * Math.Sin(phi2));
        return (double.RadiansToDegrees(phi2), lon + double.RadiansToDegrees(lambda));
    }

    /// <summary>The item of <paramref name="items"/> nearest to (<paramref name="lat"/>, <paramref name="lon"/>), the first on a tie, or default when there is none.</summary>
    /// <remarks>Compares on a local flat projection (longitude scaled by the cosine of the latitude): exact enough to rank nearby points, and cheap.</remarks>
    public static T? Nearest<T>(IEnumerable<T> items, double lat, double lon, Func<T, double> latitude, Func<T, double> longitude)
    {
        T? nearest = default;
        double best = double.MaxValue;
        double cos = Math.Cos(double.DegreesToRadians(lat));
        foreach (var item in items)
        {
            double dy = latitude(item) - lat, dx = (longitude(item) - lon) * cos;
            double d = dx * dx + dy * dy;
            if (d < best) { best = d; nearest = item; }
        }
        return nearest;
    }
}
