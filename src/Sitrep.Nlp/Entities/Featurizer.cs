using System.Runtime.CompilerServices;
using Sitrep.Core;

namespace Sitrep.Nlp.Entities;

/// <summary>Turns the tokens of one sentence into hashed feature indices (word, shape, affixes, context window, clusters, gazetteer marks).</summary>
/// <remarks>Immutable and thread-safe; all scratch memory lives in the caller's <see cref="TaggerWorkspace"/>, so extraction does not allocate.</remarks>
internal sealed class Featurizer
{
    private const ulong Before = 0xB0B0B0B0UL, After = 0xE0E0E0E0UL;
    private readonly int _shift;

    public Featurizer(WordClusters clusters, Gazetteer gazetteer, int bits)
    {
        Clusters = clusters;
        Gazetteer = gazetteer;
        Bits = bits;
        _shift = 64 - bits;
    }

    /// <summary>Word clusters used for the cluster features.</summary>
    public WordClusters Clusters { get; }

    /// <summary>Name lists used for the gazetteer features.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Log2 of the number of feature buckets.</summary>
    public int Bits { get; }

    /// <summary>Fills <see cref="TaggerWorkspace.Features"/> and <see cref="TaggerWorkspace.Offsets"/> for the sentence.</summary>
    /// <param name="text">Text the token spans point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="ws">Scratch memory.</param>
    /// <param name="context">The sentence's document, when known, and the sentence's index in it.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, TaggerWorkspace ws, (DocumentContext Document, int Sentence)? context = null)
    {
        int n = tokens.Length;
        ws.EnsureTokens(n);
        bool headline = n > 1;
        for (int i = 0; i < n; i++)
        {
            var word = tokens[i].Span.Slice(text);
            ulong shortShape = FeatureHash.Start, longShape = FeatureHash.Start;
            char last = '\0';
            int run = 0, shapeLength = 0;
            bool hasLower = false, hasUpper = false, hasDigit = false;
            foreach (char c in word)
            {
                char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
                hasLower |= k == 'x';
                hasUpper |= k == 'X';
                hasDigit |= k == 'd';
                run = k == last ? run + 1 : 1;
                if (run == 1) shortShape = FeatureHash.Step(shortShape, k);
                if (run <= 4) { longShape = FeatureHash.Step(longShape, k); shapeLength++; }
                last = k;
            }
            if (hasLower) headline = false;
            ws.Folded[i] = FeatureHash.Folded(word);
            ws.Exact[i] = FeatureHash.Exact(word);
            ws.ShortShape[i] = FeatureHash.Finish(shortShape, 0);
            ws.LongShape[i] = FeatureHash.Finish(longShape, shapeLength);
            ws.Capitalised[i] = hasUpper && word.Length > 0 && char.IsUpper(word[0]);
            ws.Cluster[i] = Clusters.Find(word, ws.Exact[i], hasUpper);
            ws.Kind[i] = (byte)((hasUpper ? 1 : 0) | (hasLower ? 2 : 0) | (hasDigit ? 4 : 0));
        }
        Gazetteer.Mark(ws.Folded.AsSpan(0, n), ws.Capitalised.AsSpan(0, n), ws.Gazetteer.AsSpan(0, n));

        int count = 0;
        var f = ws.Features;
        for (int i = 0; i < n; i++)
        {
            ws.Offsets[i] = count;
            var word = tokens[i].Span.Slice(text);
            ulong w = ws.Folded[i], shape = ws.ShortShape[i];
            ulong wPrev = i > 0 ? ws.Folded[i - 1] : Before, wNext = i + 1 < n ? ws.Folded[i + 1] : After;
            ulong wPrev2 = i > 1 ? ws.Folded[i - 2] : Before, wNext2 = i + 2 < n ? ws.Folded[i + 2] : After;
            ulong sPrev = i > 0 ? ws.ShortShape[i - 1] : Before, sNext = i + 1 < n ? ws.ShortShape[i + 1] : After;

            f[count++] = Bucket(1, 0);
            f[count++] = Bucket(2, w);
            f[count++] = Bucket(3, ws.Exact[i]);
            f[count++] = Bucket(4, ws.LongShape[i]);
            f[count++] = Bucket(5, shape);
            ulong prefix = FeatureHash.Start;
            for (int k = 0; k < 4 && k < word.Length; k++)
            {
                prefix = FeatureHash.Step(prefix, FeatureHash.Fold(word[k]));
                f[count++] = Bucket(6 + (ulong)k, prefix);
            }
            ulong suffix3 = 0;
            for (int k = 1; k <= 4 && k <= word.Length; k++)
            {
                ulong suffix = FeatureHash.Folded(word[^k..]);
                if (k == 3) suffix3 = suffix;
                f[count++] = Bucket(10 + (ulong)k, suffix);
            }
            f[count++] = Bucket(15, wPrev);
            f[count++] = Bucket(16, wNext);
            f[count++] = Bucket(17, wPrev2);
            f[count++] = Bucket(18, wNext2);
            f[count++] = Bucket(19, FeatureHash.Mix(sPrev, shape));
            f[count++] = Bucket(20, FeatureHash.Mix(shape, sNext));
            f[count++] = Bucket(21, FeatureHash.Mix(sPrev, FeatureHash.Mix(shape, sNext)));
            f[count++] = Bucket(22, FeatureHash.Mix(wPrev, w));
            f[count++] = Bucket(23, FeatureHash.Mix(w, wNext));
            f[count++] = Bucket(24, FeatureHash.Mix(wPrev, shape));
            f[count++] = Bucket(25, FeatureHash.Mix(shape, wNext));
            f[count++] = Bucket(26, FeatureHash.Mix(suffix3, shape));
            f[count++] = Bucket(27, FeatureHash.Mix(wPrev2, FeatureHash.Mix(wPrev, shape)));

            int cluster = ws.Cluster[i];
            if (cluster != 0)
            {
                f[count++] = Bucket(30, (ulong)((cluster - 1) >> 7));
                f[count++] = Bucket(31, (ulong)((cluster - 1) >> 3));
                f[count++] = Bucket(32, (ulong)cluster);
                f[count++] = Bucket(33, FeatureHash.Mix((ulong)((cluster - 1) >> 3), shape));
            }
            int cPrev = i > 0 ? ws.Cluster[i - 1] : -1, cNext = i + 1 < n ? ws.Cluster[i + 1] : -1;
            f[count++] = Bucket(34, (ulong)(cPrev <= 0 ? cPrev : (cPrev - 1) >> 3));
            f[count++] = Bucket(35, (ulong)(cNext <= 0 ? cNext : (cNext - 1) >> 3));

            ulong marks = ws.Gazetteer[i];
            for (int bit = 0; marks != 0; bit++, marks >>= 1)
                if ((marks & 1) != 0)
                    f[count++] = Bucket(40, (ulong)bit);
            if (i > 0 && ws.Gazetteer[i - 1] != 0) f[count++] = Bucket(41, ws.Gazetteer[i - 1]);
            if (i + 1 < n && ws.Gazetteer[i + 1] != 0) f[count++] = Bucket(42, ws.Gazetteer[i + 1]);

            if (context is var (document, sentence) && ws.Capitalised[i] && document.Find(w) is { } seen)
                count = AddDocumentFeatures(f, count, seen, sentence, i, i == 0 || headline);

            if (i == 0) f[count++] = Bucket(50, shape);
            if (headline)
            {
                f[count++] = Bucket(51, w);
                f[count++] = Bucket(52, ws.Kind[i]);
            }
        }
        ws.Offsets[n] = count;
    }

    private int AddDocumentFeatures(int[] f, int count, DocumentContext.Word seen, int sentence, int token, bool ambiguousCase)
    {
        f[count++] = Bucket(60, (ulong)(seen.Flags | (ambiguousCase ? 4 : 0)));
        int shown = Math.Min(seen.Count, seen.Seen.Length);
        for (int k = 0; k < shown; k++)
        {
            var o = seen.Seen[k];
            if (o.Sentence == sentence && o.Token == token) continue;
            f[count++] = Bucket(61, o.Previous);
            f[count++] = Bucket(62, o.Next);
            f[count++] = Bucket(63, (ulong)o.RunPosition);
        }
        return count;
    }

    private int Bucket(ulong template, ulong value) => (int)(FeatureHash.Mix(template, value) >> _shift);
}
