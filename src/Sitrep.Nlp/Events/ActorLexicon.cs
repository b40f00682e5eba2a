using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Nlp.Events;

/// <summary>What part an actor phrase can play in an event.</summary>
internal enum ActorRole
{
    /// <summary>An armed or organised actor, either side.</summary>
    Actor,
    /// <summary>Unarmed people: only ever a target.</summary>
    Civilian,
    /// <summary>An unnamed perpetrator ("gunmen").</summary>
    Unidentified,
    /// <summary>A side named only by the ground it holds ("assault on rebel-held east Aleppo"): a target, never the perpetrator.</summary>
    Held,
    /// <summary>An actor guessed from a weapon with no owner named ("air strikes": the state's air force), kept only when the sentence names no other armed actor.</summary>
    Fallback,
}

/// <summary>An actor phrase found in a sentence, normalised to an ACLED-style name.</summary>
/// <param name="Span">Characters of the phrase.</param>
/// <param name="Name">ACLED-style name, regime period left out.</param>
/// <param name="Inter">ACLED inter code.</param>
/// <param name="Role">Part it can play.</param>
/// <param name="Group">Index of the phrase that produced it: "Syrian and Russian warplanes" gives two actors in one group.</param>
/// <param name="AfterBy">True when "by" precedes the phrase (passive agent, so actor 1).</param>
/// <param name="LacksCountry">True when the name wants a country ("Civilians (...)") and none was known, so it was left out.</param>
/// <param name="Template">The name as the lexicon writes it, with its <c>{country}</c> placeholder.</param>
/// <param name="IsVictim">True when the phrase is the subject of a passive harm ("30 IS militants were killed in Syrian raids"): the victim, not the perpetrator.</param>
/// <param name="IsTarget">True when the phrase follows a harm verb in its clause ("killed 12 people including rebel fighters").</param>
internal sealed record ActorMention(TextSpan Span, string Name, int Inter, ActorRole Role, int Group, bool AfterBy, bool LacksCountry, string Template, bool IsVictim, bool IsTarget)
{
    /// <summary>True when <paramref name="name"/> is this actor's name with some country filled in.</summary>
    public bool Fits(string name)
    {
        int at = Template.IndexOf("{country}", StringComparison.Ordinal);
        return at >= 0 && name.Length > Template.Length - "{country}".Length
            && name.StartsWith(Template[..at], StringComparison.Ordinal) && name.EndsWith(Template[(at + "{country}".Length)..], StringComparison.Ordinal);
    }
}

/// <summary>Finds actor phrases and names them the ACLED way, from <c>data/events/actors.tsv</c>.</summary>
internal sealed partial class ActorLexicon
{
    private readonly List<(Regex Pattern, string Name, int Inter, ActorRole Role)> _rows;
    // Per row, the ISO codes of the documents' countries it applies to ("coalition air strikes" are the Saudi-led coalition's in
    // Yemen, the US-led one's in Syria), so never where the country is unknown; null where it applies everywhere.
    private readonly string[]?[] _countriesOf;
    private readonly Countries _countries;
    // Rules out, in one pass over a sentence, the rows whose regex cannot match it: most rows, for most sentences.
    private readonly KeyIndex _index;

    private ActorLexicon(Countries countries, List<(Regex, string, int, ActorRole)> rows, string[]?[] countriesOf, KeyIndex index) =>
        (_countries, _rows, _countriesOf, _index) = (countries, rows, countriesOf, index);

    /// <summary>The rows' patterns in order, as <see cref="Index"/> numbers them.</summary>
    internal IReadOnlyList<Regex> Patterns => [.. _rows.Select(r => r.Pattern)];

    /// <summary>The rows each sentence may match.</summary>
    internal KeyIndex Index => _index;

