using Sitrep.Core;
using Sitrep.Nlp.Dates;
using static Sitrep.Nlp.Quantities.QuantityLexicon;

namespace Sitrep.Nlp.Quantities;

/// <summary>One pass of the quantity reader over one text; not shared between threads.</summary>
internal sealed class QuantityReader(WordList w, string producer)
{
    private readonly List<Quantity> _found = [];
    private bool[] _inDate = [];

    public List<Quantity> Run(CancellationToken cancellationToken)
    {
        _inDate = new bool[w.Count];
        foreach (var d in DateReader.Scan(w, published: null))
            if (d.IsCalendar)
                for (int k = d.FirstWord; k < d.EndWord; k++) _inDate[k] = true;

        int i = 0;
        while (i < w.Count)
        {
            if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            // Most words can start no figure: one lookup turns them away.
            int next = _inDate[i] || !(w.IsDigits(i) || w.In(i, Starters)) ? i + 1 : TryAt(i);
            i = Math.Max(next, i + 1);
        }
        return _found;
    }

    /// <summary>Reads a quantity starting at word <paramref name="i"/>; returns the index to continue from.</summary>
    private int TryAt(int i)
    {
        if (TryProportion(i, out int end)) return end;
        if (TryZero(i, out end)) return end;

        int start = i;
        HedgeKind? hedge = null;
        string? hedgeText = null;
        int j = i;
        bool between = false;
        if (w.Is(i, "between") || w.Is(i, "from"))
        {
            between = w.Is(i, "between");
            j = i + 1;
        }
        else if (MatchHedge(i, out int hedgeEnd, out var kind))
        {
            hedge = kind;
            hedgeText = w.Text[w[i].Start..w[hedgeEnd - 1].End];
            j = hedgeEnd;
        }
        int numberAt = j;
        // "another 5", "a further 12", "a total of 30": part of the figure's words, no change to its value.
        if (w.Is(j, "another")) j++;
        else if ((w.Is(j, "a") || w.Is(j, "an")) && (w.Is(j + 1, "further") || w.Is(j + 1, "additional"))) j += 2;
        else if (w.Is(j, "a") && w.Is(j + 1, "total") && w.Is(j + 2, "of")) j += 3;

        if (!NumberReader.TryRead(w, j, out var number))
        {
            // "up to a year", "nearly a month": the article is the number one when a hedge asks for a figure.
            if (hedge is not null && (w.Is(j, "a") || w.Is(j, "an")) && w.TryGet(j + 1, TimeUnits, out _))
                number = new NumberRead(j, j + 1, 1, false, false);
            else if (hedge is null && !between)
                return TryArticle(i);
            else
                return i + 1;
        }
        if (_inDate[number.Start]) return number.Start;
        // "04-06-2016", "23-07-2016": a numeric date (day, month, year joined by hyphens), not a range.
        if (IsNumericDate(number.Start)) return number.Start + 5;
        if (hedge is null && !between && IsNameOrCode(number.Start)) return number.End;
        // "9 pm", "10 GMT": clock times.
        if (w.Is(number.End, "am") || w.Is(number.End, "pm") || w.Is(number.End, "GMT")) return number.End;

        // Ranges: "15,000-20,000", "10 to 12", "two or three", "between 10 and 12", "2 to 3 million".
        double? rangeHigh = null;
        int k = number.End;
        if (w.Is(k, "and") && between || w.Is(k, "to") || w.Is(k, "or") && !between || (w.IsSymbol(k, '-') || w.IsSymbol(k, '\u2013')) && !IsTimeUnitCompound(k))
        {
            if (NumberReader.TryRead(w, k + 1, out var second))
            {
                double low = number.Value;
                // "2 to 3 million": the bare first figure shares the second's scale.
                if (second.HasScale && !number.HasScale && low * ScaleOf(second) <= second.Value)
                    low *= ScaleOf(second);
                if (second.Value > low)
                {
                    number = number with { Value = low, End = second.End, IsVague = false };
                    rangeHigh = second.Value;
                    k = second.End;
                }
            }
        }
        else if (between)
            return i + 1;

        // The figure's start: a hedge, "between", or the number itself; a currency sign glued before it.
        int first = between || hedge is not null ? start : numberAt;
        var spanStart = w[first].Start;
        var kindOut = QuantityKind.Count;
        string? unit = null;
        int spanEnd = w[k - 1].End;
        int head = -1;
        TextSpan? partOf = null;

        if (first > 0 && w.InRange(first - 1) && w.Touches(first - 1) && (w.IsSymbol(first - 1, '$') || w.IsSymbol(first - 1, '\u20AC') || w.IsSymbol(first - 1, '\u00A3')))
        {
            kindOut = QuantityKind.Money;
            unit = w.Text[w[first - 1].Start].ToString();
            spanStart = w[first - 1].Start;
        }

        if (kindOut == QuantityKind.Money) { }
        else if (w.IsSymbol(k, '%') || w.Is(k, "percent") || w.Is(k, "per") && w.Is(k + 1, "cent"))
        {
            kindOut = QuantityKind.Percent;
            unit = "percent";
            k += w.Is(k, "per") ? 2 : 1;
            spanEnd = w[k - 1].End;
        }
        else if (IsTimeUnitCompound(k))
        {
            // "five-year conflict", "a 10-day siege": a duration that names its head noun; "15-year-old" is an age.
            w.TryGet(k + 1, TimeUnits, out string? plural);
            k += 2;
            if (w.IsSymbol(k, '-') && w.Is(k + 1, "old")) return k + 2;
            kindOut = QuantityKind.Duration;
            unit = plural;
            if (w.IsLower(k) && !w.In(k, Stop) && !w.In(k, Verbs)) k++;
            spanEnd = w[k - 1].End;
        }
        else if (w.TryGet(k, TimeUnits, out string? timeUnit))
        {
            kindOut = QuantityKind.Duration;
            unit = timeUnit;
            k++;
            spanEnd = w[k - 1].End;
            // "the past five days": the period word belongs to the figure.
            if (hedge is null && (w.Is(first - 1, "past") || w.Is(first - 1, "last") || w.Is(first - 1, "previous") || w.Is(first - 1, "next") || w.Is(first - 1, "coming")))
                spanStart = w[first - 1].Start;
        }
        else
        {
            if (w.Is(k, "of") && (number.IsVague || number.HasScale) && !w.In(k + 1, Pronouns))
                k++;
            else if (w.Is(k, "of") && (w.In(k + 1, Pronouns) || w.Is(k + 1, "the") && w.In(ReadHead(k + 2, out _), People)))
            {
                // "two of them", "one of the men": a part of an earlier figure, of men if the noun says so.
                partOf = Antecedent(w.Is(k + 1, "the") ? w.Chars(ReadHead(k + 2, out _)) : default)?.Span;
                k += w.Is(k + 1, "the") ? 2 : 1;
                if (w.In(k, Pronouns)) k++;
            }
            // "21 militants including 2 commanders": a part of the figure before.
            if (partOf is null && (w.Is(first - 1, "including") || w.Is(first - 1, "incl")))
                partOf = Antecedent()?.Span;
            // "19 more civilians", "5 other soldiers"
            if ((w.Is(k, "more") || w.Is(k, "other")) && w.IsAlpha(k + 1) && !w.In(k + 1, Stop) && !w.In(k + 1, Verbs)) k++;
            int afterOf = k;
            head = ReadHead(k, out int npEnd);
            if (head >= 0)
            {
                k = npEnd;
                spanEnd = w[k - 1].End;
                if (w.TryGet(head, Nouns, out var nounKind)) kindOut = nounKind;
                if (w.In(head, Currencies)) kindOut = QuantityKind.Money;
                unit = w.Chars(head).ToString().ToLowerInvariant();
            }
            else if (partOf is not null)
            {
                spanEnd = w[afterOf - 1].End;
                k = afterOf;
            }
        }

        bool isYear = w.IsDigits(number.Start) && number.End == number.Start + 1 && w[number.Start].Length == 4 && rangeHigh is null
            && number.Value is >= 1800 and <= 2099 && (head < 0 || !w.In(head, People));
        if (isYear && kindOut == QuantityKind.Count) return k;
        // "one of the few areas", "the one who": the pronoun, not a count.
        bool pronounOne = w.Is(number.Start, "one") && number.End == number.Start + 1 && head < 0 && hedge is null && rangeHigh is null;

        bool hypothetical = false;
        double confidence = 0.9;
        // "three children from one family were killed": a counted noun after "from" says where the victims come from ("range from 2 to 4" is a toll).
        bool canBeCasualty = kindOut is not (QuantityKind.Duration or QuantityKind.Money or QuantityKind.Percent) && !w.In(head, TollNouns) && !(w.Is(first - 1, "from") && head >= 0);
        // People nouns and demonyms ("Syrians") can be victims; "rockets" and a headline's "Airstrikes" cannot.
        if (canBeCasualty && (head < 0 || w.In(head, People) || w.IsCapitalized(head) && !w.In(head, Munitions)))
        {
            if (PrecedingVerb(first, out var verbKind, out int verbStart))
            {
                kindOut = verbKind;
                spanStart = w[verbStart].Start;
                hypothetical |= ModalBefore(verbStart);
            }
            else if (FollowingVerb(k, out verbKind, out int verbEnd, out bool adjacent, out bool modal))
            {
                kindOut = verbKind;
                hypothetical |= modal;
                if (adjacent) spanEnd = w[verbEnd - 1].End;
                SpreadBack(first, verbKind);
            }
            else if (kindOut == QuantityKind.Count && EndsPhrase(k) && Coordinated(first, commaJoins: false) is { } previous)
                kindOut = previous.Kind;
            // "Six Killed in Aleppo Bombing as Evacuation of 4 Syrian Towns Resumes": a death word earlier in the clause completes a
            // bare figure or one of people, not one counting things that a title capitalises.
            else if ((head < 0 || w.In(head, People)) && CueBefore(first, out var cueKind))
                kindOut = cueKind;
            else if (head < 0 && IsForceSize(first))
            {
                kindOut = QuantityKind.Troops;
                unit = "troops";
            }
        }
        hypothetical |= ModalBefore(first);

        if (pronounOne && kindOut == QuantityKind.Count && partOf is null) return k;
        var (lo, best, hi) = Values(number.Value, rangeHigh, number.IsVague, hedge);
        if (number.IsVague) confidence -= 0.15;
        if (head < 0 && kindOut == QuantityKind.Count) confidence -= 0.25;
        if (hypothetical) confidence = Math.Min(confidence, 0.6);
        string? group = head >= 0 && w.In(head, Groups) ? w.Chars(head).ToString().ToLowerInvariant() : null;

        _found.Add(new Quantity(new TextSpan(spanStart, spanEnd), kindOut, lo, best, hi, confidence, producer)
        {
            Unit = unit,
            Hedge = hedgeText ?? (between ? "between" : null),
            Group = group,
            IsHypothetical = hypothetical,
            PartOf = partOf,
        });
        return Math.Max(k, w.IndexAt(spanEnd));
    }

