using System.Globalization;
using Sitrep.Core;

namespace Sitrep.Nlp.Evaluation;

/// <summary>One attribution relation: who (source), through which words (cue), said what (content); each part may be discontinuous.</summary>
/// <param name="Source">Fragments of the source, empty when the text names none.</param>
/// <param name="Cue">Fragments of the cue.</param>
/// <param name="Content">Fragments of the content.</param>
public sealed record Attribution(IReadOnlyList<TextSpan> Source, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Content);

/// <summary>Reads attribution relations from BRAT standoff files in the PolNeAR layout.</summary>
/// <remarks>
/// Text-bound lines look like <c>T3&lt;TAB&gt;Content 120 211;215 230&lt;TAB&gt;text</c> and event lines like
/// <c>E1&lt;TAB&gt;Attribution:T4 Content:T3 Cue:T2 Source:T1</c>. BRAT offsets count Unicode code points; they are converted
/// to .NET string offsets. Lines that continue a multi-line entity text are skipped.
/// </remarks>
public static class BratAttributions
{
    /// <summary>Parses the relations of one <c>.ann</c> file whose offsets point into <paramref name="text"/>.</summary>
    /// <exception cref="SitrepException">When an event names an entity the file does not define, or a span lies outside the text.</exception>
    public static IReadOnlyList<Attribution> Parse(string ann, string text, string fileName = "(ann)")
    {
        ArgumentNullException.ThrowIfNull(ann);
        ArgumentNullException.ThrowIfNull(text);
        var toUtf16 = CodePointMap(text);
        var entities = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (var raw in ann.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length < 2) continue;
            var fields = line.Split('\t');
            if (fields.Length < 2) continue;
            if (line[0] == 'T' && TryParseSpans(fields[1], toUtf16, text.Length, out var spans))
                entities[fields[0]] = spans;
            else if (line[0] == 'E')
                events.Add(fields[1]);
        }

        var result = new List<Attribution>(events.Count);
        foreach (var ev in events)
        {
            var source = new List<TextSpan>();
            var cue = new List<TextSpan>();
            var content = new List<TextSpan>();
            foreach (var arg in ev.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = arg.IndexOf(':');
                if (colon < 0) continue;
                var role = arg[..colon];
                var id = arg[(colon + 1)..];
                if (!entities.TryGetValue(id, out var spans))
                    throw Errors.Create(Errors.Gold, $"{fileName}: event '{ev}' names {id}, which the file does not define");
                if (role.StartsWith("Source", StringComparison.Ordinal)) source.AddRange(spans);
                else if (role.StartsWith("Cue", StringComparison.Ordinal)) cue.AddRange(spans);
                else if (role.StartsWith("Content", StringComparison.Ordinal)) content.AddRange(spans);
            }
            if (cue.Count > 0 || content.Count > 0)
                result.Add(new Attribution(Sorted(source), Sorted(cue), Sorted(content)));
        }
        return result;
    }

    private static List<TextSpan> Sorted(List<TextSpan> spans)
    {
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    // "Content 120 211;215 230" → two spans.
    private static bool TryParseSpans(string typeAndRange, int[]? toUtf16, int length, out List<TextSpan> spans)
    {
        spans = [];
        int space = typeAndRange.IndexOf(' ');
        if (space < 0) return false;
        foreach (var fragment in typeAndRange[(space + 1)..].Split(';'))
        {
            var ends = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ends.Length != 2
                || !int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(ends[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                || end < start)
                return false;
            if (toUtf16 is not null)
            {
                if (end >= toUtf16.Length) return false;
                (start, end) = (toUtf16[start], toUtf16[end]);
            }
            if (end > length) return false;
            spans.Add(new TextSpan(start, end));
        }
        return spans.Count > 0;
    }

    // Null when every character is in the Basic Multilingual Plane, where code points and UTF-16 offsets agree.
    private static int[]? CodePointMap(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return null;
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        map.Add(text.Length);
        return [.. map];
    }
}
