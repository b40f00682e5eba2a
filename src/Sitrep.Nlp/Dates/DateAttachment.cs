using Sitrep.Core;

namespace Sitrep.Nlp.Dates;

/// <summary>Finds the date that goes with a figure or an event trigger: the nearest date expression of its sentence.</summary>
public static class DateAttachment
{
    /// <summary>The date expression of the sentence holding <paramref name="span"/> nearest to it, or null when the sentence has none.</summary>
    /// <remarks>
    /// Uses the <see cref="Layer.Sentences"/> layer when present, else the stretch between sentence-final punctuation.
    /// A date in the same clause (no ';' between) is preferred to a nearer one across a semicolon. Callers fall back on the
    /// publication date themselves.
    /// </remarks>
    public static DateExpression? For(Document document, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentence = document.SentenceAt(span.Start)?.Span ?? SentenceAround(document.Text, span);
        DateExpression? best = null;
        int bestScore = int.MaxValue;
        foreach (var d in document.Dates)
        {
            if (!sentence.Contains(d.Span)) continue;
            int distance = d.Span.End <= span.Start ? span.Start - d.Span.End : d.Span.Start >= span.End ? d.Span.Start - span.End : 0;
            int from = Math.Min(d.Span.End, span.End), to = Math.Max(d.Span.Start, span.Start);
            bool acrossClause = from < to && document.Text.AsSpan(from, to - from).Contains(';');
            int score = distance + (acrossClause ? 10_000 : 0);
            if (score < bestScore) { best = d; bestScore = score; }
        }
        return best;
    }

    private static TextSpan SentenceAround(string text, TextSpan span)
    {
        int start = span.Start;
        while (start > 0 && !IsEnd(text, start - 1)) start--;
        int end = span.End;
        while (end < text.Length && !IsEnd(text, end)) end++;
        return new TextSpan(start, Math.Min(text.Length, end + 1));
    }

    // A period before a space and a capital, or a newline, ends a sentence; "Sept. 11" does not.
    private static bool IsEnd(string text, int i) =>
        text[i] == '\n' || text[i] is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]);
}
