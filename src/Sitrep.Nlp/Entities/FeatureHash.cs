namespace Sitrep.Nlp.Entities;

/// <summary>64-bit hashes of character spans and of hash pairs; the tagger keys every feature and lexicon entry by them so it never builds a string.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of the characters as written.</summary>
    public static ulong Exact(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) h = (h ^ c) * Prime;
        return Finish(h, s.Length);
    }

    /// <summary>Hash of the lower-cased characters with every digit read as '0', so "1996" and "2012" share features.</summary>
    public static ulong Folded(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) h = (h ^ Fold(c)) * Prime;
        return Finish(h, s.Length);
    }

    /// <summary>Hash of the characters with only the first upper-cased ("BRUSSELS" reads as "Brussels").</summary>
    public static ulong Title(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        for (int i = 0; i < s.Length; i++)
            h = (h ^ (i == 0 ? char.ToUpperInvariant(s[i]) : char.ToLowerInvariant(s[i]))) * Prime;
        return Finish(h, s.Length);
    }

    /// <summary>Hash of the lower-cased characters.</summary>
    public static ulong Lower(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return Finish(h, s.Length);
    }

    /// <summary>The folded form of one character: lower case, digits as '0'.</summary>
    public static char Fold(char c) => char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);

    /// <summary>Order-dependent combination of two hashes.</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        ulong x = (a ^ 0x9E3779B97F4A7C15UL) * 0xBF58476D1CE4E5B9UL ^ b;
        x = (x ^ (x >> 31)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 29);
    }

    /// <summary>One step of the FNV-1a character hash, for callers that hash a prefix incrementally.</summary>
    public static ulong Step(ulong h, char c) => (h ^ c) * Prime;

    /// <summary>Start value of an incremental hash.</summary>
    public static ulong Start => Offset;

    /// <summary>Final mixing of an incremental hash of <paramref name="length"/> characters.</summary>
    public static ulong Finish(ulong h, int length) => Mix(h, (ulong)length);
}
