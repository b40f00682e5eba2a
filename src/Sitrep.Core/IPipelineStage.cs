namespace Sitrep.Core;

/// <summary>One step of the pipeline: reads some layers of a document and produces others.</summary>
/// <remarks>A stage writes only the layers it declares in <see cref="Produces"/>, is thread-safe (one instance serves all documents), and lets exceptions propagate to the runner.</remarks>
public interface IPipelineStage
{
    /// <summary>Unique stage name, recorded as the producer of every annotation it makes.</summary>
    string Name { get; }
    /// <summary>Layers that must be present before this stage runs.</summary>
    IReadOnlySet<Layer> Requires { get; }
    /// <summary>Layers this stage sets.</summary>
    IReadOnlySet<Layer> Produces { get; }
    /// <summary>Annotates <paramref name="document"/>.</summary>
    void Process(Document document, CancellationToken cancellationToken);
}
