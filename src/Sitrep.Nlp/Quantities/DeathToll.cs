using System.Buffers;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Nlp.Quantities;

/// <summary>The death toll read from a set of sentences.</summary>
/// <param name="Low">Conservative figure (ACLED's choice).</param>
/// <param name="High">Highest figure the text allows, or null when unbounded ("more than 20").</param>
/// <param name="IsSingleNumber">True when every death figure read is the same number and it is not split between events.</param>
/// <param name="IsSplit">True when the text splits its toll between several events ("20 fatalities split up between 3 events").</param>
/// <param name="Figures">The figures the toll was read from, in text order.</param>
public sealed record FatalityReading(double Low, double? High, bool IsSingleNumber, bool IsSplit, IReadOnlyList<Quantity> Figures)
{
    /// <summary>True when <paramref name="fatalities"/> lies within [Low, High].</summary>
    public bool Allows(int fatalities) => fatalities >= Math.Floor(Low) && (High is not { } h || fatalities <= Math.Ceiling(h));

    /// <summary>True when the conservative figure equals <paramref name="fatalities"/>.</summary>
    public bool Matches(int fatalities) => (int)Math.Round(Low) == fatalities;
}

/// <summary>Reads one death toll from the Fatalities quantities of some sentences: the event stage reads an event's toll with it, the ACLED evaluation a note's.</summary>
/// <remarks>
/// In order of precedence:
/// <list type="number">
/// <item>a coder's "coded as N" ("Unclear fatalities coded as 10");</item>
/// <item>the last closing "N fatalities" summary;</item>
/// <item>otherwise, within each sentence, the sum of its separate figures ("5 FC personnel and 1 officer were killed" is 6);
/// across sentences the lowest of those sums, as each sentence is another report of the same event (ACLED's conservative rule),
/// plus the figures of later sentences that add victims ("2 militants were also killed", "2 other policemen were killed").</item>
/// </list>
/// Never read: a share named as among a later figure ("six civilians were among at least 22 people killed"); a whole war's toll ("the war has killed more than 280000 people", "killed since 2011"). Never added: a part of another death figure ("killed 26 people, including 14 patients", "two of them"), and a running
/// total beside the event's own figure ("killed 5, bringing the death toll to 50"). A toll split between events
/// ("coded as 10 and split between 3 events") is spread as ACLED does, so the range is [floor(N/k), ceil(N/k)].
/// </remarks>
public static partial class DeathToll
{
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:");
    // How many characters after a figure must repeat an earlier figure's for it to be the same passage pasted again.
    private const int RepeatedChars = 40;
    // How far after a figure "were among those killed" is looked for.
    private const int AmongReach = 40;
    private static readonly string[] SplitVerbs = ["split", "spread", "divided"];
    private static readonly string[] SplitUnits = ["events", "locations", "days", "districts", "provinces", "villages"];

