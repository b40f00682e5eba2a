using Sitrep.Core;

namespace Sitrep.Nlp.Quotes;

/// <summary>How a direct quote segment ends.</summary>
internal enum QuoteEnding
{
    /// <summary>A closing mark ends it.</summary>
    Closed,
    /// <summary>The paragraph ends while it is open and the next paragraph reopens it (news convention for long quotes).</summary>
    ContinuesInNextParagraph,
    /// <summary>The paragraph ends while it is open and nothing reopens it: a missing closing mark.</summary>
    Unbalanced,
}

/// <summary>One paragraph's worth of a direct quote.</summary>
/// <param name="Content">Characters between the marks, whitespace trimmed.</param>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="End">Offset just past the closing mark, or the paragraph end when not closed.</param>
/// <param name="Ending">How the segment ends.</param>
/// <param name="ContinuesPrevious">True when this segment reopens a quote left open at the end of the previous paragraph.</param>
internal readonly record struct QuoteSegment(TextSpan Content, int Open, int End, QuoteEnding Ending, bool ContinuesPrevious);

/// <summary>Finds direct quotes by pairing quote marks within paragraphs.</summary>
/// <remarks>
/// A quote never runs past its paragraph: an open quote either continues because the next paragraph opens with a quote mark,
/// or is cut at the paragraph end as unbalanced, so a missing mark cannot swallow the rest of the article.
/// Marks inside an open quote nest one level ("a regime "victory" in Aleppo"); nested quotes stay part of the outer one.
/// One pass over the characters, no regular expressions.
/// </remarks>
internal static class QuoteMarkScanner
{
    private const int MaxDepth = 3;

    public static List<QuoteSegment> Scan(ReadOnlySpan<char> text)
    {
        var found = new List<QuoteSegment>();
        Span<int> stack = stackalloc int[MaxDepth];
        Span<char> kinds = stackalloc char[MaxDepth];
        Span<int> widths = stackalloc int[MaxDepth];
        bool carried = false;
        int start = 0;
        while (start < text.Length)
        {
            int end = text[start..].IndexOf('\n');
            end = end < 0 ? text.Length : start + end;
            var (first, last) = Trim(text, start, end);
            if (first < last)
            {
                bool reopens = IsParagraphOpening(text, first);
                carried = ScanParagraph(text, first, last, carried && reopens, stack, kinds, widths, found);
            }
            start = end + 1;
        }
        return found;
    }

    // Returns true when the paragraph ends with a quote still open.
    private static bool ScanParagraph(ReadOnlySpan<char> text, int first, int last, bool continues, Span<int> stack, Span<char> kinds, Span<int> widths, List<QuoteSegment> found)
    {
        int depth = 0;
        bool firstSegment = true;
        for (int i = first; i < last; i++)
        {
            if (!IsQuoteChar(text[i])) continue;
            // Two apostrophes stand for a double quote mark in some archives (''like this'').
            int width = text[i] == '\'' && i + 1 < last && text[i + 1] == '\'' ? 2 : 1;
            char c = width == 2 ? '"' : text[i];
            var role = Classify(text, i, width, c, first, last, depth > 0 ? kinds[depth - 1] : '\0');
            int level = role == MarkRole.Close ? Matching(kinds[..depth], c) : -1;
            if (level >= 0)
            {
                // Closing an outer quote also closes inner ones left open ("‘I hope that happens,'”").
                depth = level;
                if (depth == 0)
                {
                    Add(found, text, stack[0], widths[0], i, i + width, QuoteEnding.Closed, continues && firstSegment);
                    firstSegment = false;
                }
            }
            else if (role == MarkRole.Open && depth < MaxDepth)
            {
                stack[depth] = i;
                kinds[depth] = c;
                widths[depth] = width;
                depth++;
            }
            i += width - 1;
        }
        if (depth == 0) return false;
        // An open quote runs to the paragraph end; whether it is a continuation or a stray mark depends on the next paragraph.
        bool nextReopens = NextParagraphOpensWithQuote(text, last);
        Add(found, text, stack[0], widths[0], last, last, nextReopens ? QuoteEnding.ContinuesInNextParagraph : QuoteEnding.Unbalanced, continues && firstSegment);
        return nextReopens;
    }

