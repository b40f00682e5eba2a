using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class EvalAcledFatalitiesCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task JsonLastLineHasRowsExactAndWithinRangeAsFractions()
    {
        var csv = _cli.Write("acled.csv", """
            event_id_cnty,event_date,notes,fatalities
            A1,9-May-20,"On 9 May 2020, gunmen killed 5 civilians.",5
            A2,9-May-20,"On 9 May 2020, clashes killed at least 10 fighters.",12
            A3,9-May-20,"On 9 May 2020, protesters gathered. [size=no report]",0
            A4,9-May-20,"On 9 May 2020, an airstrike killed 3 people.",0
            """);
        var (exit, output, _) = await _cli.Run("eval", "acled-fatalities", csv, "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(3, json.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(0.3333, json.RootElement.GetProperty("exact").GetDouble());
        Assert.Equal(0.6667, json.RootElement.GetProperty("within_range").GetDouble());
        Assert.Equal(4, json.RootElement.GetProperty("rows_read").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("single_number").GetProperty("rows").GetInt32());
        Assert.Contains("ACLED fatalities", output);
    }

    [Fact]
    public async Task MissingFileIsAnErrorNamingIt()
    {
        var (exit, _, err) = await _cli.Run("eval", "acled-fatalities", Path.Combine(_cli.Dir, "nope.csv"));
        Assert.NotEqual(0, exit);
        Assert.Contains("nope.csv", err);
    }

    public void Dispose() => _cli.Dispose();
}