    /// <summary>The toll that <paramref name="sentences"/> of <paramref name="document"/> report, or null when they state none.</summary>
    /// <param name="document">A document with its quantity layer.</param>
    /// <param name="sentences">The sentences of one event (or of one ACLED note), in any order.</param>
    public static FatalityReading? Read(Document document, IEnumerable<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        // A headline run into the lead is a report of its own: "kills 20 ... An IS car bomb killed 20 people" is 20, not 40.
        var headline = Text.Headline.Find(document);
        var spans = sentences.Distinct().SelectMany(s => headline is { } h && s.Start < h.End && h.End < s.End
            ? [new TextSpan(s.Start, h.End), new TextSpan(h.End, s.End)] : new[] { s }).OrderBy(s => s.Start).ToList();
        var quantities = document.Quantities;
        // A part of another death figure ("two of them") is already in it; a part of a plain count ("one of the men was killed") is not.
        var tolls = quantities.Where(q => q.Kind == QuantityKind.Fatalities).Select(q => q.Span).ToHashSet();
        // "Dozens of people have been killed ... including at least 29 in a single neighbourhood": a counted part that exceeds what the
        // vague whole stands for bounds the toll better than it does.
        var vagueTolls = quantities.Where(q => q.Kind == QuantityKind.Fatalities && IsVague(q)).ToList();
        bool RaisesVague(Quantity q) => q.PartOf is { } w && vagueTolls.Any(v => v.Span == w && q.Conservative > v.Conservative);
        var deaths = quantities
            .Where(q => (q.Kind == QuantityKind.Fatalities && !(q.PartOf is { } whole && tolls.Contains(whole)) || RaisesVague(q))
                && !q.IsHypothetical && q.Conservative is not null && !CountsInjured(q) && spans.Any(s => s.Contains(q.Span)))
            .ToList();
        var text = document.Text;
        // "One civilian was among those killed": a share of the toll another figure gives, not a report of it.
        var shares = deaths.Where(q => AmongThoseAfter().IsMatch(text.AsSpan(q.Span.End, Math.Min(AmongReach, text.Length - q.Span.End)))).ToList();
        if (shares.Count < deaths.Count) deaths.RemoveAll(shares.Contains);
        // "The war has killed more than 280000 people": a whole war's toll is no event's (the war-total cue of cues.tsv).
        deaths.RemoveAll(q => spans.First(s => s.Contains(q.Span)) is var s && Events.EventCues.ShippedWarTotal.IsMatch(text.AsSpan(s.Start, s.Length)));
        // "Six civilians were among at least 22 people killed": the six are in the 22.
        deaths.RemoveAll(q => deaths.FirstOrDefault(n => n.Span.Start >= q.Span.End) is { } next
            && AmongBefore().IsMatch(text.AsSpan(q.Span.End, next.Span.Start - q.Span.End)));
        if (deaths.Count == 0) return null;
        // "massacring dozens ... killed at least 58", "killed several Nusra fighters ... killed six": a vague amount only bounds the
        // count another report of the event gives, so it is no report of its own to take the lowest of, nor to add to one.
        if (deaths.Any(q => !IsVague(q))) deaths.RemoveAll(IsVague);

        var coded = deaths.FirstOrDefault(q => Before(text, q.Span, 24).Contains("coded as", StringComparison.OrdinalIgnoreCase));
        var summary = deaths.LastOrDefault(q => q.Unit is "fatalities" or "fatality");
        double low, high;
        bool bounded;
        if ((coded ?? summary) is { } chosen)
        {
            low = chosen.Conservative!.Value;
            high = chosen.High ?? low;
            bounded = chosen.High is not null || chosen == coded;
        }
        else
        {
            (low, high, bounded) = (double.MaxValue, double.MaxValue, true);
            (double Low, double High, bool Bounded) added = (0, 0, true);
            (double Low, double High, bool Bounded)? cumulative = null;
            bool first = true;
            foreach (var sentence in spans)
            {
                var own = deaths.Where(q => sentence.Contains(q.Span)).ToList();
                if (own.Count == 0) continue;
                // A passage pasted twice without a full stop between ("A man was killed when ... province A man was killed when ...")
                // is one report: a figure whose words run on as an earlier figure's of the sentence do is that figure again.
                own = own.Where((q, i) => !own.Take(i).Any(p => IsRepeated(text, sentence, p.Span, q.Span))).ToList();
                // "killed 5, bringing the death toll to 50": the running total is not this event's; alone it is.
                // "at least 32 people were killed ... with 18 bodies pulled from the rubble": the bodies found are some of the dead counted before.
                // "killed 58 civilians ... 25 children were killed": children or women counted after the civilians are some of them.
                var figures = own.Where(q => !IsRunningTotal(text, sentence, q.Span)
                    && !(IsBodies(q) && own.Any(p => p.Span.End <= q.Span.Start && !IsBodies(p) && p.Conservative >= q.Conservative))
                    && !(IsMinorsOrWomen(q) && own.Any(p => p.Span.End <= q.Span.Start && IsCivilians(p) && p.Conservative >= q.Conservative))).ToList();
                // Running totals alone: the latest is the toll ("the toll ... at least 126 ... has reached at least 126" is 126).
                bool runningOnly = figures.Count == 0;
                if (runningOnly) figures = [own[^1]];
                // "The commander alongside nine of his comrades were killed": the named person is one more than the figure, and the
                // sentence counts the whole group an earlier report names one of ("A commander was killed"), as a running total does.
                int companion = figures.Count(q => q == own[0] && IsCompanions(text, sentence, q.Span));
                var sum = (Low: figures.Sum(q => q.Conservative!.Value) + companion, High: figures.Sum(q => q.High ?? q.Conservative!.Value) + companion,
                    Bounded: figures.All(q => q.High is not null));
                if (runningOnly || companion > 0) cumulative = sum;
                // "Two militants were also killed", "2 other policemen were killed": further victims, not another report.
                // "six others were killed": the figure itself counts further victims (a sentence's "44 others were injured" says nothing of its dead).
                if (!first && (Addition().IsMatch(text.AsSpan(sentence.Start, sentence.Length))
                    || figures.Any(q => text.AsSpan(q.Span.Start, q.Span.Length).Contains(" others ", StringComparison.OrdinalIgnoreCase))))
                    added = (added.Low + sum.Low, added.High + sum.High, added.Bounded && sum.Bounded);
                else if (sum.Low < low)
                    (low, high, bounded) = sum;
                first = false;
            }
            (low, high, bounded) = (low + added.Low, high + added.High, bounded && added.Bounded);
            // "The death toll rose to 12": the latest running total is the event's whole toll, whatever the single reports say.
            if (cumulative is { } total && total.Low > low) (low, high, bounded) = total;
        }
        int events = SplitCount(text, spans);
        if (events > 1)
        {
            high = Math.Ceiling(high / events);
            low = Math.Floor(low / events);
        }
        bool single = events <= 1 && deaths.Select(q => q.Conservative!.Value).Distinct().Count() == 1;
        return new FatalityReading(low, bounded || events > 1 ? high : null, single, events > 1, deaths);
    }

