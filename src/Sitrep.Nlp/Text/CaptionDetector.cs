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
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            if (!line.IsWhiteSpace() && (newline >= 0 || lineStart > 0))
            {
                var span = new TextSpan(lineStart, lineStart + line.Length);
                if (CreditPattern().IsMatch(line))
                    captions.Add(new CaptionBlock(span, "photo credit", 0.9, Name));
                else if (RepeatsLaterBody(text, span))
                    captions.Add(new CaptionBlock(span, "repeats body text", 0.6, Name));
                else
                    AddInlineCaptions(text, span, captions);
            }
            else if (!line.IsWhiteSpace())
                AddInlineCaptions(text, new TextSpan(lineStart, lineStart + line.Length), captions);
            lineStart = lineEnd + 1;
        }
        document.SetCaptions(captions);
    }

    // "... on July 1 2016. (AFP Photo) At least 16 civilians were killed": a web page flattened to one line keeps a photo's caption as
    // the sentence just before its credit; the credit opens the next sentence, which is the story's.
    private void AddInlineCaptions(string text, TextSpan line, List<CaptionBlock> captions)
    {
        var content = text.AsSpan(line.Start, line.Length);
        foreach (var match in InlineCredit().EnumerateMatches(content))
        {
            int end = match.Index;
            while (end > 0 && char.IsWhiteSpace(content[end - 1])) end--;
            if (end == 0 || content[end - 1] is not ('.' or '!' or '?')) continue;
            int start = content[..(end - 1)].LastIndexOfAny(".!?") + 1;
            while (start < end && char.IsWhiteSpace(content[start])) start++;
            if (end - start > 10) captions.Add(new CaptionBlock(new TextSpan(line.Start + start, line.Start + end), "photo credit", 0.8, Name));
        }
    }

    [GeneratedRegex(@"\((?:[A-Z][\w.-]*\s+|and\s+)*(?:Photos?|Pictures?|Images?|Agencies)\)")]
    private static partial Regex InlineCredit();

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
