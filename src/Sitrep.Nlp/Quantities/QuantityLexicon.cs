using Sitrep.Core;
using FrozenSetLookup = System.Collections.Frozen.FrozenSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace Sitrep.Nlp.Quantities;

/// <summary>How a hedge bounds the figure it precedes.</summary>
internal enum HedgeKind : byte
{
    /// <summary>"more than", "at least": the figure is a floor.</summary>
    Lower,
    /// <summary>"up to", "fewer than": the figure is a ceiling.</summary>
    Upper,
    /// <summary>"about", "some", "approximately": the figure is a rounded guess.</summary>
    About,
    /// <summary>"nearly", "almost": a guess that does not exceed the figure.</summary>
    Nearly,
}

/// <summary>The words the quantity reader knows: hedges, casualty verbs and nouns, counted people, time units.</summary>
internal static class QuantityLexicon
{
    /// <summary>Multi-word hedges, longest first so "no more than" wins over "more than".</summary>
    public static readonly (string[] Words, HedgeKind Kind)[] Hedges =
    [
        (["no", "fewer", "than"], HedgeKind.Lower), (["no", "less", "than"], HedgeKind.Lower), (["no", "more", "than"], HedgeKind.Upper),
        (["not", "more", "than"], HedgeKind.Upper), (["in", "excess", "of"], HedgeKind.Lower), (["a", "minimum", "of"], HedgeKind.Lower),
        (["a", "maximum", "of"], HedgeKind.Upper), (["as", "many", "as"], HedgeKind.Upper), (["as", "few", "as"], HedgeKind.Lower),
        (["more", "than"], HedgeKind.Lower), (["at", "least"], HedgeKind.Lower), (["upwards", "of"], HedgeKind.Lower),
        (["just", "over"], HedgeKind.Lower), (["well", "over"], HedgeKind.Lower), (["well", "above"], HedgeKind.Lower),
        (["up", "to"], HedgeKind.Upper), (["fewer", "than"], HedgeKind.Upper), (["less", "than"], HedgeKind.Upper),
        (["at", "most"], HedgeKind.Upper), (["just", "under"], HedgeKind.Nearly), (["close", "to"], HedgeKind.Nearly),
        (["an", "estimated"], HedgeKind.About), (["roughly"], HedgeKind.About), (["approximately"], HedgeKind.About),
        (["approx"], HedgeKind.About), (["about"], HedgeKind.About), (["around"], HedgeKind.About), (["some"], HedgeKind.About),
        (["estimated"], HedgeKind.About), (["circa"], HedgeKind.About), (["nearly"], HedgeKind.Nearly), (["almost"], HedgeKind.Nearly),
        (["over"], HedgeKind.Lower), (["above"], HedgeKind.Lower), (["under"], HedgeKind.Upper), (["below"], HedgeKind.Upper),
    ];