    // Every word a figure can begin with: digits aside, number words, hedges, articles, determiners, shares and negations.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = Lex.Set(
        [.. Hedges.Select(h => h.Words[0]),
         "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
         "tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "a", "an", "the", "half", "several", "another", "both",
         "his", "her", "their", "no", "none", "nobody", "neither", "nor", "without", "between", "from", "most", "majority", "all"]);

    private static double ScaleOf(NumberRead n) => n.Value >= 1e9 ? 1e9 : n.Value >= 1e6 ? 1e6 : n.Value >= 1e3 ? 1e3 : 1;

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns =
        Lex.Set("them", "whom", "those", "these", "us", "which");

    /// <summary>Low, best and high as the hedge and the range allow.</summary>
    internal static (double? Low, double? Best, double? High) Values(double value, double? rangeHigh, bool vague, HedgeKind? hedge)
    {
        if (rangeHigh is { } high)
            return hedge switch
            {
                HedgeKind.Lower => (value, value, null),
                HedgeKind.Upper => (null, null, high),
                _ => (value, (value + high) / 2, high),
            };
        if (vague)
            return hedge is HedgeKind.Upper ? (null, null, value) : (value, value, null);
        return hedge switch
        {
            HedgeKind.Lower => (value, value, null),
            HedgeKind.Upper => (null, null, value),
            HedgeKind.About => (null, value, null),
            HedgeKind.Nearly => (null, value, value),
            _ => (value, value, value),
        };
    }

    private bool MatchHedge(int i, out int end, out HedgeKind kind)
    {
        end = i;
        kind = default;
        if (!w.TryGet(i, HedgesByFirstWord, out var candidates)) return false;
        foreach (var (words, hedgeKind) in candidates)
        {
            int n = 0;
            while (n < words.Length && w.Is(i + n, words[n])) n++;
            if (n < words.Length) continue;
            end = i + n;
            if (w.IsSymbol(end, '.') && words[^1] == "approx") end++;
            kind = hedgeKind;
            // A hedge only counts before a figure: "some of them", "over the weekend" are not hedged numbers.
            return NumberReader.TryRead(w, end, out _) || w.Is(end, "another") || (w.Is(end, "a") || w.Is(end, "an")) && (w.TryGet(end + 1, TimeUnits, out _) || NumberReader.TryRead(w, end, out _));
        }
        end = i;
        kind = default;
        return false;
    }

    private bool IsAge(int j) =>
        w.IsDigits(j) && IsTimeUnitCompound(j + 1) && w.IsSymbol(j + 3, '-') && w.Is(j + 4, "old");

    private bool IsTimeUnitCompound(int k) =>
        w.IsSymbol(k, '-') && w.Touches(k - 1) && w.Touches(k) && w.TryGet(k + 1, TimeUnits, out _);

    // "Brigade 93", "Resolution 2254", "COVID-19", "Colonia 5 de Mayo": names and codes, not counts.
    private bool IsNameOrCode(int n)
    {
        if (!w.IsDigits(n)) return false;
        if (n > 0 && w.IsSymbol(n - 1, '-') && w.Touches(n - 1) && n > 1 && w.Touches(n - 2) && w.IsAlpha(n - 2)) return true;
        if (n > 0 && (w.IsSymbol(n - 1, '#') || w.IsSymbol(n - 1, '/'))) return true;
        if (!(n > 0 && w.IsCapitalized(n - 1) && !IsClauseStart(n - 1) && !w.In(n - 1, Verbs) && !w.In(n - 1, NumberLeads))) return false;
        // In a title-case headline a figure after a capitalised word still counts people when people or their fate follow it
        // ("Claim 20 Martyrs", "Azaz 6 ISIS Bombers Killed"); a name's number ("Route 6", "Resolution 2254") is not followed so.
        int head = ReadHead(n + 1, out int end);
        return !(head >= 0 && (w.In(head, People) || w.TryGet(head, Nouns, out _)) || w.TryGet(head >= 0 ? end : n + 1, Verbs, out _));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberLeads =
        Lex.Set("Some", "About", "Around", "Over", "Nearly", "Almost", "Another", "Only", "Just", "All", "The", "Roughly", "Approximately", "Killing", "Killed");

    private bool IsClauseStart(int i) =>
        i == 0 || w.IsBarrier(i - 1) || w.IsLineBreakBefore(i) || w.IsSymbol(i - 1, '"') || w.IsSymbol(i - 1, '\u201C') || w.IsSymbol(i - 1, ',');

    /// <summary>Reads the counted noun phrase from <paramref name="k"/>; returns its head word, or -1.</summary>
    private int ReadHead(int k, out int end)
    {
        int j = k, head = -1, plural = -1, capitalPlural = -1, words = 0;
        end = k;
        while (words < 4 && w.InRange(j) && !w.IsBarrier(j))
        {
            // "a 48-year-old displaced person": the age is a modifier.
            if (IsAge(j)) { j += 5; words++; continue; }
            if (!w.IsAlpha(j))
            {
                // "pro-government", "Saudi-led": a hyphen inside a modifier.
                if (w.IsSymbol(j, '-') && w.Touches(j - 1) && w.Touches(j) && w.IsAlpha(j + 1) && j > k) { j += 2; continue; }
                break;
            }
            // "displaced person", "wounded soldiers": a participle before a person noun is a modifier.
            bool participle = w.In(j, Verbs) && w.In(j + 1, People) && !w.In(j + 1, Verbs);
            if (!IsAcronym(j) && !participle && (w.In(j, Stop) || w.In(j, Modal) || w.In(j, Verbs) && !w.In(j, People) || w.In(j, People) && w.In(j, Verbs) && j > k))
                break;
            bool afterHyphen = j > 0 && w.IsSymbol(j - 1, '-') && w.Touches(j - 1);
            if (w.In(j, People) || w.In(j, Nouns) || w.In(j, Currencies))
            {
                head = j;
                end = j + 1;
                if (!(w.In(j + 1, People) && !w.In(j + 1, Verbs))) return head;
            }
            else if (head < 0 && plural < 0 && !afterHyphen && w.IsLower(j) && IsPlural(w.Chars(j)))
            {
                plural = j;
            }
            else if (head < 0 && capitalPlural < 0 && !afterHyphen && w.IsCapitalized(j) && IsPlural(w.Chars(j)) && !IsAllCaps(w.Chars(j)))
            {
                // "Millions of Syrians": a demonym is the counted people when nothing else is.
                capitalPlural = j;
            }
            words++;
            j++;
        }
        if (head >= 0) return head;
        if (plural < 0) plural = capitalPlural;
        if (plural >= 0) { end = plural + 1; return plural; }
        return -1;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word) => !word.ContainsAnyInRange('a', 'z');

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i' or '\'' or '\u2019');

    /// <summary>An active casualty verb right before the figure ("killed at least 12 people", "killing and injuring 20").</summary>
    private bool PrecedingVerb(int first, out QuantityKind kind, out int verbStart)
    {
        kind = default;
        verbStart = first;
        int p = first - 1;
        // "killed or injured a total of 4": the total belongs to the figure.
        if (w.Is(p, "of") && w.Is(p - 1, "total")) p -= w.Is(p - 2, "a") ? 3 : 2;
        if (p < 0) return false;
        // "claimed the lives of 30"
        if (w.Is(p, "of") && w.Is(p - 1, "lives") && w.Is(p - 2, "the") && (w.Is(p - 3, "claimed") || w.Is(p - 3, "claiming") || w.Is(p - 3, "took") || w.Is(p - 3, "taking")))
        {
            kind = QuantityKind.Fatalities;
            verbStart = p - 3;
            return true;
        }
        // "shot dead a civilian", "gunned down 3 men", "fatally shot the leader"
        if (w.Is(p, "dead") && (w.Is(p - 1, "shot") || w.Is(p - 1, "stabbed") || w.Is(p - 1, "beaten")) ||
            w.Is(p, "down") && w.Is(p - 1, "gunned") || (w.Is(p, "shot") || w.Is(p, "stabbed") || w.Is(p, "wounded")) && w.Is(p - 1, "fatally"))
        {
            kind = QuantityKind.Fatalities;
            verbStart = p - 1;
            return !(w.Is(p - 2, "were") || w.Is(p - 2, "was") || w.Is(p - 2, "been"));
        }
        // "the deaths of 5 soldiers", "the bodies of 12 people", "the killing of a person"
        if (w.Is(p, "of") && w.In(p - 1, DeathNouns))
        {
            kind = QuantityKind.Fatalities;
            verbStart = p - 1;
            return true;
        }
        if (!w.In(p, ActiveForms) || !w.TryGet(p, Verbs, out kind) || HasOwnParticiple(first, kind)) return false;
        verbStart = p;
        // "killing and injuring 20", "killed or wounded 15": one undivided figure.
        if ((w.Is(p - 1, "and") || w.Is(p - 1, "or")) && w.TryGet(p - 2, Verbs, out var other) && other != kind && w.In(p - 2, ActiveForms))
        {
            kind = Combine(other, kind);
            verbStart = p - 2;
        }
        // "were killed 5 km away" is passive: the figure is not the victims.
        if (w.Is(verbStart - 1, "were") || w.Is(verbStart - 1, "was") || w.Is(verbStart - 1, "been")) return false;
        return true;
    }

    /// <summary>True when the figure at <paramref name="first"/> is followed by a participle of another fate ("killed 12 injured",
    /// "Seven killed 37 others injured"): in a comma-less headline the verb before the figure is the earlier figure's.</summary>
    private bool HasOwnParticiple(int first, QuantityKind before)
    {
        if (!NumberReader.TryRead(w, first, out var number)) return false;
        int j = number.End;
        if (w.In(j, People) && !w.In(j, Verbs)) j++;
        return w.TryGet(j, Verbs, out var after) && after != before && (w.Chars(j).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.Is(j, "hurt"));
    }

    // "killed and injured", "killed, injured or captured": one figure for several fates, none of them countable alone.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeathNouns =
        Lex.Set("death", "deaths", "killing", "killings", "murder", "murders", "bodies", "body", "corpses", "corpse", "remains", "execution", "assassination",
            "beheading", "executions", "beheadings");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartAsides =
        Lex.Set("including", "mostly", "mainly", "chiefly", "largely", "among", "especially");

    private static QuantityKind Combine(QuantityKind a, QuantityKind b) =>
        a == b ? a : a is QuantityKind.Fatalities or QuantityKind.Injured or QuantityKind.Casualties || b is QuantityKind.Fatalities or QuantityKind.Injured ? QuantityKind.Casualties : a;

    /// <summary>The verb of which the counted people are the subject ("350 people have been killed", "who remain trapped").</summary>
    private bool FollowingVerb(int k, out QuantityKind kind, out int verbEnd, out bool adjacent, out bool modal)
    {
        kind = default;
        verbEnd = k;
        adjacent = true;
        modal = false;
        bool passive = false, including = false;
        for (int j = k, words = 0; words < 11 && w.InRange(j); j++, words++)
        {
            // "five members of the CV (Red Command) died": an aside in brackets is stepped over.
            if (w.IsSymbol(j, '(') && CloseBracket(j) is var close && close > j)
            {
                j = close;
                adjacent = false;
                continue;
            }
            if (w.IsBarrier(j) || w.In(j, ClauseOpeners)) return false;
            // "protesters carried out a protest carrying the coffins of those killed": a participle or "those" opens another clause.
            if (!adjacent && (w.Is(j, "those") && !w.Is(j - 1, "among") || w.Is(j, "these") || w.IsLower(j) && w.Chars(j).EndsWith("ing") && !w.Is(j, "including") && !w.In(j, Verbs)))
                return false;
            // "four men and a woman were shot dead" coordinates subjects; "three fled and one was killed" coordinates
            // clauses; "was stoned and stabbed to death" coordinates verbs.
            // "rises to 12 with over 200 injured", "12 people in addition to 200 others injured": the verb is the other figure's.
            if (w.Is(j, "with") || w.Is(j, "addition") && w.Is(j - 1, "in")) return false;
            // "16 civilians including women and children were killed", "73 civilians mostly women and children were killed": the
            // "and" inside an aside that names the figure's parts joins them.
            if (w.In(j, PartAsides)) including = true;
            else if (!adjacent && !including && (w.Is(j, "and") || w.Is(j, "or") || w.Is(j, "but")) && StartsSubject(j + 1)) return false;
            if (w.In(j, Modal)) modal = true;
            if (w.Is(j, "was") || w.Is(j, "were") || w.Is(j, "been") || w.Is(j, "be") || w.Is(j, "are") || w.Is(j, "is")) passive = true;
            if (w.Is(j, "lost") && w.Is(j + 1, "their") && (w.Is(j + 2, "lives") || w.Is(j + 2, "life")))
            {
                kind = QuantityKind.Fatalities;
                verbEnd = j + 3;
                return true;
            }
            if (w.Is(j, "death") && w.Is(j - 1, "to"))
            {
                kind = QuantityKind.Fatalities;
                verbEnd = j + 1;
                return true;
            }
            if (w.TryGet(j, Verbs, out kind))
            {
                // "5 gunmen killed 3 people": the counted noun is the agent, not the victims.
                // "Nine persons killed 12 injured" is two headline figures, each with its participle.
                if (!passive && w.In(j, ActiveForms) && (w.In(j + 1, ObjectStarts) || w.IsDigits(j + 1) || w.In(j + 1, People)) && !HasOwnParticiple(j + 1, kind))
                    return false;
                verbEnd = j + 1;
                while ((w.Is(verbEnd, "and") || w.Is(verbEnd, "or") || w.IsSymbol(verbEnd, ',')) && w.TryGet(verbEnd + 1, Verbs, out var other) && other != kind)
                {
                    kind = Combine(kind, other);
                    verbEnd += 2;
                }
                return true;
            }
            if (!w.In(j, Auxiliaries)) adjacent = false;
        }
        return false;
    }

    private int CloseBracket(int open)
    {
        for (int j = open + 1; j < open + 12 && w.InRange(j); j++)
        {
            if (w.IsSymbol(j, ')')) return j;
            if (w.IsSymbol(j, '(') || w.IsSymbol(j, '.') || w.IsLineBreakBefore(j)) return -1;
        }
        return -1;
    }

    private bool StartsSubject(int j) =>
        w.In(j, ObjectStarts) || w.IsDigits(j) || w.In(j, People) || w.Is(j, "he") || w.Is(j, "she") || w.Is(j, "they") || w.Is(j, "it") || w.IsCapitalized(j);

    /// <summary>A casualty word earlier in the clause that the figure completes ("the death toll rose to 30", "Fatalities coded as 10").</summary>
    private bool CueBefore(int first, out QuantityKind kind)
    {
        kind = default;
        int p = first - 1;
        if (p < 0 || !w.In(p, Linkers)) return false;
        bool injured = false;
        for (int j = p - 1; j >= 0 && j >= p - 15; j--)
        {
            if (w.IsBarrier(j) || w.IsLineBreakBefore(j + 1) || w.IsDigits(j)) break;
            // "Dozens of fatalities and injuries coded as 6": a death word anywhere in reach makes it a death toll.
            if (w.Is(j, "toll") || (j >= p - 6 && (w.Is(j, "fatalities") || w.Is(j, "deaths") || w.Is(j, "killed") || w.Is(j, "dead"))))
            {
                bool undivided = (w.Is(j + 1, "and") || w.Is(j + 1, "or")) && w.TryGet(j + 2, Verbs, out var second) && second == QuantityKind.Injured;
                kind = undivided ? QuantityKind.Casualties : QuantityKind.Fatalities;
                return true;
            }
            injured |= j >= p - 6 && (w.Is(j, "injuries") || w.Is(j, "injured") || w.Is(j, "wounded"));
        }
        kind = QuantityKind.Injured;
        return injured;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Linkers = Lex.Set(
        "as", "at", "to", "of", "reached", "reach", "reaches", "is", "was", "stands", "stood", "hit", "hits", "climbed", "rose", "risen",
        "increased", "jumped", "toll", "attack", "bombing", "strike", "blast", "explosion", "now", "has", "had", "range", "ranged", "ranging", "from");

    // "The Syrian army, which is thought to number 15,000": the size of a force.
    private bool IsForceSize(int first)
    {
        int p = first - 1;
        if (!(w.Is(p, "number") || w.Is(p, "numbers") || w.Is(p, "numbering") || w.Is(p, "numbered") || w.Is(p, "totalling") || w.Is(p, "totaling")))
            return false;
        for (int j = p - 1; j >= 0 && j >= p - 12; j--)
        {
            if (w.IsBarrier(j)) return false;
            if (w.In(j, Forces)) return true;
        }
        return false;
    }

    private bool ModalBefore(int first)
    {
        for (int j = first - 1; j >= 0 && j >= first - 5; j--)
        {
            if (w.IsBarrier(j) || w.IsSymbol(j, ',') || w.IsLineBreakBefore(j + 1)) return false;
            if (w.In(j, Modal) || w.Chars(j).EndsWith("n't", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private Quantity? Antecedent(ReadOnlySpan<char> unit = default)
    {
        Quantity? latest = null;
        for (int n = _found.Count - 1; n >= 0; n--)
        {
            var q = _found[n];
            if (q.Kind is QuantityKind.Duration or QuantityKind.Money or QuantityKind.Percent or QuantityKind.Other) continue;
            // A share of an explicit zero or of a part is no figure.
            if (q.PartOf is not null || q.High == 0) continue;
            latest ??= q;
            if (unit.IsEmpty || unit.Equals(q.Unit, StringComparison.OrdinalIgnoreCase)) return q;
        }
        return latest;
    }

    /// <summary>"half of whom were women or children", "a third of them", "most of them": a share of the last figure.</summary>
    private bool TryProportion(int i, out int end)
    {
        end = i;
        double? share;
        int j;
        if (w.Is(i, "half")) { share = 0.5; j = i + 1; }
        else if ((w.Is(i, "a") || w.Is(i, "one")) && w.In(i + 1, Fractions)) { share = FractionOf(i + 1, 1); j = i + 2; }
        else if (w.Is(i, "one") && w.IsSymbol(i + 1, '-') && w.In(i + 2, Fractions)) { share = FractionOf(i + 2, 1); j = i + 3; }
        else if (NumberReader.TryRead(w, i, out var n) && n.Value is >= 2 and <= 9 && w.IsSymbol(n.End, '-') && w.In(n.End + 1, Fractions)) { share = FractionOf(n.End + 1, n.Value); j = n.End + 2; }
        else if (NumberReader.TryRead(w, i, out n) && n.Value is >= 2 and <= 9 && !w.IsDigits(i) && w.In(n.End, Fractions)) { share = FractionOf(n.End, n.Value); j = n.End + 1; }
        else if (w.Is(i, "most") || w.Is(i, "majority") && w.Is(i - 1, "the")) { share = null; j = i + 1; }
        else if (w.Is(i, "all") && (w.Is(i + 1, "of"))) { share = 1; j = i + 1; }
        else return false;

        if (!w.Is(j, "of") || !(w.In(j + 1, Pronouns) || w.Is(j + 1, "the") && w.In(j + 2, People))) return false;
        var antecedent = Antecedent();
        if (antecedent is null) return false;
        int start = w.Is(i - 1, "the") && w.Is(i, "majority") ? i - 1 : i;
        j += 2;
        if (w.Is(j - 1, "the")) j++;
        int spanEndWord = j;
        // "were reported to be women or children": the group the share belongs to.
        int g = j;
        while (w.In(g, Auxiliaries) || w.Is(g, "be") || w.Is(g, "to")) g++;
        string? group = null;
        if (w.In(g, Groups))
        {
            int last = g;
            while ((w.Is(last + 1, "or") || w.Is(last + 1, "and") || w.IsSymbol(last + 1, ',')) && w.In(last + 2, Groups)) last += 2;
            group = w.Text[w[g].Start..w[last].End];
            spanEndWord = last + 1;
        }
        double? Scale(double? v, bool down) => v is { } x && share is { } s ? (down ? Math.Floor(x * s) : Math.Ceiling(x * s)) : null;
        var kind = antecedent.Kind;
        if (FollowingVerb(j, out var verbKind, out int verbEnd, out bool adjacent, out _) && group is null)
        {
            kind = verbKind;
            if (adjacent) spanEndWord = verbEnd;
        }
        _found.Add(new Quantity(new TextSpan(w[start].Start, w[spanEndWord - 1].End), kind,
            Scale(antecedent.Low, true), share is { } sh && antecedent.Best is { } b ? Math.Round(b * sh) : null, Scale(antecedent.High, false),
            share is null ? 0.6 : 0.8, producer)
        {
            Unit = antecedent.Unit,
            Hedge = share is null ? w.Text[w[i].Start..w[i].End] : null,
            Group = group,
            PartOf = antecedent.Span,
            Proportion = share,
            IsHypothetical = antecedent.IsHypothetical,
        });
        end = spanEndWord;
        return true;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Fractions =
        Lex.Set("third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths");

    private double FractionOf(int word, double count)
    {
        var s = w.Chars(word);
        double denominator = s.StartsWith("third", StringComparison.OrdinalIgnoreCase) ? 3
            : s.StartsWith("quarter", StringComparison.OrdinalIgnoreCase) ? 4
            : s.StartsWith("fifth", StringComparison.OrdinalIgnoreCase) ? 5 : 10;
        return count / denominator;
    }

    /// <summary>Explicit zeros: "no deaths", "no one was killed", "neither injuries nor fatalities were reported".</summary>
    private bool TryZero(int i, out int end)
    {
        end = i;
        int start = i, k;
        QuantityKind kind;
        string? unit = null, group = null;
        if (w.Is(i, "no") && w.Is(i + 1, "one") || w.Is(i, "nobody") || w.Is(i, "none"))
        {
            k = w.Is(i, "no") ? i + 2 : i + 1;
            if (w.Is(k, "of") && w.In(k + 1, Pronouns)) k += 2;
            if (!FollowingVerb(k, out kind, out int verbEnd, out bool adjacent, out _)) return false;
            end = adjacent ? verbEnd : k;
        }
        else if (w.Is(i, "no") || w.Is(i, "neither") || w.Is(i, "nor") || w.Is(i, "without"))
        {
            k = SkipZeroModifiers(i + 1);
            if ((w.Is(k, "reports") || w.Is(k, "report")) && w.Is(k + 1, "of")) k = SkipZeroModifiers(k + 2);
            if (w.TryGet(k, Nouns, out kind) && kind != QuantityKind.Troops && w.IsAlpha(k))
            {
                unit = w.Chars(k).ToString().ToLowerInvariant();
                end = k + 1;
            }
            else if (w.In(k, People) && w.Is(i, "no") && FollowingVerb(k + 1, out kind, out int verbEnd, out bool adjacent, out _))
            {
                unit = w.Chars(k).ToString().ToLowerInvariant();
                group = w.In(k, Groups) ? unit : null;
                end = adjacent ? verbEnd : k + 1;
            }
            else return false;
            if (w.Is(i, "without") && kind is not (QuantityKind.Casualties or QuantityKind.Fatalities or QuantityKind.Injured)) return false;
        }
        else return false;
        if (kind is not (QuantityKind.Fatalities or QuantityKind.Injured or QuantityKind.Casualties or QuantityKind.Missing or QuantityKind.Arrested or QuantityKind.Displaced or QuantityKind.Trapped))
            return false;
        _found.Add(new Quantity(new TextSpan(w[start].Start, w[end - 1].End), kind, 0, 0, 0, 0.85, producer)
        {
            Unit = unit ?? "people",
            Group = group,
            IsHypothetical = ModalBefore(start),
        });
        return true;
    }

    private int SkipZeroModifiers(int k)
    {
        while (w.Is(k, "immediate") || w.Is(k, "reported") || w.Is(k, "known") || w.Is(k, "confirmed") || w.Is(k, "civilian") || w.Is(k, "human") || w.Is(k, "further")) k++;
        return k;
    }

    /// <summary>"a man was killed", "killing the driver", "the body of a woman", "Both victims died": one or two people named without a digit.</summary>
    private int TryArticle(int i)
    {
        double value;
        bool definite = false;
        if (w.Is(i, "a") || w.Is(i, "an")) value = 1;
        else if (w.Is(i, "both")) value = 2;
        else if (w.Is(i, "the")) { value = 1; definite = true; }
        // "killing a woman and her son": a possessive names one more person only when joined to a casualty.
        else if ((w.Is(i, "his") || w.Is(i, "her") || w.Is(i, "their")) && Coordinated(i, commaJoins: false) is not null) value = 1;
        else return i + 1;
        var joined = Coordinated(i, commaJoins: false);
        bool bodyOf = w.Is(i - 1, "of") && w.In(i - 2, DeathNouns);
        var kind = QuantityKind.Fatalities;
        int verbStart = i;
        bool activeBefore = !bodyOf && PrecedingVerb(i, out kind, out verbStart);
        // "the" counts one person only as the object of a killing or wounding verb ("killing the driver").
        if (definite && !bodyOf && joined is null && !(activeBefore && kind is QuantityKind.Fatalities or QuantityKind.Injured)) return i + 1;

        int head = ReadHead(i + 1, out int npEnd);
        bool person = head >= 0 && w.In(head, People);
        if (!person) head = LooseHead(i + 1, out npEnd);
        // "a man's body was found", "an old man's body"
        for (int j = i + 1; !bodyOf && head >= 0 && j < npEnd; j++)
        {
            if (IsPossessive(w.Chars(j)) && (w.Is(j + 1, "body") || w.Is(j + 1, "corpse")))
            {
                bodyOf = true;
                kind = QuantityKind.Fatalities;
                person = true;
                head = j;
                npEnd = j + 2;
            }
        }
        if (head < 0 || value == 1 && IsPlural(w.Chars(head)) && !w.Is(head, "police")) return i + 1;
        // "a family of three": the number that follows is the figure.
        if (w.Is(npEnd, "of") && NumberReader.TryRead(w, npEnd + 1, out _)) return i + 1;

        int spanStart = w[i].Start, spanEnd = w[npEnd - 1].End;
        bool modal = false;
        if (bodyOf)
        {
            // "the remains of a pharmacy", "the body of a truck": only a person's remains count.
            if (!person) return i + 1;
            if (w.Is(i - 1, "of")) spanStart = w[i - 2].Start;
        }
        else if (activeBefore)
        {
            if (!person && kind is not (QuantityKind.Fatalities or QuantityKind.Injured)) return i + 1;
            spanStart = w[verbStart].Start;
        }
        else if (FollowingVerb(npEnd, out kind, out int verbEnd, out bool adjacent, out modal))
        {
            // "a drug trafficker was killed": a killing or wounding verb makes the subject of a clause a person whatever
            // the noun; "a town was captured" or an object ("driving a motorcycle") does not count.
            if (!person && (kind is not (QuantityKind.Fatalities or QuantityKind.Injured) || !adjacent || !(IsClauseStart(i) || w.Is(i - 1, "and"))))
                return i + 1;
            if (adjacent) spanEnd = w[verbEnd - 1].End;
            SpreadBack(i, kind);
        }
        else if (joined is not null && person)
            kind = joined.Kind;
        else return i + 1;
        if (kind is not (QuantityKind.Fatalities or QuantityKind.Injured or QuantityKind.Casualties or QuantityKind.Missing or QuantityKind.Arrested))
            return i + 1;
        bool hypothetical = modal || ModalBefore(activeBefore ? verbStart : i);
        var unit = w.Chars(head);
        if (IsPossessive(unit)) unit = unit[..^2];
        _found.Add(new Quantity(new TextSpan(spanStart, spanEnd), kind, value, value, value, hypothetical ? 0.5 : person ? 0.75 : 0.6, producer)
        {
            PartOf = w.Is(i - 1, "including") ? Antecedent()?.Span : null,
            Unit = unit.ToString().ToLowerInvariant(),
            Group = w.In(head, Groups) ? w.Chars(head).ToString().ToLowerInvariant() : null,
            IsHypothetical = hypothetical,
        });
        return npEnd;
    }

    private bool IsNumericDate(int i) =>
        w.IsDigits(i) && w.IsSymbol(i + 1, '-') && w.IsDigits(i + 2) && w.IsSymbol(i + 3, '-') && w.IsDigits(i + 4) && w[i + 4].Length == 4
        && w.Touches(i) && w.Touches(i + 1) && w.Touches(i + 2) && w.Touches(i + 3);

    // "UP member", "IS fighters": an acronym is a name even when it spells a function word.
    private bool IsAcronym(int j) => w.IsAlpha(j) && w[j].Length >= 2 && IsAllCaps(w.Chars(j));

    private static bool IsCasualty(QuantityKind kind) =>
        kind is QuantityKind.Fatalities or QuantityKind.Injured or QuantityKind.Casualties or QuantityKind.Missing or QuantityKind.Arrested;

    /// <summary>The casualty figure joined to the one starting at <paramref name="first"/> by "and" or a comma ("killed a police officer and a civilian").</summary>
    /// <remarks>A bare comma joins only when <paramref name="commaJoins"/>: after a figure it more often opens a breakdown ("Two soldiers killed, one from each side").</remarks>
    private Quantity? Coordinated(int first, bool commaJoins)
    {
        int joint = first - 1;
        if (!(w.Is(joint, "and") || commaJoins && w.IsSymbol(joint, ','))) return null;
        if (w.Is(joint, "and") && w.IsSymbol(joint - 1, ',')) joint--;
        if (_found.Count == 0 || joint < 1) return null;
        var previous = _found[^1];
        return previous.Span.End == w[joint - 1].End && IsCasualty(previous.Kind) && previous.PartOf is null && !previous.IsHypothetical && previous.High != 0
            ? previous : null;
    }

    // A noun phrase that ends where its clause or a prepositional phrase begins ("and 3 soldiers in the attack").
    private bool EndsPhrase(int k) => w.IsBarrier(k) || w.IsSymbol(k, ',') || w.In(k, PhraseEnds);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseEnds =
        Lex.Set("in", "on", "at", "near", "during", "when", "after", "while", "outside", "inside", "across", "around", "as");

    /// <summary>"3 policemen, 2 militia members and 1 soldier were killed": the verb found for the last subject counts the others too.</summary>
    private void SpreadBack(int first, QuantityKind kind)
    {
        if (!IsCasualty(kind)) return;
        for (int n = _found.Count - 1; n >= 0; n--)
        {
            int joint = first - 1;
            if (!(w.Is(joint, "and") || w.IsSymbol(joint, ','))) return;
            if (w.Is(joint, "and") && w.IsSymbol(joint - 1, ',')) joint--;
            var previous = _found[n];
            if (joint < 1 || previous.Span.End != w[joint - 1].End || previous.Kind != QuantityKind.Count || previous.Unit is not { } unit || !People.Contains(unit))
                return;
            _found[n] = previous with { Kind = kind };
            first = w.IndexAt(previous.Span.Start);
        }
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) => word.EndsWith("'s") || word.EndsWith("\u2019s");

    // The head of a noun phrase of unknown nouns: its last lowercase word ("a former Barangay councilor").
    private int LooseHead(int j, out int end)
    {
        int head = -1, last = -1;
        end = j;
        for (int n = 0; n < 4 && w.InRange(j) && !w.IsBarrier(j); n++)
        {
            if (IsAge(j)) { j += 5; continue; }
            if (w.IsSymbol(j, '-') && w.Touches(j - 1) && w.Touches(j) && w.IsAlpha(j + 1) && n > 0) { j++; continue; }
            if (!w.IsAlpha(j) || !IsAcronym(j) && (w.In(j, Stop) || w.In(j, Verbs) || w.In(j, Modal))) break;
            last = j;
            if (w.IsLower(j)) head = j;
            j++;
        }
        if (head < 0) head = last;
        if (head >= 0) end = head + 1;
        return head;
    }
}

