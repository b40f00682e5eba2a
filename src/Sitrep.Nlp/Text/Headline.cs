using Sitrep.Core;

namespace Sitrep.Nlp.Text;

/// <summary>Where an article's headline stands in its text.</summary>
/// <remarks>
/// Scraped articles often repeat the headline at the top of the text, run into the dateline and the lead with no full stop
/// ("IS car bomb kills 20 in eastern Syria State media Reuters Friday 17 Nov 2017 An IS car bomb killed 20 people"), or
/// give it as a first line of its own. The headline is another report of the lead's event, not more of it.
/// </remarks>
public static class Headline
{
    // How far into the text a repeated headline may start (after a dateline or an outlet's boilerplate).
    private const int Reach = 300;
    private const int LongestLine = 200;
    private const int FewestWords = 4;

    /// <summary>The headline's span in <paramref name="document"/>'s text, or null when the text does not repeat it.</summary>
    /// <remarks>With <see cref="Document.Title"/>, the title (or its longest leading run of at least four words, as outlets append
    /// their name: "… - Region - World - Ahram Online") near the start; without, a short first line followed by a blank line that does
    /// not end like a sentence (also when a title is known but not repeated).</remarks>
    public static TextSpan? Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var head = text.AsSpan(0, Math.Min(text.Length, Reach + LongestLine));
        if (document.Title?.Trim() is { Length: > 0 } title)
        {
            for (int end = title.Length; end > 0; end = title.LastIndexOf(' ', end - 1))
            {
                var prefix = title.AsSpan(0, end).TrimEnd();
                if (prefix.Count(' ') + 1 < FewestWords) break;
                int at = head.IndexOf(prefix, StringComparison.Ordinal);
                if (at >= 0 && at <= Reach) return new TextSpan(at, at + prefix.Length);
            }
        }
        int line = text.IndexOf('\n');
        if (line <= 0 || line > LongestLine || !text.AsSpan(line + 1).TrimStart(" \t\r").StartsWith("\n")) return null;
        var first = text.AsSpan(0, line).TrimEnd();
        return first.Length == 0 || first[^1] is '.' or '!' or '?' or '"' ? null : new TextSpan(0, first.Length);
    }
}
