using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Geo;

/// <summary>What the words around a place name say about it: a bearing or distance from it, a part of it, a division it names, a metonym.</summary>
/// <remarks>Patterns read before a name end in <c>$</c> and run right to left, so each tries one position rather than every one.</remarks>
internal static partial class LocationPhrases
{
    /// <summary>How the text relates the location to the named place.</summary>
    internal enum Relation { Self, Near, PartOf, Border }

    /// <summary>The relation read before a name, with where the phrase starts.</summary>
    internal readonly record struct Reading(Relation Relation, int Start, Bearing? Bearing, double? DistanceKm);

    private const string Direction = @"(?<dir>north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west|north|south|east|west)";

    // "20 km north of", "15 kilometres south-west of the town of"
    [GeneratedRegex(@"(?<num>\d+(?:[.,]\d+)?)\s*-?\s*(?<unit>km|kms|kilometers|kilometres|kilometer|kilometre|miles|mile|mi)\s+(?:to\s+the\s+)?" + Direction + @"(?:ern)?\s+of\s+(?:the\s+)?(?:(?:city|town|village|outskirts)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex DistanceBearing();

    // "south of", "to the south of", "in the northern countryside of", "on the eastern outskirts of"
    [GeneratedRegex(@"(?:(?:to|in|on)\s+the\s+)?" + Direction + @"(?:ern)?\s+(?:(?:countryside|outskirts|suburbs|side|part|parts|edge|entrance|front|countryside)\s+)?of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Bearing();

    // "near", "outside", "on the outskirts of", "in the vicinity of", "around"
    [GeneratedRegex(@"(?:near|nearby|outside|around|close\s+to|(?:on\s+)?the\s+outskirts\s+of|outskirts\s+of|(?:in\s+)?the\s+vicinity\s+of|(?:in\s+)?the\s+countryside\s+of|countryside\s+of|suburbs\s+of|(?:on\s+)?the\s+(?:edge|road|way)\s+(?:of|to))\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Near();

    // "east Aleppo", "eastern Aleppo", "northern Syria"
    [GeneratedRegex(Direction + @"(?:ern)?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex DirectionAdjective();

    // "the border with Turkey", "the Turkish border" is read from the cue instead
    [GeneratedRegex(@"(?:border|frontier|borders)\s+(?:with|of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Border();

    // "the eastern side", "the western districts": a part of a city already named.
    [GeneratedRegex(@"\bthe\s+" + Direction + @"ern\s+(?:side|part|half|districts|neighbourhoods|neighborhoods|sector|quarters)\b(?!\s+of\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex AnaphoricPart();

    // Words after a name that make it a division: "Idlib province", "Nihm district".
    [GeneratedRegex(@"^\s+(?<word>province|governorate|region|state|oblast|prefecture|wilaya|wilayat|department|county)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Admin1Suffix();

    [GeneratedRegex(@"^\s+(?<word>district|municipality|LGA|raion|rayon|sub-district|subdistrict|county|department|township|locality|commune)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Admin2Suffix();

    // A site named after the place it stands in or serves counts too ("Hama Airbase", "Van Governor's Office", "Manpur Police Station"),
    // which the tagger takes for an organisation or a person. Not hospitals, schools or mosques: those are named after people and ideas
    // as often ("Rafic Hariri University Hospital", an "al-Quds hospital" in Aleppo). Words are listed flat, so a test can read them.
    [GeneratedRegex(@"^\s+(?:city|town|village|camp|neighbourhood|neighborhood|airbase|air base|airport|airfield|base|military base|police station|prison|jail|checkpoint|crossing|border crossing|governor)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SettlementSuffix();

    // "Uri sector area (Baramulla district, J&K)": a sector of the Line of Control, named after a village, is an area too.
    [GeneratedRegex(@"\G(?:village|town|city|area|camp|neighbourhood|neighborhood|district|front|areas|villages|sector)\b(?:(?<=sector)\s+area\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SettlementWord();

    // Between a village and the unit that holds it: "Deir al-Sharqi village in Idlib", "Bar-Sanguun village (Kismaayo", "Mangu LGA (Plateau".
    [GeneratedRegex(@"^\s*(?:(?:sector\s+)?(?:village|town|city|area|camp|sector|neighbourhood|neighborhood|hamlet|locality|district|sub-district|subdistrict|LGA|territory|county|subcounty|municipality)\s*)?(?:,|\(|\bin\b|\bof\b|\bnear\b)\s*(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ToContainer();

    // "Aleppo-Lattakia highway", "Marib-Al Jawf road": after the first end of a road named by its two ends, the second end and the road word.
    [GeneratedRegex(@"^-(?:[Aa]l[- ])?\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,3}\s+(?:international\s+|main\s+)?(?:highway|road|motorway|route|axis)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex RouteFromEnd();

    // After the second end of such a road: the road word.
    [GeneratedRegex(@"^\s+(?:international\s+|main\s+)?(?:highway|road|motorway|route|axis)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex RouteWord();

    // Before an end of a road the text names by its ends in words: "the road linking Aden to ", "a highway between Jbib and ".
    [GeneratedRegex(@"\b(?:road|highway|motorway|route)\s+(?:that\s+|which\s+)?(?:links|linking|connects|connecting|joins|joining|between|from)\s+(?:the\s+)?(?:(?:[\p{L}'’-]+\s+){1,4}(?:to|and|with)\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    internal static partial Regex RoadEndBefore();

    // After an end of such a road, up to the place that holds it: " to Taizz in ", " in the town of ".
    [GeneratedRegex(@"^(?:\s+(?:to|and|with)\s+[^,.;()]{1,40}?)?\s+in\s+(?:the\s+)?(?:(?:town|village|city|area)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex RoadHeldIn();

    // After the first place of "from A to B": the word leading on to a second name.
    [GeneratedRegex(@"^\s+(?:to|towards?|into)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    internal static partial Regex OnTo();

    // Between two places read in a list, with names not read between them: "Beirut, Jal el Dib and Aarsal".
    [GeneratedRegex(@"^(?:\s*(?:,|\band\b|\bor\b)" + UnreadNames + @")+\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex ListGap();

    // Names the gazetteer lacks between two places of a list ("Zambana" in "Gankoi Yeba, Zambana, Kwossa").
    private const string UnreadNames = @"(?:\s+(?:\p{Lu}[\p{L}'’-]*|al|el|ad|ar|as|de|la|le))*";

    // Between two places of a list, after the first's units, with names not read between them: "Shah Wali Kot and Maywand",
    // "Sirwah (Marib), Nihm", "Gidan Adamu, Gankoi Yeba, Zambana, Kwossa and Dadin Kowa".
    [GeneratedRegex(@"^\s*(?:(?:sector\s+area|village|town|city|area|front|frontline|district|locality|camp|province|governorate)s?\s*)?\)?(?:\s*(?:,|;|\band\b|\bas\s+well\s+as\b)" + UnreadNames + @")+\s*(?:(?:the|in|on|at)\s+)*$", RegexOptions.CultureInvariant)]
    internal static partial Regex ListItemGap();

    // A division word right after a name: "Nihm district", "Bamenda subdivision", "Idlib province".
    [GeneratedRegex(@"^\s+(?:province|governorate|region|state|oblast|prefecture|department|district|sub-?district|sub-?division|municipality|LGA|county|raion|rayon|township|locality|commune|territory)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex DivisionWordAfter();

    // Between a place of a list and a unit named after it: "Maywand districts, Kandahar", "Jabal al Kirsh front (Al Qabbaytah", "Komo in Chikun".
    [GeneratedRegex(@"^\s*(?:(?:sector\s+area|village|town|city|area|front|frontline|district|locality|camp|LGA|county|municipality)s?\s*)?(?:,|\(|\bin\b|\bof\b)\s*(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ListUnitGap();

    // The words between a division and a phrase that locates it: nothing but its division word ("Majzar district | west of Marib").
    [GeneratedRegex(@"^\s*(?:district|sub-district|subdistrict|LGA|county|municipality|raion|rayon)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex DivisionGap();

    // Between a place and the unit that holds it: "Kafr Amma in Aleppo", "Jarablus in the northern countryside of Aleppo", "Bara town in Idleb",
    // "the Andar area of Nirkh district" ("of" only after such a word: "the governor of Y" is no unit; a neighbourhood of a town is
    // a part of it, IsNeighbourhood).
    [GeneratedRegex(@"^\s*(?:(?:(?:sector\s+)?(?:village|town|city|area|camp|sector|neighbourhood|neighborhood|district|sub-district|subdistrict|areas|villages)\s+)?in|(?:sector\s+)?(?:village|town|city|area|camp|sector|district|sub-district|subdistrict|areas|villages)\s+of)\s+(?:the\s+)?(?:" + Direction + @"(?:ern)?\s+)?(?:(?:countryside|outskirts|suburbs|part|parts|province|governorate|region|district)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex InContainer();

    // A government or its people standing for the place: "talks with Washington", "Washington said", "Moscow's support", "despite
    // Damascus promises of a truce" (a speech or decision noun after the name).
    [GeneratedRegex(@"(?:talks|negotiations|relations|ties|dialogue|contacts|cooperation|deal|agreement|pressure|criticism|support|demands|backing|ally|allies|envoy|accused|urged|warned|told|between|by|with)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex MetonymBefore();

    [GeneratedRegex(@"\b(?:in|at|inside|near|outside|around|across)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex LocativeBefore();

    [GeneratedRegex(@"^(?:'s\s+(?:government|position|decision|support|backing|demands|policy|stance|role|envoy|officials|regime)|\s+(?:said|says|has|have|had|is|was|will|would|wants|warned|accused|announced|denied|insisted|rejected|demanded|agreed|urged|claims|claimed|condemned|responded|refused|called|threatened|believes|backs|backed|supports|blamed|hopes|sees|brokered|decided|promises?|pledges?|vows?|assurances|offers?|allegations))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetonymAfter();

    /// <summary>What the words right after a name say: <see cref="Admin1Suffix"/>, <see cref="Admin2Suffix"/>, <see cref="SettlementSuffix"/>.</summary>
    /// <remarks>Each pattern needs white space and then a word of its list, so the first letter after the space rules most out unread.</remarks>
    public static (bool Admin1, bool Admin2, bool Settlement) Suffixes(ReadOnlySpan<char> after)
    {
        int i = 0;
        while (i < after.Length && after[i] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r') i++;
        char next = i < after.Length ? after[i] : '\0';
        // A non-ASCII character may be white space or match a pattern letter case-insensitively: the patterns decide.
        if (!char.IsAscii(next))
            return (Admin1Suffix().IsMatch(after), Admin2Suffix().IsMatch(after), SettlementSuffix().IsMatch(after));
        if (i == 0 || i == after.Length) return default;
        char c = char.ToLowerInvariant(next);
        return ("pgrsowdc".Contains(c) && Admin1Suffix().IsMatch(after), "dmlrsct".Contains(c) && Admin2Suffix().IsMatch(after),
            "ctvnabmpjg".Contains(c) && SettlementSuffix().IsMatch(after));
    }

    /// <summary>True when <paramref name="after"/>, the text right after a name, opens with a neighbourhood word ("Guama neighborhood").</summary>
    public static bool NeighbourhoodAfter(ReadOnlySpan<char> after) =>
        after.StartsWith(" neighborhood", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" neighbourhood", StringComparison.OrdinalIgnoreCase);

    /// <summary>Length of the <see cref="SettlementWord"/> starting at <paramref name="index"/> of <paramref name="text"/>, 0 when none does.</summary>
    public static int SettlementWordAt(string text, int index)
    {
        if (index >= text.Length || char.IsAscii(text[index]) && !"vtcandfs".Contains(char.ToLowerInvariant(text[index]))) return 0;
        // Enumerated as a value over the rest of the text: no Match object per name read.
        foreach (var word in SettlementWord().EnumerateMatches(text.AsSpan(index))) return word.Index == 0 ? word.Length : 0;
        return 0;
    }

    /// <summary>True when <paramref name="between"/> joins a place to the unit after it that holds it (<see cref="InContainer"/>).</summary>
    public static bool IsInContainer(ReadOnlySpan<char> between) => MayHoldIn(between) && InContainer().IsMatch(between);

    // False when plain ASCII text has no "in" or "of" in any case; scanned by hand, as a case-blind search is slow without ICU.
    private static bool MayHoldIn(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsAscii(text[i])) return true;
            if ((text[i] | 0x20) == 'i' && i + 1 < text.Length && (text[i + 1] | 0x20) == 'n') return true;
            if ((text[i] | 0x20) == 'o' && i + 1 < text.Length && (text[i + 1] | 0x20) == 'f') return true;
        }
        return false;
    }

    /// <summary>Reads the relation stated just before a name starting at <paramref name="nameStart"/>, not looking past <paramref name="limit"/>.</summary>
    public static Reading Before(string text, int nameStart, int limit)
    {
        // The patterns see only text[from..nameStart], as if it were the whole input, without copying it out; indexes stay the text's.
        int from = Math.Max(limit, nameStart - 80), length = nameStart - from;
        var ends = Ends(text.AsSpan(from, length));
        if ((ends & Ending.Distance) != 0 && DistanceBearing().Match(text, from, length) is { Success: true } m)
        {
            double value = double.Parse(m.Groups["num"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            double km = m.Groups["unit"].Value.StartsWith("mi", StringComparison.OrdinalIgnoreCase) ? value * 1.609344 : value;
            return new Reading(Relation.Near, m.Index, ParseBearing(m.Groups["dir"].Value), km);
        }
        if ((ends & Ending.Bearing) != 0 && Bearing().Match(text, from, length) is { Success: true } b)
            return new Reading(Relation.Near, b.Index, ParseBearing(b.Groups["dir"].Value), null);
        if ((ends & Ending.Near) != 0 && Near().Match(text, from, length) is { Success: true } n)
            return new Reading(Relation.Near, n.Index, null, null);
        if ((ends & Ending.Border) != 0 && Border().Match(text, from, length) is { Success: true } border)
            return new Reading(Relation.Border, border.Index, null, null);
        if ((ends & Ending.Direction) != 0 && DirectionAdjective().Match(text, from, length) is { Success: true } d && IsWordStart(text, d.Index))
            return new Reading(Relation.PartOf, d.Index, ParseBearing(d.Groups["dir"].Value), null);
        return new Reading(Relation.Self, nameStart, null, null);
    }

    // "the West Zone of", "the Old City of": a named part of the place that follows.
    [GeneratedRegex(@"\bthe\s+(?<part>\p{Lu}\p{L}+(?:\s+(?:\p{Lu}\p{L}*|\d+))?)\s+of\s+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NamedPart();

    /// <summary>The named part of a place read before its name at <paramref name="nameStart"/> ("the West Zone of Rio de Janeiro"), with
    /// where its phrase starts; null when the words before the name are no such phrase. Reads no further back than <paramref name="limit"/>.</summary>
    public static (string Part, int Start)? PartBefore(string text, int nameStart, int limit)
    {
        if (nameStart - limit < 10 || !text.AsSpan(limit, nameStart - limit).EndsWith(" of ", StringComparison.Ordinal)) return null;
        int from = Math.Max(limit, nameStart - 40);
        return NamedPart().Match(text, from, nameStart - from) is { Success: true } m ? (m.Groups["part"].Value, m.Index) : null;
    }

    // The patterns read before a name that can match at the end of a stretch of text.
    [Flags]
    private enum Ending { None = 0, Distance = 1, Bearing = 2, Near = 4, Border = 8, Direction = 16, Any = 31 }

    // Which patterns read before a name can match at the end of 'before', from the last word (each pattern ends in a few words and
    // white space) and, for the two that need one, whether a digit or a compass word is there at all. Most names follow none of those
    // words, and this says so without running five patterns. Text with a non-ASCII character gets every pattern: such a letter may
    // match a pattern letter case-insensitively (the Kelvin sign is a 'k').
    private static Ending Ends(ReadOnlySpan<char> before)
    {
        if (!Ascii.IsValid(before)) return Ending.Any;
        int end = before.Length;
        while (end > 0 && !char.IsAsciiLetter(before[end - 1])) end--;
        int start = end;
        while (start > 0 && char.IsAsciiLetter(before[start - 1])) start--;
        var word = before[start..end];
        var ends = Ending.None;
        if (EndsWithAny(word, "of", "the"))
        {
            ends |= Ending.Near | Ending.Border;
            if (before.ContainsAny(Compass))
            {
                ends |= Ending.Bearing;
                if (before.ContainsAnyInRange('0', '9')) ends |= Ending.Distance;
            }
        }
        if (EndsWithAny(word, "to", "near", "nearby", "outside", "around")) ends |= Ending.Near;
        if (word.EndsWith("with", StringComparison.OrdinalIgnoreCase)) ends |= Ending.Border;
        if (EndsWithAny(word, "north", "south", "east", "west") || EndsWithAny(word, "northern", "southern", "eastern", "western"))
            ends |= Ending.Direction;
        return ends;
    }

    private static readonly SearchValues<string> Compass = SearchValues.Create(["north", "south", "east", "west"], StringComparison.OrdinalIgnoreCase);

    private static bool EndsWithAny(ReadOnlySpan<char> word, params ReadOnlySpan<string> endings)
    {
        foreach (var ending in endings)
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True when the name at <paramref name="span"/> stands for a government or its people rather than a place.</summary>
    public static bool IsMetonym(string text, TextSpan span, int limit)
    {
        int from = Math.Max(limit, span.Start - 40);
        if (MetonymBefore().IsMatch(text.AsSpan(from, span.Start - from))) return true;
        // "the blast in the Syrian capital Damascus was due to a rocket": after a locative preposition the name is where, whatever follows.
        if (LocativeBefore().IsMatch(text.AsSpan(from, span.Start - from))) return false;
        int to = Math.Min(text.Length, span.End + 40);
        return MetonymAfter().IsMatch(text.AsSpan(span.End, to - span.End));
    }

    /// <summary>A compass bearing from its written form ("north-east", "southwest").</summary>
    public static Bearing ParseBearing(string word)
    {
        var w = word.ToLowerInvariant().Replace("-", "").Replace(" ", "");
        if (w.EndsWith("ern", StringComparison.Ordinal)) w = w[..^3];
        return w switch
        {
            "north" => Core.Bearing.North,
            "northeast" => Core.Bearing.NorthEast,
            "east" => Core.Bearing.East,
            "southeast" => Core.Bearing.SouthEast,
            "south" => Core.Bearing.South,
            "southwest" => Core.Bearing.SouthWest,
            "west" => Core.Bearing.West,
            _ => Core.Bearing.NorthWest,
        };
    }

    private static bool IsWordStart(string text, int index) => index == 0 || !char.IsLetter(text[index - 1]);
}
