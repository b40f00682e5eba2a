using System.Collections.Frozen;

namespace Sitrep.Nlp.Quantities;

/// <summary>The scanned words of one text with the lookups the readers share.</summary>
internal sealed class WordList
{
    private readonly List<Word> _words;

    public WordList(string text)
    {
        Text = text;
        _words = new List<Word>(text.Length / 5 + 4);
        Words.Scan(text, _words);
    }

    public string Text { get; }
    public int Count => _words.Count;
    public Word this[int index] => _words[index];

    public ReadOnlySpan<char> Chars(int i) => Text.AsSpan(_words[i].Start, _words[i].Length);

    public bool InRange(int i) => (uint)i < (uint)_words.Count;

    public bool Is(int i, string word) => InRange(i) && Chars(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(int i, char c) => InRange(i) && _words[i].Shape == WordShape.Symbol && Text[_words[i].Start] == c;

    public bool IsAlpha(int i) => InRange(i) && _words[i].Shape == WordShape.Alpha;

    public bool IsDigits(int i) => InRange(i) && _words[i].Shape == WordShape.Digits;

    public bool IsCapitalized(int i) => IsAlpha(i) && char.IsUpper(Text[_words[i].Start]);

    public bool IsLower(int i) => IsAlpha(i) && char.IsLower(Text[_words[i].Start]);

    /// <summary>True when word <paramref name="i"/> ends exactly where the next word starts ("five" and "-" in "five-year").</summary>
    public bool Touches(int i) => InRange(i + 1) && _words[i].End == _words[i + 1].Start;

    public bool In(int i, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set) => InRange(i) && set.Contains(Chars(i));

    public bool In<T>(int i, FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> map) => InRange(i) && map.ContainsKey(Chars(i));

    public bool TryGet<T>(int i, FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> map, out T value)
    {
        if (InRange(i) && map.TryGetValue(Chars(i), out value!))
            return true;
        value = default!;
        return false;
    }

    /// <summary>True for words that end a clause for the purpose of looking around a figure, and for positions outside the text.</summary>
    public bool IsBarrier(int i)
    {
        if (!InRange(i)) return true;
        if (IsLineBreakBefore(i)) return true;
        if (_words[i].Shape != WordShape.Symbol) return false;
        char c = Text[_words[i].Start];
        return c is '.' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']';
    }

    /// <summary>True when a newline lies between word <paramref name="i"/> and the one before it.</summary>
    public bool IsLineBreakBefore(int i)
    {
        if (i <= 0 || !InRange(i)) return false;
        return Text.AsSpan(_words[i - 1].End, _words[i].Start - _words[i - 1].End).Contains('\n');
    }

    /// <summary>Index of the first word that starts at or after <paramref name="offset"/>.</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = _words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_words[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

/// <summary>Builds case-insensitive word sets that can be probed with a span.</summary>
internal static class Lex
{
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Map<T>(IEnumerable<KeyValuePair<string, T>> pairs) =>
        pairs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
