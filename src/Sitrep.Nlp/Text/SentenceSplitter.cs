using Sitrep.Core;

namespace Sitrep.Nlp.Text;

/// <summary>Finds sentence boundaries over the token layer.</summary>
/// <remarks>
/// A sentence ends at a line break (news paragraphs and caption lines), or after '.', '!', '?' or an ellipsis
/// — with any closing quotes and brackets that follow — when the next token starts a sentence: a capital, a digit or an opening quote.
/// Titles ("Dr.", "Gen.") never end a sentence; other abbreviations ("U.S.", "etc.") do at a line break or before a word
/// that typically opens a sentence ("... in the U.S. The talks ...").
/// </remarks>
public static class SentenceSplitter
{
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This", "That", "These", "Those",
        "There", "His", "Her", "Their", "Its", "Our", "After", "Before", "When", "While", "Some", "Many", "According", "However", "Meanwhile",
        "Officials", "If", "As", "Since", "Despite", "Earlier", "Later", "Last", "On", "No", "One", "Two", "Three", "Both", "Most", "More",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Col.", "Lt.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Pte.", "Adm.", "Cmdr.", "Brig.", "Gov.",
        "Sen.", "Rep.", "Pres.", "Rev.", "St.", "Sr.", "Jr.", "Mt.", "Ft.", "No.", "Nos.", "vs.",
    };

    /// <summary>Returns <c>(firstToken, tokenCount)</c> ranges of the sentences of <paramref name="tokens"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="breaks">Ascending offsets where a sentence ends whatever the punctuation (the edges of a dateline or a keyword
    /// list run into the text); a token that spans one is not split.</param>
    public static List<(int First, int Count)> Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, ReadOnlySpan<int> breaks = default)
    {
        var sentences = new List<(int, int)>();
        int first = 0, nextBreak = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            int last = i;
            while (nextBreak < breaks.Length && breaks[nextBreak] < tokens[i].Span.End) nextBreak++;
            bool forced = nextBreak < breaks.Length && i + 1 < tokens.Length && breaks[nextBreak] <= tokens[i + 1].Span.Start;
            if (!forced && tokens[i].Flags.HasFlag(TokenFlags.SentenceFinal))
            {
                // Closing quotes and brackets after the final mark stay in the sentence: `progress."`
                while (last + 1 < tokens.Length && !tokens[last].Flags.HasFlag(TokenFlags.LineBreakAfter) && IsCloser(text, tokens[last + 1]))
                    last++;
                if (!EndsHere(text, tokens, last)) continue;
            }
            else if (!forced && !tokens[i].Flags.HasFlag(TokenFlags.LineBreakAfter) && !AbbreviationEndsSentence(text, tokens, i))
            {
                continue;
            }
            sentences.Add((first, last - first + 1));
            first = last + 1;
            i = last;
        }
        if (first < tokens.Length)
            sentences.Add((first, tokens.Length - first));
        return sentences;
    }

    private static bool EndsHere(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int last)
    {
        if (last + 1 >= tokens.Length || tokens[last].Flags.HasFlag(TokenFlags.LineBreakAfter)) return true;
        if (!tokens[last].Flags.HasFlag(TokenFlags.SpaceAfter)) return false;
        var next = tokens[last + 1];
        return next.Flags.HasFlag(TokenFlags.Capitalized) || next.Flags.HasFlag(TokenFlags.Numeric) || next.Flags.HasFlag(TokenFlags.OpeningQuote)
            || text[next.Span.Start] is '(' or '[';
    }

    private static bool AbbreviationEndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int i)
    {
        if (!tokens[i].Flags.HasFlag(TokenFlags.Abbreviation) || i + 1 >= tokens.Length || !tokens[i].Flags.HasFlag(TokenFlags.SpaceAfter))
            return false;
        var lookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(tokens[i].Span.Slice(text)))
            return false;
        var starters = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();
        return starters.Contains(tokens[i + 1].Span.Slice(text));
    }

    private static bool IsCloser(ReadOnlySpan<char> text, TokenData token) =>
        token.Span.Length == 1 && ((token.Flags.HasFlag(TokenFlags.QuoteMark) && !token.Flags.HasFlag(TokenFlags.OpeningQuote)) || text[token.Span.Start] is ')' or ']');
}
