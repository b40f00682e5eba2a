using System.Threading.Channels;
using Sitrep.Core;

namespace Sitrep.Nlp.Pipeline;

/// <summary>The outcome of one document of a batch: the annotated document, or the reason it failed.</summary>
/// <param name="Index">Position of the input in the batch.</param>
/// <param name="Document">The annotated document, when processing succeeded.</param>
/// <param name="Error">What went wrong, when it did not.</param>
public sealed record BatchResult(long Index, Document? Document, SitrepException? Error);

/// <summary>Streams documents through a pipeline on all cores and yields results in input order.</summary>
/// <remarks>
/// Bounded channels keep memory flat however long the input: at most <c>capacity</c> documents wait to be processed
/// and at most as many finished ones wait to be written. A failing document yields an error result; the batch goes on.
/// </remarks>
public sealed class BatchRunner(TextPipeline pipeline, int? workers = null, int capacity = 256)
{
    private readonly int _workers = Math.Max(1, workers ?? Environment.ProcessorCount);

    /// <summary>Processes <paramref name="inputs"/>; results come back in the order the inputs were given.</summary>
    public async IAsyncEnumerable<BatchResult> RunAsync(IAsyncEnumerable<Func<Document>> inputs, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var work = Channel.CreateBounded<(long Index, Func<Document> Make, TaskCompletionSource<BatchResult> Done)>(capacity);
        var order = Channel.CreateBounded<TaskCompletionSource<BatchResult>>(capacity);

        var producer = Task.Run(async () =>
        {
            long index = 0;
            try
            {
                await foreach (var make in inputs.WithCancellation(cancellationToken))
                {
                    var done = new TaskCompletionSource<BatchResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                    await order.Writer.WriteAsync(done, cancellationToken);
                    await work.Writer.WriteAsync((index++, make, done), cancellationToken);
                }
            }
            finally
            {
                work.Writer.TryComplete();
                order.Writer.TryComplete();
            }
        }, cancellationToken);

        var consumers = Enumerable.Range(0, _workers).Select(_ => Task.Run(async () =>
        {
            await foreach (var (index, make, done) in work.Reader.ReadAllAsync(cancellationToken))
                done.SetResult(Process(index, make, cancellationToken));
        }, cancellationToken)).ToArray();

        await foreach (var done in order.Reader.ReadAllAsync(cancellationToken))
            yield return await done.Task;

        await producer;
        await Task.WhenAll(consumers);
    }

    private BatchResult Process(long index, Func<Document> make, CancellationToken cancellationToken)
    {
        try
        {
            return new BatchResult(index, pipeline.Process(make(), cancellationToken), null);
        }
        catch (SitrepException ex)
        {
            return new BatchResult(index, null, ex);
        }
    }
}
