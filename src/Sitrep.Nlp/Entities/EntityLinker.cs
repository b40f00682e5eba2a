using Sitrep.Core;

namespace Sitrep.Nlp.Entities;

/// <summary>Links the mentions of one document into entities: repeated names, short forms of full person names ("Stoltenberg"), names with and without "the".</summary>
/// <remarks>
/// Longer names are clustered first so a later or earlier short form finds its full name wherever it occurs.
/// A cluster takes the kind most of its mentions were tagged with (a short form of a person is a person),
/// and every member is relabelled to it, so one document never calls the same name two different things.
/// </remarks>
internal static class EntityLinker
{
    /// <summary>A tagged mention before linking.</summary>
    public readonly record struct Mention(TextSpan Span, EntityKind Kind, double Confidence);

    private sealed class Cluster(string canonical, EntityKind kind)
    {
        public string Canonical { get; } = canonical;
        public string[] Words { get; } = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        public EntityKind TaggedKind { get; } = kind;
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal) { canonical };
        public double[] Votes { get; } = new double[4];
        public int FirstStart { get; set; } = int.MaxValue;
    }

    /// <summary>Links <paramref name="mentions"/> of <paramref name="text"/>; the tables give demonyms' and country names' ISO codes.</summary>
    public static List<EntityMention> Link(string text, IReadOnlyList<Mention> mentions,
        IReadOnlyDictionary<string, string> demonyms, IReadOnlyDictionary<string, string> countries, string producer)
    {
        var names = mentions.Select(m => Name(text, m.Span)).ToArray();
        var order = Enumerable.Range(0, mentions.Count)
            .OrderByDescending(i => names[i].Count(c => c == ' ')).ThenBy(i => mentions[i].Span.Start).ToArray();
        var clusters = new List<Cluster>();
        var clusterOf = new Cluster[mentions.Count];
        foreach (int i in order)
        {
            var cluster = clusters.FirstOrDefault(c => c.Names.Contains(names[i]))
                ?? clusters.FirstOrDefault(c => c.TaggedKind == EntityKind.PER && IsShortForm(names[i], c.Words));
            if (cluster is null)
            {
                cluster = new Cluster(names[i], mentions[i].Kind);
                clusters.Add(cluster);
            }
            cluster.Names.Add(names[i]);
            cluster.Votes[(int)mentions[i].Kind] += mentions[i].Confidence;
            cluster.FirstStart = Math.Min(cluster.FirstStart, mentions[i].Span.Start);
            clusterOf[i] = cluster;
        }

        var ids = clusters.OrderBy(c => c.FirstStart).Select((c, id) => (c, id)).ToDictionary(p => p.c, p => p.id);
        var linked = new List<EntityMention>(mentions.Count);
        for (int i = 0; i < mentions.Count; i++)
        {
            var c = clusterOf[i];
            var kind = c.TaggedKind == EntityKind.PER && c.Words.Length > 1 ? EntityKind.PER : Majority(c.Votes, c.TaggedKind);
            linked.Add(new EntityMention(mentions[i].Span, kind, mentions[i].Confidence, producer)
            {
                ClusterId = ids[c],
                Canonical = c.Canonical,
                CountryCode = CountryCode(names[i], kind, demonyms, countries),
            });
        }
        return linked;
    }

    /// <summary>The mention's name: its text without a leading "the" or a trailing possessive.</summary>
    private static string Name(string text, TextSpan span)
    {
        var name = text.AsSpan(span.Start, span.Length).Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) name = name[4..];
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal)) name = name[..^2];
        return string.Join(' ', name.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // "Stoltenberg" of "Jens Stoltenberg", "Assad" of "Bashar al-Assad": every word of the short form is a word
    // (or the part after a particle's hyphen) of the full name, in order, and the short form is shorter.
    private static bool IsShortForm(string name, string[] fullWords)
    {
        var words = name.Split(' ');
        if (words.Length >= fullWords.Length) return false;
        int j = 0;
        foreach (var w in words)
        {
            while (j < fullWords.Length && !Matches(w, fullWords[j])) j++;
            if (j == fullWords.Length) return false;
            j++;
        }
        return true;
    }

    private static bool Matches(string word, string fullWord) =>
        word == fullWord || fullWord.Length > word.Length + 1 && fullWord.EndsWith(word, StringComparison.Ordinal) && fullWord[^(word.Length + 1)] == '-';

    private static EntityKind Majority(double[] votes, EntityKind tie)
    {
        var best = tie;
        for (int k = 0; k < votes.Length; k++)
            if (votes[k] > votes[(int)best]) best = (EntityKind)k;
        return best;
    }

    private static string? CountryCode(string name, EntityKind kind, IReadOnlyDictionary<string, string> demonyms, IReadOnlyDictionary<string, string> countries)
    {
        string? code = kind switch
        {
            EntityKind.MISC => demonyms.GetValueOrDefault(name) ?? (name.EndsWith('s') ? demonyms.GetValueOrDefault(name[..^1]) : null),
            EntityKind.LOC => countries.GetValueOrDefault(name),
            _ => null,
        };
        return string.IsNullOrEmpty(code) ? null : code;
    }
}
