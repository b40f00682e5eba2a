using Sitrep.Core;

namespace Sitrep.Nlp.Text;

/// <summary>Splits text into tokens that keep numbers, hyphenated names, contractions and abbreviations whole.</summary>
/// <remarks>
/// Keeps "250,000", "15,000-20,000", "3.5", "10:30", "al-Hamdo", "it'd", "U.S.", "Dr." as single tokens;
/// splits the possessive "'s" off ("Syria's" → "Syria" + "'s") so entity spans end on the name.
/// Every quote mark, straight or curly, is its own token.
/// </remarks>
public static class Tokenizer
{
    // Titles and common abbreviations whose period never ends a word on its own.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Maj", "Capt", "Sgt", "Cpl", "Pte", "Adm", "Cmdr", "Brig", "Gov", "Sen", "Rep", "Pres",
        "Rev", "St", "Sr", "Jr", "Mt", "Ft", "No", "Nos", "vs", "etc", "approx", "est", "Inc", "Ltd", "Co", "Corp", "Dept", "Univ",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
        "e.g", "i.e", "a.m", "p.m", "km", "Ave", "Blvd", "Rd",
    };

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static TokenData[] Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<TokenData>(text.Length / 5 + 4);
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int end = ScanToken(text, i);
            tokens.Add(new TokenData(new TextSpan(i, end), Classify(text, i, end)));
            i = end;
        }
        return [.. tokens];
    }

    private static int ScanToken(ReadOnlySpan<char> text, int start)
    {
        char c = text[start];
        if (char.IsLetterOrDigit(c))
            return ScanWord(text, start);
        if (c == '.' && At(text, start + 1) == '.' && At(text, start + 2) == '.')
            return start + 3;
        if (c is '-' && At(text, start + 1) == '-')
            return start + 2;
        if (IsApostrophe(c) && IsPossessive(text, start) && char.IsLetterOrDigit(At(text, start - 1)))
            return start + 2;
        return start + 1;
    }

    private static int ScanWord(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
            char prev = text[i - 1], next = At(text, i + 1);
            bool joins = c switch
            {
                ',' => char.IsDigit(prev) && char.IsDigit(next) && IsThousandsGroup(text, i + 1),
                '.' => (char.IsDigit(prev) && char.IsDigit(next)) || (IsLetter(prev) && IsLetter(next) && IsInitialism(text, start, i)),
                ':' => char.IsDigit(prev) && char.IsDigit(next),
                '-' or '\u2010' or '\u2011' or '\u2013' => char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next) && (c != '\u2013' || char.IsDigit(prev)),
                '/' => char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next),
                '&' => char.IsUpper(prev) && char.IsUpper(next),
                '\'' or '\u2019' => IsLetter(prev) && IsLetter(next) && !IsPossessive(text, i),
                _ => false,
            };
            if (!joins) break;
            i++;
        }
        // A trailing period belongs to an abbreviation ("Dr.", "U.S.") or a single capital initial ("George W. Bush").
        if (At(text, i) == '.' && IsAbbreviation(text[start..i]) && (!NumberPrefix(text[start..i]) || NextIsDigit(text, i + 1)))
            i++;
        return i;
    }

    // "No. 5" abbreviates "number"; "said no." ends a sentence.
    private static bool NumberPrefix(ReadOnlySpan<char> word) => word.Equals("No", StringComparison.OrdinalIgnoreCase) || word.Equals("Nos", StringComparison.OrdinalIgnoreCase);

    private static bool NextIsDigit(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && text[from] == ' ') from++;
        return from < text.Length && char.IsDigit(text[from]);
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int digitsStart)
    {
        int n = 0;
        while (char.IsDigit(At(text, digitsStart + n))) n++;
        return n == 3;
    }

    // "U.S", "U.N", "e.g": the segment before this period is a single letter.
    private static bool IsInitialism(ReadOnlySpan<char> text, int start, int dot) => dot - 1 == start || text[dot - 2] == '.';

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (word.IndexOf('.') > 0) return true;
        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }

    private static bool IsPossessive(ReadOnlySpan<char> text, int apostrophe) =>
        (At(text, apostrophe + 1) is 's' or 'S') && !IsLetter(At(text, apostrophe + 2));

    private static TokenFlags Classify(ReadOnlySpan<char> text, int start, int end)
    {
        var token = text[start..end];
        var flags = TokenFlags.None;
        int next = end;
        bool lineBreak = false;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            lineBreak |= text[next] is '\n' or '\r' or '\u2029';
            next++;
        }
        if (next > end) flags |= TokenFlags.SpaceAfter;
        if (lineBreak) flags |= TokenFlags.LineBreakAfter;

        char first = token[0];
        if (char.IsDigit(first)) flags |= TokenFlags.Numeric;
        if (char.IsUpper(first)) flags |= TokenFlags.Capitalized;
        if (token.Length >= 2 && IsAllCaps(token)) flags |= TokenFlags.AllCaps;

        if (IsQuoteMark(first) && token.Length == 1)
        {
            flags |= TokenFlags.QuoteMark | TokenFlags.Punctuation;
            if (IsOpening(text, start)) flags |= TokenFlags.OpeningQuote;
        }
        else if (!char.IsLetterOrDigit(first) && !IsApostrophe(first))
        {
            flags |= TokenFlags.Punctuation;
        }
        if (token is "." or "!" or "?" or "..." || token.SequenceEqual("\u2026"))
            flags |= TokenFlags.SentenceFinal;
        if (token.Length > 1 && token[^1] == '.' && char.IsLetter(token[0]))
            flags |= TokenFlags.Abbreviation;
        return flags;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> token)
    {
        int letters = 0;
        foreach (char c in token)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    // Direction is explicit for curly marks; a straight mark opens when nothing word-like precedes it.
    private static bool IsOpening(ReadOnlySpan<char> text, int at) => text[at] switch
    {
        '\u201C' or '\u2018' or '\u00AB' or '\u201E' => true,
        '\u201D' or '\u2019' or '\u00BB' => false,
        _ => at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '[' or '\u2014' or '-' or '\u2013',
    };

    /// <summary>True for straight and curly single and double quote marks and guillemets.</summary>
    public static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\'' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsLetter(char c) => char.IsLetter(c);

    private static char At(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length ? text[i] : '\0';
}
