using Sitrep.Core;

namespace Sitrep.Nlp.Text;

/// <summary>Finds sentence boundaries over the token layer.</summary>
/// <remarks>
/// A sentence ends at a line break (news paragraphs and caption lines), or after '.', '!', '?' or an ellipsis
/// — with any closing quotes and brackets that follow — when the next token starts a sentence: a capital, a digit or an opening quote.
/// Abbreviations ("Dr.", "U.S.") end a sentence only at a line break.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>Returns <c>(firstToken, tokenCount)</c> ranges of the sentences of <paramref name="tokens"/>.</summary>
    public static List<(int First, int Count)> Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens)
    {
        var sentences = new List<(int, int)>();
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            int last = i;
            if (tokens[i].Flags.HasFlag(TokenFlags.SentenceFinal))
            {
                // Closing quotes and brackets after the final mark stay in the sentence: `progress."`
                while (last + 1 < tokens.Length && !tokens[last].Flags.HasFlag(TokenFlags.LineBreakAfter) && IsCloser(text, tokens[last + 1]))
                    last++;
                if (!EndsHere(text, tokens, last)) continue;
            }
            else if (!tokens[i].Flags.HasFlag(TokenFlags.LineBreakAfter))
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

    private static bool IsCloser(ReadOnlySpan<char> text, TokenData token) =>
        token.Span.Length == 1 && ((token.Flags.HasFlag(TokenFlags.QuoteMark) && !token.Flags.HasFlag(TokenFlags.OpeningQuote)) || text[token.Span.Start] is ')' or ']');
}
