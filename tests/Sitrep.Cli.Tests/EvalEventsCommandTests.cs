using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class EvalEventsCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    private const string AcledCsv =
        "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,admin1,location,notes,fatalities\n" +
        "SYR1,9-May-20,Explosions/Remote violence,Air/drone strike,Military Forces of Syria (2000-),Civilians (Syria),Idleb,Saraqab,\"On 9 May 2020, Syrian warplanes bombed Saraqab, killing no one.\",0\n" +
        "SYR2,8-May-20,Battles,Armed clash,Military Forces of Syria (2000-),HTS: Hayat Tahrir al Sham,Idleb,Kafr Nabl,\"On 8 May 2020, regime forces clashed with HTS near Kafr Nabl.\",0\n";

    [Fact]
    public async Task AcledEvalOnAllRowsEndsWithTheJsonOfEveryField()
    {
        var file = _cli.Write("acled.csv", AcledCsv);
        var (exit, output, _) = await _cli.Run("eval", "acled", file, "--all-rows", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(2, json.RootElement.GetProperty("rows").GetInt32());
        foreach (var key in new[] { "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location", "fatalities", "date" })
            Assert.InRange(json.RootElement.GetProperty(key).GetDouble(), 0, 1);
        Assert.Contains("confusion", output);
    }

    [Fact]
    public async Task FakesEvalEndsWithItsFourMeasures()
    {
        var file = _cli.Write("fakes.csv",
            "unit_id,article_title,article_content,source,date,location,actor,cause_of_death,nb_children,nb_civilians,nb_noncivilians,nb_women,label\n" +
            "1,Strikes on Idlib,\"Syrian warplanes struck the town of Saraqeb in Idlib on Monday, killing 12 civilians.\",reuters,4/5/17,idlib,syrian government or russian troops,shelling,0,12,0,0,1\n");
        var (exit, output, _) = await _cli.Run("eval", "fakes", file, "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(1, json.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("sub_event").GetDouble());
        Assert.Equal(1, json.RootElement.GetProperty("actor1").GetDouble());
        foreach (var key in new[] { "admin1", "deaths_within_20pct" })
            Assert.InRange(json.RootElement.GetProperty(key).GetDouble(), 0, 1);
    }

    [Fact]
    public async Task MissingAcledFileIsReportedWithItsCode()
    {
        var (exit, _, err) = await _cli.Run("eval", "acled", Path.Combine(_cli.Dir, "none.csv"));
        Assert.NotEqual(0, exit);
        Assert.Contains("SR0101", err);
    }

    [Fact]
    public async Task ReutersEvalOnAFolderOrABrokenLineNamesTheInput()
    {
        var (folderExit, _, folderErr) = await _cli.Run("eval", "reuters", _cli.Dir);
        Assert.NotEqual(0, folderExit);
        Assert.Contains("SR0101", folderErr);
        Assert.Contains("is a folder", folderErr);

        var file = _cli.Write("reuters.jsonl", "{\"id\":\"r1\",\"topics\":[\"earn\"],\"text\":\"Profit rose.\"}\n{\"id\":\"r2\",\"topics\":\n");
        var (lineExit, _, lineErr) = await _cli.Run("eval", "reuters", file);
        Assert.NotEqual(0, lineExit);
        Assert.Contains("SR0501", lineErr);
        Assert.Contains("reuters.jsonl:2", lineErr);
    }

    [Fact]
    public async Task TrainingWithoutTheTablesFolderSaysWhereToRunIt()
    {
        var (exit, _, err) = await _cli.Run("train", "events", "--corpora", _cli.Dir, "--out", Path.Combine(_cli.Dir, "nowhere"));
        Assert.NotEqual(0, exit);
        Assert.Contains("cues.tsv", err);
    }

    public void Dispose() => _cli.Dispose();
}
