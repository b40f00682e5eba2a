namespace Sitrep.Nlp.Tests.Support;

/// <summary>Writes numbers in English words, the way the property tests feed them to the reader.</summary>
internal static class NumberWords
{
    private static readonly string[] Small =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static string Format(long n, bool withAnd)
    {
        if (n == 0) return "zero";
        var parts = new List<string>();
        foreach (var (scale, name) in ((long, string)[])[(1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")])
        {
            if (n >= scale)
            {
                parts.Add(BelowThousand(n / scale, false) + " " + name);
                n %= scale;
            }
        }
        // British style: "one thousand and five", "two hundred and ten".
        if (n > 0 && n < 100 && withAnd && parts.Count > 0) parts.Add("and");
        if (n > 0) parts.Add(BelowThousand(n, withAnd));
        return string.Join(" ", parts);
    }

    private static string BelowThousand(long n, bool withAnd)
    {
        var words = new List<string>();
        if (n >= 100)
        {
            words.Add(Small[n / 100] + " hundred");
            n %= 100;
            if (n > 0 && withAnd) words.Add("and");
        }
        if (n >= 20)
            words.Add(n % 10 == 0 ? Tens[n / 10] : Tens[n / 10] + "-" + Small[n % 10]);
        else if (n > 0)
            words.Add(Small[n]);
        return string.Join(" ", words);
    }
}
