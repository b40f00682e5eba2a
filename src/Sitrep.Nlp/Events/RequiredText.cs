namespace Sitrep.Nlp.Events;

/// <summary>Reads from a regex pattern the texts one of which every match must contain, so a pattern can be ruled out
/// without running it (<see cref="KeyIndex"/>).</summary>
/// <remarks>The keys are folded to lower-case ASCII, as <see cref="KeyIndex.Fold"/> folds the text, so they hold for
/// case-insensitive patterns. The reading only ever claims less than is true: a construct it does not follow (a
/// back-reference, a conditional, a character code, a non-ASCII letter) counts as any text, or gives no keys at all.</remarks>
internal static class RequiredText
{
    // Most strings an exact set may hold: past it, a sequence keeps the sets of its parts apart rather than multiplying them.
    private const int Limit = 256;

    private static readonly IReadOnlySet<string> EmptyOnly = new HashSet<string>([""], StringComparer.Ordinal);

    /// <summary>What a part of a pattern matches: exactly one of a finite set of strings, or else some text that contains
    /// one of <see cref="Required"/> (null: nothing known).</summary>
    private readonly record struct Reading(IReadOnlySet<string>? Exact, IReadOnlySet<string>? Required)
    {
        public static Reading AnyText => new(null, null);
        public static Reading ZeroWidth => new(EmptyOnly, null);

        /// <summary>Strings one of which every match contains, or null.</summary>
        public IReadOnlySet<string>? Keys => Exact is { } exact ? exact.Contains("") ? null : exact : Required;
    }

    /// <summary>Thrown inside the reader for syntax it does not follow; the pattern then has no keys.</summary>
    private sealed class UnknownSyntax : Exception;

    /// <summary>Strings, folded, one of which every match of <paramref name="pattern"/> contains; null when none is known
    /// (the pattern must then be tried on every text).</summary>
    /// <param name="pattern">A .NET pattern read without <c>IgnorePatternWhitespace</c>.</param>
    public static IReadOnlyCollection<string>? Keys(string pattern) => Read(pattern).Keys;

    /// <summary>The <see cref="Keys(string)"/> of <paramref name="pattern"/>, and whether every match, folded, is one of them
    /// (a word list such as <c>\b(kill(ed|s)?|dead)\b</c>): no match then starts before the first key in a text.</summary>
    /// <param name="pattern">A .NET pattern read without <c>IgnorePatternWhitespace</c> or <c>RightToLeft</c>.</param>
    public static RequiredKeys Read(string pattern)
    {
        var reader = new Reader(pattern);
        try
        {
            var reading = reader.Alternation();
            if (!reader.AtEnd) return default;
            // \G anchors a match where the search starts, so a search started later could find one the whole text has not.
            return new(reading.Keys, reading.Keys is not null && reading.Exact is not null && !reader.SawStartAnchor);
        }
        catch (UnknownSyntax)
        {
            return default;
        }
    }

    /// <summary>The better of several key sets: the one whose shortest key is longest (rarest), then the smallest.</summary>
    private static IReadOnlySet<string>? Best(IEnumerable<IReadOnlySet<string>?> sets) =>
        sets.OfType<IReadOnlySet<string>>().OrderByDescending(s => s.Min(k => k.Length)).ThenBy(s => s.Count).FirstOrDefault();

