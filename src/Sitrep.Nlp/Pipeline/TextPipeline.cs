using System.Diagnostics;
using Sitrep.Core;

namespace Sitrep.Nlp.Pipeline;

/// <summary>A built, immutable sequence of stages; thread-safe, one instance serves every document.</summary>
public sealed class TextPipeline
{
    private readonly IPipelineStage[] _stages;
    private readonly long[] _ticks;

    internal TextPipeline(IPipelineStage[] stages)
    {
        _stages = stages;
        _ticks = new long[stages.Length];
    }

    /// <summary>Stages in order.</summary>
    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>Runs every stage on <paramref name="document"/>.</summary>
    /// <exception cref="SitrepException">When a stage fails, naming the document and the stage.</exception>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < _stages.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long start = Stopwatch.GetTimestamp();
            try
            {
                _stages[i].Process(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not SitrepException)
            {
                throw Errors.Create(Errors.StageFailed, $"{document.Id}: stage '{_stages[i].Name}' failed: {ex.Message}", ex);
            }
            Interlocked.Add(ref _ticks[i], Stopwatch.GetTimestamp() - start);
        }
        return document;
    }

    /// <summary>Cumulative time spent in each stage since the pipeline was built.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings() =>
        [.. _stages.Select((s, i) => (s.Name, Stopwatch.GetElapsedTime(0, Volatile.Read(ref _ticks[i]))))];
}
