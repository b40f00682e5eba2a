using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Nlp.Text;

/// <summary>Marks photo captions and credit lines, which repeat or illustrate the story but are not body text.</summary>
/// <remarks>
/// A line is a caption when it carries a photo credit ("Photo / Getty Images", "Photo: Reuters", "(AFP Photo)", "Image credit")
/// or when it is a short line without a final period whose sentences reappear later in the body.
/// Reads the text only; writes <see cref="Layer.Captions"/>.
/// </remarks>
public sealed partial class CaptionDetector : IPipelineStage
{
    /// <inheritdoc/>
    public string Name => "captions";
    /// <inheritdoc/>
    public IReadOnlySet<Layer> Requires { get; } = new HashSet<Layer>();
    /// <inheritdoc/>
    public IReadOnlySet<Layer> Produces { get; } = new HashSet<Layer> { Layer.Captions };

    [GeneratedRegex(@"\b(?:Photos?|Pictures?|Images?|Photograph|Picture\s+credit|Image\s+credit|Photo\s+credit)\s*(?:/|:|\||by\b|courtesy\b|©)|\((?:[A-Z][\w.]*\s+)*(?:Photo|Pictures?|Images?)\)|\b(?:Getty\s+Images|AFP\s+Photo|AP\s+Photo|Reuters\s+Photo|EPA(?:-EFE)?)\s*$|^\s*(?:Caption|Photo|File\s+photo)\s*:", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex CreditPattern();

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var captions = new List<CaptionBlock>();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            var whole = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            // A dateline opening the line and a keyword list inside it are no body text, whatever the rest of the line is.
            int bodyStart = whole.IsWhiteSpace() ? lineStart : AddPageFurniture(document, new TextSpan(lineStart, lineStart + whole.Length), captions);
            var line = text.AsSpan(bodyStart, lineStart + whole.Length - bodyStart);
            var span = new TextSpan(bodyStart, bodyStart + line.Length);
            if (!line.IsWhiteSpace() && (newline >= 0 || lineStart > 0))
            {
                if (CreditPattern().IsMatch(line))
                    captions.Add(new CaptionBlock(span, "photo credit", 0.9, Name));
                else if (RepeatsLaterBody(text, span))
                    captions.Add(new CaptionBlock(span, "repeats body text", 0.6, Name));
                else
                    AddInlineCaptions(text, span, captions);
            }
            else if (!line.IsWhiteSpace())
                AddInlineCaptions(text, span, captions);
            lineStart = lineEnd + 1;
        }
        captions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        document.SetCaptions(captions);
    }

    // "... on July 1 2016. (AFP Photo) At least 16 civilians were killed": a web page flattened to one line keeps a photo's caption as
    // the sentence just before its credit; the credit opens the next sentence, which is the story's. A credit closes its caption
    // without a full stop too ("In this photo ... attacked a street in Aleppo Syria (AP photo) BEIRUT Air strikes on a market"), when
    // the caption is no longer than a caption runs.
    private void AddInlineCaptions(string text, TextSpan line, List<CaptionBlock> captions)
    {
        var content = text.AsSpan(line.Start, line.Length);
        foreach (var match in InlineCredit().EnumerateMatches(content))
        {
            int end = match.Index;
            while (end > 0 && char.IsWhiteSpace(content[end - 1])) end--;
            if (end == 0) continue;
            bool stopped = content[end - 1] is '.' or '!' or '?';
            int start = content[..(stopped ? end - 1 : end)].LastIndexOfAny(".!?") + 1;
            while (start < end && char.IsWhiteSpace(content[start])) start++;
            if (end - start > 10 && (stopped || end - start <= LongestUnstoppedCaption))
                captions.Add(new CaptionBlock(new TextSpan(line.Start + start, line.Start + end), "photo credit", 0.8, Name));
        }
    }

    // The longest caption a credit closes without a full stop before it (FA-KES's run to about 350 characters).
    private const int LongestUnstoppedCaption = 400;

    // "(AFP Photo)", "(AP photo)", "(TRT World and Agencies)".
    [GeneratedRegex(@"\((?:[A-Z][\w.-]*\s+|and\s+)*(?:[Pp]hotos?|[Pp]ictures?|[Ii]mages?|Agencies)\)")]
    private static partial Regex InlineCredit();

