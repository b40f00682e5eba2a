using Sitrep.Core;

namespace Sitrep.Nlp.Quantities;

/// <summary>Finds every number expression with its low / best / high values, hedge, counted noun and casualty role.</summary>
/// <remarks>
/// Reads the raw text and needs no layer; writes <see cref="Layer.Quantities"/> only. Figures inside calendar dates
/// ("9 May 2020") are left to the date stage. Values follow ACLED's conservative reading ("more than 350" and "dozens"
/// give their floor as best) while low and high keep the range the text allows, UCDP style. Thread-safe: all state is
/// per call.
/// </remarks>
public sealed class QuantityStage : IPipelineStage
{
    /// <summary>Stage name, recorded as producer.</summary>
    public string Name => "quantities";

    /// <summary>No layer is needed: the stage scans the text itself.</summary>
    public IReadOnlySet<Layer> Requires { get; } = new HashSet<Layer>();

    /// <summary>The quantity layer.</summary>
    public IReadOnlySet<Layer> Produces { get; } = new HashSet<Layer> { Layer.Quantities };

    /// <summary>Annotates <paramref name="document"/> with its quantities.</summary>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetQuantities(Read(document.Text, cancellationToken));
    }

    /// <summary>Reads the quantities of <paramref name="text"/> in text order.</summary>
    public IReadOnlyList<Quantity> Read(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new QuantityReader(new WordList(text), Name).Run(cancellationToken);
    }
}
