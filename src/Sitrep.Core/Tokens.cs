namespace Sitrep.Core;

/// <summary>Shape facts about a token, computed once by the tokenizer so later stages need not re-scan characters.</summary>
[Flags]
public enum TokenFlags
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>Whitespace follows the token.</summary>
    SpaceAfter = 1 << 0,
    /// <summary>A newline lies between this token and the next (paragraph or line break).</summary>
    LineBreakAfter = 1 << 1,
    /// <summary>Punctuation only.</summary>
    Punctuation = 1 << 2,
    /// <summary>Starts with a digit ("250,000", "15,000-20,000", "2012").</summary>
    Numeric = 1 << 3,
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 1 << 4,
    /// <summary>Every letter is upper case and there are at least two.</summary>
    AllCaps = 1 << 5,
    /// <summary>A straight or curly quote mark.</summary>
    QuoteMark = 1 << 6,
    /// <summary>Ends a sentence when followed by a capital ('.', '!', '?').</summary>
    SentenceFinal = 1 << 7,
    /// <summary>An abbreviation ending in a period that is not sentence-final ("U.S.", "Dr.").</summary>
    Abbreviation = 1 << 8,
    /// <summary>Opening quote mark (by position: preceded by space or start).</summary>
    OpeningQuote = 1 << 9,
}

/// <summary>Storage for one token: its span and shape flags. Documents keep these in one array.</summary>
/// <param name="Span">Characters of the token.</param>
/// <param name="Flags">Shape facts.</param>
public readonly record struct TokenData(TextSpan Span, TokenFlags Flags);

/// <summary>A view of one token of a document; reading its text does not allocate.</summary>
public readonly struct Token
{
    private readonly Document _document;

    internal Token(Document document, int index)
    {
        _document = document;
        Index = index;
    }

    /// <summary>Position of the token in the document.</summary>
    public int Index { get; }

    /// <summary>Characters of the token.</summary>
    public TextSpan Span => _document.TokenData[Index].Span;

    /// <summary>Shape facts.</summary>
    public TokenFlags Flags => _document.TokenData[Index].Flags;

    /// <summary>The token's characters.</summary>
    public ReadOnlySpan<char> Text => Span.Slice(_document.Text);

    /// <summary>True when all of <paramref name="flags"/> are set.</summary>
    public bool Is(TokenFlags flags) => (Flags & flags) == flags;

    /// <inheritdoc/>
    public override string ToString() => Text.ToString();
}