    // "Date of publication 7 July 2016", "Published July 5 2015", "Posted on August 3 2013 by NAME", "Wed 05 Apr 2017", "23-07-2016":
    // the page's date (and byline) run into the headline or the lead.
    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    [GeneratedRegex(@"^\s*(?:(?:Date\s+of\s+publication|Published(?:\s+on)?|Posted(?:\s+on)?|(?:Last\s+)?[Uu]pdated(?:\s+on|\s+at)?)\s*:?\s*)?"
        + @"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+" + Month + @"\.?,?\s+\d{4}|" + Month + @"\.?\s+\d{1,2},?\s*\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})"
        + @"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?)?(?=\s|$)")]
    private static partial Regex Dateline();

    // "Tags Syria Idlib airstrikes Kafr Takharim Sixteen civilians were killed ...": a page's keyword list run into the next sentence.
    [GeneratedRegex(@"(?<![\w-])Tags:?\s+(?=[A-Z0-9])")]
    private static partial Regex KeywordList();

    // "09.04.2017Get short URL 0 85 12 Daesh terrorists were killed", "19.04.2017(updated 1041 19.04.2017) Get short URL 191 A total":
    // a page's date and share widget with its counters (one number, or a zero and a number), run into the title or the lead.
    [GeneratedRegex(@"(?:\d{1,2}\.\d{1,2}\.\d{4}\)?)?(?:\s*\(updated[^)]{0,40}\))?\s*Get short URL(?:\s+0)?(?:\s+\d+)?(?=\s|$)")]
    private static partial Regex ShareWidget();

