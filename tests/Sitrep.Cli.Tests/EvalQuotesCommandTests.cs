using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class EvalQuotesCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task JsonLastLineHasPrecisionRecallAndF1ForEveryMeasure()
    {
        _cli.Write("corpus/text/a.txt", "\"We will win,\" said Kyle Orton. The ministry said the road was open.");
        _cli.Write("corpus/attributions/a_x1.ann",
            "T1\tSource 20 30\tKyle Orton\nT2\tCue 15 19\tsaid\nT3\tContent 0 14\t\"We will win,\"\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n");
        var (exit, output, err) = await _cli.Run("eval", "quotes", Path.Combine(_cli.Dir, "corpus"), "--json");
        Assert.True(exit == 0, err);
        using var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        foreach (var measure in new[] { "source_exact", "source_overlap", "cue_exact", "content_exact", "content_overlap" })
            foreach (var key in new[] { "precision", "recall", "f1" })
                Assert.InRange(json.RootElement.GetProperty(measure).GetProperty(key).GetDouble(), 0, 1);
        Assert.Equal(1.0, json.RootElement.GetProperty("source_exact").GetProperty("recall").GetDouble());
        Assert.Contains("Quote attribution", output);
    }

    [Fact]
    public async Task FolderWithoutTextAndAttributionsIsAnError()
    {
        var (exit, _, err) = await _cli.Run("eval", "quotes", _cli.Dir);
        Assert.NotEqual(0, exit);
        Assert.Contains("text/ and attributions/", err);
    }

    public void Dispose() => _cli.Dispose();
}
