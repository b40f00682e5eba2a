using Sitrep.Core;

namespace Sitrep.Nlp.Text;

/// <summary>Pipeline stage that sets the token layer.</summary>
/// <remarks>Reads the text only; writes <see cref="Layer.Tokens"/>.</remarks>
public sealed class TokenizerStage : IPipelineStage
{
    /// <inheritdoc/>
    public string Name => "tokens";
    /// <inheritdoc/>
    public IReadOnlySet<Layer> Requires { get; } = new HashSet<Layer>();
    /// <inheritdoc/>
    public IReadOnlySet<Layer> Produces { get; } = new HashSet<Layer> { Layer.Tokens };

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken) =>
        document.SetTokens(Tokenizer.Tokenize(document.Text));
}
