using System.Collections.Frozen;

namespace Sitrep.Nlp.Events;

/// <summary>Turns a sentence into hashed sparse features: content words, their prefixes and content-word bigrams.</summary>
/// <remarks>
/// Words are lower-cased and digits folded to '0'. A five-letter prefix stands in for a stemmer ("shelled", "shelling"
/// share "shell"). ACLED's bracketed "[size=...]" tags are dropped because article sentences never carry them.
/// Function words, numbers, months and weekdays are skipped: they say more about the register (a coder's note or a
/// wire story) than about the event, and the model is trained on notes but applied to articles.
/// </remarks>
internal static class TextFeatures
{
    private const int PrefixLength = 5;

    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "and", "or", "but", "as", "that", "which", "who",
        "whom", "whose", "this", "these", "those", "it", "its", "he", "she", "his", "her", "they", "their", "them", "we", "our",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "said", "says", "say",
        "also", "after", "before", "during", "while", "into", "about", "than", "then", "there", "here", "not", "no", "s",
        "reportedly", "reported", "around", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs",
        "would", "will", "could", "can", "should", "might", "must", "by",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup =
        FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a lower-case closed-class word (article, preposition, pronoun, auxiliary, conjunction) or a date word.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWordLookup.Contains(word);

    /// <summary>Replaces <paramref name="into"/>'s contents with the hashed feature indexes of <paramref name="text"/>, in <c>[0, dimension)</c>.</summary>
    public static void Extract(ReadOnlySpan<char> text, int dimension, List<int> into)
    {
        into.Clear();
        Span<char> buffer = stackalloc char[64];
        uint previous = Hash("<s>", 0);
        bool inBracket = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '[') inBracket = true;
            if (c == ']') { inBracket = false; i++; continue; }
            if (inBracket || !char.IsLetterOrDigit(c)) { i++; continue; }
            int length = 0;
            bool numeric = char.IsDigit(c);
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                if (length < buffer.Length)
                    buffer[length++] = char.IsDigit(text[i]) ? '0' : char.ToLowerInvariant(text[i]);
                i++;
            }
            var word = buffer[..length];
            if (numeric || FunctionWordLookup.Contains(word)) continue;
            uint w = Hash(word, 1);
            into.Add((int)(w % (uint)dimension));
            if (word.Length > PrefixLength + 1)
                into.Add((int)(Hash(word[..PrefixLength], 2) % (uint)dimension));
            into.Add((int)(Combine(previous, w) % (uint)dimension));
            previous = w;
        }
        // A bias feature every sentence shares.
        into.Add(0);
    }

    /// <summary>Adds the feature of a context token ("country:Mexico"), hashed apart from any word of the text.</summary>
    public static void AddContext(ReadOnlySpan<char> token, int dimension, List<int> into) =>
        into.Add((int)(Hash(token, 3) % (uint)dimension));

    private static uint Hash(ReadOnlySpan<char> text, uint salt)
    {
        uint h = 2166136261u ^ (salt * 16777619u);
        foreach (char c in text) h = (h ^ c) * 16777619u;
        return h;
    }

    private static uint Combine(uint a, uint b) => (a * 0x9E3779B1u) ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));
}
