using Sitrep.Core;

namespace Sitrep.Nlp.Quotes;

/// <summary>Turns candidates into quotes: resolves pronoun speakers, links speakers to entities and groups them.</summary>
internal sealed class SpeakerResolver(Document document, string text)
{
    private sealed record Mention(TextSpan Span, string Name, TextSpan? Role, bool IsBody, bool IsPerson, int Cluster);

    private readonly List<Mention> _mentions = [];
    private readonly List<string[]> _clusterNames = [];
    private readonly Dictionary<int, int> _entityClusters = [];

    public List<Quote> Resolve(List<Candidate> candidates, string producer)
    {
        // Named and described speakers first, in text order, so a pronoun can look back at every earlier one.
        var named = candidates.Where(c => NameOf(c) is { } s && !IsPronoun(s)).GroupBy(c => NameOf(c)!.Value).OrderBy(g => g.Key.Start);
        foreach (var g in named) _mentions.Add(Describe(g.Key) with { Role = g.Select(c => c.RoleSpan).FirstOrDefault(r => r is not null) });

        var quotes = new List<Quote>(candidates.Count);
        foreach (var c in candidates)
        {
            var quote = new Quote(c.Content, c.Kind, c.Confidence, producer)
            {
                Cue = c.Cue,
                SpeakerSpan = c.SpeakerSpan,
                Medium = c.Medium is { } m ? Clean(m) : null,
                MediumSpan = c.Medium,
            };
            if (NameOf(c) is { } span)
            {
                var mention = IsPronoun(span) ? Antecedent(span) : _mentions.First(x => x.Span == span);
                var roleSpan = c.RoleSpan ?? mention?.Role;
                quote = quote with
                {
                    Speaker = mention?.Name,
                    SpeakerClusterId = mention?.Cluster,
                    SpeakerRoleSpan = roleSpan,
                    SpeakerRole = roleSpan is { } r ? Clean(r) : UnnamedRole(mention),
                    Confidence = mention is null ? c.Confidence * 0.6 : IsPronoun(span) ? c.Confidence * 0.9 : c.Confidence,
                };
            }
            quotes.Add(quote);
        }
        // A role given once holds for every quote of the same speaker.
        var roles = quotes.Where(q => q.SpeakerClusterId is not null && q.SpeakerRole is not null)
            .GroupBy(q => q.SpeakerClusterId!.Value).ToDictionary(g => g.Key, g => g.First());
        for (int i = 0; i < quotes.Count; i++)
            if (quotes[i] is { SpeakerRole: null, SpeakerClusterId: { } id } q && roles.TryGetValue(id, out var withRole))
                quotes[i] = q with { SpeakerRole = withRole.SpeakerRole, SpeakerRoleSpan = withRole.SpeakerRoleSpan };
        return quotes;
    }

    private Mention Describe(TextSpan span)
    {
        var entity = EntityIn(span);
        string name = entity is { } e ? e.Canonical ?? Clean(e.Span) : Clean(span);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string head = words.Length > 0 ? words[^1] : name;
        bool body = entity?.Kind == EntityKind.ORG || Words.IsBodyHead(head) || words.Any(w => Words.IsBodyHead(w));
        bool plural = entity is null && head.Length > 3 && char.IsLower(head[0]) && head.EndsWith('s');
        bool person = entity?.Kind == EntityKind.PER || (!body && !plural);
        int cluster = ClusterOf(entity, words);
        return new Mention(span, name, null, body || plural, person, cluster);
    }

    // "he" is the latest earlier speaker that can be one person; "they" the latest group, else the latest speaker.
    private Mention? Antecedent(TextSpan pronoun)
    {
        var word = text.AsSpan(pronoun.Start, pronoun.Length);
        bool person = Words.IsPersonPronoun(word);
        bool group = Words.IsGroupPronoun(word);
        Mention? fallback = null;
        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.Span.Start >= pronoun.Start) continue;
            if (person && m.IsPerson) return m;
            if (!person && !group && m.IsBody) return m;
            if (group && m.IsBody) return m;
            if (group) fallback ??= m;
        }
        if (fallback is not null || !person) return fallback;
        // No earlier speaker: the latest person the entity layer found before the pronoun.
        var entity = document.Entities.LastOrDefault(e => e.Kind == EntityKind.PER && e.Span.End <= pronoun.Start);
        return entity is null ? null : Describe(entity.Span);
    }

    private EntityMention? EntityIn(TextSpan span) =>
        document.Entities.LastOrDefault(e => e.Kind is EntityKind.PER or EntityKind.ORG && e.Span.Overlaps(span));

    // Same entity cluster, same name, or a single word that ends or names an earlier speaker ("Orton", "the Observatory").
    private int ClusterOf(EntityMention? entity, string[] words)
    {
        if (entity?.ClusterId is { } id)
        {
            if (_entityClusters.TryGetValue(id, out int known)) return known;
            _entityClusters[id] = _clusterNames.Count;
            _clusterNames.Add(words);
            return _clusterNames.Count - 1;
        }
        var key = words.SkipWhile(w => Words.IsDeterminer(w)).ToArray();
        for (int i = 0; i < _clusterNames.Count; i++)
        {
            var other = _clusterNames[i].SkipWhile(w => Words.IsDeterminer(w)).ToArray();
            if (key.SequenceEqual(other, StringComparer.OrdinalIgnoreCase)) return i;
            // A shorter name whose words all occur in a longer one names the same speaker ("Orton", "the British-based Observatory").
            if (key.Length < other.Length && IsNamedSubset(key, other)) return i;
            if (other.Length < key.Length && IsNamedSubset(other, key))
            {
                _clusterNames[i] = words;
                return i;
            }
        }
        _clusterNames.Add(words);
        return _clusterNames.Count - 1;
    }

    private static bool IsNamedSubset(string[] shorter, string[] longer) =>
        shorter.Length > 0 && shorter.Any(w => char.IsUpper(w[0])) && shorter.All(w => longer.Contains(w, StringComparer.OrdinalIgnoreCase));

    // An unnamed speaker ("A Western diplomat") is known only by the role the description gives.
    private static string? UnnamedRole(Mention? m)
    {
        if (m is null) return null;
        var words = m.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && Words.IsIndefinite(words[0]) ? string.Join(' ', words[1..]) : null;
    }

    private static TextSpan? NameOf(Candidate c) => c.NameSpan ?? c.SpeakerSpan;

    private bool IsPronoun(TextSpan span) => Words.IsPronoun(text.AsSpan(span.Start, span.Length));

    private string Clean(TextSpan span) => string.Join(' ', text[span.Start..span.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
