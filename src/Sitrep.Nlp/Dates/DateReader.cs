using Sitrep.Core;
using Sitrep.Nlp.Quantities;
using FrozenSetLookup = System.Collections.Frozen.FrozenSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace Sitrep.Nlp.Dates;

/// <summary>A date expression found in the words, resolved when it can be.</summary>
/// <param name="FirstWord">Index of its first word.</param>
/// <param name="EndWord">Index past its last word.</param>
/// <param name="From">First day covered, or null when it cannot be resolved (relative without a publication date).</param>
/// <param name="To">Last day covered, or null with <paramref name="From"/>.</param>
/// <param name="Precision">How precisely it is known.</param>
/// <param name="IsCalendar">True when the words name a calendar day, month or year ("9 May 2020", "in 2012"), whose digits are not counts.</param>
/// <param name="IsRelative">True when resolved against the publication date.</param>
/// <param name="Confidence">How sure the reading is.</param>
internal readonly record struct DateMatch(int FirstWord, int EndWord, DateOnly? From, DateOnly? To, DatePrecision Precision, bool IsCalendar, bool IsRelative, double Confidence)
{
    /// <summary>True after "since": the period runs on from this date to the report.</summary>
    public bool IsOpenEnded { get; init; }
}

/// <summary>Reads explicit and relative date expressions; relative ones resolve against the publication date.</summary>
internal static class DateReader
{
    private static readonly System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months = Lex.Map(new Dictionary<string, int>
    {
        ["January"] = 1, ["Jan"] = 1, ["February"] = 2, ["Feb"] = 2, ["March"] = 3, ["Mar"] = 3, ["April"] = 4, ["Apr"] = 4, ["May"] = 5,
        ["June"] = 6, ["Jun"] = 6, ["July"] = 7, ["Jul"] = 7, ["August"] = 8, ["Aug"] = 8, ["September"] = 9, ["Sep"] = 9, ["Sept"] = 9,
        ["October"] = 10, ["Oct"] = 10, ["November"] = 11, ["Nov"] = 11, ["December"] = 12, ["Dec"] = 12,
    });

