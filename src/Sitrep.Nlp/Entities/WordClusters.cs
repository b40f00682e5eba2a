using System.Numerics;

namespace Sitrep.Nlp.Entities;

/// <summary>Hierarchical word clusters (16 × 16 × 8 leaves) learnt from unlabelled text; words are keyed by hash so lookups do not allocate.</summary>
/// <remarks>
/// A path id packs the three levels as <c>(top·16 + middle)·8 + leaf</c>, stored plus one so that 0 means "unknown word".
/// Words sharing a prefix of the path occur in similar contexts, which lets the tagger generalise from "Bonn" to "Brussels".
/// </remarks>
internal sealed class WordClusters
{
    private readonly Dictionary<ulong, int> _paths;

    public WordClusters(Dictionary<ulong, int> paths) => _paths = paths;

    /// <summary>Word hashes and path ids plus one, for saving.</summary>
    public IReadOnlyDictionary<ulong, int> Paths => _paths;

    /// <summary>The path id plus one of <paramref name="word"/>, trying it as written, then title-cased, then lower-cased; 0 when unknown.</summary>
    /// <param name="word">The word.</param>
    /// <param name="exact">Its <see cref="FeatureHash.Exact"/> hash, which the caller has already computed.</param>
    /// <param name="hasUpper">Whether it has an upper-case letter; without one the other spellings are the same word.</param>
    public int Find(ReadOnlySpan<char> word, ulong exact, bool hasUpper)
    {
        if (_paths.TryGetValue(exact, out int id)) return id;
        if (!hasUpper) return 0;
        if (_paths.TryGetValue(FeatureHash.Title(word), out id)) return id;
        return _paths.TryGetValue(FeatureHash.Lower(word), out id) ? id : 0;
    }

    /// <summary>Learns clusters from <paramref name="texts"/>: PPMI context vectors of left and right neighbours, randomly projected, then spherical k-means applied top-down.</summary>
    /// <param name="texts">Unlabelled text.</param>
    /// <param name="seed">Seed of the projection and of the k-means starting points; the same seed and text give the same clusters.</param>
    /// <param name="maxWords">Most frequent words that get a cluster.</param>
    public static WordClusters Learn(IEnumerable<string> texts, int seed, int maxWords = 60000)
    {
        const int contextWords = 1000, dims = 96, minCount = 3;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var counts = new List<int>();
        var corpus = new List<int[]>();
        var spans = new List<(int Start, int End)>();
        foreach (var text in texts)
        {
            spans.Clear();
            WordSplitter.Split(text, spans);
            var seq = new int[spans.Count];
            for (int i = 0; i < spans.Count; i++)
            {
                var w = text[spans[i].Start..spans[i].End];
                if (!ids.TryGetValue(w, out int id))
                {
                    id = ids[w] = words.Count;
                    words.Add(w);
                    counts.Add(0);
                }
                counts[id]++;
                seq[i] = id;
            }
            corpus.Add(seq);
        }

        // Rank words by frequency, ties by ordinal text, so the vocabulary does not depend on dictionary order.
        var ranked = Enumerable.Range(0, words.Count).Where(i => counts[i] >= minCount)
            .OrderByDescending(i => counts[i]).ThenBy(i => words[i], StringComparer.Ordinal).Take(maxWords).ToArray();
        var rank = new int[words.Count];
        Array.Fill(rank, -1);
        for (int r = 0; r < ranked.Length; r++) rank[ranked[r]] = r;
        int contexts = Math.Min(contextWords, ranked.Length);

        var pairs = new Dictionary<long, int>();
        var contextTotals = new double[2 * contexts];
        double total = 0;
        foreach (var seq in corpus)
        {
            for (int i = 0; i < seq.Length; i++)
            {
                int v = rank[seq[i]];
                if (v < 0) continue;
                int left = i > 0 ? rank[seq[i - 1]] : -1;
                int right = i + 1 < seq.Length ? rank[seq[i + 1]] : -1;
                if (left >= 0 && left < contexts) { pairs[(long)v * 2 * contexts + left] = pairs.GetValueOrDefault((long)v * 2 * contexts + left) + 1; contextTotals[left]++; total++; }
                if (right >= 0 && right < contexts) { pairs[(long)v * 2 * contexts + contexts + right] = pairs.GetValueOrDefault((long)v * 2 * contexts + contexts + right) + 1; contextTotals[contexts + right]++; total++; }
            }
        }

        var random = new Random(seed);
        var projection = new float[2 * contexts * dims];
        for (int i = 0; i < projection.Length; i++) projection[i] = random.Next(2) == 0 ? -1f : 1f;

        var wordTotals = new double[ranked.Length];
        foreach (var (key, n) in pairs) wordTotals[key / (2 * contexts)] += n;
        var vectors = new float[ranked.Length * dims];
        foreach (var (key, n) in pairs.OrderBy(p => p.Key))
        {
            int v = (int)(key / (2 * contexts)), dim = (int)(key % (2 * contexts));
            double pmi = Math.Log(n * total / (wordTotals[v] * contextTotals[dim]));
            if (pmi <= 0) continue;
            var row = vectors.AsSpan(v * dims, dims);
            var proj = projection.AsSpan(dim * dims, dims);
            for (int d = 0; d < dims; d++) row[d] += (float)pmi * proj[d];
        }
        for (int v = 0; v < ranked.Length; v++) Normalize(vectors.AsSpan(v * dims, dims));

        var path = new int[ranked.Length];
        var all = Enumerable.Range(0, ranked.Length).ToArray();
        int[] branching = [16, 16, 8];
        Split(vectors, dims, all, branching, 0, path, random);

        var map = new Dictionary<ulong, int>(ranked.Length);
        for (int r = 0; r < ranked.Length; r++) map.TryAdd(FeatureHash.Exact(words[ranked[r]]), path[r] + 1);
        return new WordClusters(map);
    }