    private static HashSet<string> Product(IReadOnlySet<string> left, IReadOnlySet<string> right)
    {
        var product = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in left)
            foreach (var r in right)
                product.Add(l + r);
        return product;
    }

    /// <summary>A literal character: ASCII folds to lower case; any other character counts as any text.</summary>
    private static Reading Literal(char c) => c < 128 ? new(new HashSet<string>([char.ToLowerInvariant(c).ToString()]), null) : Reading.AnyText;

    /// <summary>Recursive descent over the pattern.</summary>
    private sealed class Reader(string p)
    {
        private int _at;

        public bool AtEnd => _at == p.Length;

        /// <summary>True once a <c>\G</c> was read.</summary>
        public bool SawStartAnchor { get; private set; }

        public Reading Alternation()
        {
            var branches = new List<Reading> { Sequence() };
            while (Next('|')) branches.Add(Sequence());
            if (branches.All(b => b.Exact is not null))
            {
                var union = new HashSet<string>(branches.SelectMany(b => b.Exact!), StringComparer.Ordinal);
                if (union.Count <= Limit) return new(union, null);
            }
            var required = new HashSet<string>(StringComparer.Ordinal);
            foreach (var b in branches)
            {
                if (b.Keys is not { } keys) return Reading.AnyText;
                required.UnionWith(keys);
            }
            return new(null, required);
        }

        private Reading Sequence()
        {
            // run: the exact strings of the latest stretch of exact parts; candidates: key sets of finished stretches and other parts.
            IReadOnlySet<string> run = EmptyOnly;
            var candidates = new List<IReadOnlySet<string>?>();
            bool exact = true;
            while (_at < p.Length && p[_at] is not ('|' or ')'))
            {
                var part = Quantified();
                if (part.Exact is { } e && (long)run.Count * e.Count <= Limit)
                {
                    run = Product(run, e);
                    continue;
                }
                exact = false;
                candidates.Add(new Reading(run, null).Keys);
                if (part.Exact is { } alone) run = alone;
                else
                {
                    candidates.Add(part.Required);
                    run = EmptyOnly;
                }
            }
            if (exact) return new(run, null);
            candidates.Add(new Reading(run, null).Keys);
            return new(null, Best(candidates));
        }

        private Reading Quantified()
        {
            var atom = Atom();
            int min, max;
            if (Next('*')) (min, max) = (0, int.MaxValue);
            else if (Next('+')) (min, max) = (1, int.MaxValue);
            else if (Next('?')) (min, max) = (0, 1);
            else if (!Braces(out min, out max)) return atom;
            Next('?');
            if (min == 1 && max == 1) return atom;
            if (min == 0 && max == 1 && atom.Exact is { } e) return new(new HashSet<string>(e.Append(""), StringComparer.Ordinal), null);
            return min == 0 ? Reading.AnyText : new(null, atom.Keys);
        }

        /// <summary>A <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> quantifier; otherwise the brace is a literal and nothing is read.</summary>
        private bool Braces(out int min, out int max)
        {
            (min, max) = (0, 0);
            int at = _at;
            if (at >= p.Length || p[at] != '{') return false;
            int start = ++at;
            while (at < p.Length && char.IsAsciiDigit(p[at])) at++;
            if (at == start || at == p.Length || !int.TryParse(p.AsSpan(start, at - start), out min)) return false;
            max = min;
            if (p[at] == ',')
            {
                int upper = ++at;
                while (at < p.Length && char.IsAsciiDigit(p[at])) at++;
                max = at == upper ? int.MaxValue : int.TryParse(p.AsSpan(upper, at - upper), out int m) ? m : int.MaxValue;
            }
            if (at == p.Length || p[at] != '}') return false;
            _at = at + 1;
            return true;
        }

        private Reading Atom()
        {
            char c = p[_at++];
            return c switch
            {
                '(' => Group(),
                '[' => Class(),
                '\\' => Escape(),
                '.' => Reading.AnyText,
                '^' or '$' => Reading.ZeroWidth,
                '*' or '+' or '?' => throw new UnknownSyntax(),
                _ => Literal(c),
            };
        }

        private Reading Group()
        {
            bool zeroWidth = false;
            if (Next('?'))
            {
                if (Next(':') || Next('>')) { }
                else if (Next('=') || Next('!')) zeroWidth = true;
                else if (Next('<'))
                {
                    if (Next('=') || Next('!')) zeroWidth = true;
                    else SkipPast('>');
                }
                else if (Next('\'')) SkipPast('\'');
                else
                {
                    // Inline options, "(?-i:" or "(?i)": case does not matter to folded keys, but 'x' would change how the pattern reads.
                    int start = _at;
                    while (_at < p.Length && p[_at] is 'i' or 'm' or 'n' or 's' or 'x' or '-') _at++;
                    var options = p.AsSpan(start, _at - start);
                    int minus = options.IndexOf('-');
                    if (options.IsEmpty || (minus < 0 ? options : options[..minus]).Contains('x')) throw new UnknownSyntax();
                    if (Next(')')) return Reading.ZeroWidth;
                    if (!Next(':')) throw new UnknownSyntax();
                }
            }
            var inner = Alternation();
            if (!Next(')')) throw new UnknownSyntax();
            return zeroWidth ? Reading.ZeroWidth : inner;
        }

        private Reading Class()
        {
            bool known = !Next('^');
            var chars = new HashSet<string>(StringComparer.Ordinal);
            for (bool first = true; ; first = false)
            {
                if (AtEnd) throw new UnknownSyntax();
                char c = p[_at++];
                if (c == ']' && !first) break;
                if (c == '\\')
                {
                    if (ClassEscape() is { } literal) c = literal;
                    else
                    {
                        known = false;
                        continue;
                    }
                }
                if (_at + 1 < p.Length && p[_at] == '-' && p[_at + 1] != ']')
                {
                    // A range ("a-z"), read as any character; "-[" would subtract a class.
                    if (p[_at + 1] == '[') throw new UnknownSyntax();
                    _at += p[_at + 1] == '\\' ? 3 : 2;
                    known = false;
                    continue;
                }
                if (Literal(c).Exact is { } e) chars.UnionWith(e);
                else known = false;
            }
            return known && chars.Count > 0 ? new(chars, null) : Reading.AnyText;
        }

        /// <summary>An escape inside a class: the character it stands for, or null for a class of characters (<c>\w</c>).</summary>
        private char? ClassEscape()
        {
            if (AtEnd) throw new UnknownSyntax();
            char e = p[_at++];
            if (e == 'b') return '\b';
            if (!char.IsAsciiLetterOrDigit(e)) return e;
            if (ControlEscape(e) is { } control) return control;
            if (e is 'w' or 'W' or 's' or 'S' or 'd' or 'D') return null;
            if (e is 'p' or 'P')
            {
                if (!Next('{')) throw new UnknownSyntax();
                SkipPast('}');
                return null;
            }
            throw new UnknownSyntax();
        }

        private Reading Escape()
        {
            // Outside a class, \b is a word boundary, not a backspace.
            if (!AtEnd && p[_at] is 'b' or 'B' or 'A' or 'z' or 'Z' or 'G')
            {
                SawStartAnchor |= p[_at] == 'G';
                _at++;
                return Reading.ZeroWidth;
            }
            return ClassEscape() is { } literal ? Literal(literal) : Reading.AnyText;
        }

        private static char? ControlEscape(char e) => e switch
        {
            't' => '\t', 'n' => '\n', 'r' => '\r', 'f' => '\f', 'v' => '\v', 'e' => '\u001B', 'a' => '\a',
            _ => null,
        };

        private bool Next(char c)
        {
            if (_at >= p.Length || p[_at] != c) return false;
            _at++;
            return true;
        }

        private void SkipPast(char c)
        {
            int end = p.IndexOf(c, _at);
            if (end < 0) throw new UnknownSyntax();
            _at = end + 1;
        }
    }
}

/// <summary>What <see cref="RequiredText.Read"/> knows of a pattern.</summary>
/// <param name="Keys">Folded strings one of which every match contains; null when none is known.</param>
/// <param name="MatchIsKey">True when every match, folded, is one of <paramref name="Keys"/>.</param>
internal readonly record struct RequiredKeys(IReadOnlyCollection<string>? Keys, bool MatchIsKey);
