using System.Collections.Frozen;
using Sitrep.Core;

namespace Sitrep.Geo;

/// <summary>A stretch of text that names a gazetteer entry.</summary>
/// <param name="Span">Characters of the name.</param>
/// <param name="FirstToken">Index of the name's first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Entries">Indexes of the gazetteer entries the name may mean.</param>
/// <param name="Match">How the name matched.</param>
public sealed record PlaceNameCandidate(TextSpan Span, int FirstToken, int TokenCount, int[] Entries, NameMatch Match)
{
    /// <summary>True when the name matched only by consonant skeleton.</summary>
    public bool IsFuzzy => Match == NameMatch.Skeleton;
}

/// <summary>How a name in the text matched the gazetteer.</summary>
public enum NameMatch
{
    /// <summary>A preferred name, a division's name, or a country alias.</summary>
    Preferred,
    /// <summary>Only an alternate name (another spelling, language or a former name), which may be a common word elsewhere.</summary>
    Alternate,
    /// <summary>Only the consonant skeleton: a spelling the gazetteer lacks.</summary>
    Skeleton,
    /// <summary>Only as a settlement's name shortened ("Apodaca" for "Ciudad Apodaca"), believable only inside a unit the text names with it.</summary>
    Shortened,
}

/// <summary>Finds place names in text without a tagger: the longest gazetteer name over runs of capitalised tokens.</summary>
/// <remarks>
/// A run starts at a capitalised word or an article-prefixed one ("al-Foua"), may hold lower-case name particles ("Deir al Zor",
/// "Rio de Janeiro"), ends on a capitalised word and never crosses punctuation or a line break. Single words on the hand-kept
/// not-places list ("May", "Police") never match alone; all-capital words match only as countries ("US") and division abbreviations ("AJK"). After a locative cue
/// ("in", "near", "village of") a run the gazetteer does not know is looked up by consonant skeleton, so "Deir al-Sharqi" finds
/// GeoNames' "Dayr ash Sharqi".
/// </remarks>
public sealed class PlaceNameMatcher(Gazetteer gazetteer)
{
    private const int MaxSkeletonReadings = 200;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = new[]
    {
        "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "ed", "es", "ul", "wa", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "la", "las", "le", "les", "los", "of", "upon", "y", "bin", "ibn", "bani", "abu", "am", "im", "der", "imeni", "esh", "ech", "i", "e", "ye",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LocativeCues = new[]
    {
        "in", "at", "near", "of", "from", "to", "outside", "around", "towards", "toward", "village", "town", "city", "area", "areas", "district", "villages", "towns", "neighbourhood", "neighborhood", "outskirts", "countryside", "between", "and",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Place-name candidates in <paramref name="text"/>, given its tokens, in text order and never overlapping.</summary>
    public IReadOnlyList<PlaceNameCandidate> Find(string text, ReadOnlySpan<TokenData> tokens)
    {
        var found = new List<PlaceNameCandidate>();
        int maxWords = gazetteer.MaxNameWords;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!IsNameWord(text, tokens[i])) continue;
            int window = RunLength(text, tokens, i, maxWords);
            // "in el Aabde", "ech Choueifat": a lower-case article before the name may belong to it.
            var match = (i > 0 && IsArticleBefore(text, tokens, i) ? Longest(text, tokens, i - 1, Math.Min(window + 1, maxWords), fuzzy: false) : null)
                ?? FusedTail(text, tokens, i, window) ?? Longest(text, tokens, i, window, fuzzy: false);
            if (match is null && i > 0 && IsLocativeCue(tokens[i - 1].Span.Slice(text)))
                match = Longest(text, tokens, i, Math.Min(window, 4), fuzzy: true);
            // "Tel Abyad" for GeoNames' "Tall Abyad": a name of several words is a spelling of a place wherever it stands. Only the whole
            // run is respelt, once (not each of its tails at each of its words), which keeps the lookup cheap.
            if (match is null && window is >= 2 and <= 4 && !InsideRun(text, tokens, i))
                match = Longest(text, tokens, i, window, fuzzy: true, shortest: window);
            match ??= HyphenatedHead(text, tokens, i);
            if (match is null) continue;
            found.Add(match);
            i = match.FirstToken + match.TokenCount - 1;
        }
        return found;
    }

