namespace Sitrep.Nlp.Quotes;

/// <summary>Closed word classes the attribution rules need in place of a part-of-speech tagger.</summary>
internal static class Words
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> DeterminerSet = Set("a", "an", "the", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some", "many", "several", "most", "other", "another", "each", "every", "both", "one", "two", "three", "four", "five");
    private static readonly HashSet<string> IndefiniteSet = Set("a", "an", "one", "some", "several", "two", "three", "four", "five", "many");
    // Prepositions that may sit inside a speaker description ("a spokesman at the hospital in Kafr Takharim", "workers of the Civil Defence").
    private static readonly HashSet<string> NpPrepositionSet = Set("of", "at", "in", "for", "from", "with", "on");
    // Words that end a noun phrase when scanning away from a cue verb: clause links, auxiliaries, other prepositions.
    private static readonly HashSet<string> BoundarySet = Set(
        "that", "and", "but", "or", "nor", "while", "as", "because", "when", "whenever", "after", "before", "if", "although", "though", "since", "so",
        "where", "which", "who", "whom", "whose", "what", "than", "whether", "until", "unless", "once", "then",
        "is", "was", "are", "were", "be", "been", "being", "am", "has", "have", "had", "will", "would", "can", "could", "should", "shall", "may", "might", "must",
        "do", "does", "did", "not", "to", "amid", "despite", "against", "over", "under", "about", "into", "through", "by", "among", "across", "toward", "towards",
        "during", "without", "within", "upon", "like", "per", "via", "it's", "there", "here", "also", "however");
    // Adverbs and auxiliaries allowed between a speaker and the cue ("X has also said").
    private static readonly HashSet<string> BetweenSet = Set(
        "also", "has", "have", "had", "would", "will", "could", "may", "might", "later", "earlier", "previously", "recently", "reportedly", "then", "further",
        "separately", "again", "once", "already", "often", "repeatedly", "now", "still", "since", "just", "first", "last", "too", "had", "long", "never", "always");
    private static readonly HashSet<string> PassiveSet = Set("is", "was", "were", "are", "be", "been", "being", "am", "to", "it's");
    // Sentence openers that never start a speaker's name ("Yesterday the army said").
    private static readonly HashSet<string> OpenerSet = Set(
        "but", "and", "however", "meanwhile", "also", "yet", "still", "so", "now", "separately", "earlier", "later", "then", "yesterday", "today", "tonight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "in", "at", "after", "before", "since", "last", "this", "when", "while", "there");
    private static readonly HashSet<string> NameParticleSet = Set("al", "el", "bin", "ibn", "abu", "de", "da", "van", "von", "der", "le", "la", "du", "di", "ben");
    private static readonly HashSet<string> RelativeSet = Set("who", "which", "whose", "whom", "where", "that");
    private static readonly HashSet<string> PersonPronounSet = Set("he", "she", "i");
    private static readonly HashSet<string> GroupPronounSet = Set("they", "we");
    // Heads that make a speaker a body rather than one person, for pronoun agreement when no entity layer says so.
    private static readonly HashSet<string> BodyHeadSet = Set(
        "group", "army", "ministry", "observatory", "council", "agency", "organisation", "organization", "committee", "government", "forces", "police", "media",
        "office", "department", "party", "coalition", "campaign", "network", "nato", "un", "union", "commission", "court", "military", "regime", "administration",
        "children", "monitor", "agencies", "company", "newspaper", "report", "statement", "service", "authority", "authorities", "command", "board", "bureau");
    private static readonly HashSet<string> TimeSet = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "week", "weekend", "month", "year",
        "morning", "afternoon", "evening", "night");
    // Lower-case words that may stand before a name as part of a title ("former president", "campaign manager").
    private static readonly HashSet<string> TitleModifierSet = Set(
        "former", "presidential", "presumptive", "top", "senior", "fellow", "deputy", "vice", "acting", "then", "candidate", "nominee", "moderator",
        "columnist", "senator", "rep.", "sen.", "gov.", "aide", "strategist", "pollster", "host", "anchor", "reporter", "hopeful", "rival", "frontrunner",
        "front-runner", "delegate", "pastor", "judge", "attorney", "lawyer", "economist", "historian", "campaign", "staffer", "activist", "congressman",
        "congresswoman", "lawmaker", "commentator", "writer", "author", "owner", "executive", "businessman", "businesswoman", "billionaire", "mogul",
        "state", "foreign", "defense", "defence", "interior", "health", "press", "communications", "policy", "national", "security", "chief", "general",
        "party", "committee", "democratic", "republican", "independent", "conservative", "liberal", "spokesperson", "director", "manager", "leader",
        "boss", "constituent", "hopefuls", "candidates", "rivals", "ally", "allies", "supporter", "donor", "member", "chair", "chairwoman", "officials",
        "investigative", "political", "science", "white", "house", "pope", "cardinal", "bishop", "imam", "sheikh", "colonel", "major", "captain", "lieutenant");
    // Words that open a labelled line rather than name a speaker ("Update: ...", "Photo: ...").
    private static readonly HashSet<string> LabelSet = Set(
        "update", "updated", "note", "photo", "photos", "image", "video", "watch", "read", "related", "source", "sources", "editor", "caption", "credit",
        "warning", "breaking", "live", "exclusive", "analysis", "opinion", "comment", "listen", "see", "more", "also", "q", "a", "question", "answer", "correction");
    // Head nouns of job titles, to split a name from a title that follows it without a comma.
    private static readonly HashSet<string> TitleSet = Set(
        "coordinator", "director", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "president", "chairman", "chairwoman", "chief",
        "head", "commander", "ambassador", "envoy", "representative", "officer", "adviser", "advisor", "governor", "mayor", "general", "leader", "analyst",
        "researcher", "professor", "editor", "correspondent", "official", "director-general", "secretary-general", "founder", "manager");
    private static readonly HashSet<string> AddresseeSet = Set("reporters", "journalists", "me", "him", "her", "us", "them", "lawmakers", "supporters", "parliament", "congress", "listeners", "viewers", "readers", "crowds", "audience");

    public static bool IsLabel(ReadOnlySpan<char> w) => LabelSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsTitle(ReadOnlySpan<char> w) => TitleSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsDeterminer(ReadOnlySpan<char> w) => DeterminerSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsIndefinite(ReadOnlySpan<char> w) => IndefiniteSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsNpPreposition(ReadOnlySpan<char> w) => NpPrepositionSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsBoundary(ReadOnlySpan<char> w) => BoundarySet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsBetween(ReadOnlySpan<char> w) => BetweenSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || IsLyAdverb(w) || IsNegatedAuxiliary(w);
    public static bool IsTimeWord(ReadOnlySpan<char> w) => TimeSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsTitleModifier(ReadOnlySpan<char> w) => TitleSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || TitleModifierSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);

    // "doesn’t", "didn't": negated auxiliaries sit between a speaker and the cue.
    private static bool IsNegatedAuxiliary(ReadOnlySpan<char> w) => w.Length > 3 && char.IsLower(w[0]) && (w.EndsWith("n't") || w.EndsWith("n\u2019t"));
    public static bool IsPassiveMarker(ReadOnlySpan<char> w) => PassiveSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsOpener(ReadOnlySpan<char> w) => OpenerSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsRelative(ReadOnlySpan<char> w) => RelativeSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsPersonPronoun(ReadOnlySpan<char> w) => PersonPronounSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsGroupPronoun(ReadOnlySpan<char> w) => GroupPronounSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsPronoun(ReadOnlySpan<char> w) => IsPersonPronoun(w) || IsGroupPronoun(w) || w.Equals("it", StringComparison.OrdinalIgnoreCase);
    public static bool IsBodyHead(ReadOnlySpan<char> w) => BodyHeadSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    public static bool IsAddressee(ReadOnlySpan<char> w) => AddresseeSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);

    /// <summary>True for parts of a personal name: capitalised words and Arabic or European particles ("al-Hamdo", "bin", "van").</summary>
    public static bool IsNameLike(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty || !char.IsLetter(w[0])) return false;
        if (char.IsUpper(w[0])) return true;
        int hyphen = w.IndexOf('-');
        if (hyphen > 0 && hyphen + 1 < w.Length && char.IsUpper(w[hyphen + 1])) return true;
        return NameParticleSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    }

    /// <summary>True for lower-case forms that look like verbs ("condemned", "fighting"), which end a noun phrase.</summary>
    public static bool LooksVerbal(ReadOnlySpan<char> w) =>
        w.Length > 4 && char.IsLower(w[0]) && (w.EndsWith("ed") || w.EndsWith("ing"));

    private static bool IsLyAdverb(ReadOnlySpan<char> w) => w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ly") && !w.Equals("family", StringComparison.Ordinal);
}
