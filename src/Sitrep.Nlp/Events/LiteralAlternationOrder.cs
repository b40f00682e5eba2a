namespace Sitrep.Nlp.Events;

/// <summary>An order for the literal branches of a regex alternation that keeps what the alternation matches and lets the
/// regex engine share the branches' prefixes: ordinal, except that a string comes before every string it begins with.</summary>
/// <remarks>At one position only branches of which one begins the other can both match, and of those the longer is tried
/// first, as in longest-first order, so every match and capture stays the same. The engine merges a common prefix only of
/// adjacent branches; this order makes them adjacent, and the country names of <c>countries.tsv</c> run about ten times faster
/// than in longest-first order.</remarks>
internal sealed class LiteralAlternationOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static LiteralAlternationOrder Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null) return x is null ? (y is null ? 0 : -1) : 1;
        int common = Math.Min(x.Length, y.Length);
        for (int i = 0; i < common; i++)
            if (x[i] != y[i]) return x[i].CompareTo(y[i]);
        return y.Length.CompareTo(x.Length);
    }
}
