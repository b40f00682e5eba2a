using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Nlp.Events;

/// <summary>Why a sentence reports no new event.</summary>
internal enum NonEventReason
{
    /// <summary>The sentence may report an event.</summary>
    None,
    /// <summary>A forecast or a possibility ("could", "will", "expected to").</summary>
    Modal,
    /// <summary>A conditional or a generic quantifier ("if", "whoever").</summary>
    Conditional,
    /// <summary>Background: past perfect or habitual framing.</summary>
    Background,
    /// <summary>A reaction to an event, not the event.</summary>
    Reaction,
    /// <summary>A generic or comparative statement.</summary>
    Generic,
}

/// <summary>The cue patterns of <c>data/events/cues.tsv</c> and the rules of <c>data/events/humanitarian.tsv</c>.</summary>
internal sealed class EventCues
{
    // How many characters before a trigger a modal or "had" still governs it.
    private const int GoverningWindow = 40;

    private EventCues(Dictionary<string, Regex> cues, List<(Regex Pattern, string Type, string SubType, string? When)> situations, List<(Regex Pattern, string Type, string SubType, string? When)> weapons)
    {
        Ground = cues["ground"];
        Crowd = cues["crowd"];
        _recall = cues["recall"];
        Weapons = weapons;
        Trigger = cues["trigger"];
        _modal = cues["modal"];
        _conditional = cues["conditional"];
        _background = cues["background"];
        _reaction = cues["reaction"];
        _generic = cues["generic"];
        _warTotal = cues[WarTotalKind];
        Situations = situations.Select(r => (r.Pattern, r.Type, r.SubType)).ToList();
        _mayMatch = new KeyIndex([.. new[] { Trigger, _conditional, _generic, _warTotal, _reaction, _modal, _background, _recall }.Select(r => RequiredText.Read(r.ToString()))]);
    }

    private readonly Regex _modal, _conditional, _background, _reaction, _generic, _warTotal, _recall;
    // Rules out, in one pass over a sentence, the kinds Judge reads that cannot match it (most, for most sentences), and says
    // where in it the search of the others may start; rows in this order.
    private readonly KeyIndex _mayMatch;
    private const int TriggerRow = 0, ConditionalRow = 1, GenericRow = 2, WarTotalRow = 3, ReactionRow = 4, ModalRow = 5, BackgroundRow = 6, RecallRow = 7;

    /// <summary>Words reporting a conflict action.</summary>
    public Regex Trigger { get; }

    /// <summary>Words reporting ground fighting.</summary>
    public Regex Ground { get; }

    /// <summary>Words naming a protest or a riot: without one, a sentence reports neither.</summary>
    public Regex Crowd { get; }

    /// <summary>Weapon cues: pattern, event type, sub-event type, and the one event type of the model's the row overrides
    /// (null: any violent type); first match wins.</summary>
    public IReadOnlyList<(Regex Pattern, string Type, string SubType, string? When)> Weapons { get; }

    /// <summary>Rule-read situations: pattern, event type, sub-event type; first match wins.</summary>
    public IReadOnlyList<(Regex Pattern, string Type, string SubType)> Situations { get; }

    /// <summary>Reads <c>cues.tsv</c>, <c>humanitarian.tsv</c> and <c>weapons.tsv</c> from <paramref name="directory"/>.</summary>
    /// <exception cref="SitrepException">When a kind is missing or a row names a type outside the taxonomy.</exception>
    public static EventCues Load(string directory)
    {
        var cuesPath = Path.Combine(directory, "cues.tsv");
        var byKind = ByKind(cuesPath);
        return new EventCues(byKind, TypedRules(Path.Combine(directory, "humanitarian.tsv")), TypedRules(Path.Combine(directory, "weapons.tsv")));
    }

    /// <summary>The <c>war-total</c> cue of the shipped <c>cues.tsv</c>: the one rule by which a sentence about a whole war's toll
    /// reports no event (<see cref="Judge(string)"/>) and its figures are no event's toll (<see cref="Quantities.DeathToll"/>).</summary>
    public static Regex ShippedWarTotal => ShippedWarTotalCue.Value;

