namespace Sitrep.Nlp.Entities;

/// <summary>The BIOES label scheme: which label may follow which, and conversion from chunks.</summary>
internal static class LabelScheme
{
    /// <summary>Score of a forbidden transition: low enough that Viterbi never takes it, finite so sums stay finite.</summary>
    public const float Forbidden = -1e6f;

    /// <summary>Writes <see cref="Forbidden"/> into the transitions and start scores that BIOES rules out.</summary>
    public static void Constrain(IReadOnlyList<string> labels, Span<float> transitions, Span<float> start)
    {
        for (int p = 0; p < labels.Count; p++)
        {
            for (int y = 0; y < labels.Count; y++)
                if (!Allowed(labels[p], labels[y])) transitions[p * labels.Count + y] = Forbidden;
            if (!Allowed("O", labels[p])) start[p] = Forbidden;
        }
    }

    /// <summary>For each label, the labels that may precede it, so Viterbi skips forbidden transitions.</summary>
    public static int[][] Predecessors(IReadOnlyList<string> labels) =>
        [.. Enumerable.Range(0, labels.Count).Select(y => Enumerable.Range(0, labels.Count).Where(p => Allowed(labels[p], labels[y])).ToArray())];

    /// <summary>For each label, the labels that may follow it.</summary>
    public static int[][] Successors(IReadOnlyList<string> labels) =>
        [.. Enumerable.Range(0, labels.Count).Select(p => Enumerable.Range(0, labels.Count).Where(y => Allowed(labels[p], labels[y])).ToArray())];

    /// <summary>Scores added when a sentence ends on each label: an entity must be closed (E, S or O).</summary>
    public static float[] EndScores(IReadOnlyList<string> labels) =>
        labels.Select(l => l[0] is 'B' or 'I' ? Forbidden : 0f).ToArray();

    /// <summary>BIOES tags for <paramref name="chunks"/> over <paramref name="length"/> tokens.</summary>
    public static string[] ToBioes(IEnumerable<Chunk> chunks, int length)
    {
        var tags = new string[length];
        Array.Fill(tags, "O");
        foreach (var c in chunks)
        {
            if (c.End - c.Start == 1) { tags[c.Start] = "S-" + c.Type; continue; }
            tags[c.Start] = "B-" + c.Type;
            for (int i = c.Start + 1; i < c.End - 1; i++) tags[i] = "I-" + c.Type;
            tags[c.End - 1] = "E-" + c.Type;
        }
        return tags;
    }

    // Inside and end labels continue an open entity of their type; every other label needs the previous entity closed.
    private static bool Allowed(string previous, string next)
    {
        bool open = previous[0] is 'B' or 'I';
        return next[0] is 'I' or 'E' ? open && previous[2..] == next[2..] : !open;
    }
}
