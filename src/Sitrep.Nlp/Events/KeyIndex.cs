namespace Sitrep.Nlp.Events;

/// <summary>Tells in one pass over a text which rows of a table may match it, and from where: each row has keys, one of
/// which any match contains (<see cref="RequiredText"/>), and a row without keys is always tried. An Aho-Corasick automaton
/// over the keys, folded to lower-case ASCII.</summary>
internal sealed class KeyIndex
{
    private readonly byte[] _class = new byte[128];
    private readonly int _width;
    private readonly int[] _next;
    private readonly int[][] _rowsEndingAt;
    private readonly int[] _alwaysTried;
    // Per row: how far before the end of a key a match may start: the longest key when every match is a key, else without limit.
    private readonly int[] _reach;

    /// <param name="rows">Each row's keys, folded as <see cref="Fold"/> folds (null for a row to try on every text), and whether
    /// every match is one of them.</param>
    public KeyIndex(IReadOnlyList<RequiredKeys> rows)
    {
        RowCount = rows.Count;
        var keysByRow = rows.Select(r => r.Keys).ToList();
        _alwaysTried = [.. Enumerable.Range(0, RowCount).Where(r => keysByRow[r] is null)];
        _reach = [.. rows.Select(r => r.MatchIsKey && r.Keys is { } keys ? keys.Max(k => k.Length) : int.MaxValue)];
        var alphabet = keysByRow.OfType<IReadOnlyCollection<string>>().SelectMany(k => k).SelectMany(k => k).Distinct().Order().ToList();
        if (alphabet.Count > byte.MaxValue || alphabet.Any(c => c >= 128 || Fold(c) != c))
            throw new ArgumentException("keys must be folded ASCII with fewer than 256 distinct characters", nameof(rows));
        for (int c = 0; c < 128; c++)
            _class[c] = (byte)(alphabet.IndexOf(Fold((char)c)) + 1);
        _width = alphabet.Count + 1;

        // The trie of the keys; class 0 (a character no key holds) never has a child.
        var children = new List<Dictionary<int, int>> { new() };
        var ending = new List<HashSet<int>> { new() };
        for (int row = 0; row < RowCount; row++)
            foreach (var key in keysByRow[row] ?? [])
            {
                int state = 0;
                foreach (char c in key)
                {
                    if (!children[state].TryGetValue(_class[c], out int child))
                    {
                        child = children.Count;
                        children[state][_class[c]] = child;
                        children.Add([]);
                        ending.Add([]);
                    }
                    state = child;
                }
                ending[state].Add(row);
            }

        // Breadth first, so a state's fallback (the longest proper suffix that is a trie state) is complete before the state.
        _next = new int[children.Count * _width];
        var fallback = new int[children.Count];
        var queue = new Queue<int>();
        foreach (var (c, child) in children[0])
        {
            _next[c] = child;
            queue.Enqueue(child);
        }
        while (queue.TryDequeue(out int state))
        {
            ending[state].UnionWith(ending[fallback[state]]);
            for (int c = 0; c < _width; c++)
            {
                int viaFallback = _next[fallback[state] * _width + c];
                if (children[state].TryGetValue(c, out int child))
                {
                    fallback[child] = viaFallback;
                    _next[state * _width + c] = child;
                    queue.Enqueue(child);
                }
                else _next[state * _width + c] = viaFallback;
            }
        }
        _rowsEndingAt = [.. ending.Select(r => r.Order().ToArray())];
    }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Sets <c>starts[r]</c> to the first index of <paramref name="text"/> at which a match of row <c>r</c> may start,
    /// or to -1 when the text holds none of the row's keys. The index is 0 for a row without keys or whose matches may run
    /// on before their key; when every match is a key, it is where the first key found may begin (its end less the row's
    /// longest key), which a regex search may start from (<c>Regex.Match(text, start)</c>) and find what a search of the
    /// whole text finds.</summary>
    public void Starts(ReadOnlySpan<char> text, Span<int> starts)
    {
        starts.Fill(-1);
        foreach (int r in _alwaysTried) starts[r] = 0;
        int state = 0;
        for (int i = 0; i < text.Length; i++)
        {
            // The class table already folds ASCII; only other characters need folding first.
            char c = text[i];
            int cls = c < 128 ? _class[c] : Fold(c) is var f && f < 128 ? _class[f] : 0;
            state = _next[state * _width + cls];
            foreach (int r in _rowsEndingAt[state])
                if (starts[r] < 0) starts[r] = Math.Max(0, i + 1 - _reach[r]);
        }
    }

    /// <summary>The character as keys spell it: ASCII lower case, and any character a case-insensitive regex takes for an
    /// ASCII letter (the Kelvin sign for k) as that letter; other characters are left as they are.</summary>
    public static char Fold(char c) => c < 128 ? char.ToLowerInvariant(c) : char.ToLowerInvariant(c) is var lower && lower < 128 ? lower : c;
}
