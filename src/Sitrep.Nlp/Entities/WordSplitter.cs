namespace Sitrep.Nlp.Entities;

/// <summary>Splits raw text into CoNLL-like word tokens, for building word clusters and gazetteers from untokenised text.</summary>
/// <remarks>
/// Words keep inner periods, hyphens, apostrophes, ampersands and digit separators ("U.S.", "al-Assad", "AT&amp;T", "15,000");
/// a trailing period stays only on abbreviations ("U.S.", "Inc."); possessive "'s" is split off as CoNLL does.
/// </remarks>
internal static class WordSplitter
{
    /// <summary>Appends the token spans of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, List<(int Start, int End)> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add((i, i + 1));
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < text.Length)
            {
                char d = text[i];
                if (char.IsLetterOrDigit(d)) { i++; continue; }
                bool joiner = d is '.' or '-' or '\'' or '&' or ',' or '/' or '\u2019';
                bool nextIsWord = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                if (!joiner || !nextIsWord) break;
                if (d == ',' && !(char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))) break;
                if (d is '\'' or '\u2019' && IsPossessive(text, i)) break;
                i++;
            }
            if (i < text.Length && text[i] == '.' && IsAbbreviation(text[start..i]))
                i++;
            tokens.Add((start, i));
        }
    }

    private static bool IsPossessive(ReadOnlySpan<char> text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 == text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    // "U.S" (letters between periods) or a short capitalised word such as "Mr", "Inc", "Co" before the period.
    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word.Contains('.') && word.Length <= 6
        || word.Length <= 3 && char.IsUpper(word[0]) && word.Length > 1 && char.IsLower(word[^1]);
}