    private PlaceNameCandidate? Longest(string text, ReadOnlySpan<TokenData> tokens, int first, int window, bool fuzzy, int shortest = 1)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxLength + 1];
        Span<char> unfused = stackalloc char[NameKey.MaxLength + 1];
        Span<char> scratch = stackalloc char[NameKey.MaxLength + 1];
        for (int n = window; n >= shortest; n--)
        {
            var last = tokens[first + n - 1];
            if (!IsNameWord(text, last)) continue;
            var span = new TextSpan(tokens[first].Span.Start, last.Span.End);
            ReadOnlySpan<char> key = buffer[..NameKey.Write(span.Slice(text), buffer)];
            if (key.Length < 2) continue;
            bool single = n == 1 || !key.Contains(' ');
            var facts = gazetteer.Facts(key);
            // "Deir Ezzor": the text's spelling with a fused article read as the article and the word ("Deir ez-Zor").
            if (!single && facts is { NotPlace: false, Preferred.Length: 0, Alternate.Length: 0 } && Unfused(span.Slice(text), key, unfused) is { Length: > 0 } respelt)
            {
                key = respelt;
                facts = gazetteer.Facts(key);
            }
            // A word that points to a country ("Somali") is no place, unless a division word makes it a division's name ("Somali region").
            bool division = single && facts.CountryCue is not null && n == 1 && LocationPhrases.Suffixes(text.AsSpan(last.Span.End, Math.Min(16, text.Length - last.Span.End))).Admin1;
            if (facts.NotPlace || single && (key.Length < 3 || facts.CountryCue is not null && !division)) continue;
            // Without a locative cue only a name of two or more real words is respelt ("The U.N." is none).
            if (fuzzy && shortest > 1 && (single || !WordsOfAtLeast(key, 3))) continue;
            // "east of Syrias capital": a country's possessive written without the apostrophe is no village of a similar spelling.
            if (fuzzy && n == 1 && IsPossessiveOfCountry(span.Slice(text), scratch)) continue;
            var match = fuzzy ? NameMatch.Skeleton : NameMatch.Preferred;
            var ids = fuzzy ? gazetteer.LookupSkeleton(key) : facts.Preferred;
            if (ids.Length == 0 && !fuzzy)
            {
                ids = facts.Alternate;
                match = NameMatch.Alternate;
            }
            // Only where units follow the name, as the resolver requires of a shortened name.
            if (ids.Length == 0 && !fuzzy && UnitMayFollow(text, span.End))
            {
                ids = gazetteer.LookupShortened(key);
                match = NameMatch.Shortened;
            }
            if (division) ids = Keep(ids, static e => e.Kind is GazetteerKind.Admin1 or GazetteerKind.Admin2);
            if (ids.Length == 0) continue;
            // "Bungudu LGA", "Minbya Township": a division or settlement word after the word makes it a name of its own.
            if (n == 1 && (n < window && !NamesCountry(text, tokens, first + 1, window - 1) || InsideRun(text, tokens, first) && !CountryBefore(text, tokens, first))
                && !UnitWordAfter(text, last.Span.End))
            {
                // One word of a longer name ("Bat" of "Bat Galim Square", "Henry" of "Henry Jackson Society") is seldom a place of its
                // own: only a country, a province or a city keeps it.
                ids = Keep(ids, static e => e.Kind is GazetteerKind.Country or GazetteerKind.Admin1 || e.Population >= 100_000);
                if (ids.Length == 0) continue;
            }
            else if (n == 1 && IsSentenceStart(text, tokens, first))
            {
                // Any capitalised word opens a sentence, so there a lone word must name a town of some size, a division or a country,
                // and not be a word the text also writes in lower case ("More than 350 people", "more").
                ids = Keep(ids, static e => e.Kind != GazetteerKind.Populated || e.Population >= 15_000);
                if (ids.Length == 0 || UsedInLowerCase(text, last.Span)) continue;
            }
            if (n == 1 && (tokens[first].Flags & TokenFlags.AllCaps) != 0)
            {
                // Besides countries ("US"), only the abbreviations of divisions the notes use ("AJK", "J&K").
                ids = facts.Abbreviation ? Keep(ids, static e => e.Kind is GazetteerKind.Country or GazetteerKind.Admin1) : Keep(ids, static e => e.Kind == GazetteerKind.Country);
                if (ids.Length == 0) continue;
            }
            // A skeleton shared by hundreds of places says nothing about which one is meant.
            if (fuzzy && ids.Length > MaxSkeletonReadings) continue;
            if (fuzzy) ids = [.. ids.Distinct()];
            return new PlaceNameCandidate(span, first, n, ids, match);
        }
        return null;
    }

    // True when a comma, a bracket or "in" comes after 'end', possibly after a settlement word: where the units holding a name are named.
    private static bool UnitMayFollow(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (LocationPhrases.SettlementWordAt(text, i) is > 0 and var word)
            for (i += word; i < text.Length && text[i] == ' ';) i++;
        return i < text.Length && (text[i] is ',' or '(' || text.AsSpan(i).StartsWith("in ", StringComparison.Ordinal));
    }

    private static bool WordsOfAtLeast(ReadOnlySpan<char> key, int letters)
    {
        foreach (var range in key.Split(' '))
            if (key[range].Length < letters) return false;
        return true;
    }

    // The key of 'name' with fused articles dropped, written into 'buffer'; empty when it is 'key' itself.
    private static ReadOnlySpan<char> Unfused(ReadOnlySpan<char> name, ReadOnlySpan<char> key, Span<char> buffer)
    {
        var respelt = buffer[..NameKey.Write(name, buffer, unfuse: true)];
        return respelt.SequenceEqual(key) ? [] : respelt;
    }

    // "Deir ezzor": a run followed by a lower-case word that opens with the article fused to it, which together name a place.
    private PlaceNameCandidate? FusedTail(string text, ReadOnlySpan<TokenData> tokens, int first, int window)
    {
        int next = first + window;
        if (next >= tokens.Length || (tokens[next - 1].Flags & TokenFlags.LineBreakAfter) != 0 || tokens[next].Span.Start - tokens[next - 1].Span.End != 1
            || (tokens[next].Flags & (TokenFlags.Punctuation | TokenFlags.Numeric)) != 0 || NameKey.FusedArticleLength(tokens[next].Span.Slice(text)) == 0)
            return null;
        var span = new TextSpan(tokens[first].Span.Start, tokens[next].Span.End);
        Span<char> buffer = stackalloc char[NameKey.MaxLength + 1];
        var facts = gazetteer.Facts(buffer[..NameKey.Write(span.Slice(text), buffer, unfuse: true)]);
        if (facts.NotPlace) return null;
        return facts.Preferred.Length > 0 ? new PlaceNameCandidate(span, first, window + 1, facts.Preferred, NameMatch.Preferred)
            : facts.Alternate.Length > 0 ? new PlaceNameCandidate(span, first, window + 1, facts.Alternate, NameMatch.Alternate) : null;
    }

    // True when the text also writes the word at 'span' all in lower case, as a word of its own.
    private static bool UsedInLowerCase(string text, TextSpan span)
    {
        var word = span.Slice(text);
        if (word.Length > 32) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        for (int from = 0, at; from < text.Length && (at = text.AsSpan(from).IndexOf(lower)) >= 0; from += at + 1)
        {
            int start = from + at, end = start + lower.Length;
            if ((start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }

    // "Tabqa Syria": web text that lost its commas runs a place into its country, which does not make one longer name of it (a
    // province does: "Khas Urozgan", "Tonj South"). True when the first words of the 'count' tokens from 'from' name a country.
    private bool NamesCountry(string text, ReadOnlySpan<TokenData> tokens, int from, int count)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxLength + 1];
        for (int n = Math.Min(count, 3); n >= 1; n--)
        {
            if (!IsNameWord(text, tokens[from + n - 1])) continue;
            var span = new TextSpan(tokens[from].Span.Start, tokens[from + n - 1].Span.End);
            if (IsCountry(span.Slice(text), buffer)) return true;
        }
        return false;
    }

    // True when some place 'name' is the preferred name of is a country; 'buffer' holds its key.
    private bool IsCountry(ReadOnlySpan<char> name, Span<char> buffer)
    {
        foreach (int id in gazetteer.Facts(buffer[..NameKey.Write(name, buffer)]).Preferred)
            if (gazetteer[id].Kind == GazetteerKind.Country) return true;
        return false;
    }

    // "Syrias Tabqa", "Syria Tabqa": a country, or its possessive written without the apostrophe, before a word opens no name with it.
    private bool CountryBefore(string text, ReadOnlySpan<TokenData> tokens, int index)
    {
        var word = tokens[index - 1].Span.Slice(text);
        if (word.Length > 32) return false;
        Span<char> buffer = stackalloc char[NameKey.MaxLength + 1];
        return IsCountry(word, buffer) || IsPossessiveOfCountry(word, buffer);
    }

    // "Syrias": a country's name with an 's' added; 'buffer' holds its key.
    private bool IsPossessiveOfCountry(ReadOnlySpan<char> word, Span<char> buffer) =>
        word.Length is > 3 and <= 32 && word[^1] == 's' && IsCountry(word[..^1], buffer);

    private static bool UnitWordAfter(string text, int end)
    {
        var (admin1, admin2, settlement) = LocationPhrases.Suffixes(text.AsSpan(end, Math.Min(16, text.Length - end)));
        return admin1 || admin2 || settlement;
    }

    // The entries that pass; the gazetteer's own array when all do, since candidates never change their entries.
    private int[] Keep(int[] ids, Func<GazetteerEntry, bool> keep)
    {
        int count = 0;
        foreach (int id in ids)
            if (keep(gazetteer[id])) count++;
        if (count == ids.Length) return ids;
        var kept = new int[count];
        count = 0;
        foreach (int id in ids)
            if (keep(gazetteer[id])) kept[count++] = id;
        return kept;
    }

    // "Mogadishu-Hodan", "Sidon-Tyr", "Zolote-1": a hyphenated token the gazetteer lacks whose head is a known place.
    private PlaceNameCandidate? HyphenatedHead(string text, ReadOnlySpan<TokenData> tokens, int index)
    {
        var span = tokens[index].Span;
        int dash = span.Slice(text).IndexOf('-');
        // "Britain-based", "Aleppo-born": a place joined to a lower-case word makes an adjective of it; the place is not where anything happened.
        if (dash < 3 || IsLowerWord(span.Slice(text)[(dash + 1)..])) return null;
        var head = new TextSpan(span.Start, span.Start + dash);
        Span<char> buffer = stackalloc char[NameKey.MaxLength + 1];
        var facts = gazetteer.Facts(buffer[..NameKey.Write(head.Slice(text), buffer)]);
        if (facts.NotPlace || facts.CountryCue is not null || facts.Preferred.Length == 0) return null;
        return new PlaceNameCandidate(head, index, 1, facts.Preferred, NameMatch.Preferred);
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (!char.IsLower(c)) return false;
        return word.Length > 0;
    }

    /// <summary>Runs of capitalised tokens after a locative cue ("in", "village of") that overlap no candidate: names the gazetteer lacks.</summary>
    public IEnumerable<TextSpan> UnknownNames(string text, ReadOnlySpan<TokenData> tokens, IReadOnlyList<PlaceNameCandidate> candidates)
    {
        var spans = new List<TextSpan>();
        Span<char> buffer = stackalloc char[NameKey.MaxLength + 1];
        for (int i = 1; i < tokens.Length; i++)
        {
            if (!IsNameWord(text, tokens[i]) || !IsLocativeCue(tokens[i - 1].Span.Slice(text))) continue;
            // "between pro-STC and pro-Hadi forces" names sides, not places.
            if (tokens[i].Span.Slice(text).StartsWith("pro-", StringComparison.OrdinalIgnoreCase)) continue;
            int n = RunLength(text, tokens, i, 4);
            while (n > 1 && !IsNameWord(text, tokens[i + n - 1])) n--;
            var span = new TextSpan(tokens[i].Span.Start, tokens[i + n - 1].Span.End);
            if (!Overlaps(candidates, span) && !gazetteer.IsNotPlace(buffer[..NameKey.Write(span.Slice(text), buffer)]))
                spans.Add(span);
            i += n - 1;
        }
        return spans;
    }

    private static bool Overlaps(IReadOnlyList<PlaceNameCandidate> candidates, TextSpan span)
    {
        for (int i = 0; i < candidates.Count; i++)
            if (candidates[i].Span.Overlaps(span)) return true;
        return false;
    }

    // Tokens from 'first' that can belong to one name: words joined by single spaces, particles allowed inside.
    private int RunLength(string text, ReadOnlySpan<TokenData> tokens, int first, int maxWords)
    {
        int n = 1;
        while (n < maxWords && first + n < tokens.Length)
        {
            var previous = tokens[first + n - 1];
            var next = tokens[first + n];
            if ((previous.Flags & TokenFlags.LineBreakAfter) != 0 || next.Span.Start - previous.Span.End > 1) break;
            if (!IsNameWord(text, next) && !IsParticle(next.Span.Slice(text))) break;
            n++;
        }
        return n;
    }

    private static bool InsideRun(string text, ReadOnlySpan<TokenData> tokens, int index)
    {
        if (index == 0) return false;
        var previous = tokens[index - 1];
        if ((previous.Flags & TokenFlags.LineBreakAfter) != 0 || tokens[index].Span.Start - previous.Span.End > 1) return false;
        if (IsNameWord(text, previous)) return true;
        // A particle is inside a name only after a name word ("Deir al Zor"); "the town of Jarablus" starts one, and so does "the
        // Municipality of Coalcoman" written with a capital.
        var particle = previous.Span.Slice(text);
        return IsParticle(particle) && !(particle is "of" && index >= 2 && UnitsBeforeOf.Contains(tokens[index - 2].Span.Slice(text)))
            && InsideRun(text, tokens, index - 1);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitsBeforeOf = new[]
    {
        "municipality", "district", "governorate", "province", "county", "city", "town", "village",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    internal static bool IsSentenceStart(string text, ReadOnlySpan<TokenData> tokens, int index)
    {
        if (index == 0) return true;
        var previous = tokens[index - 1];
        return (previous.Flags & (TokenFlags.SentenceFinal | TokenFlags.LineBreakAfter)) != 0 || text[previous.Span.Start] is ':' or '"' or '\u201C';
    }

    private static bool IsParticle(ReadOnlySpan<char> word) => Particles.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Articles = new[] { "al", "el", "ech", "ed", "es", "ez", "ad", "ar", "ash", "az" }
        .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsArticleBefore(string text, ReadOnlySpan<TokenData> tokens, int index)
    {
        var previous = tokens[index - 1];
        return tokens[index].Span.Start - previous.Span.End == 1 && (previous.Flags & TokenFlags.LineBreakAfter) == 0 && Articles.Contains(previous.Span.Slice(text));
    }

    private static bool IsLocativeCue(ReadOnlySpan<char> word) => LocativeCues.Contains(word);

    internal static bool IsNameWord(string text, TokenData token)
    {
        if ((token.Flags & (TokenFlags.Punctuation | TokenFlags.Numeric)) != 0) return false;
        var word = token.Span.Slice(text);
        if (char.IsUpper(word[0])) return true;
        // "al-Foua", "el-Bab", "ad-Dana": a lower-case article joined to a capitalised name (only the first four letters can hold its dash).
        for (int dash = 0; dash < word.Length && dash < 4; dash++)
            if (word[dash] == '-') return dash > 0 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]);
        return false;
    }
}
