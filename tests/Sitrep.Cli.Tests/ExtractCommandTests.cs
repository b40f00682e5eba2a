using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task JsonOutputCarriesMetadataFromTheGoldSidecarAndTheCaption()
    {
        var (exit, output, _) = await _cli.Run("extract", Path.Combine(Samples.Dir, "aleppo-2016-09-28.txt"), "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("aleppo-2016-09-28", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("2016-09-28", json.RootElement.GetProperty("published").GetString());
        var caption = json.RootElement.GetProperty("captions")[0].GetProperty("span");
        Assert.Equal([0, 119], caption.EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(29, json.RootElement.GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public async Task PublishedOptionOverridesTheFileName()
    {
        var path = _cli.Write("2020-01-01-story.txt", "Troops attacked the town.");
        var (_, output, _) = await _cli.Run("extract", path, "--published", "2021-03-04", "--outlet", "Reuters", "--format", "json");
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2021-03-04", json.RootElement.GetProperty("published").GetString());
        Assert.Equal("Reuters", json.RootElement.GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task TableShowsTheDocumentSummary()
    {
        var (exit, output, _) = await _cli.Run("extract", Path.Combine(Samples.Dir, "aleppo-2016-09-28.txt"));
        Assert.Equal(0, exit);
        Assert.Contains("29 sentences", output);
        Assert.Contains("caption (photo credit)", output);
    }

    [Fact]
    public async Task BatchKeepsOrderAndSkipsMalformedLinesWithTheirNumber()
    {
        var lines = new List<string>();
        for (int i = 0; i < 40; i++)
            lines.Add(i == 7 ? "{not json" : i == 12 ? "{\"text\":\"no id\"}" : JsonSerializer.Serialize(new { id = $"a{i}", text = $"Story {i}. Rebels attacked." , published = "2020-05-09" }));
        var input = _cli.Write("in.jsonl", string.Join('\n', lines));
        var outPath = Path.Combine(_cli.Dir, "out.jsonl");
        var (exit, _, err) = await _cli.Run("extract", "--jsonl", input, "-o", outPath);
        Assert.Equal(0, exit);
        Assert.Contains("in.jsonl:8:", err);
        Assert.Contains("in.jsonl:13:", err);
        var ids = File.ReadAllLines(outPath).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 40).Where(i => i is not 7 and not 12).Select(i => $"a{i}"), ids);
        using var first = JsonDocument.Parse(File.ReadLines(outPath).First());
        foreach (var key in new[] { "events", "entities", "quantities", "dates", "quotes" })
            Assert.Equal(JsonValueKind.Array, first.RootElement.GetProperty(key).ValueKind);
    }

    [Fact]
    public async Task MissingFileIsOneClearErrorAndNonZeroExit()
    {
        var (exit, _, err) = await _cli.Run("extract", Path.Combine(_cli.Dir, "nope.txt"));
        Assert.NotEqual(0, exit);
        Assert.Contains("nope.txt: no such file", err);
        Assert.Single(err.Trim().Split('\n'));
    }

    public void Dispose() => _cli.Dispose();
}
