using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class GeoCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task EvalGeoEndsWithTheFiveSharesAsJson()
    {
        var csv = _cli.Write("acled.csv",
            "event_id_cnty,event_date,country,admin1,location,latitude,longitude,notes,iso3\n" +
            "SYR1,9-May-20,Syria,Idleb,Kafr Takharim,36.1168,36.5152,\"On 9 May 2020, regime forces shelled Kafr Takharim in Idleb countryside.\",SYR\n" +
            "YEM1,9-May-20,Yemen,Al Hudaydah,Al Hudaydah,14.7978,42.9545,\"On 9 May 2020, pro-Houthi forces shelled Al Hudaydah city.\",YEM\n");
        var (exit, output, _) = await _cli.Run("eval", "geo", csv, "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(2, json.RootElement.GetProperty("rows").GetInt32());
        foreach (var key in new[] { "within_5km", "within_25km", "within_100km", "admin1", "country" })
            Assert.Equal(1.0, json.RootElement.GetProperty(key).GetDouble());
    }

    [Fact]
    public async Task BuildGazetteerWithoutSourceFilesNamesTheMissingFile()
    {
        var (exit, _, err) = await _cli.Run("build", "gazetteer", "--source", _cli.Dir, "--out", Path.Combine(_cli.Dir, "geo"));
        Assert.NotEqual(0, exit);
        Assert.Contains("cities", err);
    }

    public void Dispose() => _cli.Dispose();
}
