namespace Sitrep.Nlp.Quantities;

/// <summary>What a scanned word is made of.</summary>
internal enum WordShape : byte
{
    /// <summary>Letters, with inner apostrophes ("Saturday's").</summary>
    Alpha,
    /// <summary>Digits with inner separators ("250,000", "1.5", "10:30").</summary>
    Digits,
    /// <summary>One punctuation or symbol character.</summary>
    Symbol,
}

/// <summary>A word of the text as the number and date readers see it.</summary>
/// <param name="Start">First character offset.</param>
/// <param name="End">Offset past the last character.</param>
/// <param name="Shape">Letters, digits or a symbol.</param>
internal readonly record struct Word(int Start, int End, WordShape Shape)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits text into letter runs, digit runs and single symbols. Hyphens and slashes are their own words, so
/// "twenty-three", "15,000-20,000" and "2016-09-28" come out as parts the readers put back together by adjacency.
/// </summary>
/// <remarks>
/// The Sitrep tokenizer keeps "15,000-20,000" and "five-year" whole, which suits the other stages; number reading
/// needs the parts, so this scanner runs on the raw text instead and needs no layer.
/// </remarks>
internal static class Words
{
    public static void Scan(ReadOnlySpan<char> text, List<Word> into)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    if (char.IsAsciiDigit(text[i])) i++;
                    // A separator stays inside a number only between digits ("250,000", "1.5", "10:30"), never at its end ("in 2012.").
                    else if (text[i] is ',' or '.' or ':' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) i += 2;
                    else break;
                }
                into.Add(new Word(start, i, WordShape.Digits));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length)
                {
                    if (char.IsLetter(text[i])) i++;
                    else if (text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1])) i += 2;
                    else break;
                }
                into.Add(new Word(start, i, WordShape.Alpha));
            }
            else
            {
                into.Add(new Word(start, i + 1, WordShape.Symbol));
                i++;
            }
        }
    }
}
