using System.Globalization;
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

    [GeneratedRegex(@"^\s+(?:city|town|village|camp|neighbourhood|neighborhood)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SettlementSuffix();

    [GeneratedRegex(@"\G(?:village|town|city|area|camp|neighbourhood|neighborhood|district|front|areas|villages)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SettlementWord();

    // Between a village and the unit that holds it: "Deir al-Sharqi village in Idlib", "Bar-Sanguun village (Kismaayo", "Mangu LGA (Plateau".
    [GeneratedRegex(@"^\s*(?:(?:village|town|city|area|camp|neighbourhood|neighborhood|hamlet|locality|district|sub-district|subdistrict|LGA|territory|county|subcounty|municipality)\s*)?(?:,|\(|\bin\b|\bof\b|\bnear\b)\s*(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ToContainer();

    // Between a place and the unit that holds it: "Kafr Amma in Aleppo", "Jarablus in the northern countryside of Aleppo", "Bara town in Idleb".
    [GeneratedRegex(@"^\s*(?:(?:village|town|city|area|camp|neighbourhood|neighborhood|district|sub-district|subdistrict|areas|villages)\s+)?in\s+(?:the\s+)?(?:" + Direction + @"(?:ern)?\s+)?(?:(?:countryside|outskirts|suburbs|part|parts|province|governorate|region|district)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex InContainer();

    // A government or its people standing for the place: "talks with Washington", "Washington said", "Moscow's support".
    [GeneratedRegex(@"(?:talks|negotiations|relations|ties|dialogue|contacts|cooperation|deal|agreement|pressure|criticism|support|demands|backing|ally|allies|envoy|accused|urged|warned|told|between|by|with)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex MetonymBefore();

    [GeneratedRegex(@"^(?:'s\s+(?:government|position|decision|support|backing|demands|policy|stance|role|envoy|officials|regime)|\s+(?:said|says|has|have|had|is|was|will|would|wants|warned|accused|announced|denied|insisted|rejected|demanded|agreed|urged|claims|claimed|condemned|responded|refused|called|threatened|believes|backs|backed|supports|blamed|hopes|sees|brokered|decided))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetonymAfter();

    /// <summary>Reads the relation stated just before a name starting at <paramref name="nameStart"/>, not looking past <paramref name="limit"/>.</summary>
    public static Reading Before(string text, int nameStart, int limit)
    {
        int from = Math.Max(limit, nameStart - 80);
        var before = text[from..nameStart];
        if (DistanceBearing().Match(before) is { Success: true } m)
        {
            double value = double.Parse(m.Groups["num"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            double km = m.Groups["unit"].Value.StartsWith("mi", StringComparison.OrdinalIgnoreCase) ? value * 1.609344 : value;
            return new Reading(Relation.Near, from + m.Index, ParseBearing(m.Groups["dir"].Value), km);
        }
        if (Bearing().Match(before) is { Success: true } b)
            return new Reading(Relation.Near, from + b.Index, ParseBearing(b.Groups["dir"].Value), null);
        if (Near().Match(before) is { Success: true } n)
            return new Reading(Relation.Near, from + n.Index, null, null);
        if (Border().Match(before) is { Success: true } border)
            return new Reading(Relation.Border, from + border.Index, null, null);
        if (DirectionAdjective().Match(before) is { Success: true } d && IsWordStart(text, from + d.Index))
            return new Reading(Relation.PartOf, from + d.Index, ParseBearing(d.Groups["dir"].Value), null);
        return new Reading(Relation.Self, nameStart, null, null);
    }

    /// <summary>True when the name at <paramref name="span"/> stands for a government or its people rather than a place.</summary>
    public static bool IsMetonym(string text, TextSpan span, int limit)
    {
        int from = Math.Max(limit, span.Start - 40);
        if (MetonymBefore().IsMatch(text.AsSpan(from, span.Start - from))) return true;
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