    private static readonly Lazy<Regex> ShippedWarTotalCue = new(() => ByKind(DataFiles.Require("events/cues.tsv"))[WarTotalKind]);

    private const string WarTotalKind = "war-total";

    // Cues are read for where they match, never for their groups: not capturing them spares the engine recording each group
    // a match enters (the trigger cue has dozens) and a Match object as many arrays.
    private const RegexOptions CueOptions = RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;

    // One alternation per kind; every kind the stage reads must be present.
    private static Dictionary<string, Regex> ByKind(string cuesPath)
    {
        var byKind = Tsv.Rows(cuesPath, 2).GroupBy(r => r[0]).ToDictionary(
            g => g.Key,
            g => new Regex(string.Join('|', g.Select(r => $"(?:{r[1]})")), CueOptions));
        foreach (var kind in new[] { "trigger", "modal", "conditional", "background", "reaction", "generic", WarTotalKind, "ground", "crowd", "recall" })
            if (!byKind.ContainsKey(kind))
                throw Errors.Create(Errors.Model, $"{cuesPath}: no '{kind}' cue");
        return byKind;
    }

    // Rows: pattern, event type, sub-event type, and optionally the predicted event type the row is limited to.
    private static List<(Regex, string, string, string?)> TypedRules(string path)
    {
        var rules = new List<(Regex, string, string, string?)>();
        foreach (var r in Tsv.Rows(path, 3))
        {
            if (!AcledTaxonomy.IsValid(r[1], r[2]))
                throw Errors.Create(Errors.Model, $"{path}: '{r[1]}' / '{r[2]}' is not in the ACLED taxonomy");
            string? when = r.Length > 3 && r[3].Length > 0 ? r[3] : null;
            if (when is not null && !AcledTaxonomy.IsViolent(when))
                throw Errors.Create(Errors.Model, $"{path}: '{when}' is not a violent event type");
            rules.Add((new Regex(r[0], CueOptions), r[1], r[2], when));
        }
        return rules;
    }

    /// <summary>Why <paramref name="sentence"/> reports no new event, judged around its first trigger (or its start when it has none).</summary>
    public NonEventReason Judge(string sentence) => Judge(sentence, out _, out _);

    /// <summary>Why <paramref name="sentence"/> reports no new event, its first trigger word (null when it has none), and where a clause
    /// recalling another event ("a day after", "in response to") begins after that word (-1 when none does), as offsets within it.</summary>
    public NonEventReason Judge(string sentence, out Match? trigger, out int recall)
    {
        Span<int> from = stackalloc int[_mayMatch.RowCount];
        _mayMatch.Starts(sentence, from);
        trigger = from[TriggerRow] >= 0 && Trigger.Match(sentence, from[TriggerRow]) is { Success: true } t ? t : null;
        int at = trigger?.Index ?? sentence.Length;
        recall = trigger is not null && from[RecallRow] >= 0 && _recall.Match(sentence, Math.Max(from[RecallRow], at + 1)) is { Success: true } clause ? clause.Index : -1;
        if (from[ConditionalRow] >= 0 && _conditional.Match(sentence, from[ConditionalRow]) is { Success: true } c && c.Index < at) return NonEventReason.Conditional;
        if (from[GenericRow] >= 0 && _generic.IsMatch(sentence, from[GenericRow]) || from[WarTotalRow] >= 0 && _warTotal.IsMatch(sentence, from[WarTotalRow])) return NonEventReason.Generic;
        if (from[ReactionRow] >= 0 && _reaction.Match(sentence, from[ReactionRow]) is { Success: true } r && r.Index < at) return NonEventReason.Reaction;
        // A modal anywhere before the trigger governs it ("he feared that ... there could be fighting");
        // a modal after it belongs to a later clause ("killed 5; the toll may rise").
        if (from[ModalRow] >= 0 && _modal.Match(sentence, from[ModalRow]) is { Success: true } m && m.Index < at) return NonEventReason.Modal;
        if (from[BackgroundRow] >= 0 && _background.Match(sentence, from[BackgroundRow]) is { Success: true } b && b.Index <= at && at - b.Index <= GoverningWindow) return NonEventReason.Background;
        return NonEventReason.None;
    }
}
