using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Nlp.Events;

namespace Sitrep.Nlp.Tests.Events;

public class LiteralAlternationOrderTests
{
    private static readonly string[] Names = ["Sudan", "South Sudan", "Sudanese", "South Sudanese", "Niger", "Nigeria", "Nigerian", "Congo", "Congo Brazzaville", "DR Congo", "DRC", "US", "USA", "UAE", "Iraq", "Iraqi", "Iran", "Iranian"];

    [Fact]
    public void ANameComesBeforeTheNamesItBeginsWithAndOtherwiseOrdinally() =>
        Assert.Equal(["Nigerian", "Nigeria", "Niger", "Sudan-", "Sudanese", "Sudan"],
            new[] { "Sudan", "Niger", "Sudan-", "Nigeria", "Sudanese", "Nigerian" }.Order(LiteralAlternationOrder.Instance));

    /// <summary>An alternation in this order matches and captures exactly what it does longest first, also where the rest of
    /// the pattern makes the engine backtrack into it ("Nigeria" followed by a letter, "Congo Brazzaville" without forces).</summary>
    [Fact]
    public void TheAlternationMatchesAsLongestFirst()
    {
        Regex Build(IEnumerable<string> order) => new(
            $@"(?<![\w-])(?<d1>{string.Join('|', order.Select(Regex.Escape))})(?:\s*(?:and|,)\s*(?<d2>{string.Join('|', order.Select(Regex.Escape))}))*(?:\s+forces)?(?![\w])");
        var longestFirst = Build(Names.OrderByDescending(n => n.Length));
        var trieOrder = Build(Names.Order(LiteralAlternationOrder.Instance));
        var rng = new Random(3);
        string[] joins = [" ", " and ", ", ", "", "n ", "-", " forces ", "s "];
        int matched = 0;
        for (int i = 0; i < 3000; i++)
        {
            var text = new StringBuilder();
            for (int w = rng.Next(1, 5); w > 0; w--) text.Append(Names[rng.Next(Names.Length)]).Append(joins[rng.Next(joins.Length)]);
            var s = text.ToString();
            var expected = Signature(longestFirst, s);
            Assert.Equal(expected, Signature(trieOrder, s));
            if (expected.Length > 0) matched++;
        }
        Assert.True(matched > 1000);
    }

    private static string Signature(Regex regex, string text)
    {
        var signature = new StringBuilder();
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            foreach (Group g in m.Groups)
                foreach (Capture c in g.Captures)
                    signature.Append($"{g.Name}@{c.Index}+{c.Length};");
        return signature.ToString();
    }
}
