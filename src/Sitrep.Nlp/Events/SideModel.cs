using Sitrep.Core;

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
/// The actor classifier's reading of the sentence is a feature too: how likely it finds each side's name, and its own best
/// guesses compete as candidates of their own ("an army vehicle struck an IED" names only the target; in Mali's notes ACLED codes
/// JNIM). In training those probabilities come from actor classifiers that did not see the note (<see cref="Parts"/>), so the
/// side model learns how far to trust them on unseen text rather than on notes the classifier learnt by heart.
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
    /// <summary>Parts the training rows are cut into to give every row an actor classifier that did not learn from it.</summary>
    public const int Parts = 5;
    // The actor classifier's guesses that compete as candidates beside the sides named, and the least probability they need.
    private const int Guesses = 2;
    private const float LeastGuess = 0.2f;

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

    /// <summary>The candidates for actor 1 of a sentence with the features of each: its <paramref name="sides"/> (Guess null), then the
    /// actor classifier's likeliest guesses that name none of them (Side -1).</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="offset">Document offset of the sentence's first character.</param>
    /// <param name="sides">The armed sides the lexicon found, at least one.</param>
    /// <param name="eventType">The event type of the sentence.</param>
    /// <param name="reading">The actor classifier's probabilities for the sentence.</param>
    /// <param name="country">The document's country, whose coders' habits of ordering the sides the model learns.</param>
    public static List<(int Side, ActorGuess? Guess, string[] Features)> Candidates(string text, int offset, IReadOnlyList<ActorMention> sides, string? eventType, ActorClasses.ActorReading reading, string? country)
    {
        int rule = RulePick(sides);
        var top = reading.Top;
        var candidates = new List<(int, ActorGuess?, string[])>(sides.Count + Guesses);
        for (int i = 0; i < sides.Count; i++)
            candidates.Add((i, null, Features(text, offset, sides, i, eventType, rule, reading.Probability(sides[i].Name), top.Count > 0 && top[0].Name == sides[i].Name, country)));
        int guesses = 0;
        for (int g = 0; g < top.Count && guesses < Guesses && top[g].P >= LeastGuess; g++)
        {
            var guess = top[g];
            // Crowds and civilians are never a side's rival for actor 1: the stage names the crowd of a protest or riot itself.
            if (AcledInter.IsUnarmed(guess.Inter) || sides.Any(s => s.Name == guess.Name)) continue;
            guesses++;
            candidates.Add((-1, guess, GuessFeatures(sides, rule, eventType, guess, g == 0, country)));
        }
        return candidates;
    }

    // A guess of the actor classifier that the sentence does not name: how sure the classifier is, what kind of actor it is and
    // what the sentence names instead (the rule's side, and whether every side is a victim or target).
    private static string[] GuessFeatures(IReadOnlyList<ActorMention> sides, int rule, string? eventType, ActorGuess guess, bool top, string? country)
    {
        string p = Bucket(guess.P);
        var named = rule >= 0 ? sides[rule] : null;
        bool harmed = sides.All(s => s.IsVictim || s.IsTarget);
        return
        [
            "src=guess", $"gp={p}", $"gtop={top}", $"gp+top={p}|{top}", $"ginter={guess.Inter}", $"gname={guess.Name}", $"gtype={eventType}",
            $"gtype+p={eventType}|{p}", $"ginter+p={guess.Inter}|{p}", $"gharmed={harmed}", $"gharmed+p={harmed}|{p}",
            $"gvs={named?.Template}|{named?.Inter}", $"gvs+p={named?.Template}|{p}", $"gsides={Math.Min(sides.Count, 3)}",
            $"gctry+p={country}|{p}",
        ];
    }

    // Probabilities in a few ranges, so the model learns a weight per range rather than a line.
    private static string Bucket(float p) => p switch { < 0.05f => "0", < 0.2f => "1", < 0.5f => "2", < 0.8f => "3", < 0.95f => "4", _ => "5" };

    /// <summary>The features of side <paramref name="index"/> of <paramref name="sides"/>, found in <paramref name="text"/> (a
    /// sentence starting at document offset <paramref name="offset"/>), with the actor classifier's probability of its name and whether
    /// it is the classifier's best guess. ACLED's coders of one country keep habits of their own ("unidentified gunmen shot dead a regime
    /// soldier" puts the regime first in Syria's notes, where another country's coders put the gunmen first), so the side's kind, the
    /// other side's and its order are read with <paramref name="country"/> too.</summary>
    public static string[] Features(string text, int offset, IReadOnlyList<ActorMention> sides, int index, string? eventType, int rulePick, float modelP, bool modelTop, string? country)
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
            $"ctry+inter={country}|{side.Inter}|{other?.Inter}", $"ctry+order={country}|{Math.Min(order, 2)}",
            "src=side", $"mp={Bucket(modelP)}", $"mtop={modelTop}", $"mp+kind={Bucket(modelP)}|{kind}", $"mp+rule={Bucket(modelP)}|{index == rulePick}",
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