    private static void Split(float[] vectors, int dims, int[] members, int[] branching, int level, int[] path, Random random)
    {
        if (level == branching.Length) return;
        int k = branching[level];
        var assign = KMeans(vectors, dims, members, k, random);
        for (int c = 0; c < k; c++)
        {
            // Groups smaller than k still recurse, so every path has all three levels' digits.
            var group = members.Where((_, i) => assign[i] == c).ToArray();
            foreach (var m in group) path[m] = path[m] * k + c;
            Split(vectors, dims, group, branching, level + 1, path, random);
        }
    }

    private static int[] KMeans(float[] vectors, int dims, int[] members, int k, Random random)
    {
        var assign = new int[members.Length];
        if (members.Length <= k)
        {
            for (int i = 0; i < members.Length; i++) assign[i] = i;
            return assign;
        }
        var centroids = new float[k * dims];
        var picked = new HashSet<int>();
        for (int c = 0; c < k; c++)
        {
            int m;
            do m = random.Next(members.Length); while (!picked.Add(m));
            vectors.AsSpan(members[m] * dims, dims).CopyTo(centroids.AsSpan(c * dims, dims));
        }
        for (int iteration = 0; iteration < 12; iteration++)
        {
            Parallel.For(0, members.Length, i =>
            {
                var v = new ReadOnlySpan<float>(vectors, members[i] * dims, dims);
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float s = Dot(v, new ReadOnlySpan<float>(centroids, c * dims, dims));
                    if (s > bestScore) { bestScore = s; best = c; }
                }
                assign[i] = best;
            });
            var sums = new float[k * dims];
            for (int i = 0; i < members.Length; i++)
            {
                var row = sums.AsSpan(assign[i] * dims, dims);
                var v = vectors.AsSpan(members[i] * dims, dims);
                for (int d = 0; d < dims; d++) row[d] += v[d];
            }
            for (int c = 0; c < k; c++)
            {
                var row = sums.AsSpan(c * dims, dims);
                if (Normalize(row)) row.CopyTo(centroids.AsSpan(c * dims, dims));
            }
        }
        return assign;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var acc = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            acc += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        float s = Vector.Sum(acc);
        for (; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static bool Normalize(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm == 0) return false;
        foreach (ref var x in v) x /= norm;
        return true;
    }
}
