using Sitrep.Core;

namespace Sitrep.Nlp.Entities;

/// <summary>Pipeline stage that tags PER, ORG, LOC and MISC mentions sentence by sentence and links mentions of the same entity.</summary>
/// <remarks>
/// Reads <see cref="Layer.Tokens"/> and <see cref="Layer.Sentences"/>; writes only <see cref="Layer.Entities"/>.
/// Each mention's confidence comes from the Viterbi max-marginal margin of its least certain token; mentions of one
/// entity share a <see cref="EntityMention.ClusterId"/> and the entity's fullest name as <see cref="EntityMention.Canonical"/>,
/// and demonyms and country names carry their ISO code. The model is shared; each thread gets its own scratch workspace.
/// </remarks>
public sealed class EntityStage : IPipelineStage
{
    private static readonly Lazy<NerModel> ShippedModel =
        new(() => NerModel.Load(Path.GetDirectoryName(DataFiles.Require(Path.Combine("ner", NerModel.WeightsFile)))!));

    private readonly NerModel _model;
    private readonly ThreadLocal<TaggerWorkspace> _workspaces;

    /// <summary>Creates the stage around a loaded model.</summary>
    public EntityStage(NerModel model)
    {
        _model = model;
        _workspaces = new ThreadLocal<TaggerWorkspace>(model.CreateWorkspace);
    }

    /// <summary>The stage with the model shipped in <c>data/ner</c>, loaded once per process.</summary>
    /// <exception cref="SitrepException">With code <see cref="Errors.Model"/> when the shipped model is missing or corrupt.</exception>
    public static EntityStage Shipped() => new(ShippedModel.Value);

    /// <inheritdoc/>
    public string Name => "entities";

    /// <inheritdoc/>
    public IReadOnlySet<Layer> Requires { get; } = new HashSet<Layer> { Layer.Tokens, Layer.Sentences };

    /// <inheritdoc/>
    public IReadOnlySet<Layer> Produces { get; } = new HashSet<Layer> { Layer.Entities };

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var ws = _workspaces.Value!;
        var found = new List<EntityLinker.Mention>();
        var known = new List<(int Start, int End)>();
        var all = document.TokenData;
        var context = DocumentContext.Build(document.Text, all, document.Sentences.Select(s => (s.FirstToken, s.TokenCount)).ToList());
        for (int index = 0; index < document.Sentences.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[index];
            var tokens = all.Slice(sentence.FirstToken, sentence.TokenCount);
            _model.Tag(document.Text, tokens, ws, margins: true, (context, index));
            int start = -1;
            float margin = float.MaxValue;
            for (int t = 0; t < tokens.Length; t++)
            {
                var label = _model.Labels[ws.Tags[t]];
                if (label[0] is 'B' or 'S') { start = t; margin = float.MaxValue; }
                if (start < 0) continue;
                margin = Math.Min(margin, ws.Margins[t]);
                if (label[0] is 'E' or 'S')
                {
                    var kind = (EntityKind)_model.Kinds[ws.Tags[t]];
                    // "Umayyad Mosque", "Tahrir Square": a name ending in a facility word is a place.
                    if (t > start && _model.FacilityHeads.Contains(document.TextOf(tokens[t].Span))) kind = EntityKind.LOC;
                    // "Syrias Hasakeh", "in Aleppo Syrias largest city": a place's possessive written without its apostrophe ends any name
                    // before it and opens none. It is the place (its name without the possessive "s", as "Syria" in "Syria's"), and the
                    // words on either side are names of their own.
                    double confidence = Confidence(margin);
                    int from = start;
                    for (int p = start; p <= t; p++)
                    {
                        if (PossessivePlace(document.Text, tokens[p].Span, p == start ? PlaceLists : WellKnownPlaces) is not { } owner) continue;
                        if (p > from) AddName(document.Text, tokens[from..p], kind, split: true, confidence, found);
                        found.Add(new EntityLinker.Mention(owner, EntityKind.LOC, confidence));
                        from = p + 1;
                    }
                    if (from <= t) AddName(document.Text, tokens[from..(t + 1)], kind, split: from > start, confidence, found);
                    start = -1;
                }
            }
            known.Clear();
            Gazetteer.Matches(ws.Gazetteer.AsSpan(0, tokens.Length), GazetteerList.KnownOrganisation, known);
            foreach (var (first, end) in known)
            {
                var span = new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End);
                if (!_model.Organisations.Contains(document.TextOf(span))) continue;
                // A listed name spelt exactly as listed is an organisation whatever the tagger made of it ("Save the Children").
                found.RemoveAll(m => m.Span.Overlaps(span));
                found.Add(new EntityLinker.Mention(span, EntityKind.ORG, ListedConfidence));
            }
        }
        document.SetEntities(EntityLinker.Link(document.Text, found, _model.Demonyms, _model.Countries, Name));
    }

    private const double ListedConfidence = 0.95;
    private const GazetteerList PlaceLists = GazetteerList.Country | GazetteerList.City | GazetteerList.BigCity | GazetteerList.Region;
    private const GazetteerList WellKnownPlaces = GazetteerList.Country | GazetteerList.BigCity;

    private Featurizer Featurizer => _model.Featurizer;

    // A tagged name: a place when it is one on the name lists and was split from a possessive place ("Syrias Hasakeh"), or when the
    // tagger called a country or a big city a person ("Aleppo" of "in Aleppo Syrias largest city").
    private void AddName(string text, ReadOnlySpan<TokenData> tokens, EntityKind kind, bool split, double confidence, List<EntityLinker.Mention> found)
    {
        var lists = kind == EntityKind.LOC || !(split || kind == EntityKind.PER) ? GazetteerList.None : Featurizer.Gazetteer.ListsOf(text, tokens);
        if ((lists & (split ? PlaceLists : WellKnownPlaces)) != 0) kind = EntityKind.LOC;
        found.Add(new EntityLinker.Mention(new TextSpan(tokens[0].Span.Start, tokens[^1].Span.End), kind, confidence));
    }

    // The name in a capitalised word that is a listed place's name plus an apostrophe-less possessive "s" ("Syrias", "Aleppos"), when the
    // word itself is no listed name ("Homs", "Emirates").
    // Inside a name only a country or a big city is taken for a possessive ("Juan Marcos" is no possessive of Marco).
    private TextSpan? PossessivePlace(string text, TextSpan word, GazetteerList places)
    {
        var w = word.Slice(text);
        if (w.Length < 4 || w[^1] != 's' || !char.IsUpper(w[0]) || !char.IsLower(w[^2])) return null;
        if (Featurizer.Gazetteer.ListsOf(w) != GazetteerList.None || _model.Demonyms.ContainsKey(w.ToString())) return null;
        return (Featurizer.Gazetteer.ListsOf(w[..^1]) & places) != 0 ? new TextSpan(word.Start, word.End - 1) : null;
    }

    // A monotone squash of the score margin into (0.5, 1]: margin 0 means a tie between two labellings.
    private static double Confidence(float margin) => 1 - 0.5 * Math.Exp(-Math.Max(0, margin));
}
