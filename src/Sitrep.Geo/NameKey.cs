namespace Sitrep.Geo;

/// <summary>Turns a place name into the key the gazetteer indexes it by, so spellings of one name meet.</summary>
/// <remarks>
/// The key is lower case ASCII: diacritics are folded ("Ḩalab" → "halab"), apostrophes and ayns dropped ("Ma'arat" → "maarat"),
/// hyphens become spaces, the Arabic article in any of its assimilated forms ("al-", "Al ", "el-", "ad-", "ash-", "esh-") is dropped before
/// another word and the Persian ezafe ("-ye", " i ") between two, a word-final "ah" or "eh" becomes "a" or "e" and doubled letters single
/// ("Raqqah" → "raqa", "Nabatiyeh" → "nabatiye"). The skeleton key further drops vowels and "h" after the
/// first letter, writes any initial vowel as "a", merges doubled letters and writes "q" as "k", so transliterations that differ only in vowels meet ("Idleb", "Idlib").
/// </remarks>
internal static class NameKey
{
    // Base letters of U+00C0..U+024F and U+1E00..U+1EFF, read off their canonical decompositions ('_' = no Latin base letter).
    private const string Latin1ToExtendedB =
        "aaaaaaaceeeeiiiidnooooo_ouuuuytsaaaaaaaceeeeiiiidnooooo_ouuuuyty" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii__jjkkkllllll_" +
        "_llnnnnnn_nnoooooooorrrrrrsssssssstttt__uuuuuuuuuuuuwwyyyzzzzzzs" +
        "__________________f_____________oo_____________uu_______________" +
        "_____________aaiioouuuuuuuuuu_aaaa____ggkkoooo__j___gg__nnaa____" +
        "aaaaeeeeiiiioooorrrruuuusstt__hh______aaeeooooooooyy____________" +
        "________________";

    private const string LatinExtendedAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwy______aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy______";

    /// <summary>Longest key produced for any input; longer names are cut.</summary>
    public const int MaxLength = 96;

