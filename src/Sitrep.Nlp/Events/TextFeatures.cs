namespace Sitrep.Nlp.Events;

/// <summary>Turns a sentence into hashed sparse features: words, word prefixes and word bigrams.</summary>
/// <remarks>
/// Words are lower-cased and digits folded to '0' so "9 May" and "27 April" share features.
/// A five-letter prefix stands in for a stemmer ("shelled", "shelling" share "shell"); ACLED's bracketed
/// "[size=...]" tags are dropped because article sentences never carry them.
/// </remarks>
internal static class TextFeatures
{
    private const int PrefixLength = 5;

    /// <summary>Appends the hashed feature indexes of <paramref name="text"/> in <c>[0, dimension)</c> to <paramref name="into"/>.</summary>
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
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                if (length < buffer.Length)
                    buffer[length++] = char.IsDigit(text[i]) ? '0' : char.ToLowerInvariant(text[i]);
                i++;
            }
            var word = buffer[..length];
            uint w = Hash(word, 1);
            into.Add((int)(w % (uint)dimension));
            if (word.Length > PrefixLength + 1)
                into.Add((int)(Hash(word[..PrefixLength], 2) % (uint)dimension));
            into.Add((int)(Combine(previous, w) % (uint)dimension));
            previous = w;
        }
        into.Add((int)(Combine(previous, Hash("</s>", 0)) % (uint)dimension));
        // A bias feature every sentence shares.
        into.Add(0);
    }

    private static uint Hash(ReadOnlySpan<char> text, uint salt)
    {
        uint h = 2166136261u ^ (salt * 16777619u);
        foreach (char c in text) h = (h ^ c) * 16777619u;
        return h;
    }

    private static uint Combine(uint a, uint b) => (a * 0x9E3779B1u) ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));
}