    /// <summary>Hedges by their first word, so a word that starts none costs one lookup.</summary>
    public static readonly System.Collections.Frozen.FrozenDictionary<string, (string[] Words, HedgeKind Kind)[]>.AlternateLookup<ReadOnlySpan<char>> HedgesByFirstWord =
        Lex.Map(Hedges.GroupBy(h => h.Words[0], StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.ToArray())));

    /// <summary>Verb forms that say what happened to the people counted, with the role they give.</summary>
    public static readonly System.Collections.Frozen.FrozenDictionary<string, QuantityKind>.AlternateLookup<ReadOnlySpan<char>> Verbs = Lex.Map(
        new Dictionary<string, QuantityKind>
        {
            ["killed"] = QuantityKind.Fatalities, ["killing"] = QuantityKind.Fatalities, ["kill"] = QuantityKind.Fatalities, ["kills"] = QuantityKind.Fatalities,
            ["dead"] = QuantityKind.Fatalities, ["died"] = QuantityKind.Fatalities, ["die"] = QuantityKind.Fatalities, ["dies"] = QuantityKind.Fatalities,
            ["slain"] = QuantityKind.Fatalities, ["murdered"] = QuantityKind.Fatalities, ["murdering"] = QuantityKind.Fatalities,
            ["executed"] = QuantityKind.Fatalities, ["executing"] = QuantityKind.Fatalities, ["beheaded"] = QuantityKind.Fatalities,
            ["massacred"] = QuantityKind.Fatalities, ["massacring"] = QuantityKind.Fatalities, ["assassinated"] = QuantityKind.Fatalities,
            ["perished"] = QuantityKind.Fatalities, ["martyred"] = QuantityKind.Fatalities, ["lynched"] = QuantityKind.Fatalities, ["drowned"] = QuantityKind.Fatalities,
            ["injured"] = QuantityKind.Injured, ["injuring"] = QuantityKind.Injured, ["injure"] = QuantityKind.Injured, ["injures"] = QuantityKind.Injured,
            ["wounded"] = QuantityKind.Injured, ["wounding"] = QuantityKind.Injured, ["wound"] = QuantityKind.Injured, ["hurt"] = QuantityKind.Injured,
            ["maimed"] = QuantityKind.Injured, ["hospitalised"] = QuantityKind.Injured, ["hospitalized"] = QuantityKind.Injured,
            ["missing"] = QuantityKind.Missing, ["abducted"] = QuantityKind.Missing, ["abducting"] = QuantityKind.Missing,
            ["kidnapped"] = QuantityKind.Missing, ["kidnapping"] = QuantityKind.Missing, ["disappeared"] = QuantityKind.Missing,
            ["arrested"] = QuantityKind.Arrested, ["arresting"] = QuantityKind.Arrested, ["detained"] = QuantityKind.Arrested,
            ["detaining"] = QuantityKind.Arrested, ["jailed"] = QuantityKind.Arrested, ["imprisoned"] = QuantityKind.Arrested,
            ["apprehended"] = QuantityKind.Arrested, ["captured"] = QuantityKind.Arrested, ["capturing"] = QuantityKind.Arrested,
            ["displaced"] = QuantityKind.Displaced, ["displacing"] = QuantityKind.Displaced, ["fled"] = QuantityKind.Displaced,
            ["fleeing"] = QuantityKind.Displaced, ["uprooted"] = QuantityKind.Displaced, ["evacuated"] = QuantityKind.Displaced,
            ["homeless"] = QuantityKind.Displaced,
            ["trapped"] = QuantityKind.Trapped, ["besieged"] = QuantityKind.Trapped, ["stranded"] = QuantityKind.Trapped,
        });

    /// <summary>Verb forms that take the victims as object right after them ("killed 26 people").</summary>
    public static readonly FrozenSetLookup ActiveForms = Lex.Set(
        "killed", "killing", "kill", "kills", "murdered", "murdering", "executed", "executing", "beheaded", "massacred", "massacring",
        "assassinated", "injured", "injuring", "injure", "injures", "wounded", "wounding", "wound", "hurt", "maimed", "abducted", "abducting",
        "kidnapped", "kidnapping", "arrested", "arresting", "detained", "detaining", "jailed", "captured", "capturing", "displaced",
        "displacing", "evacuated", "trapped", "besieged", "lynched", "hospitalised", "hospitalized");

    /// <summary>Nouns that make a count a casualty figure on their own ("no deaths", "100 bodies").</summary>
    public static readonly System.Collections.Frozen.FrozenDictionary<string, QuantityKind>.AlternateLookup<ReadOnlySpan<char>> Nouns = Lex.Map(
        new Dictionary<string, QuantityKind>
        {
            ["deaths"] = QuantityKind.Fatalities, ["death"] = QuantityKind.Fatalities, ["fatalities"] = QuantityKind.Fatalities,
            ["fatality"] = QuantityKind.Fatalities, ["bodies"] = QuantityKind.Fatalities, ["body"] = QuantityKind.Fatalities,
            ["corpses"] = QuantityKind.Fatalities, ["dead"] = QuantityKind.Fatalities,
            // "Terrorist Attacks in Aleppo Claim 20 Martyrs": the dead as Syrian and Arab outlets name them.
            ["martyrs"] = QuantityKind.Fatalities, ["martyr"] = QuantityKind.Fatalities,
            ["injuries"] = QuantityKind.Injured, ["injury"] = QuantityKind.Injured, ["wounded"] = QuantityKind.Injured, ["injured"] = QuantityKind.Injured,
            ["casualties"] = QuantityKind.Casualties, ["casualty"] = QuantityKind.Casualties,
            ["hostages"] = QuantityKind.Missing, ["abductees"] = QuantityKind.Missing,
            ["detainees"] = QuantityKind.Arrested, ["arrests"] = QuantityKind.Arrested,
            ["refugees"] = QuantityKind.Displaced, ["idps"] = QuantityKind.Displaced, ["evacuees"] = QuantityKind.Displaced,
            ["troops"] = QuantityKind.Troops,
        });

    /// <summary>Nouns that are a toll by themselves; the verbs around them do not change what they count ("3 fatalities and 4 injured").</summary>
    public static readonly FrozenSetLookup TollNouns = Lex.Set(
        "deaths", "death", "fatalities", "fatality", "injuries", "injury", "casualties", "casualty", "bodies", "body", "corpses",
        "dead", "martyrs", "martyr");

    /// <summary>Nouns for people, which a casualty verb can count; the victim groups among them become <see cref="Quantity.Group"/>.</summary>
    public static readonly FrozenSetLookup People = Lex.Set(
        "people", "persons", "person", "individuals", "individual", "others", "other", "civilians", "civilian", "children", "child",
        "women", "woman", "men", "man", "boys", "boy", "girls", "girl", "babies", "baby", "infants", "teenagers", "teenager", "youths", "youth",
        "soldiers", "soldier", "fighters", "fighter", "troops", "servicemen", "serviceman", "militants", "militant", "rebels", "rebel",
        "insurgents", "insurgent", "jihadists", "jihadist", "militiamen", "militiaman", "gunmen", "gunman", "attackers", "attacker",
        "assailants", "combatants", "combatant", "policemen", "policeman", "police", "officers", "officer", "guards", "guard", "bodyguards",
        "personnel", "members", "member", "elements", "residents", "resident", "villagers", "villager", "protesters", "protester",
        "demonstrators", "demonstrator", "students", "student", "workers", "worker", "journalists", "journalist", "doctors", "doctor",
        "medics", "medic", "nurses", "patients", "patient", "pilgrims", "worshippers", "worshipers", "refugees", "refugee", "migrants",
        "migrant", "detainees", "detainee", "prisoners", "prisoner", "inmates", "suspects", "suspect", "farmers", "farmer", "herders",
        "herder", "traders", "passengers", "passenger", "relatives", "victims", "victim", "bodies", "corpses", "teachers", "teacher",
        "commanders", "commander", "leaders", "leader", "recruits", "volunteers", "contractors", "employees", "staff", "aid", "shepherd",
        "shepherds", "fishermen", "fisherman", "miners", "drivers", "driver", "elders", "hostages", "hostage", "family", "families",
        "cadres", "operatives", "terrorists", "terrorist", "gangsters", "criminals", "smugglers", "policewomen", "agents", "agent",
        "constables", "constable", "sailors", "pilots", "marines", "paramilitaries", "tribesmen", "worshippers", "minors", "IDPs",
        "dead", "wounded", "injured", "deaths", "fatalities", "casualties", "inhabitants", "citizens", "nationals", "peacekeepers",
        "inmate", "nurse", "pilgrim", "worshipper", "trader", "relative", "bystander", "husband", "wife", "son", "daughter", "father",
        "mother", "brother", "sister", "minor", "teen", "youngster", "cadre", "operative", "militiamen", "tribesman", "herdsman",
        "herdsmen", "vigilante", "vigilantes", "chief", "official", "officials", "politician", "politicians", "activist", "activists",
        "lawyer", "judge", "mayor", "councillor", "councilor", "trafficker", "traffickers", "smuggler", "collector", "extremists",
        "extremist", "jihadis", "islamists", "mercenaries", "guerrillas", "guerrilla", "loyalists", "comrades", "schoolchildren", "pupils", "kids");

    /// <summary>Victim groups reported as <see cref="Quantity.Group"/>.</summary>
    public static readonly FrozenSetLookup Groups = Lex.Set(
        "civilians", "civilian", "children", "child", "women", "woman", "men", "man", "boys", "boy", "girls", "girl", "babies", "infants",
        "soldiers", "soldier", "fighters", "fighter", "troops", "militants", "militant", "rebels", "rebel", "insurgents", "jihadists",
        "militiamen", "policemen", "policeman", "police", "officers", "officer", "protesters", "demonstrators", "students", "journalists",
        "journalist", "doctors", "medics", "patients", "refugees", "migrants", "detainees", "prisoners", "residents", "villagers",
        "worshippers", "pilgrims", "farmers", "herders", "teachers", "personnel", "combatants", "peacekeepers", "minors");

    /// <summary>Time units, singular to plural; the plural is the reported unit.</summary>
    public static readonly System.Collections.Frozen.FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TimeUnits = Lex.Map(
        new Dictionary<string, string>
        {
            ["second"] = "seconds", ["seconds"] = "seconds", ["minute"] = "minutes", ["minutes"] = "minutes", ["hour"] = "hours", ["hours"] = "hours",
            ["day"] = "days", ["days"] = "days", ["night"] = "nights", ["nights"] = "nights", ["week"] = "weeks", ["weeks"] = "weeks",
            ["month"] = "months", ["months"] = "months", ["year"] = "years", ["years"] = "years", ["decade"] = "decades", ["decades"] = "decades",
            ["century"] = "centuries", ["centuries"] = "centuries",
        });

    /// <summary>Currency words that make a figure a sum of money.</summary>
    public static readonly FrozenSetLookup Currencies = Lex.Set(
        "dollars", "dollar", "euros", "euro", "pounds", "usd", "eur", "gbp", "riyals", "rials", "dinars", "lira", "liras", "pesos", "rupees", "shillings", "naira");

    /// <summary>Words that never belong to a counted noun phrase: function words, auxiliaries, adverbs.</summary>
    public static readonly FrozenSetLookup Stop = Lex.Set(
        "the", "a", "an", "of", "in", "on", "at", "to", "from", "by", "with", "for", "into", "near", "and", "or", "nor", "but", "as",
        "who", "whom", "which", "that", "those", "these", "this", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had",
        "including", "included", "include", "among", "amongst", "while", "when", "after", "before", "during", "since", "until", "than",
        "reportedly", "allegedly", "also", "later", "all", "both", "each", "per", "each", "there", "their", "they", "them", "it", "its",
        "his", "her", "he", "she", "we", "our", "you", "will", "would", "could", "may", "might", "can", "should", "not", "no", "so",
        "reported", "said", "says", "say", "according", "more", "less", "other", "another", "such", "across", "along", "around", "over",
        "under", "between", "out", "off", "up", "down", "about", "over", "inside", "outside", "where", "whose", "if", "then", "still");

    /// <summary>Words allowed between a counted noun and the verb of its predicate for the verb to join the span ("350 people have been killed").</summary>
    public static readonly FrozenSetLookup Auxiliaries = Lex.Set(
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "reportedly", "allegedly", "also", "later", "all", "reported",
        "confirmed", "believed", "feared", "thought", "said", "to", "shot", "stabbed", "gunned", "beaten", "burned", "burnt", "hacked",
        "found", "left", "and", "subsequently", "eventually", "were", "now", "already", "initially", "seriously", "critically", "badly",
        "slightly", "fatally", "mortally", "lightly", "both", "apparently", "presumably", "officially", "either", "would", "could", "might",
        "may", "will", "can", "who", "that", "got");

    /// <summary>Words that put a figure under a modality or a negation ("could kill hundreds", "did not kill").</summary>
    public static readonly FrozenSetLookup Modal = Lex.Set(
        "could", "would", "might", "will", "shall", "threatened", "threatens", "threaten", "threatening", "if", "unless", "risk", "risks",
        "potentially", "not", "never", "cannot", "won't", "wouldn't", "couldn't", "didn't", "don't", "doesn't", "weren't", "wasn't",
        "isn't", "aren't", "haven't", "hasn't", "hadn't", "plans", "planned", "aim", "aims", "expected", "likely", "warned", "warns");

    /// <summary>Words that open a new clause, where looking for a figure's verb stops.</summary>
    public static readonly FrozenSetLookup ClauseOpeners = Lex.Set(
        "when", "after", "while", "whereas", "because", "but", "before", "although", "though", "since", "if", "as", "said", "says", "told");

    /// <summary>Nouns naming a force, whose size is a <see cref="QuantityKind.Troops"/> figure ("the army numbers 15,000").</summary>
    public static readonly FrozenSetLookup Forces = Lex.Set(
        "army", "armies", "forces", "force", "troops", "militia", "militias", "fighters", "soldiers", "brigade", "brigades", "battalion",
        "contingent", "garrison", "rebels", "units");

    /// <summary>Plural nouns of strikes and munitions: a title-case headline capitalises them ("Pounds by 56 Airstrikes", "Fires 20 Rockets"),
    /// and a capitalised plural is otherwise read as a demonym that can count victims.</summary>
    public static readonly FrozenSetLookup Munitions = Lex.Set(
        "airstrikes", "strikes", "raids", "sorties", "shells", "rockets", "missiles", "mortars", "bombs", "projectiles", "grenades",
        "attacks", "explosions", "blasts", "bombings", "operations", "barrages", "rounds", "drones", "warplanes", "jets", "helicopters");

    /// <summary>Words that begin the object of an active verb, telling "gunmen killed 3 people" from "3 people killed".</summary>
    public static readonly FrozenSetLookup ObjectStarts = Lex.Set(
        "a", "an", "the", "his", "her", "their", "its", "him", "them", "us", "me", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "at", "more", "dozens", "hundreds", "several", "some", "many", "scores", "about", "nearly", "around", "up");
}
