namespace Sitrep.Nlp.Events;

/// <summary>Which of a sentence's armed sides ACLED codes as actor 1: a learnt ranker over the sides the actor lexicon finds.</summary>
/// <remarks>
/// ACLED's actor 1 is the initiator, but how a note says who began is varied ("pro-Hadi forces thwarted a Houthi attack",
/// "9 Taliban militants were killed when Afghan forces repulsed their attacks", "an IED struck an army vehicle. JNIM claimed
/// it"), and where nobody began ("GNA and LNA forces clashed") ACLED keeps habits of its own per pair of sides. Each side is
/// described by the words around it, its place among the sides, its name and kind, the other side's name, the event type and
/// what the hand-written rule would pick (the passive agent, else the first side that is not a victim), and a logistic model
/// learnt from the training rows says how likely it is to be actor 1 (<c>side-model.bin</c>). The rule's choice is one of the
/// features, so the model learns where to depart from it.
/// </remarks>
internal static class SideModel
{
    /// <summary>Label of a side that is actor 1 in training.</summary>
    public const string First = "1";
    /// <summary>Label of a side that is not.</summary>
    public const string Other = "0";
    // Words either side of a phrase that are read, by position and as a bag.
    private const int Near = 3;
    private const int Window = 8;

    /// <summary>The side the hand-written rule picks: the agent of a passive, else the first side that is not the subject of a
    /// passive harm ("30 IS militants were killed in Syrian raids"), else the first; -1 when there is none.</summary>
    public static int RulePick(IReadOnlyList<ActorMention> sides)
    {
        for (int i = 0; i < sides.Count; i++) if (sides[i].AfterBy) return i;
        for (int i = 0; i < sides.Count; i++) if (!sides[i].IsVictim) return i;
        return sides.Count > 0 ? 0 : -1;
    }

    /// <summary>True when the sides name at least two actors, so there is a choice to make.</summary>
    public static bool HasChoice(IReadOnlyList<ActorMention> sides)
    {
        for (int i = 1; i < sides.Count; i++) if (sides[i].Name != sides[0].Name) return true;
        return false;
    }

    /// <summary>The features of side <paramref name="index"/> of <paramref name="sides"/>, found in <paramref name="text"/> (a
    /// sentence starting at document offset <paramref name="offset"/>).</summary>
    public static string[] Features(string text, int offset, IReadOnlyList<ActorMention> sides, int index, string? eventType, int rulePick)
    {
        var side = sides[index];
        int order = sides.Take(index).Select(s => s.Group).Where(g => g != side.Group).Distinct().Count();
        var other = sides.FirstOrDefault(s => s.Name != side.Name);
        string kind = $"kind={side.Template}|{side.Inter}";
        var features = new List<string>
        {
            kind, $"name={side.Name}", $"order={Math.Min(order, 2)}", $"type={eventType}", $"type+order={eventType}|{Math.Min(order, 2)}",
            $"type+inter={eventType}|{side.Inter}", $"rule={index == rulePick}", $"type+rule={eventType}|{index == rulePick}",
            $"by={side.AfterBy}", $"victim={side.IsVictim}", $"target={side.IsTarget}", $"role={side.Role}",
            $"vs={other?.Template}|{other?.Inter}", $"pair={side.Name}|{other?.Name}",
        };
        int start = Math.Clamp(side.Span.Start - offset, 0, text.Length), end = Math.Clamp(side.Span.End - offset, start, text.Length);
        var before = Words(text.AsSpan(0, start), fromEnd: true);
        var after = Words(text.AsSpan(end), fromEnd: false);
        for (int i = 0; i < before.Count; i++)
        {
            if (i < Near) features.Add($"L{i}={before[i]}");
            features.Add($"Lbag={before[i]}");
        }
        for (int i = 0; i < after.Count; i++)
        {
            if (i < Near) features.Add($"R{i}={after[i]}");
            features.Add($"Rbag={after[i]}");
        }
        if (before.Count == 0) features.Add("L0=<s>");
        if (after.Count == 0) features.Add("R0=</s>");
        return [.. features];
    }

    // Up to Window lower-cased words next to a phrase, nearest first; a sentence boundary inside the note ends them.
    private static List<string> Words(ReadOnlySpan<char> text, bool fromEnd)
    {
        var words = new List<string>(Window);
        int i = fromEnd ? text.Length - 1 : 0;
        while (words.Count < Window && i >= 0 && i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                if (text[i] is ';' or ':') break;
                i += fromEnd ? -1 : 1;
                continue;
            }
            int j = i;
            while (j >= 0 && j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '\'')) j += fromEnd ? -1 : 1;
            var word = fromEnd ? text[(j + 1)..(i + 1)] : text[i..j];
            words.Add(char.IsDigit(word[0]) ? "0" : word.ToString().ToLowerInvariant());
            i = j;
        }
        return words;
    }
}
