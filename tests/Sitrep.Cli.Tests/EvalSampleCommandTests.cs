using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class EvalSampleCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task JsonLastLineHasEveryLayerAndTheViolationCount()
    {
        var (exit, output, _) = await _cli.Run("eval", "sample", Samples.Dir, "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        foreach (var layer in new[] { "entities", "quantities", "dates", "quotes", "events" })
        {
            var score = json.RootElement.GetProperty(layer);
            foreach (var key in new[] { "precision", "recall", "f1" })
                Assert.InRange(score.GetProperty(key).GetDouble(), 0, 1);
        }
        Assert.Equal(3, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("must_not_extract").GetProperty("violations").GetInt32());
        Assert.Contains("Sample evaluation", output);
    }

    [Fact]
    public async Task FolderWithoutGoldFilesIsAnError()
    {
        var (exit, _, err) = await _cli.Run("eval", "sample", _cli.Dir);
        Assert.NotEqual(0, exit);
        Assert.Contains("no NAME.txt with a NAME.gold.json", err);
    }

    public void Dispose() => _cli.Dispose();
}
