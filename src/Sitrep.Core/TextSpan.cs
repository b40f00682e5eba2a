namespace Sitrep.Core;

/// <summary>A half-open character range <c>[Start, End)</c> into a document's text, in .NET string offsets.</summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="start"/> is negative or <paramref name="end"/> is before it.</exception>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (end < start)
            throw new ArgumentOutOfRangeException(nameof(end), $"span end {end} is before its start {start}");
        Start = start;
        End = end;
    }

    /// <summary>First character offset (inclusive).</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character (exclusive).</summary>
    public int End { get; }

    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no character.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>True when <paramref name="offset"/> lies inside the span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End && !IsEmpty && !other.IsEmpty;

    /// <summary>The covered characters of <paramref name="text"/>, without allocating.</summary>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text[Start..End];

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}, {End})";
}