    private static readonly System.Collections.Frozen.FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Lex.Map(new Dictionary<string, DayOfWeek>
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday, ["Thursday"] = DayOfWeek.Thursday,
        ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday, ["Sunday"] = DayOfWeek.Sunday,
    });

    private static readonly System.Collections.Frozen.FrozenDictionary<string, DatePrecision>.AlternateLookup<ReadOnlySpan<char>> Periods = Lex.Map(new Dictionary<string, DatePrecision>
    {
        ["day"] = DatePrecision.Day, ["days"] = DatePrecision.Day, ["hours"] = DatePrecision.Day, ["hour"] = DatePrecision.Day, ["night"] = DatePrecision.Day,
        ["nights"] = DatePrecision.Day, ["week"] = DatePrecision.Week, ["weeks"] = DatePrecision.Week, ["weekend"] = DatePrecision.Week,
        ["month"] = DatePrecision.Month, ["months"] = DatePrecision.Month, ["year"] = DatePrecision.Year, ["years"] = DatePrecision.Year,
        ["decade"] = DatePrecision.Year, ["decades"] = DatePrecision.Year,
    });

    // Prepositions that belong to the date expression they govern ("in 2012", "on Tuesday", "since Friday", "for the past five days").
    private static readonly FrozenSetLookup Prepositions = Lex.Set("on", "in", "since", "for", "during", "over", "throughout", "from");

    // Words before a bare month that make it a date rather than a verb or a name ("in May", not "and March on").
    private static readonly FrozenSetLookup MonthLeads = Lex.Set(
        "in", "since", "during", "until", "till", "by", "from", "early", "late", "mid", "last", "this", "next", "before", "after");

    // Words before a bare year that make it a date rather than a count ("in 2012", "between 2011 and 2014").
    private static readonly FrozenSetLookup YearLeads = Lex.Set(
        "in", "since", "during", "until", "till", "by", "from", "early", "late", "mid", "of", "before", "after", "between", "and", "to", "through");

    private static readonly FrozenSetLookup MonthAbbreviations = Lex.Set("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    private static readonly FrozenSetLookup Starters = Lex.Set(
        "yesterday", "today", "tonight", "overnight", "the", "last", "this", "next", "past", "previous", "coming", "earlier", "early", "mid",
        "late", "beginning", "end", "a", "an", "weekend", "almost", "nearly", "over", "about", "around", "roughly", "more", "just", "well",
        "some", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "several", "few");

    private static readonly FrozenSetLookup Hedges = Lex.Set("almost", "nearly", "over", "about", "around", "roughly", "more", "than", "just", "well", "some");

    /// <summary>Every date expression in the words, in text order; unresolvable ones have null days.</summary>
    public static List<DateMatch> Scan(WordList w, DateOnly? published)
    {
        var found = new List<DateMatch>();
        int i = 0;
        while (i < w.Count)
        {
            // Months and weekdays are capitalized; other dates begin with digits or one of a few words.
            if ((w.IsDigits(i) || w.IsCapitalized(i) || w.In(i, Starters)) && TryAt(w, i, published, out var m))
            {
                found.Add(Extend(w, m));
                i = m.EndWord;
            }
            else i++;
        }
        return found;
    }

    private static DateMatch Extend(WordList w, DateMatch m)
    {
        int s = m.FirstWord;
        if (w.Is(s - 1, "the") && (w.Is(s, "past") || w.Is(s, "last") || w.Is(s, "previous") || w.Is(s, "weekend"))) s--;
        if (w.In(s - 1, Prepositions) && !w.IsLineBreakBefore(s))
        {
            s--;
            // "since Friday", "since 2011": the date is where a period running on to the report opens.
            if (w.Is(s, "since")) m = m with { IsOpenEnded = true };
        }
        return m with { FirstWord = s };
    }

    private static bool TryAt(WordList w, int i, DateOnly? pub, out DateMatch m)
    {
        m = default;
        return TryIso(w, i, out m) || TryDayMonth(w, i, pub, out m) || TryMonthFirst(w, i, pub, out m) || TryYear(w, i, out m)
            || TryWeekday(w, i, pub, out m) || TryRelative(w, i, pub, out m);
    }

    private static int Digits(WordList w, int i, int maxLength)
    {
        if (!w.IsDigits(i) || w[i].Length > maxLength) return -1;
        var s = w.Chars(i);
        foreach (char c in s) if (!char.IsAsciiDigit(c)) return -1;
        return int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool Valid(int y, int mo, int d) => y is >= 1 and <= 9999 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo);

    // "2016-09-28", "28/09/2016"
    private static bool TryIso(WordList w, int i, out DateMatch m)
    {
        m = default;
        int y = Digits(w, i, 4);
        if (y >= 1900 && w[i].Length == 4 && w.Touches(i) && w.IsSymbol(i + 1, '-') && w.Touches(i + 1) && w.Touches(i + 2) && w.IsSymbol(i + 3, '-') && w.Touches(i + 3))
        {
            int mo = Digits(w, i + 2, 2), d = Digits(w, i + 4, 2);
            if (Valid(y, mo, d))
            {
                var day = new DateOnly(y, mo, d);
                m = new DateMatch(i, i + 5, day, day, DatePrecision.Day, true, false, 0.95);
                return true;
            }
        }
        int a = Digits(w, i, 2);
        if (a > 0 && w.Touches(i) && w.IsSymbol(i + 1, '/') && w.Touches(i + 1) && w.Touches(i + 2) && w.IsSymbol(i + 3, '/') && w.Touches(i + 3))
        {
            int b = Digits(w, i + 2, 2), yr = Digits(w, i + 4, 4);
            if (yr is >= 0 and < 100) yr += 2000;
            // Day first unless that is impossible: most conflict reporting outside the US writes day/month.
            (int d, int mo) = a > 12 || b <= 12 ? (a, b) : (b, a);
            if (Valid(yr, mo, d))
            {
                var day = new DateOnly(yr, mo, d);
                m = new DateMatch(i, i + 5, day, day, DatePrecision.Day, true, false, a > 12 || b > 12 ? 0.9 : 0.6);
                return true;
            }
        }
        return false;
    }

    private static bool TryMonth(WordList w, int i, out int month, out int end)
    {
        end = i;
        month = 0;
        if (!w.IsCapitalized(i) || !w.TryGet(i, Months, out month)) return false;
        end = i + 1;
        if (w.IsSymbol(end, '.') && w.Touches(i) && w.In(i, MonthAbbreviations)) end++;
        return true;
    }

    private static int Ordinal(WordList w, int i)
    {
        // "27th", "1st": the suffix is a separate word glued to the digits.
        return w.Touches(i) && (w.Is(i + 1, "th") || w.Is(i + 1, "st") || w.Is(i + 1, "nd") || w.Is(i + 1, "rd")) ? i + 2 : i + 1;
    }

    private static int YearAt(WordList w, int i, out int end)
    {
        end = i;
        int j = w.IsSymbol(i, ',') ? i + 1 : i;
        int y = Digits(w, j, 4);
        if (y is < 1900 or > 2099 || w[j].Length != 4) return 0;
        end = j + 1;
        return y;
    }

    // "27 Apr 2017", "9 May", "27th of April, 2017", "1-5 May 2020"
    private static bool TryDayMonth(WordList w, int i, DateOnly? pub, out DateMatch m)
    {
        m = default;
        int d = Digits(w, i, 2);
        if (d is < 1 or > 31) return false;
        int j = Ordinal(w, i);
        int d2 = 0;
        if ((w.IsSymbol(j, '-') || w.IsSymbol(j, '\u2013') || w.Is(j, "to") || w.Is(j, "and")) && Digits(w, j + 1, 2) is >= 1 and <= 31 and var second && second > d)
        {
            int after = Ordinal(w, j + 1);
            if (TryMonth(w, w.Is(after, "of") ? after + 1 : after, out _, out _)) { d2 = second; j = after; }
        }
        if (w.Is(j, "of")) j++;
        if (!TryMonth(w, j, out int month, out int end)) return false;
        int y = YearAt(w, end, out int yearEnd);
        if (y > 0) end = yearEnd;
        return Resolve(i, end, y, month, d, d2 == 0 ? d : d2, pub, out m);
    }

    // "April 27 2017", "Sept. 11", "May 2020", "in May", "mid-May", "early March"
    private static bool TryMonthFirst(WordList w, int i, DateOnly? pub, out DateMatch m)
    {
        m = default;
        int start = i;
        int part = 0; // 1 early, 2 mid, 3 late
        if ((w.Is(i, "early") || w.Is(i, "beginning") && w.Is(i + 1, "of")) && w.IsCapitalized(i + (w.Is(i, "early") ? 1 : 2))) { part = 1; i += w.Is(i, "early") ? 1 : 2; }
        else if (w.Is(i, "mid") && w.IsSymbol(i + 1, '-') && w.Touches(i)) { part = 2; i += 2; }
        else if ((w.Is(i, "late") || w.Is(i, "end") && w.Is(i + 1, "of")) && w.IsCapitalized(i + (w.Is(i, "late") ? 1 : 2))) { part = 3; i += w.Is(i, "late") ? 1 : 2; }
        if (!TryMonth(w, i, out int month, out int end)) return false;
        int d = Digits(w, end, 2);
        if (part == 0 && d is >= 1 and <= 31 && !(w.IsSymbol(end + 1, ':')))
        {
            int j = Ordinal(w, end);
            int y = YearAt(w, j, out int yearEnd);
            return Resolve(start, y > 0 ? yearEnd : j, y, month, d, d, pub, out m);
        }
        int year = YearAt(w, end, out int yEnd);
        // A bare month must be led into ("in May", "early March"): "May" and "March" are also words.
        if (year == 0 && part == 0 && !w.In(start - 1, MonthLeads)) return false;
        int first = part switch { 2 => 11, 3 => 21, _ => 1 };
        int? last = part switch { 1 => 10, 2 => 20, _ => null };
        if (year > 0)
        {
            var from = new DateOnly(year, month, first);
            var to = new DateOnly(year, month, last ?? DateTime.DaysInMonth(year, month));
            m = new DateMatch(start, yEnd, from, to, DatePrecision.Month, true, false, 0.9);
            return true;
        }
        if (pub is not { } p)
        {
            m = new DateMatch(start, end, null, null, DatePrecision.Month, true, true, 0.5);
            return true;
        }
        // The most recent such month: a report mentions past months far more often than coming ones.
        int yr = month <= p.Month ? p.Year : p.Year - 1;
        m = new DateMatch(start, end, new DateOnly(yr, month, first), new DateOnly(yr, month, last ?? DateTime.DaysInMonth(yr, month)), DatePrecision.Month, true, true, 0.75);
        return true;
    }

    private static bool Resolve(int start, int end, int year, int month, int day, int dayTo, DateOnly? pub, out DateMatch m)
    {
        m = default;
        if (year > 0)
        {
            if (!Valid(year, month, day) || !Valid(year, month, dayTo)) return false;
            m = new DateMatch(start, end, new DateOnly(year, month, day), new DateOnly(year, month, dayTo), DatePrecision.Day, true, false, 0.95);
            return true;
        }
        if (pub is not { } p)
        {
            m = new DateMatch(start, end, null, null, DatePrecision.Day, true, true, 0.5);
            return true;
        }
        // No year written: the year that puts the day nearest the publication, a tie going to the past.
        DateOnly? best = null;
        foreach (int y in (int[])[p.Year, p.Year - 1, p.Year + 1])
        {
            if (!Valid(y, month, day) || !Valid(y, month, dayTo)) continue;
            var c = new DateOnly(y, month, day);
            int distance = Math.Abs(c.DayNumber - p.DayNumber) + (c > p ? 60 : 0);
            if (best is null || distance < Math.Abs(best.Value.DayNumber - p.DayNumber) + (best.Value > p ? 60 : 0)) best = c;
        }
        if (best is not { } b) return false;
        m = new DateMatch(start, end, b, new DateOnly(b.Year, month, dayTo), DatePrecision.Day, true, true, 0.85);
        return true;
    }

    // "in 2012", "since 2011", "early 2015"
    private static bool TryYear(WordList w, int i, out DateMatch m)
    {
        m = default;
        int y = Digits(w, i, 4);
        if (y is < 1900 or > 2099 || w[i].Length != 4) return false;
        if (!w.In(i - 1, YearLeads) || w.IsSymbol(i + 1, '-') && w.IsDigits(i + 2)) return false;
        // "a total of 2000 people": a count, not a year.
        if (w.In(i + 1, QuantityLexicon.People) || w.IsLower(i + 1) && w.Chars(i + 1).EndsWith('s') && !w.Is(i + 1, "as")) return false;
        m = new DateMatch(i, i + 1, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), DatePrecision.Year, true, false, 0.9);
        return true;
    }

    // "on Tuesday", "since Friday", "last Friday", "Saturday's blast", "Sunday night"
    private static bool TryWeekday(WordList w, int i, DateOnly? pub, out DateMatch m)
    {
        m = default;
        int start = i;
        int direction = 0;
        if (w.Is(i, "last") || w.Is(i, "past")) { direction = -1; i++; }
        else if (w.Is(i, "next") || w.Is(i, "coming")) { direction = 1; i++; }
        else if (w.Is(i, "this")) i++;
        if (!w.IsCapitalized(i)) return false;
        var s = w.Chars(i);
        if (s.EndsWith("'s") || s.EndsWith("\u2019s")) s = s[..^2];
        else if (s.EndsWith('s') && s.Length > 6)
        {
            // "Saturdays blast" with its apostrophe lost is one day; "on Saturdays" is every one of them.
            if (w.Is(i - 1, "on") || w.Is(i - 1, "every") || w.Is(i - 1, "most") || w.Is(i - 1, "all")) return false;
            s = s[..^1];
        }
        if (!Weekdays.TryGetValue(s, out var weekday)) return false;
        int end = i + 1;
        if (w.Is(end, "night") || w.Is(end, "morning") || w.Is(end, "afternoon") || w.Is(end, "evening")) end++;
        if (pub is not { } p)
        {
            m = new DateMatch(start, end, null, null, DatePrecision.Day, false, true, 0.5);
            return true;
        }
        int back = ((int)p.DayOfWeek - (int)weekday + 7) % 7;
        // Wire reports name the day of publication too ("said on Sunday" in a Sunday story); "last Friday" never does.
        if (direction < 0 && back == 0) back = 7;
        int ahead = ((int)weekday - (int)p.DayOfWeek + 7) % 7;
        var day = direction > 0 ? p.AddDays(ahead == 0 ? 7 : ahead) : p.AddDays(-back);
        m = new DateMatch(start, end, day, day, DatePrecision.Day, false, true, 0.85);
        return true;
    }

    private static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static bool TryRelative(WordList w, int i, DateOnly? pub, out DateMatch m)
    {
        m = default;
        // Without a publication date the arithmetic runs on a placeholder and Make discards the days.
        DateOnly p = pub ?? new DateOnly(2000, 6, 15);
        bool known = pub is not null;
        DateMatch Make(int end, DateOnly from, DateOnly to, DatePrecision precision, double confidence) =>
            known ? new DateMatch(i, end, from, to, precision, false, true, confidence) : new DateMatch(i, end, null, null, precision, false, true, 0.5);

        if (w.Is(i, "yesterday")) { m = Make(i + 1, p.AddDays(-1), p.AddDays(-1), DatePrecision.Day, 0.9); return true; }
        if (w.Is(i, "today") || w.Is(i, "tonight")) { m = Make(i + 1, p, p, DatePrecision.Day, 0.85); return true; }
        if (w.Is(i, "the") && w.Is(i + 1, "day") && w.Is(i + 2, "before") && w.Is(i + 3, "yesterday")) { m = Make(i + 4, p.AddDays(-2), p.AddDays(-2), DatePrecision.Day, 0.9); return true; }
        if (w.Is(i, "last") && w.Is(i + 1, "night") || w.Is(i, "overnight")) { int e = w.Is(i, "overnight") ? i + 1 : i + 2; m = Make(e, p.AddDays(-1), p.AddDays(-1), DatePrecision.Day, 0.8); return true; }
        if (w.Is(i, "this") && (w.Is(i + 1, "morning") || w.Is(i + 1, "afternoon") || w.Is(i + 1, "evening"))) { m = Make(i + 2, p, p, DatePrecision.Day, 0.85); return true; }

        // "earlier this year", "later this month", "this week", "last month", "next year"
        int j = i;
        bool earlier = false;
        if (w.Is(j, "earlier")) { earlier = true; j++; }
        if ((w.Is(j, "this") || w.Is(j, "last") || w.Is(j, "next") || w.Is(j, "previous")) && w.TryGet(j + 1, Periods, out var precision) && IsSingular(w, j + 1))
        {
            bool theBefore = w.Is(i - 1, "the");
            if (earlier && !w.Is(j, "this")) return false;
            int end = j + 2;
            var unit = w.Chars(j + 1);
            if (theBefore && (w.Is(j, "last") || w.Is(j, "previous")))
            {
                // "over the last week": the rolling period before the report, not the calendar one.
                m = Make(end, Back(p, unit, 1), p, precision, 0.8);
                return true;
            }
            int shift = w.Is(j, "this") ? 0 : w.Is(j, "next") ? 1 : -1;
            (DateOnly from, DateOnly to) = Calendar(p, unit, shift);
            if (earlier) to = p < to ? p : to;
            m = Make(end, from, to, precision, 0.85);
            return true;
        }
        if (earlier) return false;

        // "the past five days", "the last 24 hours"
        if (w.Is(i, "past") || w.Is(i, "last") || w.Is(i, "previous"))
        {
            if (NumberReader.TryRead(w, i + 1, out var n) && !n.IsVague && n.Value is > 0 and < 1000 && w.TryGet(n.End, Periods, out precision))
            {
                m = Make(n.End + 1, Back(p, w.Chars(n.End), n.Value), p, precision, 0.85);
                return true;
            }
            if (w.TryGet(i + 1, Periods, out precision) && w.Is(i - 1, "the") && IsSingular(w, i + 1))
            {
                m = Make(i + 2, Back(p, w.Chars(i + 1), 1), p, precision, 0.8);
                return true;
            }
        }

        // "two days ago", "a week ago"
        if (NumberReader.TryRead(w, i, out var count) && !count.IsVague && w.TryGet(count.End, Periods, out precision) && w.Is(count.End + 1, "ago"))
        {
            var day = Back(p, w.Chars(count.End), count.Value);
            m = Make(count.End + 2, day, day, precision, 0.8);
            return true;
        }
        if ((w.Is(i, "a") || w.Is(i, "an")) && w.TryGet(i + 1, Periods, out precision) && w.Is(i + 2, "ago"))
        {
            var day = Back(p, w.Chars(i + 1), 1);
            m = Make(i + 3, day, day, precision, 0.8);
            return true;
        }

        // "in almost a year", "in more than a decade": the span of time before the report that a record or comparison covers.
        if (w.Is(i - 1, "in") && w.In(i, Hedges))
        {
            int k = i;
            while (w.In(k, Hedges)) k++;
            double amount = 0;
            int unitAt = -1;
            precision = default;
            if ((w.Is(k, "a") || w.Is(k, "an")) && w.TryGet(k + 1, Periods, out precision)) { amount = 1; unitAt = k + 1; }
            else if (NumberReader.TryRead(w, k, out var n) && !n.IsVague && w.TryGet(n.End, Periods, out precision)) { amount = n.Value; unitAt = n.End; }
            if (unitAt > 0)
            {
                m = Make(unitAt + 1, Back(p, w.Chars(unitAt), amount), p, precision, 0.7);
                return true;
            }
        }

        // "the weekend", "over the weekend", "last weekend"
        if (w.Is(i, "weekend") && (w.Is(i - 1, "the") || w.Is(i - 1, "last")))
        {
            var saturday = p.AddDays(-(((int)p.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7));
            if (w.Is(i - 1, "last") && saturday == p) saturday = saturday.AddDays(-7);
            int s = w.Is(i - 1, "last") ? i - 1 : i;
            m = (known ? new DateMatch(s, i + 1, saturday, saturday.AddDays(1) > p ? p : saturday.AddDays(1), DatePrecision.Week, false, true, 0.75)
                : new DateMatch(s, i + 1, null, null, DatePrecision.Week, false, true, 0.5));
            return true;
        }
        return false;
    }

    private static bool IsSingular(WordList w, int i) => !w.Chars(i).EndsWith('s');

    private static DateOnly Back(DateOnly p, ReadOnlySpan<char> unit, double amount)
    {
        int n = (int)Math.Round(amount);
        if (unit.StartsWith("hour", StringComparison.OrdinalIgnoreCase)) return p.AddDays(-(int)Math.Ceiling(amount / 24));
        if (unit.StartsWith("day", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("night", StringComparison.OrdinalIgnoreCase)) return p.AddDays(-n);
        if (unit.StartsWith("week", StringComparison.OrdinalIgnoreCase)) return p.AddDays(-7 * n);
        if (unit.StartsWith("month", StringComparison.OrdinalIgnoreCase)) return p.AddMonths(-n);
        if (unit.StartsWith("decade", StringComparison.OrdinalIgnoreCase)) return p.AddYears(-10 * n);
        return p.AddYears(-n);
    }

    private static (DateOnly From, DateOnly To) Calendar(DateOnly p, ReadOnlySpan<char> unit, int shift)
    {
        if (unit.Equals("weekend", StringComparison.OrdinalIgnoreCase))
        {
            var saturday = Monday(p).AddDays(7 * shift + 5);
            return (saturday, saturday.AddDays(1));
        }
        if (unit.StartsWith("week", StringComparison.OrdinalIgnoreCase))
        {
            var monday = Monday(p).AddDays(7 * shift);
            return (monday, monday.AddDays(6));
        }
        if (unit.StartsWith("month", StringComparison.OrdinalIgnoreCase))
        {
            var first = new DateOnly(p.Year, p.Month, 1).AddMonths(shift);
            return (first, first.AddMonths(1).AddDays(-1));
        }
        if (unit.StartsWith("day", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("night", StringComparison.OrdinalIgnoreCase))
            return (p.AddDays(shift), p.AddDays(shift));
        var jan = new DateOnly(p.Year + shift, 1, 1);
        return (jan, new DateOnly(jan.Year, 12, 31));
    }
}
