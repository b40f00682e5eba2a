using Sitrep.Core;
using Sitrep.Nlp.Pipeline;
using Sitrep.Nlp.Text;

namespace Sitrep.Nlp.Tests.Pipeline;

public class PipelineBuilderTests
{
    private sealed class FakeStage(string name, Layer[] requires, Layer[] produces, Action<Document>? action = null) : IPipelineStage
    {
        public string Name => name;
        public IReadOnlySet<Layer> Requires { get; } = requires.ToHashSet();
        public IReadOnlySet<Layer> Produces { get; } = produces.ToHashSet();
        public void Process(Document document, CancellationToken cancellationToken) => action?.Invoke(document);
    }

    [Fact]
    public void MissingRequirementNamesStageLayerAndProducer()
    {
        var ex = Assert.Throws<SitrepException>(() => new PipelineBuilder().Add(new SentenceStage()).Add(new TokenizerStage()).Add(new CaptionDetector()).Build());
        Assert.Equal(Errors.Pipeline, ex.Code);
        Assert.Contains("stage 'sentences' requires layer 'Tokens'", ex.Message);
        Assert.Contains("add 'tokens' before it", ex.Message);
    }

    [Fact]
    public void DuplicateStageNamesAreRejected() =>
        Assert.Throws<SitrepException>(() => new PipelineBuilder().Add(new TokenizerStage()).Add(new TokenizerStage()).Build());

    [Fact]
    public void FailingStageIsReportedWithDocumentAndStage()
    {
        var pipeline = new PipelineBuilder().Add(new FakeStage("boom", [], [], _ => throw new InvalidOperationException("bad state"))).Build();
        var ex = Assert.Throws<SitrepException>(() => pipeline.Process(new Document("doc-7", "text")));
        Assert.Contains("doc-7", ex.Message);
        Assert.Contains("'boom'", ex.Message);
    }

    [Fact]
    public async Task BatchKeepsInputOrderAndSurvivesAFailingDocument()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("maybe-fail", [], [], d => { if (d.Text == "fail") throw new InvalidOperationException("no"); }))
            .Add(new TokenizerStage()).Build();
        var texts = Enumerable.Range(0, 500).Select(i => i == 123 ? "fail" : $"doc {i}").ToList();
        var results = new List<BatchResult>();
        await foreach (var r in new BatchRunner(pipeline, workers: 4, capacity: 8).RunAsync(Inputs(texts)))
            results.Add(r);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => (long)i), results.Select(r => r.Index));
        Assert.NotNull(results[123].Error);
        Assert.Equal("doc 499", results[499].Document!.Text);
        Assert.Equal(2, results[499].Document!.TokenCount);
    }

    private static async IAsyncEnumerable<Func<Document>> Inputs(IEnumerable<string> texts)
    {
        int i = 0;
        foreach (var t in texts)
        {
            int id = i++;
            yield return () => new Document($"d{id}", t);
            await Task.Yield();
        }
    }
}
