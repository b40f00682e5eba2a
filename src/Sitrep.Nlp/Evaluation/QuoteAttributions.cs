using Sitrep.Core;

namespace Sitrep.Nlp.Evaluation;

/// <summary>Converts a document's quotes to attribution relations in the conventions of PolNeAR-style gold.</summary>
/// <remarks>
/// Quotes that share a cue are one relation, the way annotators mark a quote split by its attribution.
/// Gold content takes in the quote marks of a direct quote and the "that" opening reported speech, and gold sources take in an
/// appositive ("Huma Abedin, vice chairwoman for Clinton's campaign,"). Sitrep's spans leave these out, so they are added here
/// rather than bent into the stage's own output.
/// </remarks>
public static class QuoteAttributions
{
    /// <summary>The document's quotes as attribution relations.</summary>
    public static IReadOnlyList<Attribution> FromDocument(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var result = new List<Attribution>();
        foreach (var group in document.Quotes.GroupBy(q => q.Cue?.Start ?? -1 - q.Span.Start))
        {
            var first = group.First();
            var content = group.Select(q => WithMarks(text, q)).OrderBy(s => s.Start).ToList();
            var source = SourceOf(text, first);
            result.Add(new Attribution(source is { } s ? [s] : [], first.Cue is { } c ? [c] : [], content));
        }
        return result;
    }

    private static TextSpan WithMarks(string text, Quote q)
    {
        int start = q.Span.Start, end = q.Span.End;
        if (q.Kind == QuoteKind.Direct)
        {
            // One mark, or the two apostrophes some archives write for one ('').
            if (start > 0 && IsQuoteMark(text[start - 1])) start--;
            if (start > 0 && text[start] == '\'' && text[start - 1] == '\'') start--;
            if (end < text.Length && IsQuoteMark(text[end])) end++;
            if (end < text.Length && text[end - 1] == '\'' && text[end] == '\'') end++;
        }
        int before = start - 1;
        while (before >= 0 && text[before] == ' ') before--;
        if (before >= 3 && text.AsSpan(before - 3, 4).Equals("that", StringComparison.OrdinalIgnoreCase) && (before == 3 || !char.IsLetter(text[before - 4])))
            start = before - 3;
        return new TextSpan(start, end);
    }

    private static TextSpan? SourceOf(string text, Quote q)
    {
        if (q.SpeakerSpan is not { } speaker) return null;
        // "Joe Bateman, who traveled from Illinois to help the campaign, says": everything set off by commas before the cue.
        if (q.Cue is { } c && c.Start > speaker.End && text[speaker.End] == ',')
        {
            int comma = text.LastIndexOf(',', c.Start - 1, c.Start - speaker.End);
            if (comma > speaker.End && text.AsSpan(comma + 1, c.Start - comma - 1).IsWhiteSpace()
                && text.AsSpan(speaker.End, comma - speaker.End).IndexOfAny(".;:\n\"\u201C\u201D") < 0
                && DescribesSpeaker(text.AsSpan(speaker.End + 1, comma - speaker.End - 1).Trim()))
                return new TextSpan(speaker.Start, comma + 1);
        }
        // The appositive belongs to the source only where it is written next to the speaker, not when inherited from an earlier mention.
        if (q.SpeakerRoleSpan is { } role && role.Start > speaker.End && role.Start - speaker.End <= 8
            && text.AsSpan(speaker.End, role.Start - speaker.End).Contains(','))
        {
            int end = role.End;
            if (end < text.Length && text[end] == ',' && q.Cue is { } cue && cue.Start > end) end++;
            return new TextSpan(speaker.Start, end);
        }
        return speaker;
    }

    // Annotators keep appositives and relative clauses ("a nominal Republican who ...") but not ages or asides ("in Kentucky", "by contrast").
    private static bool DescribesSpeaker(ReadOnlySpan<char> aside)
    {
        int space = aside.IndexOf(' ');
        var first = space < 0 ? aside : aside[..space];
        if (first.IsEmpty || char.IsDigit(first[0])) return false;
        foreach (var preposition in (ReadOnlySpan<string>)["in", "on", "at", "by", "for", "from", "with", "after", "during", "however", "though", "too", "meanwhile", "speaking", "asked"])
            if (first.Equals(preposition, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E';
}
