using Sitrep.Core;

namespace Sitrep.Nlp.Quotes;

/// <summary>Pipeline stage that finds direct quotes and reported speech with their cue, speaker, role and medium.</summary>
/// <remarks>
/// Reads <see cref="Layer.Tokens"/> and <see cref="Layer.Sentences"/>, and <see cref="Layer.Entities"/> when an earlier stage set it
/// (speaker names and grouping then follow the entity clusters); writes <see cref="Layer.Quotes"/> only.
/// Caption sentences are skipped. One instance serves every document: the cue lexicon is immutable and all state is per call.
/// </remarks>
public sealed class QuoteStage : IPipelineStage
{
    private readonly CueLexicon _cues;

    /// <summary>Creates the stage with the shipped cue lexicon (<c>data/quotes/cues.tsv</c>).</summary>
    /// <exception cref="SitrepException">When the lexicon file is missing or malformed.</exception>
    public QuoteStage() : this(CueLexicon.Default) { }

    internal QuoteStage(CueLexicon cues) => _cues = cues;

    /// <inheritdoc/>
    public string Name => "quotes";
    /// <inheritdoc/>
    public IReadOnlySet<Layer> Requires { get; } = new HashSet<Layer> { Layer.Tokens, Layer.Sentences };
    /// <inheritdoc/>
    public IReadOnlySet<Layer> Produces { get; } = new HashSet<Layer> { Layer.Quotes };

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        document.SetQuotes(new QuoteExtractor(document, _cues, Name).Extract());
    }
}