    private static void Add(List<QuoteSegment> found, ReadOnlySpan<char> text, int open, int openWidth, int close, int end, QuoteEnding ending, bool continuesPrevious)
    {
        var (s, e) = Trim(text, open + openWidth, close);
        if (s < e)
            found.Add(new QuoteSegment(new TextSpan(s, e), open, end, ending, continuesPrevious));
    }

    private enum MarkRole { None, Open, Close }

    private static MarkRole Classify(ReadOnlySpan<char> text, int i, int width, char c, int first, int last, char innermost)
    {
        char prev = i > first ? text[i - 1] : ' ';
        char next = i + width < last ? text[i + width] : ' ';
        switch (c)
        {
            case '\u201C' when IsDoubleOpener(innermost) && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next):
                // A typo'd closing mark ("here,“ said Jim Clyburn") closes, or the quote would run to the paragraph end.
                return MarkRole.Close;
            case '\u201C' or '\u00AB' or '\u201E':
                return MarkRole.Open;
            case '\u201D' or '\u00BB':
                return MarkRole.Close;
            case '\u2018':
                // A single curly opener counts only where a word starts, never as a stray apostrophe.
                return OpensHere(prev) && char.IsLetterOrDigit(next) ? MarkRole.Open : MarkRole.None;
            case '\u2019':
                // Usually an apostrophe ("rebels’", "it’s"); it closes only an open single quote and only where a word ends.
                return innermost == '\u2018' && !char.IsLetterOrDigit(next) ? MarkRole.Close : MarkRole.None;
            case '"':
                bool canOpen = OpensHere(prev) && !char.IsWhiteSpace(next);
                bool canClose = !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next);
                if (canOpen && !canClose) return MarkRole.Open;
                bool doubleOpen = IsDoubleOpener(innermost);
                if (canClose && !canOpen) return doubleOpen ? MarkRole.Close : MarkRole.None;
                // Free-standing or glued on both sides: the state decides.
                return doubleOpen ? MarkRole.Close : MarkRole.Open;
            default:
                return MarkRole.None;
        }
    }

    private static bool OpensHere(char prev) =>
        char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':' or '\u201C' or '"' or '\u2018';

    private static bool IsDoubleOpener(char c) => c is '"' or '\u201C' or '\u201E';

    // The innermost open level that `close` can close, or -1.
    private static int Matching(ReadOnlySpan<char> open, char close)
    {
        for (int d = open.Length - 1; d >= 0; d--)
            if (Pairs(open[d], close)) return d;
        return -1;
    }

    private static bool Pairs(char open, char close) => open switch
    {
        '"' or '\u201C' or '\u201E' => close is '"' or '\u201D' or '\u201C',
        '\u00AB' => close == '\u00BB',
        '\u2018' => close == '\u2019',
        _ => false,
    };

    private static bool IsQuoteChar(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E';

    private static bool IsParagraphOpening(ReadOnlySpan<char> text, int first) =>
        text[first] is '"' or '\u201C' or '\u00AB' or '\u201E' || (text[first] == '\'' && first + 1 < text.Length && text[first + 1] == '\'');

    private static bool NextParagraphOpensWithQuote(ReadOnlySpan<char> text, int last)
    {
        int i = last;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i < text.Length && IsParagraphOpening(text, i);
    }

    private static (int First, int Last) Trim(ReadOnlySpan<char> text, int first, int last)
    {
        while (first < last && char.IsWhiteSpace(text[first])) first++;
        while (last > first && char.IsWhiteSpace(text[last - 1])) last--;
        return (first, last);
    }
}