    /// <summary>True for a vague amount ("dozens", "scores of"): a lower bound the text gives without a hedge word, unlike "at least 20".</summary>
    public static bool IsVague(Quantity q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return q.Low is not null && q.High is null && q.Hedge is null;
    }

    // "Nine persons killed 12 injured" (a headline without its comma): a figure whose noun is the injured counts them, not the dead.
    private static bool CountsInjured(Quantity q) => q.Unit is "injured" or "wounded" or "hurt" or "injuries";

    private static bool IsBodies(Quantity q) => q.Unit is "bodies" or "body" or "corpses";

    private static bool IsMinorsOrWomen(Quantity q) =>
        q.Unit is "children" or "child" or "kids" or "schoolchildren" or "minors" or "babies" or "infants" or "girls" or "boys" or "women";

    private static bool IsCivilians(Quantity q) => q.Unit is "civilians" or "people" or "persons" or "residents" or "villagers" or "citizens";

    private static ReadOnlySpan<char> Before(string text, TextSpan span, int length) =>
        text.AsSpan(Math.Max(0, span.Start - length), Math.Min(length, span.Start));

    // "the death toll from the attack has reached 126", "bringing the total to 50": a toll or total earlier in the figure's clause.
    private static bool IsRunningTotal(string text, TextSpan sentence, TextSpan figure)
    {
        int from = Math.Max(sentence.Start, figure.Start - 120);
        var clause = text.AsSpan(from, figure.Start - from);
        clause = clause[(clause.LastIndexOfAny(ClauseBreaks) + 1)..];
        return clause.Contains("toll", StringComparison.OrdinalIgnoreCase) || clause.Contains("total", StringComparison.OrdinalIgnoreCase);
    }

    // The figure at `later` and the words after it repeat those at `earlier` over a stretch that is not chance (a clause of its own).
    private static bool IsRepeated(string text, TextSpan sentence, TextSpan earlier, TextSpan later)
    {
        int length = later.Length + RepeatedChars;
        return later.Start + length <= sentence.End && earlier.Start + length <= later.Start
            && text.AsSpan(earlier.Start, length).Equals(text.AsSpan(later.Start, length), StringComparison.OrdinalIgnoreCase);
    }

    // "alongside nine of his comrades", "along with 12 of their fighters": the figure counts those with someone the sentence names before it.
    private static bool IsCompanions(string text, TextSpan sentence, TextSpan figure) =>
        CompanionBefore().IsMatch(text.AsSpan(sentence.Start, figure.Start - sentence.Start))
        && CompanionAfter().IsMatch(text.AsSpan(figure.End, sentence.End - figure.End));

    // "split up between 3 events", "spread between 3 locations", "split across two days": how many events share the toll.
    private static int SplitCount(string text, List<TextSpan> sentences)
    {
        foreach (var sentence in sentences)
        {
            var span = text.AsSpan(sentence.Start, sentence.Length);
            foreach (var verb in SplitVerbs)
            {
                int at = span.IndexOf(verb, StringComparison.OrdinalIgnoreCase);
                if (at < 0) continue;
                var rest = span[(at + verb.Length)..];
                if (rest.Length > 60) rest = rest[..60];
                var w = new WordList(rest.ToString());
                for (int i = 0; i < w.Count - 1; i++)
                    if (NumberReader.TryRead(w, i, out var n) && n.Value is >= 2 and <= 100 && SplitUnits.Any(u => w.Is(n.End, u)))
                        return (int)n.Value;
            }
        }
        return 1;
    }

    [GeneratedRegex(@"^[^.;]{0,40}\bamong(?:\s+the)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AmongBefore();

    [GeneratedRegex(@"^\s*(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:those|the)\s+(?:killed|dead|victims|fatalities)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmongThoseAfter();

    [GeneratedRegex(@"\b(?:alongside|along\s+with|together\s+with)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CompanionBefore();

    [GeneratedRegex(@"^\s*of\s+(?:his|her|its|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompanionAfter();

    [GeneratedRegex(@"\b(also|other|another|additional|further)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Addition();
}
