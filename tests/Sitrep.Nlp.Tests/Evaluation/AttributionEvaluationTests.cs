using Sitrep.Core;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Evaluation;

public sealed class AttributionEvaluationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-polnear-").FullName;

    private static TextSpan S(int start, int end) => new(start, end);

    [Fact]
    public void BratReaderJoinsEventsToTheirSpansIncludingDiscontinuousOnes()
    {
        const string text = "\"A,\" said Kyle Orton. \"B.\"";
        var ann = "T1\tSource 10 20\tKyle Orton\nT2\tCue 5 9\tsaid\nT3\tContent 0 4;22 26\t\"A,\" \"B.\"\nT4\tAttribution 5 9\tsaid\n" +
                  "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        var a = Assert.Single(BratAttributions.Parse(ann, text));
        Assert.Equal([S(10, 20)], a.Source);
        Assert.Equal([S(5, 9)], a.Cue);
        Assert.Equal([S(0, 4), S(22, 26)], a.Content);
    }

    [Fact]
    public void BratReaderKeepsAttributionsWithoutSourceAndSkipsContinuationLines()
    {
        const string text = "It was reported that the talks failed.";
        var ann = "T1\tCue 7 15\treported\nT2\tContent 16 37\tthat the talks\nfailed\nT3\tAttribution-no-source 7 15\treported\nE1\tAttribution-no-source:T3 Cue:T1 Content:T2\n";
        var a = Assert.Single(BratAttributions.Parse(ann, text));
        Assert.Empty(a.Source);
        Assert.Equal([S(16, 37)], a.Content);
    }

    [Fact]
    public void BratOffsetsCountCodePointsAndAreConvertedToStringOffsets()
    {
        const string text = "\U0001F600 Obama said no.";
        var ann = "T1\tSource 2 7\tObama\nT2\tCue 8 12\tsaid\nE1\tAttribution:T2 Cue:T2 Source:T1\n";
        var a = Assert.Single(BratAttributions.Parse(ann, text));
        Assert.Equal("Obama", text[a.Source[0].Start..a.Source[0].End]);
    }

    [Fact]
    public void EventNamingAnUndefinedSpanIsAGoldError()
    {
        var ex = Assert.Throws<SitrepException>(() => BratAttributions.Parse("E1\tAttribution:T9 Cue:T8\n", "text", "x.ann"));
        Assert.Equal(Errors.Gold, ex.Code);
    }

    [Fact]
    public void ScorerSeparatesExactFromOverlappingMatches()
    {
        var gold = new[] { new Attribution([S(0, 10)], [S(11, 15)], [S(16, 40)]) };
        var predicted = new[] { new Attribution([S(0, 10)], [S(11, 15)], [S(16, 30)]), new Attribution([S(50, 55)], [S(56, 60)], [S(61, 70)]) };
        var scores = AttributionScorer.Score(gold, predicted);
        var source = scores["source_exact"];
        Assert.Equal(0.5, source.Precision, 6);
        Assert.Equal(1, source.Recall, 6);
        Assert.Equal(2 / 3.0, source.F1, 6);
        Assert.Equal(0, scores["content_exact"].Recall);
        Assert.Equal(1, scores["content_overlap"].Recall);
    }

    [Fact]
    public void ScorerComparesTheSpanCoveringAllFragments()
    {
        var gold = new[] { new Attribution([], [S(5, 9)], [S(0, 4), S(22, 26)]) };
        var predicted = new[] { new Attribution([], [S(5, 9)], [S(22, 26), S(0, 4)]) };
        Assert.Equal(1, AttributionScorer.Score(gold, predicted)["content_exact"].F1);
    }

    [Fact]
    public void QuotesAreConvertedWithTheirMarksAndAppositive()
    {
        var doc = Some.Annotated("\"We will win,\" said Kyle Orton, an analyst. \"Soon.\"");
        var a = Assert.Single(QuoteAttributions.FromDocument(doc));
        Assert.Equal("Kyle Orton, an analyst", doc.TextOf(a.Source[0]));
        Assert.Equal(["\"We will win,\"", "\"Soon.\""], a.Content.Select(doc.TextOf));
    }

    [Fact]
    public void ArticlesWithSeveralAnnotatorsWeighOnceAndEveryMeasureIsReported()
    {
        const string text = "Kyle Orton said the regime would win.";
        Write("text/a.txt", text);
        Write("attributions/a_x1.ann", "T1\tSource 0 10\tKyle Orton\nT2\tCue 11 15\tsaid\nT3\tContent 16 36\tthe regime would win\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n");
        Write("attributions/a_x2.ann", "T1\tSource 0 4\tKyle\nT2\tCue 11 15\tsaid\nT3\tContent 16 36\tthe regime would win\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n");
        var report = AttributionEvaluation.Run(_dir, d => Some.Annotated(d.Text));
        Assert.Equal(1, report.Articles);
        Assert.Equal(2, report.AnnotatorFiles);
        Assert.Equal(0.5, report["source_exact"].Recall, 6);
        Assert.Equal(1, report["content_exact"].F1, 6);
        Assert.Equal(1, report.Counts["cue_exact"].Gold, 6);
        Assert.Equal(AttributionScorer.Keys.Order(), report.Counts.Keys.Order());
    }

    [Fact]
    public void FolderOutsideThePolnearLayoutIsReported()
    {
        var ex = Assert.Throws<SitrepException>(() => AttributionEvaluation.Run(_dir, d => d));
        Assert.Equal(Errors.NotFound, ex.Code);
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
