using System.Globalization;
using FrozenDictionaryLookup = System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<System.ReadOnlySpan<char>>;
using FrozenSetLookup = System.Collections.Frozen.FrozenSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace Sitrep.Nlp.Quantities;

/// <summary>A number read from words.</summary>
/// <param name="Start">Index of its first word.</param>
/// <param name="End">Index past its last word.</param>
/// <param name="Value">The value; for vague amounts ("dozens", "several") the conservative value ACLED codes.</param>
/// <param name="IsVague">True for amounts that only give a lower bound ("dozens", "hundreds", "several").</param>
/// <param name="HasScale">True when a scale word ended the number ("2 million"), so a bare number before "to" shares it.</param>
internal readonly record struct NumberRead(int Start, int End, double Value, bool IsVague, bool HasScale);

/// <summary>Reads numbers written in digits, in words or mixed ("250,000", "twenty-three", "1.5 million", "tens of thousands").</summary>
internal static class NumberReader
{
    private static readonly FrozenDictionaryLookup Units = Lex.Map(new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    });

    private static readonly FrozenDictionaryLookup Tens = Lex.Map(new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    });

    private static readonly FrozenDictionaryLookup Scales = Lex.Map(new Dictionary<string, int>
    {
        ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    });

    // ACLED's conservative reading of plural magnitudes: "dozens" is 12, "hundreds" 100 (codebook, vague numbers);
    // "scores" follows the same rule with one score.
    private static readonly FrozenDictionaryLookup Plurals = Lex.Map(new Dictionary<string, int>
    {
        ["tens"] = 10, ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1_000, ["millions"] = 1_000_000, ["billions"] = 1_000_000_000,
    });

    /// <summary>Reads the number that starts at word <paramref name="i"/>, if one does.</summary>
    public static bool TryRead(WordList w, int i, out NumberRead number)
    {
        number = default;
        if (!w.InRange(i)) return false;
        return w.IsDigits(i) ? TryDigits(w, i, out number) : TryWords(w, i, out number);
    }

    /// <summary>Parses a digit word ("250,000", "1.5") to its value; false for times, ordinals' stems are accepted.</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        if (s.Contains(':')) return false;
        int comma = s.IndexOf(',');
        if (comma >= 0)
        {
            // Thousands groups must be three digits ("15,000"); "1,2" is a list, not a number.
            Span<char> buffer = stackalloc char[s.Length];
            int n = 0, group = -1;
            for (int k = 0; k < s.Length; k++)
            {
                char c = s[k];
                if (c == ',')
                {
                    if (group >= 0 && group != 3) return false;
                    if (k == 0) return false;
                    group = 0;
                    continue;
                }
                if (c == '.')
                {
                    if (group >= 0 && group != 3) return false;
                    group = -2;
                }
                else if (group >= 0) group++;
                buffer[n++] = c;
            }
            if (group >= 0 && group != 3) return false;
            if (comma > 3) return false;
            return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }
        return double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryDigits(WordList w, int i, out NumberRead number)
    {
        number = default;
        if (!TryParseDigits(w.Chars(i), out double value)) return false;
        int end = i + 1;
        bool scaled = false;
        if (w.Touches(i) && w.IsAlpha(end))
        {
            // "1.5m", "3bn", "10k" carry their scale; any other glued letters ("9th", "82mm") are not a count.
            var suffix = w.Chars(end);
            double s = suffix.Equals("m", StringComparison.OrdinalIgnoreCase) ? 1e6
                : suffix.Equals("bn", StringComparison.OrdinalIgnoreCase) ? 1e9
                : suffix.Equals("k", StringComparison.OrdinalIgnoreCase) ? 1e3 : 0;
            if (s == 0) return false;
            number = new NumberRead(i, end + 1, value * s, false, true);
            return true;
        }
        // Decimal arithmetic keeps "0.1 million" at exactly 100,000.
        if (w.TryGet(end, Scales, out int scale)) { value = (double)((decimal)value * scale); end++; scaled = true; }
        else if (w.Is(end, "hundred")) { value = (double)((decimal)value * 100); end++; scaled = true; }
        else if (w.Is(end, "dozen")) { value *= 12; end++; scaled = true; }
        number = new NumberRead(i, end, value, false, scaled);
        return true;
    }

    private static bool TryWords(WordList w, int i, out NumberRead number)
    {
        number = default;
        if (w.Is(i, "a") || w.Is(i, "an"))
        {
            if (w.Is(i + 1, "dozen")) { number = new NumberRead(i, i + 2, 12, false, true); return true; }
            if (w.Is(i + 1, "couple")) { number = new NumberRead(i, w.Is(i + 2, "of") ? i + 3 : i + 2, 2, false, false); return true; }
            if (w.Is(i + 1, "single")) { number = new NumberRead(i, i + 2, 1, false, false); return true; }
            if (w.Is(i + 1, "few")) return Multiplied(w, i, i + 2, 3, out number);
            // "a quarter of a million"
            if (w.Is(i + 1, "quarter") && w.Is(i + 2, "of") && w.Is(i + 3, "a") && w.TryGet(i + 4, Scales, out int quartered))
            {
                number = new NumberRead(i, i + 5, quartered / 4.0, false, true);
                return true;
            }
            if (w.Is(i + 1, "hundred") || w.In(i + 1, ScaleWords))
                return Cardinal(w, i + 1, 1, i, out number);
            return false;
        }
        if (w.Is(i, "half") && w.Is(i + 1, "a") && w.Is(i + 2, "dozen")) { number = new NumberRead(i, i + 3, 6, false, true); return true; }
        // "half a million"
        if (w.Is(i, "half") && w.Is(i + 1, "a") && w.TryGet(i + 2, Scales, out int halved)) { number = new NumberRead(i, i + 3, halved / 2.0, false, true); return true; }
        if (w.Is(i, "several")) return Multiplied(w, i, i + 1, 3, out number);
        if (w.TryGet(i, Plurals, out int plural))
        {
            double value = plural;
            int end = i + 1;
            // "tens of thousands", "hundreds of thousands": the second magnitude multiplies the first.
            if (w.Is(end, "of") && w.TryGet(end + 1, Plurals, out int second) && second > plural && second >= 1000)
            {
                value *= second;
                end += 2;
            }
            number = new NumberRead(i, end, value, true, true);
            return true;
        }
        return Cardinal(w, i, 0, i, out number);
    }

    private static readonly FrozenSetLookup ScaleWords = Lex.Set("thousand", "million", "billion");

    // "several hundred", "a few thousand": at least two of the scale (the conservative reading); bare "several" is ACLED's 3.
    private static bool Multiplied(WordList w, int start, int next, double bare, out NumberRead number)
    {
        double scale = w.Is(next, "hundred") ? 100 : w.Is(next, "dozen") ? 12 : w.TryGet(next, Scales, out int s) ? s : 0;
        number = scale > 0
            ? new NumberRead(start, next + 1, 2 * scale, true, true)
            : new NumberRead(start, next, bare, true, false);
        return true;
    }

    // Cardinal words: "twenty-three", "one hundred and twenty", "two million five hundred thousand".
    private static bool Cardinal(WordList w, int i, long current, int start, out NumberRead number)
    {
        number = default;
        long total = 0;
        int j = i, end = i;
        bool any = current > 0, scaled = false, sawHundred = false;
        while (w.InRange(j))
        {
            if (w.TryGet(j, Units, out int unit))
            {
                int rest = (int)(current % 100);
                if (any && rest != 0 && (rest < 20 || rest % 10 != 0)) break; // "five six" is not 56; "twenty three" is 23
                current += unit;
                any = true;
                end = ++j;
            }
            else if (w.TryGet(j, Tens, out int tens))
            {
                if (current % 100 != 0) break;
                current += tens;
                any = true;
                end = ++j;
                // "twenty-three"
                if (w.Touches(j - 1) && w.IsSymbol(j, '-') && w.Touches(j) && w.TryGet(j + 1, Units, out int ones) && ones is > 0 and < 10)
                {
                    current += ones;
                    j += 2;
                    end = j;
                }
            }
            else if (w.Is(j, "hundred") && any && current is > 0 and < 100)
            {
                current *= 100;
                sawHundred = true;
                scaled = true;
                end = ++j;
            }
            else if (w.TryGet(j, Scales, out int scale) && any && current > 0)
            {
                total += current * scale;
                current = 0;
                scaled = true;
                end = ++j;
            }
            else if (w.Is(j, "and") && (sawHundred || scaled) && (w.In(j + 1, UnitOrTens)))
            {
                j++;
            }
            else break;
        }
        if (!any) return false;
        // "two dozen"
        if (w.Is(end, "dozen") && total == 0 && current is > 0 and < 100)
        {
            current *= 12;
            end++;
            scaled = true;
        }
        number = new NumberRead(start, end, total + current, false, scaled);
        return true;
    }

    private static readonly FrozenSetLookup UnitOrTens = Lex.Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
}