    /// <summary>The folded lower-case letter for <paramref name="c"/>, '\0' for apostrophes and marks, ' ' for separators.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') return c;
            if (c is >= 'A' and <= 'Z') return (char)(c + 32);
            return c is '\'' or '`' ? '\0' : ' ';
        }
        if (c is >= '\u00C0' and <= '\u024F' && c != '\u00D7' && c != '\u00F7')
        {
            char f = Latin1ToExtendedB[c - 0xC0];
            return f == '_' ? char.ToLowerInvariant(c) : f;
        }
        if (c is >= '\u1E00' and <= '\u1EFF')
        {
            char f = LatinExtendedAdditional[c - 0x1E00];
            return f == '_' ? char.ToLowerInvariant(c) : f;
        }
        // Ayn and hamza letters, modifier apostrophes, acute and grave accents, right single quote, combining marks.
        if (c is '\u02BB' or '\u02BC' or '\u02BE' or '\u02BF' or '\u00B4' or '\u2018' or '\u2019' || c is >= '\u0300' and <= '\u036F')
            return '\0';
        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
    }

    /// <summary>True when two spellings name the same place: equal keys, or equal consonant skeletons ("Idleb" and "Idlib").</summary>
    public static bool SamePlace(string? a, string? b)
    {
        if (a is null || b is null) return false;
        string x = Of(a), y = Of(b);
        return x == y || Skeleton(x) == Skeleton(y);
    }

    /// <summary>The name in plain Latin letters with its case kept ("Kafr Takhārīm" → "Kafr Takharim"), as ACLED writes place names.</summary>
    public static string PlainLatin(string name) => string.Create(name.Length - name.Count(c => c >= 0x80 && Fold(c) == '\0'), name, (destination, source) =>
    {
        int i = 0;
        foreach (char c in source)
        {
            if (c < 0x80) { destination[i++] = c; continue; }
            char folded = Fold(c);
            if (folded == '\0') continue;
            destination[i++] = char.IsUpper(c) ? char.ToUpperInvariant(folded) : folded;
        }
    });

    /// <summary>True when every letter of <paramref name="name"/> folds to ASCII, i.e. the name is written in Latin script.</summary>
    public static bool IsLatin(ReadOnlySpan<char> name)
    {
        bool any = false;
        foreach (char c in name)
        {
            char f = Fold(c);
            if (f is '\0' or ' ') continue;
            if (f >= 0x80) return false;
            any = true;
        }
        return any;
    }

    /// <summary>The key of <paramref name="name"/>; empty when the name has no letter or digit.</summary>
    public static string Of(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[Math.Min(name.Length, MaxLength) + 1];
        return new string(key[..Write(name, key)]);
    }

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="destination"/> (at least <c>min(name.Length, MaxLength) + 1</c> long) and returns its length.</summary>
    /// <param name="name">The name.</param>
    /// <param name="destination">Where the key goes.</param>
    /// <param name="unfuse">Also drops an article written fused to a later word of the name ("Deir Ezzor" for "Deir ez-Zor", see
    /// <see cref="FusedArticleLength"/>): a reading of a text's spelling, tried when its own key names nothing, never a gazetteer key.</param>
    public static int Write(ReadOnlySpan<char> name, Span<char> destination, bool unfuse = false)
    {
        Span<char> folded = stackalloc char[Math.Min(name.Length, MaxLength)];
        int n = 0;
        foreach (char c in name)
        {
            if (n == folded.Length) break;
            char f = Fold(c);
            if (f != '\0') folded[n++] = f;
        }
        // A word followed by another is dropped when it is an article, or "the" before anything was written.
        int lastEnd = n;
        while (lastEnd > 0 && folded[lastEnd - 1] == ' ') lastEnd--;
        int k = 0;
        for (int start = 0, end; start < lastEnd; start = end + 1)
        {
            while (folded[start] == ' ') start++;
            end = start;
            while (end < lastEnd && folded[end] != ' ') end++;
            var word = folded[start..end];
            if (end < lastEnd && (k == 0 && word.SequenceEqual("the") || IsArticle(word) || k > 0 && IsEzafe(word))) continue;
            if (unfuse && k > 0 && FusedArticleLength(word) is > 0 and var fused) word = word[fused..];
            if (word.Length >= 3 && word[^1] == 'h' && word[^2] is 'a' or 'e') word = word[..^1];
            if (k > 0) destination[k++] = ' ';
            // Doubled letters come and go between transliterations ("Daraa", "Dar'a"; "Bossaso", "Bosaso").
            for (int i = 0; i < word.Length; i++)
                if (i == 0 || word[i] != word[i - 1]) destination[k++] = word[i];
        }
        return k;
    }

    /// <summary>The first word of <paramref name="name"/> as the key of every prefix <c>name[..m]</c> with <paramref name="shortest"/> &lt;= m
    /// &lt;= name.Length writes it, into <paramref name="destination"/> (at least <see cref="MaxLength"/> long); -1 when the name starts with a
    /// separator or that word's letters run past <paramref name="shortest"/>.</summary>
    /// <remarks>Lets a caller that would look up the keys of several growing phrases from one start rule them all out at once.
    /// <paramref name="droppable"/> tells that the word is an article or "the", which a key keeps only when no word follows; then
    /// <paramref name="separator"/> is where the separator after it stands (name.Length when none does).</remarks>
    public static int LeadingWord(ReadOnlySpan<char> name, int shortest, Span<char> destination, out bool droppable, out int separator)
    {
        (droppable, separator) = (false, name.Length);
        int n = 0, end = 0;
        for (int i = 0; i < name.Length; i++)
        {
            char f = Fold(name[i]);
            if (f == '\0') continue;
            if (f == ' ')
            {
                separator = i;
                break;
            }
            if (n == MaxLength - 1) return -1;
            destination[n++] = f;
            end = i + 1;
        }
        if (n == 0 || end > shortest) return -1;
        var word = destination[..n];
        droppable = word.SequenceEqual("the") || IsArticle(word);
        // As Write treats a word: a final "ah" or "eh" loses its "h", doubled letters merge.
        if (n >= 3 && word[^1] == 'h' && word[^2] is 'a' or 'e') n--;
        int k = 0;
        for (int i = 0; i < n; i++)
            if (i == 0 || destination[i] != destination[k - 1]) destination[k++] = destination[i];
        return k;
    }

    // The Arabic article in its forms: al, el, ad, ar, as, ash, at, az, an, adh, ath, ed, er, es, esh, ech, et, ez, en, ul, il.
    private static bool IsArticle(ReadOnlySpan<char> word) => word.Length switch
    {
        2 => word[0] is 'a' or 'e' && word[1] is 'l' or 'd' or 'r' or 's' or 't' or 'z' or 'n' || word[0] is 'u' or 'i' && word[1] == 'l',
        3 => word[0] == 'a' && word[1] is 's' or 'd' or 't' && word[2] == 'h' || word[0] == 'e' && word[1] is 's' or 'c' && word[2] == 'h',
        _ => false,
    };

    /// <summary>Letters of an Arabic article written fused to the word it assimilated to ("Ezzor" of "Deir Ezzor" is "ez-Zor",
    /// "Ennab" is "en-Nab"): a vowel and a sun letter that the word's third letter doubles; 0 when the word opens with none.</summary>
    /// <remarks>Only a word after the first of a name is read so ("Assad" alone stays itself).</remarks>
    public static int FusedArticleLength(ReadOnlySpan<char> word) =>
        word.Length >= 5 && (word[0] | 0x20) is 'a' or 'e' && (word[1] | 0x20) is 't' or 'd' or 'r' or 'z' or 's' or 'n' && (word[2] | 0x20) == (word[1] | 0x20) ? 2 : 0;

    // The Persian ezafe joining two words of a name, written "i", "e", "ye" or "yi" ("Qala i Naw", GeoNames' "Qal'ah-ye Now").
    private static bool IsEzafe(ReadOnlySpan<char> word) => word is "i" or "e" or "ye" or "yi";

    /// <summary>Writes <paramref name="key"/> as texts shorten a settlement's name into <paramref name="destination"/> (at least as long as
    /// the key) and returns its length: the Romance particles dropped ("san andres de tuxtla" → "san andres tuxtla") and the title
    /// words that open it ("ciudad general escobedo" → "escobedo"); with <paramref name="head"/>, only the words before the first
    /// particle after the first word ("cintalapa de figueroa" → "cintalapa"), 0 when there is none.</summary>
    public static int Shorten(ReadOnlySpan<char> key, Span<char> destination, bool head = false)
    {
        int n = 0;
        bool opening = true, cut = false;
        foreach (var range in key.Split(' '))
        {
            var word = key[range];
            if (IsRomanceParticle(word))
            {
                if (head && n > 0) { cut = true; break; }
                continue;
            }
            if (opening && IsTitleWord(word)) continue;
            opening = false;
            if (n > 0) destination[n++] = ' ';
            word.CopyTo(destination[n..]);
            n += word.Length;
        }
        // A name that is all particles and titles is left whole.
        return head && !cut ? 0 : n > 0 ? n : Copy(key, destination);
    }

    private static int Copy(ReadOnlySpan<char> key, Span<char> destination)
    {
        key.CopyTo(destination);
        return key.Length;
    }

    private static bool IsRomanceParticle(ReadOnlySpan<char> word) =>
        word is "de" or "del" or "la" or "las" or "los" or "da" or "do" or "dos" or "das" or "di" or "du" or "y";

    // Words a settlement's official name opens with that the text leaves out ("Ciudad Apodaca", "General Escobedo").
    private static bool IsTitleWord(ReadOnlySpan<char> word) => word is "ciudad" or "general" or "heroica";

    /// <summary>The consonant skeleton of a key: "deir zor" → "dr zr", "idleb" → "idlb".</summary>
    public static string Skeleton(string key)
    {
        Span<char> buffer = stackalloc char[key.Length];
        return new string(buffer[..Skeleton(key, buffer)]);
    }

    /// <summary>Writes the skeleton of <paramref name="key"/> into <paramref name="destination"/> (at least as long as the key) and returns its length.</summary>
    public static int Skeleton(ReadOnlySpan<char> key, Span<char> destination)
    {
        int n = 0;
        bool wordStart = true;
        foreach (char c in key)
        {
            if (c == ' ') { destination[n++] = ' '; wordStart = true; continue; }
            char k = c == 'q' ? 'k' : c;
            // Initial vowels vary too ("Ein", "Ayn"; "Isa", "Issa"), so they all become 'a'.
            if (wordStart && k is 'e' or 'i' or 'o' or 'u') k = 'a';
            if (!wordStart && (k is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'h')) continue;
            if (!wordStart && n > 0 && destination[n - 1] == k) continue;
            destination[n++] = k;
            wordStart = false;
        }
        return n;
    }
}
