using System.Runtime.CompilerServices;
using Sitrep.Core;
namespace Sitrep.Nlp.Entities;

/// <summary>Kinds of name list a gazetteer phrase comes from; a phrase may be on several.</summary>
[Flags]
internal enum GazetteerList : ushort
{
    None = 0,
    Country = 1 << 0,
    City = 1 << 1,
    BigCity = 1 << 2,
    Region = 1 << 3,
    Actor = 1 << 4,
    Demonym = 1 << 5,
    KnownOrganisation = 1 << 6,
}

/// <summary>Multi-word name lists keyed by the chained folded hashes of their words, matched against token sequences without allocating.</summary>
internal sealed class Gazetteer
{
    /// <summary>Longest phrase, in words, that is stored.</summary>
    public const int MaxWords = 6;

    // Marks a key that is a proper prefix of a longer phrase, so matching can stop as soon as no phrase continues.
    private const ushort Continues = 0x8000;

    private readonly Dictionary<ulong, ushort> _phrases;

    public Gazetteer(Dictionary<ulong, ushort> phrases) => _phrases = phrases;

    /// <summary>Phrase keys and their values, for saving.</summary>
    public IReadOnlyDictionary<ulong, ushort> Phrases => _phrases;

    /// <summary>Hash of a word sequence: chained folded word hashes.</summary>
    public static ulong Chain(ulong previous, ulong wordHash) => FeatureHash.Mix(previous, wordHash);

    /// <summary>Seed of a phrase hash chain.</summary>
    public const ulong ChainStart = 0x5A5A5A5A5A5A5A5AUL;

    /// <summary>
    /// ORs into <paramref name="marks"/> three bits per list for every phrase that matches from a capitalised token:
    /// bit <c>3·list</c> for the first word, <c>3·list+1</c> for a later word, <c>3·list+2</c> for a one-word phrase.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Mark(ReadOnlySpan<ulong> folded, ReadOnlySpan<bool> capitalised, Span<ulong> marks)
    {
        marks.Clear();
        for (int i = 0; i < folded.Length; i++)
        {
            if (!capitalised[i]) continue;
            ulong h = ChainStart;
            for (int len = 1; len <= MaxWords && i + len <= folded.Length; len++)
            {
                h = Chain(h, folded[i + len - 1]);
                if (!_phrases.TryGetValue(h, out var value)) break;
                var lists = (uint)(value & ~Continues);
                for (int list = 0; lists != 0; list++, lists >>= 1)
                {
                    if ((lists & 1) == 0) continue;
                    if (len == 1)
                    {
                        marks[i] |= 1UL << (3 * list + 2);
                        continue;
                    }
                    marks[i] |= 1UL << (3 * list);
                    for (int k = i + 1; k < i + len; k++) marks[k] |= 1UL << (3 * list + 1);
                }
                if ((value & Continues) == 0) break;
            }
        }
    }

    /// <summary>The lists the phrase made of <paramref name="tokens"/> of <paramref name="text"/> is on, as a whole.</summary>
    public GazetteerList ListsOf(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens)
    {
        if (tokens.Length is 0 or > MaxWords) return GazetteerList.None;
        ulong h = ChainStart;
        foreach (var t in tokens) h = Chain(h, FeatureHash.Folded(t.Span.Slice(text)));
        return ListsOfPhrase(h);
    }

    /// <summary>The lists the one-word phrase <paramref name="word"/> is on.</summary>
    public GazetteerList ListsOf(ReadOnlySpan<char> word) => ListsOfPhrase(Chain(ChainStart, FeatureHash.Folded(word)));

    // The lists of the whole phrase with this chained hash (not of the longer phrases it begins).
    private GazetteerList ListsOfPhrase(ulong hash) =>
        _phrases.TryGetValue(hash, out var value) ? (GazetteerList)(value & ~Continues) : GazetteerList.None;

    /// <summary>Appends the token ranges <c>[start, end)</c> that <see cref="Mark"/> found for one list.</summary>
    public static void Matches(ReadOnlySpan<ulong> marks, GazetteerList list, List<(int Start, int End)> into)
    {
        int bit = 3 * System.Numerics.BitOperations.TrailingZeroCount((uint)list);
        for (int i = 0; i < marks.Length; i++)
        {
            if ((marks[i] >> (bit + 2) & 1) != 0) into.Add((i, i + 1));
            if ((marks[i] >> bit & 1) == 0) continue;
            int end = i + 1;
            while (end < marks.Length && (marks[end] >> (bit + 1) & 1) != 0) end++;
            into.Add((i, end));
        }
    }

    /// <summary>Collects phrases into a gazetteer.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<ulong, ushort> _phrases = [];
        private readonly List<(int Start, int End)> _tokens = [];

        /// <summary>Adds <paramref name="phrase"/> to <paramref name="list"/>; phrases longer than <see cref="MaxWords"/> words are skipped.</summary>
        public void Add(string phrase, GazetteerList list)
        {
            _tokens.Clear();
            WordSplitter.Split(phrase, _tokens);
            if (_tokens.Count == 0 || _tokens.Count > MaxWords) return;
            ulong h = ChainStart;
            for (int i = 0; i < _tokens.Count; i++)
            {
                var (start, end) = _tokens[i];
                h = Chain(h, FeatureHash.Folded(phrase.AsSpan(start, end - start)));
                var old = _phrases.GetValueOrDefault(h);
                _phrases[h] = i == _tokens.Count - 1 ? (ushort)(old | (ushort)list) : (ushort)(old | Continues);
            }
        }

        public Gazetteer Build() => new(new Dictionary<ulong, ushort>(_phrases));
    }
}
