using System.Runtime.CompilerServices;
using Sitrep.Core;

namespace Sitrep.Nlp.Entities;

/// <summary>What the rest of a document says about each capitalised word: whether it also occurs in lower case or mid-sentence, and the neighbours and name positions of its other occurrences.</summary>
/// <remarks>
/// This is label-free context aggregation (Ratinov and Roth 2009): "Stoltenberg" alone inherits the evidence of "Jens Stoltenberg"
/// elsewhere, and a capitalised headline word that the body writes in lower case is probably not a name.
/// Built once per document; immutable afterwards.
/// </remarks>
internal sealed class DocumentContext
{
    /// <summary>The word occurs in lower case somewhere in the document.</summary>
    public const int SeenLower = 1;
    /// <summary>The word occurs capitalised inside a sentence (not first, not in an all-caps line).</summary>
    public const int SeenCapitalisedInside = 2;

    private const int MaxOccurrences = 8;

    private readonly Dictionary<ulong, Word> _words = [];

    /// <summary>One capitalised occurrence: where it is, its neighbours' folded hashes, and its place in a run of capitalised words.</summary>
    public readonly record struct Occurrence(int Sentence, int Token, ulong Previous, ulong Next, int RunPosition);

    /// <summary>What the document says about one word.</summary>
    public sealed class Word
    {
        /// <summary><see cref="SeenLower"/> and <see cref="SeenCapitalisedInside"/> bits.</summary>
        public int Flags { get; set; }
        /// <summary>Capitalised occurrences, including those past <see cref="Seen"/>'s capacity.</summary>
        public int Count { get; set; }
        /// <summary>The first few capitalised occurrences.</summary>
        public Occurrence[] Seen { get; } = new Occurrence[MaxOccurrences];
    }

    /// <summary>Reads every sentence of a document: <paramref name="sentences"/> are token ranges into <paramref name="tokens"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DocumentContext Build(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, IReadOnlyList<(int First, int Count)> sentences)
    {
        var context = new DocumentContext();
        for (int s = 0; s < sentences.Count; s++)
        {
            var (first, count) = sentences[s];
            var sentence = tokens.Slice(first, count);
            bool headline = count > 1;
            foreach (var t in sentence)
                if (t.Span.Slice(text).ContainsAnyInRange('a', 'z')) { headline = false; break; }
            for (int i = 0; i < sentence.Length; i++)
            {
                var word = sentence[i].Span.Slice(text);
                if (word.Length == 0 || !char.IsLetter(word[0])) continue;
                ulong key = FeatureHash.Folded(word);
                if (!context._words.TryGetValue(key, out var entry)) context._words[key] = entry = new Word();
                if (!char.IsUpper(word[0]))
                {
                    entry.Flags |= SeenLower;
                    continue;
                }
                if (i > 0 && !headline) entry.Flags |= SeenCapitalisedInside;
                bool before = i > 0 && IsCapitalised(sentence[i - 1].Span.Slice(text));
                bool after = i + 1 < sentence.Length && IsCapitalised(sentence[i + 1].Span.Slice(text));
                int run = (before ? 1 : 0) | (after ? 2 : 0) | (headline ? 4 : 0);
                if (entry.Count < MaxOccurrences)
                {
                    entry.Seen[entry.Count] = new Occurrence(s, i,
                        i > 0 ? FeatureHash.Folded(sentence[i - 1].Span.Slice(text)) : 0,
                        i + 1 < sentence.Length ? FeatureHash.Folded(sentence[i + 1].Span.Slice(text)) : 0, run);
                }
                entry.Count++;
            }
        }
        return context;
    }

    /// <summary>What the document says about the word with folded hash <paramref name="folded"/>, or null.</summary>
    public Word? Find(ulong folded) => _words.GetValueOrDefault(folded);

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);
}