    /// <summary>Reads the lexicon; <c>{DEMONYM}</c> in a pattern expands to the country aliases.</summary>
    /// <exception cref="SitrepException">When a row is malformed.</exception>
    public static ActorLexicon Load(string path, Countries countries)
    {
        var rows = new List<(Regex, string, int, ActorRole)>();
        var keys = new List<RequiredKeys>();
        var countriesOf = new List<string[]?>();
        foreach (var r in Tsv.Rows(path, 4))
        {
            countriesOf.Add(r.Length > 4 && r[4].Length > 0 ? r[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : null);
            var pattern = r[0].Replace("{DEMONYM}", countries.Pattern, StringComparison.Ordinal);
            var role = r[3] switch
            {
                "actor" => ActorRole.Actor,
                "civilian" => ActorRole.Civilian,
                "unidentified" => ActorRole.Unidentified,
                "held" => ActorRole.Held,
                "fallback" => ActorRole.Fallback,
                _ => throw Errors.Create(Errors.Model, $"{path}: unknown role '{r[3]}' for '{r[0]}'"),
            };
            if (!int.TryParse(r[2], out int inter))
                throw Errors.Create(Errors.Model, $"{path}: inter code '{r[2]}' for '{r[0]}' is not a number");
            var full = $@"(?<![\w-])(?:{pattern})(?![\w])";
            // Only the named demonym groups are read (NamedCountries): the others need not capture.
            rows.Add((new Regex(full, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture), r[1], inter, role));
            keys.Add(RequiredText.Read(full));
        }
        return new ActorLexicon(countries, rows, [.. countriesOf], new KeyIndex(keys));
    }

    /// <summary>Actor phrases of <paramref name="text"/> (a sentence starting at <paramref name="offset"/>), left to right, without overlaps.</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="offset">Document offset of the sentence's first character.</param>
    /// <param name="country">The country of the document, for "(Syria)" and for inter 8 of foreign forces.</param>
    public List<ActorMention> Find(string text, int offset, Country? country)
    {
        var candidates = new List<(int Start, int Length, int Row, Match Match)>();
        Span<int> starts = stackalloc int[_rows.Count];
        _index.Starts(text, starts);
        for (int row = 0; row < _rows.Count; row++)
            if (starts[row] >= 0 && (_countriesOf[row] is not { } only || country is not null && Array.IndexOf(only, country.Iso) >= 0))
                for (var m = _rows[row].Pattern.Match(text, starts[row]); m.Success; m = m.NextMatch())
                    candidates.Add((m.Index, m.Length, row, m));
        // Left to right, the longest at a position first, then the earlier row (no two candidates share all three).
        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Row.CompareTo(b.Row));
        var found = new List<ActorMention>();
        int end = 0, group = -1, groupStart = 0;
        ActorRole previousRole = ActorRole.Civilian;
        foreach (var c in candidates)
        {
            if (c.Start < end) continue;
            var (_, name, inter, role) = _rows[c.Row];
            // "Al Shabaab militants", "NAF rebel forces", "Houthi security forces": a generic phrase right after a named
            // armed actor describes it.
            if (group >= 0 && previousRole != ActorRole.Civilian && role != ActorRole.Civilian && c.Start > end
                && text.AsSpan(end, c.Start - end).IsWhiteSpace() && name.Contains("{country}", StringComparison.Ordinal))
            {
                end = c.Start + c.Length;
                continue;
            }
            // "Syrian regime or Russian air strikes": coordinated phrases act together, unless they are the two sides
            // ("clashes between X and Y", "X and Y exchanged fire").
            bool coordinated = group >= 0 && Coordination().IsMatch(text.AsSpan(end, c.Start - end))
                && !Reciprocal(text, groupStart, c.Start + c.Length);
            if (!coordinated)
            {
                group++;
                groupStart = c.Start;
            }
            end = c.Start + c.Length;
            previousRole = role;
            // "a village held by Islamic State militants": a side named by the ground it holds is a target, as "IS-held" is.
            if (role == ActorRole.Actor && HeldBy().IsMatch(text.AsSpan(0, c.Start))) role = ActorRole.Held;
            // "killed by X", and "thwarted a Houthi attack": the attacker is the agent whoever reports it.
            bool afterBy = role != ActorRole.Held && (Agent().IsMatch(text.AsSpan(0, c.Start)) || AttackBy().IsMatch(text.AsSpan(c.Start + c.Length)));
            bool victim = PassiveHarm().IsMatch(text.AsSpan(end));
            // "killed in Russian strikes", "killed in clashes with Kurdish fighters": the side after the harm is its means or its foe.
            bool target = HarmBefore().IsMatch(text.AsSpan(0, c.Start)) && !MeansBefore().IsMatch(text.AsSpan(0, c.Start));
            var span = new TextSpan(offset + c.Start, offset + end);
            var named = NamedCountries(c.Match);
            bool sides = named.Count > 1 && Reciprocal(text, c.Start, end);
            if (named.Count == 0) named.Add(country);
            foreach (var n in named)
            {
                // "military forces of India and Pakistan exchanged fire": one phrase, two sides.
                if (sides && n != named[0]) group++;
                var resolved = Resolve(name, n);
                // A state force fighting outside its own country is an external force (ACLED inter 8).
                int code = inter == 1 && n is not null && country is not null && n.Iso != country.Iso ? 8 : inter;
                if (found.All(f => f.Name != resolved || f.Group != group))
                    found.Add(new ActorMention(span, resolved, code, role, group, afterBy, n is null && name.Contains("{country}", StringComparison.Ordinal), name, victim, target));
            }
        }
        if (found.Any(f => f.Role is ActorRole.Actor or ActorRole.Unidentified && !f.IsVictim && !f.IsTarget))
            found.RemoveAll(f => f.Role == ActorRole.Fallback);
        return found;
    }

