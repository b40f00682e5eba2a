using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sitrep.Nlp.Entities;

/// <summary>Scoring and first-order Viterbi decoding shared by training and tagging.</summary>
/// <remarks>Hot loops are compiled fully optimised at once: a one-shot evaluation or a short-lived CLI run would otherwise spend most of its time in tier-0 code.</remarks>
internal static class Viterbi
{
    /// <summary>Sums, for each token, the weight rows of its features into <paramref name="emissions"/>.</summary>
    public static void Emit(ReadOnlySpan<float> weights, int labels, ReadOnlySpan<int> features, ReadOnlySpan<int> offsets, int n, Span<float> emissions)
    {
        for (int t = 0; t < n; t++)
        {
            var row = emissions.Slice(t * labels, labels);
            row.Clear();
            for (int j = offsets[t]; j < offsets[t + 1]; j++)
                Add(row, weights.Slice(features[j] * labels, labels));
        }
    }

    /// <summary>As <see cref="Emit(ReadOnlySpan{float}, int, ReadOnlySpan{int}, ReadOnlySpan{int}, int, Span{float})"/>, over compacted rows: <paramref name="rowIndex"/> maps a bucket to its row offset, -1 for an all-zero row.</summary>
    /// <remarks><paramref name="nonZero"/> has one bit per bucket, set when its row has weights: a 128 KB bit set stays in cache where the index does not.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Emit(ReadOnlySpan<ulong> nonZero, ReadOnlySpan<int> rowIndex, ReadOnlySpan<float> rows, int labels, ReadOnlySpan<int> features, ReadOnlySpan<int> offsets, int n, Span<float> emissions)
    {
        ref float weights = ref MemoryMarshal.GetReference(rows);
        for (int t = 0; t < n; t++)
        {
            var row = emissions.Slice(t * labels, labels);
            row.Clear();
            ref float sum = ref MemoryMarshal.GetReference(row);
            for (int j = offsets[t]; j < offsets[t + 1]; j++)
            {
                int f = features[j];
                if ((nonZero[f >> 6] & (1UL << f)) == 0) continue;
                // rowIndex[f] + labels never passes the end of rows: Compact stores whole rows.
                ref float w = ref Unsafe.Add(ref weights, rowIndex[f]);
                int i = 0;
                for (; i + Vector256<float>.Count <= labels; i += Vector256<float>.Count)
                    (Vector256.LoadUnsafe(ref sum, (nuint)i) + Vector256.LoadUnsafe(ref w, (nuint)i)).StoreUnsafe(ref sum, (nuint)i);
                for (; i < labels; i++) Unsafe.Add(ref sum, i) += Unsafe.Add(ref w, i);
            }
        }
    }

    private static void Add(Span<float> row, ReadOnlySpan<float> w)
    {
        int i = 0;
        for (; i <= row.Length - Vector<float>.Count; i += Vector<float>.Count)
            (new Vector<float>(row[i..]) + new Vector<float>(w[i..])).CopyTo(row[i..]);
        for (; i < row.Length; i++) row[i] += w[i];
    }

    /// <summary>
    /// Writes the best label sequence into <paramref name="best"/>; <paramref name="transitions"/> is <c>[previous · labels + next]</c>
    /// and <paramref name="predecessors"/> lists, for each label, the previous labels whose transition is allowed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Decode(ReadOnlySpan<float> emissions, int n, int labels, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start,
        ReadOnlySpan<float> end, int[][] predecessors, Span<float> forward, Span<int> pointers, Span<int> best)
    {
        if (n == 0) return;
        for (int y = 0; y < labels; y++) forward[y] = start[y] + emissions[y];
        for (int t = 1; t < n; t++)
        {
            var prev = forward.Slice((t - 1) * labels, labels);
            for (int y = 0; y < labels; y++)
            {
                float bestScore = float.NegativeInfinity;
                int arg = 0;
                foreach (int p in predecessors[y])
                {
                    float s = prev[p] + transitions[p * labels + y];
                    if (s > bestScore) { bestScore = s; arg = p; }
                }
                forward[t * labels + y] = bestScore + emissions[t * labels + y];
                pointers[t * labels + y] = arg;
            }
        }
        var last = forward.Slice((n - 1) * labels, labels);
        int bestLast = 0;
        for (int y = 1; y < labels; y++) if (last[y] + end[y] > last[bestLast] + end[bestLast]) bestLast = y;
        best[n - 1] = bestLast;
        for (int t = n - 1; t > 0; t--) best[t - 1] = pointers[t * labels + best[t]];
    }

    /// <summary>
    /// For each token, the gap between the best path and the best path that gives the token another label
    /// (max-marginal margin); needs the <paramref name="forward"/> scores left by <see cref="Decode"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Margins(ReadOnlySpan<float> emissions, int n, int labels, ReadOnlySpan<float> transitions, ReadOnlySpan<float> end,
        int[][] successors, ReadOnlySpan<float> forward, Span<float> backward, ReadOnlySpan<int> best, Span<float> margins)
    {
        if (n == 0) return;
        end.CopyTo(backward.Slice((n - 1) * labels, labels));
        for (int t = n - 2; t >= 0; t--)
        {
            for (int y = 0; y < labels; y++)
            {
                float bestScore = float.NegativeInfinity;
                foreach (int next in successors[y])
                {
                    float s = transitions[y * labels + next] + emissions[(t + 1) * labels + next] + backward[(t + 1) * labels + next];
                    if (s > bestScore) bestScore = s;
                }
                backward[t * labels + y] = bestScore;
            }
        }
        for (int t = 0; t < n; t++)
        {
            float chosen = forward[t * labels + best[t]] + backward[t * labels + best[t]];
            float other = float.NegativeInfinity;
            for (int y = 0; y < labels; y++)
                if (y != best[t]) other = Math.Max(other, forward[t * labels + y] + backward[t * labels + y]);
            margins[t] = chosen - other;
        }
    }
}
