using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Nlp.Events;

namespace Sitrep.Nlp.Tests.Events;

public class KeyIndexTests
{
    private const RegexOptions LexiconOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Theory]
    [InlineData(@"al[- ]shabaa?b", "al shabaab|al shabab|al-shabaab|al-shabab")]
    [InlineData(@"(?<![\w-])(?:\btaliban\b)(?![\w])", "taliban")]
    [InlineData(@"(?-i:\bKNU\b)|karen national union", "karen national union|knu")]
    [InlineData(@"rebels?|insurgents", "insurgents|rebel|rebels")]
    [InlineData(@"\w+\s+(?:held|controlled)", "controlled|held")]
    [InlineData(@"x*ab.cdef", "cdef")]
    [InlineData(@"(?:ab)+c", "ab")]
    [InlineData(@"a\.b{2}", "a.")]
    [InlineData(@"[Kk]illed", "killed")]
    [InlineData(@"a{2,3}", "a")]
    [InlineData(@"x{,2}", "x{,2}")]
    public void EveryMatchContainsOneKey(string pattern, string keys) =>
        Assert.Equal(keys.Split('|'), RequiredText.Keys(pattern)!.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData(@"a?|b")]
    [InlineData(@"\w+")]
    [InlineData(@"(?<x>a)\k<x>b|c*")]
    [InlineData(@"(\w)\1")]
    [InlineData(@"(?x)a b")]
    [InlineData(@"[^a]")]
    [InlineData(@"\u0041")]
    [InlineData(@"é")]
    public void WithoutAKnownKeyThePatternIsAlwaysTried(string pattern) => Assert.Null(RequiredText.Keys(pattern));

    [Theory]
    [InlineData(@"(?i)\b(kill(ed|s)?|dead)\b", true)]
    [InlineData(@"(?<![\w-])(?:taliban)(?![\w])", true)]
    [InlineData(@"^(a|bc)$", true)]
    [InlineData(@"\w+\s+(?:held|controlled)", false)]
    [InlineData(@"x?ab", true)]
    [InlineData(@"x*ab", false)]
    [InlineData(@"\G(ab|c)", false)]
    public void AMatchIsAKeyOnlyWhenThePatternSpellsOutEveryMatch(string pattern, bool matchIsKey) =>
        Assert.Equal(matchIsKey, RequiredText.Read(pattern).MatchIsKey);

    [Fact]
    public void OverlappingKeysAreAllFound()
    {
        var index = new KeyIndex([.. new[] { "he", "she", "his", "hers", ".*" }.Select(RequiredText.Read)]);
        var starts = new int[index.RowCount];
        index.Starts("USHERS", starts);
        // "he" ends at 3 and "she" at 3, "hers" at 5: each may start as far back as its longest key reaches.
        Assert.Equal([2, 1, -1, 2, 0], starts);
    }

    [Fact]
    public void ARowWhoseMatchesRunOnBeforeTheirKeyIsSearchedFromTheStart()
    {
        var index = new KeyIndex([RequiredText.Read(@"\w+ held"), RequiredText.Read(@"\bheld\b")]);
        var starts = new int[index.RowCount];
        index.Starts("the rebel held town", starts);
        Assert.Equal([0, 10], starts);
    }

    [Fact]
    public void FoldingAgreesWithTheRegexEngineOnEveryCharacter()
    {
        // Keys are ASCII, so a case-insensitive regex letter and every character it accepts must fold alike.
        var all = new string([.. Enumerable.Range(0, 65536).Select(i => (char)i)]);
        for (char a = (char)0; a < 128; a++)
            foreach (Match m in new Regex(Regex.Escape(a.ToString()), LexiconOptions).Matches(all))
                Assert.True(KeyIndex.Fold(m.Value[0]) == KeyIndex.Fold(a), $"U+{(int)m.Value[0]:X4} matches '{a}' but folds apart");
    }

    [Fact]
    public void ASentenceWithoutActorWordsTriesNoRow()
    {
        var index = EventModel.Shipped.Lexicon.Index;
        var starts = new int[index.RowCount];
        index.Starts("The weather was fine on Tuesday.", starts);
        Assert.All(starts, s => Assert.Equal(-1, s));
    }

    /// <summary>The index never rules out a row whose regex matches: texts generated from each row of the shipped
    /// actors.tsv (in any case, with neighbours), alone and run together.</summary>
    [Fact]
    public void NoRowIsRuledOutOnATextItsPatternMatches()
    {
        var lexicon = EventModel.Shipped.Lexicon;
        AssertNoRowRuledOut(lexicon.Patterns, lexicon.Index);
    }

    /// <summary>The same for the cue patterns of the shipped cues.tsv, which <see cref="EventCues.Judge(string)"/> rules out
    /// by their keys (compiled as EventCues compiles them: case-sensitive unless the pattern says otherwise).</summary>
    [Fact]
    public void NoCueIsRuledOutOnATextItsPatternMatches()
    {
        var cues = Tsv.Rows(DataFiles.Require("events/cues.tsv"), 2).Select(r => r[1]).ToList();
        AssertNoRowRuledOut([.. cues.Select(c => new Regex(c, RegexOptions.CultureInvariant))], new KeyIndex([.. cues.Select(RequiredText.Read)]));
    }

    private static void AssertNoRowRuledOut(IReadOnlyList<Regex> patterns, KeyIndex index)
    {
        var rng = new Random(7);
        string[] before = ["", "The ", "on Monday, ", "x", "- ", "(", "by "], after = ["", ".", " attacked", "s", "-held", ")", " and "];
        var generated = new List<string>();
        for (int row = 0; row < patterns.Count; row++)
        {
            int matched = 0;
            // Rows whose texts match rarely (a word boundary inside a random run) get more draws.
            for (int attempt = 0; attempt < 60 || (matched == 0 && attempt < 2000); attempt++)
            {
                var phrase = Recase(new PatternSampler(patterns[row].ToString(), rng).Sample(), rng);
                var text = before[rng.Next(before.Length)] + phrase + after[rng.Next(after.Length)];
                if (!patterns[row].IsMatch(text)) continue;
                matched++;
                generated.Add(phrase);
                AssertTried(index, text, row, patterns[row]);
            }
            Assert.True(matched > 0, $"no generated text matched row {row}: {patterns[row]}");
        }
        for (int i = 0; i < 2000; i++)
        {
            var text = string.Join(rng.Next(3) switch { 0 => " ", 1 => ", ", _ => " and " },
                Enumerable.Range(0, rng.Next(2, 6)).Select(_ => generated[rng.Next(generated.Count)]));
            for (int row = 0; row < patterns.Count; row++)
                if (patterns[row].IsMatch(text))
                    AssertTried(index, text, row, patterns[row]);
        }
    }

    // The row is tried, and a search from where the index says it may start finds the matches a search of the whole text finds.
    private static void AssertTried(KeyIndex index, string text, int row, Regex pattern)
    {
        var starts = new int[index.RowCount];
        index.Starts(text, starts);
        var shown = pattern.ToString()[..Math.Min(200, pattern.ToString().Length)];
        Assert.True(starts[row] >= 0, $"row {row} ruled out on '{text}', which it matches: {shown}");
        for (Match whole = pattern.Match(text), from = pattern.Match(text, starts[row]); whole.Success || from.Success; whole = whole.NextMatch(), from = from.NextMatch())
            Assert.True((whole.Index, whole.Length) == (from.Index, from.Length), $"row {row} searched from {starts[row]} of '{text}' finds another match: {shown}");
    }

    /// <summary>Upper-cases some letters, and writes some k's as the Kelvin sign, which case-insensitive regexes take for k.</summary>
    private static string Recase(string text, Random rng)
    {
        if (rng.Next(3) == 0) return text;
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
            if (rng.Next(2) == 0) chars[i] = chars[i] is 'k' or 'K' && rng.Next(3) == 0 ? '\u212A' : char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }

    /// <summary>Draws a random text a .NET pattern may match (lookarounds and boundaries are left to the caller's check with the real regex).</summary>
    private sealed class PatternSampler(string p, Random rng)
    {
        private const string Letters = "abcdefghijklmnopqrstuvwxyz";
        private int _at;

        public string Sample()
        {
            var text = new StringBuilder();
            Alternation(text);
            return text.ToString();
        }

        private void Alternation(StringBuilder text)
        {
            // Samples every branch, keeping one at random.
            var branches = new List<string>();
            while (true)
            {
                var branch = new StringBuilder();
                while (_at < p.Length && p[_at] is not ('|' or ')')) Quantified(branch);
                branches.Add(branch.ToString());
                if (_at == p.Length || p[_at] != '|') break;
                _at++;
            }
            text.Append(branches[rng.Next(branches.Count)]);
        }

        private void Quantified(StringBuilder text)
        {
            int start = _at;
            var atom = new StringBuilder();
            Atom(atom);
            int min = 1, max = 1;
            if (_at < p.Length && p[_at] is '*' or '+' or '?')
            {
                (min, max) = p[_at] switch { '*' => (0, 2), '+' => (1, 3), _ => (0, 1) };
                _at++;
            }
            else if (_at < p.Length && p[_at] == '{' && Regex.Match(p[_at..], @"^\{(\d+)(,(\d*))?\}") is { Success: true } q)
            {
                min = int.Parse(q.Groups[1].Value);
                max = q.Groups[2].Success ? q.Groups[3].Value.Length > 0 ? int.Parse(q.Groups[3].Value) : min + 2 : min;
                _at += q.Length;
            }
            if (_at < p.Length && p[_at] == '?') _at++;
            int times = rng.Next(min, max + 1);
            for (int i = 0; i < times; i++)
            {
                if (i == 0) text.Append(atom);
                else
                {
                    // Each repeat draws afresh.
                    int end = _at;
                    _at = start;
                    var again = new StringBuilder();
                    Atom(again);
                    text.Append(again);
                    _at = end;
                }
            }
        }

        private void Atom(StringBuilder text)
        {
            char c = p[_at++];
            switch (c)
            {
                case '(':
                    bool zeroWidth = false;
                    if (Regex.Match(p[_at..], @"^\?[imnsx-]+\)") is { Success: true } options)
                    {
                        // Inline options ("(?i)") match nothing themselves.
                        _at += options.Length;
                        break;
                    }
                    if (p[_at] == '?')
                    {
                        var head = Regex.Match(p[_at..], @"^\?(?:<[=!]|[=!]|<[^>]*>|'[^']*'|[imnsx-]*:|>)");
                        zeroWidth = head.Value is "?=" or "?!" or "?<=" or "?<!";
                        _at += head.Length;
                    }
                    var inner = new StringBuilder();
                    Alternation(inner);
                    _at++;
                    if (!zeroWidth) text.Append(inner);
                    break;
                case '[':
                    text.Append(ClassMember());
                    break;
                case '\\':
                    char e = p[_at++];
                    switch (e)
                    {
                        case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G': break;
                        case 'w': text.Append(Letters[rng.Next(Letters.Length)]); break;
                        case 's': text.Append(' '); break;
                        case 'd': text.Append(rng.Next(10)); break;
                        default: text.Append(e); break;
                    }
                    break;
                case '.':
                    text.Append(Letters[rng.Next(Letters.Length)]);
                    break;
                case '^' or '$':
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        private char ClassMember()
        {
            bool negated = p[_at] == '^';
            if (negated) _at++;
            var members = new List<char>();
            for (bool first = true; first || p[_at] != ']'; first = false)
            {
                char c = p[_at++];
                if (c == '\\')
                {
                    char e = p[_at++];
                    if (e == 'w') members.AddRange(Letters);
                    else if (e == 's') members.Add(' ');
                    else if (e == 'd') members.AddRange("0123456789");
                    else members.Add(e);
                }
                else if (p[_at] == '-' && p[_at + 1] != ']')
                {
                    for (char r = c; r <= p[_at + 1]; r++) members.Add(r);
                    _at += 2;
                }
                else members.Add(c);
            }
            _at++;
            if (negated)
            {
                var allowed = Letters.Concat(" -.,0123456789").Where(ch => !members.Contains(ch)).DefaultIfEmpty('#').ToList();
                return allowed[rng.Next(allowed.Count)];
            }
            return members[rng.Next(members.Count)];
        }
    }
}