    [GeneratedRegex(@"^\s*(,|and|or|and the|or the|,\s*and)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Coordination();

    // The agent of a passive: "killed by X", "killed by the army". (ACLED keeps the subject first in "X thwarted an attack of Y".)
    [GeneratedRegex(@"\bby(?:\s+the)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Agent();

    [GeneratedRegex(@"\b(?:held|controlled|occupied|dominated|run)\s+by(?:\s+the)?(?:\s+[\w-]+)?\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex HeldBy();

    // The subject of a passive harm, also without its auxiliary: "IS militants killed in clashes", a headline's "34 Terrorists Killed"
    // (title case, no figure after it: "Islamic State Killed 270" is active).
    [GeneratedRegex(@"^(?:\s+[\w-]+){0,3}?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|executed|shot|targeted|attacked|ambushed|captured|kidnapped|abducted|arrested|detained)\b|(?:killed|wounded|injured|executed)\s+(?:in|by|during|near|after|when|while|on|at(?!\s+least))\b|(?-i:Killed|Wounded|Injured|Executed)\b(?!\s+\d))", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveHarm();

    [GeneratedRegex(@"\b(?:in|during|amid|with|by)\s+(?:(?:the|a|an|heavy|fierce|renewed|fresh|new)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex MeansBefore();

    [GeneratedRegex(@"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|targeted|targeting|including)\b[^.;:]{0,50}$", RegexOptions.IgnoreCase)]
    private static partial Regex HarmBefore();

    [GeneratedRegex(@"^\s*(?:attacks?|incursions?|offensives?|assaults?|ambush(?:es)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttackBy();

    [GeneratedRegex(@"\bbetween(?:\s+the)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"^\s*(?:forces\s+|troops\s+)?(?:exchanged|clashed|fought|traded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MutualVerb();

    /// <summary>True when the phrases from <paramref name="start"/> to <paramref name="end"/> are the two sides of a fight rather than allies.</summary>
    private static bool Reciprocal(string text, int start, int end) =>
        Between().IsMatch(text.AsSpan(0, start)) || MutualVerb().IsMatch(text.AsSpan(end));

    // The groups a {DEMONYM} is captured in.
    private static readonly string[] DemonymGroups = ["d1", "d2"];

    private List<Country?> NamedCountries(Match m)
    {
        var list = new List<Country?>();
        foreach (var g in DemonymGroups)
            foreach (Capture capture in m.Groups[g].Captures)
                if (_countries.ByAlias(capture.Value) is { } c && !list.Contains(c))
                    list.Add(c);
        return list;
    }

    /// <summary>The name with <c>{country}</c> filled in, or left out with its brackets when the country is unknown.</summary>
    internal static string Resolve(string name, Country? country)
    {
        if (!name.Contains("{country}", StringComparison.Ordinal)) return name;
        if (country is null)
            return name.Replace(" ({country})", "", StringComparison.Ordinal).Replace(" of {country}", "", StringComparison.Ordinal);
        return name.StartsWith("Military Forces of", StringComparison.Ordinal) || name.StartsWith("Police Forces of", StringComparison.Ordinal)
            ? name.Replace("{country}", country.OfName, StringComparison.Ordinal)
            : name.Replace("{country}", country.Name, StringComparison.Ordinal);
    }
}

/// <summary>Actor name helpers shared by the stage and the evaluations.</summary>
public static partial class ActorNames
{
    /// <summary>The name without ACLED's regime period: "Military Forces of Syria (2000-)" gives "Military Forces of Syria".</summary>
    public static string? WithoutPeriod(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : WhitespaceRun().Replace(Period().Replace(name, " "), " ").Trim();

    [GeneratedRegex(@"\s*\(\d{4}-(\d{4})?\)\s*")]
    private static partial Regex Period();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