    // Words that open a sentence and never stand in a keyword list: capitalised function words and numbers.
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "At", "In", "On", "After", "Before", "When", "While", "Since", "As", "According", "Despite", "Almost", "Nearly",
         "About", "Around", "More", "Some", "Many", "Several", "Dozens", "Scores", "Hundreds", "Thousands", "One", "Two", "Three", "Four",
         "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen",
         "Eighteen", "Nineteen", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "He", "She", "It", "They",
         "We", "This", "These", "Those", "There", "Their", "His", "Her", "Its", "But", "Meanwhile", "Earlier", "Later", "Last", "Both"], StringComparer.Ordinal);

    // Lower-case words a clause has and a keyword list lacks: function words, and past forms ("bombed", "launched").
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "of", "in", "on", "at", "by", "to", "for", "with", "from", "and", "or", "was", "were", "is", "are", "has", "have",
         "had", "been", "said", "says", "that", "which", "who", "after", "as", "into", "near"], StringComparer.Ordinal);

    // How many words a keyword list may run before the sentence after it must have begun.
    private const int LongestKeywordList = 40;

    /// <summary>Marks a dateline opening <paramref name="line"/> and the keyword lists inside it; returns where the line's text starts after the dateline.</summary>
    private int AddPageFurniture(Document document, TextSpan line, List<CaptionBlock> captions)
    {
        var text = document.Text;
        var content = text.AsSpan(line.Start, line.Length);
        int bodyStart = line.Start;
        if (Dateline().Match(text, line.Start, line.Length) is { Success: true } date)
        {
            int end = date.Index + date.Length;
            // "Posted on April 2 2017 by Youssef Diab MSF Syrian Regime Used ...": the byline runs to the repeated headline, else over the name.
            if (ByAfter(text, end, line.End) is int by)
                end = Headline.Find(document) is { } headline && headline.Start > by && headline.Start - by < 60 ? headline.Start : NameEnd(text, by, line.End);
            while (end > date.Index && char.IsWhiteSpace(text[end - 1])) end--;
            captions.Add(new CaptionBlock(new TextSpan(date.Index + (date.Value.Length - date.Value.TrimStart().Length), end), "dateline", 0.8, Name));
            bodyStart = SkipSpaces(text, end, line.End);
        }
        foreach (var match in ShareWidget().EnumerateMatches(content))
        {
            int from = line.Start + match.Index + (content.Slice(match.Index, match.Length).Length - content.Slice(match.Index, match.Length).TrimStart().Length);
            int to = line.Start + match.Index + match.Length;
            if (to <= bodyStart) continue;
            captions.Add(new CaptionBlock(new TextSpan(Math.Max(from, bodyStart), to), "share widget", 0.8, Name));
            if (from <= bodyStart) bodyStart = SkipSpaces(text, to, line.End);
        }
        foreach (var match in KeywordList().EnumerateMatches(content))
        {
            int from = line.Start + match.Index;
            if (from < bodyStart) continue;
            if (KeywordListEnd(text, line.Start + match.Index + match.Length, line.End) is int listEnd)
                captions.Add(new CaptionBlock(new TextSpan(from, listEnd), "keywords", 0.7, Name));
        }
        return bodyStart;
    }

    private static int SkipSpaces(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    // "by NAME" right after a dateline: the offset after "by ".
    private static int? ByAfter(string text, int at, int end)
    {
        var rest = text.AsSpan(at, end - at);
        int skipped = rest.Length - rest.TrimStart().Length;
        return rest.TrimStart().StartsWith("by ", StringComparison.Ordinal) ? at + skipped + 3 : null;
    }

    // A byline's name: up to three capitalised words, stopping before a sentence's opener.
    private static int NameEnd(string text, int at, int end)
    {
        int i = at, last = at;
        for (int words = 0; words < 3 && i < end; words++)
        {
            int wordEnd = text.IndexOf(' ', i, end - i) is var space and >= 0 ? space : end;
            var word = text.AsSpan(i, wordEnd - i);
            if (word.Length == 0 || !char.IsUpper(word[0]) || Openers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) break;
            last = wordEnd;
            i = wordEnd + 1;
        }
        return last;
    }

    /// <summary>Where a keyword list starting at <paramref name="at"/> ends: at a full stop closing it, before a word that opens a sentence
    /// ("The", "At least", "Sixteen"), or before the capitalised word that starts the clause whose first function word or past form
    /// follows ("Syrian regime warplanes bombed", "Airstrikes in opposition areas"; "Network for Human Rights" is a name); null when
    /// no sentence follows within reach.</summary>
    private static int? KeywordListEnd(string text, int at, int end)
    {
        var openers = Openers.GetAlternateLookup<ReadOnlySpan<char>>();
        var clauseWords = ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int lastCapital = -1, previousEnd = -1;
        bool previousCapital = false;
        int i = at;
        for (int words = 0; words < LongestKeywordList && i < end; words++)
        {
            int wordEnd = text.IndexOf(' ', i, end - i) is var space and >= 0 ? space : end;
            var word = text.AsSpan(i, wordEnd - i);
            if (word.Length > 0)
            {
                bool capital = char.IsUpper(word[0]) || char.IsDigit(word[0]);
                if (words > 0 && (openers.Contains(word) || char.IsDigit(word[0]))) return previousEnd;
                if (word[^1] is '.' or '!' or '?') return wordEnd;
                if (words > 0 && !capital && (clauseWords.Contains(word) && !(previousCapital && NextIsCapital(text, wordEnd, end)) || IsPastForm(word)))
                    return lastCapital > at ? TrimmedEnd(text, at, lastCapital) : null;
                if (capital) lastCapital = i;
                previousCapital = capital;
                previousEnd = wordEnd;
            }
            i = wordEnd + 1;
        }
        return null;
    }

    private static int TrimmedEnd(string text, int from, int before)
    {
        while (before > from && char.IsWhiteSpace(text[before - 1])) before--;
        return before;
    }

    private static bool NextIsCapital(string text, int wordEnd, int end) => wordEnd + 1 < end && char.IsUpper(text[wordEnd + 1]);

    private static bool IsPastForm(ReadOnlySpan<char> word) => word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);

    // A caption often reuses a sentence of the story word for word; a body paragraph does not repeat itself.
    private static bool RepeatsLaterBody(string text, TextSpan line)
    {
        var content = text.AsSpan(line.Start, line.Length);
        if (content.Length > 300 || content.EndsWith(".") || content.EndsWith("\"")) return false;
        foreach (var range in content.Split('.'))
        {
            var piece = content[range].Trim();
            if (piece.Length >= 40 && text.AsSpan(line.End).Contains(piece, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
